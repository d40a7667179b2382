"""`content_sync` / `tactful content load`: idempotent, updates edits, retires removals."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tactful.cli import app
from tactful.content import read_library
from tactful.library import selectors
from tactful.library.models import Question, Track
from tactful.library.services import content_sync
from tests.content_builder import dump, load, write_library

pytestmark = pytest.mark.django_db


def sync(root: Path) -> dict[str, dict[str, int]]:
    library, problems = read_library(root)
    assert problems == []
    return content_sync(library=library).as_dict()


def test_a_second_load_changes_nothing(tmp_path: Path) -> None:
    root = write_library(tmp_path)
    first = sync(root)
    assert first["questions"] == {"created": 4, "updated": 0, "retired": 0, "unchanged": 0}
    second = sync(root)
    assert all(c["created"] == c["updated"] == c["retired"] == 0 for c in second.values())
    assert second["questions"]["unchanged"] == 4
    assert Question.objects.count() == 4


def test_an_edited_question_is_updated_in_place(tmp_path: Path) -> None:
    root = write_library(tmp_path)
    sync(root)
    before = Question.objects.get(slug="beh-own-mistake")
    path = root / "questions" / "behavioural.yaml"
    data = load(path)
    data["questions"][1]["text"]["ru"] = "Расскажите о своей ошибке."
    data["questions"][1]["competencies"] = ["honesty"]
    dump(path, data)
    result = sync(root)
    assert result["questions"] == {"created": 0, "updated": 1, "retired": 0, "unchanged": 3}
    after = Question.objects.get(slug="beh-own-mistake")
    assert after.pk == before.pk
    assert after.text["ru"] == "Расскажите о своей ошибке."
    assert [c.slug for c in after.competencies.all()] == ["honesty"]


def test_a_removed_question_is_retired_not_deleted(tmp_path: Path) -> None:
    root = write_library(tmp_path)
    sync(root)
    track_path = root / "tracks" / "call-centre.yaml"
    track = load(track_path)
    track["questions"] = ["beh-hardest-customer", "tech-explain", "tech-dns"]
    dump(track_path, track)
    path = root / "questions" / "behavioural.yaml"
    data = load(path)
    data["questions"] = data["questions"][:1]
    dump(path, data)
    result = sync(root)
    assert result["questions"]["retired"] == 1
    retired = Question.objects.get(slug="beh-own-mistake")
    assert retired.retired
    assert "beh-own-mistake" not in [q.slug for q in selectors.question_list()]
    assert selectors.question_get(slug="beh-own-mistake") == retired
    assert [q.slug for q in selectors.track_questions(track=Track.objects.get(slug="call-centre"))] == [
        "beh-hardest-customer",
        "tech-explain",
        "tech-dns",
    ]


def test_a_question_that_comes_back_is_active_again(tmp_path: Path) -> None:
    root = write_library(tmp_path)
    sync(root)
    path = root / "questions" / "technical.yaml"
    original = load(path)
    data = load(path)
    data["questions"] = data["questions"][:1]
    dump(path, data)
    sync(root)
    assert Question.objects.get(slug="tech-dns").retired
    dump(path, original)
    sync(root)
    assert not Question.objects.get(slug="tech-dns").retired


def test_the_cli_refuses_to_load_a_broken_library_and_loads_nothing(tmp_path: Path) -> None:
    root = write_library(tmp_path)
    path = root / "competencies.yaml"
    data = load(path)
    del data["competencies"][0]["name"]["hr"]
    dump(path, data)
    result = CliRunner().invoke(app, ["content", "load", "--dir", str(root)])
    assert result.exit_code == 1
    assert "competencies[0] (empathy).name: missing language(s): hr" in result.stdout
    assert Question.objects.count() == 0


def test_the_cli_loads_and_reports_counts(tmp_path: Path) -> None:
    root = write_library(tmp_path)
    result = CliRunner().invoke(app, ["content", "load", "--dir", str(root)])
    assert result.exit_code == 0, result.output
    assert "questions: 4 created, 0 updated, 0 retired, 0 unchanged" in result.stdout
    again = CliRunner().invoke(app, ["content", "load", "--dir", str(root)])
    assert "Library already up to date." in again.stdout
