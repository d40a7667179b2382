"""What the analyser needs to know about a question of the bank: its family, the competencies
it probes and its rubric anchors. Read once from the content files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tactful.analysis.lexicon import content_dir
from tactful.content import ContentLibrary, read_library


@dataclass(frozen=True)
class QuestionInfo:
    id: str
    family: str
    competencies: tuple[str, ...]
    anchors: dict[int, dict[str, str]]  # rating -> language -> text


@cache
def library(root: str | None = None) -> ContentLibrary:
    lib, _problems = read_library(content_dir() if root is None else Path(root))
    return lib


def question_info(question_id: str) -> QuestionInfo | None:
    q = library().questions.get(question_id)
    if q is None:
        return None
    return QuestionInfo(
        id=q.id,
        family=q.family.value,
        competencies=tuple(q.competencies),
        anchors={1: q.rubric.poor.root, 3: q.rubric.adequate.root, 5: q.rubric.excellent.root},
    )


def competency_name(competency_id: str, language: str) -> str:
    competency = library().competencies.get(competency_id)
    return competency.name.get(language) if competency else competency_id.replace("_", " ")


def known_competencies() -> frozenset[str]:
    return frozenset(library().competencies)
