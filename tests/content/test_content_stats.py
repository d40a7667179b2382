"""`tactful content stats --json`: sizes of the library and its completeness per language."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tactful.cli import app
from tests.content_builder import dump, load, write_library


def stats(root: Path) -> dict[str, object]:
    result = CliRunner().invoke(app, ["content", "stats", "--json", "--dir", str(root)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_it_counts_questions_per_family_and_language(tmp_path: Path) -> None:
    root = write_library(tmp_path)
    assert stats(root) == {
        "competencies": 8,
        "questions": 4,
        "by_family": {"behavioural": 2, "technical": 2},
        "languages": {"en": 4, "ru": 4, "et": 4, "hr": 4, "sk": 4},
        "candidate_questions": 1,
        "tracks": 1,
    }


def test_it_counts_a_half_translated_question_as_incomplete_in_that_language(
    tmp_path: Path,
) -> None:
    root = write_library(tmp_path)
    path = root / "questions" / "behavioural.yaml"
    data = load(path)
    del data["questions"][0]["follow_ups"][1]["et"]
    dump(path, data)
    result = stats(root)
    assert result["languages"] == {"en": 4, "ru": 4, "et": 3, "hr": 4, "sk": 4}
    assert result["questions"] == 4


def test_the_shipped_library_meets_the_floors() -> None:
    from tactful.settings import CONTENT_DIR

    result = stats(CONTENT_DIR)
    assert result["competencies"] >= 45
    assert result["questions"] >= 160
    assert len(result["by_family"]) >= 9
    assert result["candidate_questions"] >= 15
    assert result["tracks"] >= 6
    assert result["languages"] == {lang: result["questions"] for lang in ("en", "ru", "et", "hr", "sk")}
