"""`tactful content check`: every problem reported as file:line: message, valid content passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tactful.cli import app
from tactful.content import read_library
from tests.content_builder import dump, load, write_library

runner = CliRunner()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_library(tmp_path / "content")


def check(root: Path) -> tuple[int, list[str]]:
    result = runner.invoke(app, ["content", "check", "--dir", str(root)])
    return result.exit_code, [line for line in result.stdout.splitlines() if line.strip()]


def line_of(path: Path, needle: str, start: int = 1) -> int:
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if number >= start and needle in text:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_it_accepts_the_shipped_library() -> None:
    from tactful.settings import CONTENT_DIR

    library, problems = read_library(CONTENT_DIR)
    assert [str(p) for p in problems] == []
    assert {"empathy", "active_listening", "problem_solving", "ownership", "communication"} <= set(library.competencies)


def test_it_exits_zero_on_a_valid_library(content: Path) -> None:
    code, lines = check(content)
    assert code == 0
    assert lines == []


def test_it_reports_a_missing_language_with_file_and_line(content: Path) -> None:
    path = content / "questions" / "behavioural.yaml"
    data = load(path)
    del data["questions"][1]["wants_to_learn"]["sk"]
    dump(path, data)
    code, lines = check(content)
    assert code == 1
    expected_line = line_of(path, "wants_to_learn:", start=line_of(path, "id: beh-own-mistake"))
    assert lines == [f"{path}:{expected_line}: questions[1] (beh-own-mistake).wants_to_learn: missing language(s): sk"]


def test_it_reports_a_duplicate_id_where_it_repeats(content: Path) -> None:
    path = content / "questions" / "technical.yaml"
    data = load(path)
    data["questions"][1]["id"] = "beh-hardest-customer"
    dump(path, data)
    code, lines = check(content)
    assert code == 1
    first = content / "questions" / "behavioural.yaml"
    assert lines == [
        f"{path}:{line_of(path, 'id: beh-hardest-customer')}: duplicate id 'beh-hardest-customer' "
        f"(first defined at {first}:{line_of(first, 'id: beh-hardest-customer')})"
    ]


def test_it_reports_dangling_references(content: Path) -> None:
    questions = content / "questions" / "behavioural.yaml"
    data = load(questions)
    data["questions"][0]["competencies"] = ["empathy", "telepathy"]
    dump(questions, data)
    track = content / "tracks" / "call-centre.yaml"
    data = load(track)
    data["questions"].append("beh-no-such-question")
    dump(track, data)
    code, lines = check(content)
    assert code == 1
    assert (
        f"{questions}:{line_of(questions, '- telepathy')}: question 'beh-hardest-customer': unknown competency 'telepathy'"
        in lines
    )
    assert (
        f"{track}:{line_of(track, '- beh-no-such-question')}: track 'call-centre': unknown question 'beh-no-such-question'"
        in lines
    )
    # The track also lists the question whose competency is wrong; that is not reported twice.
    assert len(lines) == 2


def test_it_reports_slots_that_differ_between_languages(content: Path) -> None:
    path = content / "questions" / "technical.yaml"
    data = load(path)
    data["questions"][0]["text"]["hr"] = "[hr] Objasnite kako radi {tehnologija}."
    dump(path, data)
    code, lines = check(content)
    assert code == 1
    hr_line = line_of(path, "Objasnite kako radi")
    assert lines[0] == (
        f"{path}:{hr_line}: question 'tech-explain': slots in 'hr' ['tehnologija'] differ from 'en' ['technology']"
    )


def test_it_reports_broken_yaml_with_its_line(content: Path) -> None:
    path = content / "competencies.yaml"
    text = path.read_text(encoding="utf-8").splitlines()
    text[5] = text[5] + ": stray: colon"
    path.write_text("\n".join(text), encoding="utf-8")
    code, lines = check(content)
    assert code == 1
    assert lines[0].startswith(f"{path}:")
    assert "invalid YAML" in lines[0]
    reported_line = int(lines[0].split(":")[1])
    assert reported_line == 6


def test_it_reports_a_binary_file_instead_of_crashing(content: Path) -> None:
    path = content / "tracks" / "call-centre.yaml"
    path.write_bytes(b"id: call-centre\n\x00\x01\x02\xff")
    code, lines = check(content)
    assert code == 1
    assert lines[0] in (f"{path}:2: binary data", f"{path}:2: not valid UTF-8 text")


def test_it_reports_unknown_fields_and_wrong_tiers(content: Path) -> None:
    path = content / "competencies.yaml"
    data = load(path)
    data["competencies"][0]["colour"] = "blue"
    data["competencies"][-1]["tier"] = None  # networking is a technical skill
    dump(path, data)
    code, lines = check(content)
    assert code == 1
    assert f"{path}:{line_of(path, 'colour: blue')}: competencies[0] (empathy).colour: unknown field" in lines
    assert any("competencies[7] (networking): technical skills need a tier" in line for line in lines)


def test_it_reports_a_broken_lexicon_pattern_and_a_missing_message(content: Path) -> None:
    path = content / "lexicons" / "hr.yaml"
    data = load(path)
    data["cues"]["flag.blame"]["strong"].insert(0, "kriv|| ~9")
    del data["messages"]["tip.add_numbers"]
    dump(path, data)
    code, lines = check(content)
    assert code == 1
    bad_line = line_of(path, "kriv||")
    assert f"{path}:{bad_line}: cues.flag.blame: empty alternative in 'kriv||'" in lines
    assert any(
        line.startswith(f"{path}:") and "messages.tip.add_numbers is missing (present in en.yaml)" in line
        for line in lines
    )
