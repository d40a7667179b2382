"""The analyser's output: plain dataclasses with a JSON-ready `to_dict()`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STAR_PARTS = ("situation", "task", "action", "result")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class SentenceReport:
    start: int
    end: int
    star: str | None


@dataclass(frozen=True)
class StarSummary:
    situation: bool
    task: bool
    action: bool
    result: bool
    complete: bool
    in_order: bool


@dataclass(frozen=True)
class CompetencyEvidence:
    id: str
    score: float
    evidence: list[Span]


@dataclass(frozen=True)
class RedFlag:
    code: str
    start: int
    end: int
    message: str


@dataclass(frozen=True)
class Specificity:
    score: float
    numbers: int
    time_expressions: int
    named_things: int
    first_person_actions: int


@dataclass(frozen=True)
class Clarity:
    score: float
    words: int
    sentences: int
    mean_sentence_length: float
    filler_words: int
    long_sentences: int


@dataclass(frozen=True)
class Rating:
    value: int
    reasons: list[str]
    rubric: str | None = None  # the question's anchor nearest to the value, in the report language


@dataclass(frozen=True)
class AnalysisError:
    code: str
    message: str


@dataclass
class AnswerReport:
    language: str
    backend: str
    version: str
    question: str | None = None
    detected_language: str | None = None
    sentences: list[SentenceReport] = field(default_factory=list)
    star: StarSummary | None = None
    competencies: list[CompetencyEvidence] = field(default_factory=list)
    red_flags: list[RedFlag] = field(default_factory=list)
    specificity: Specificity | None = None
    clarity: Clarity | None = None
    rating: Rating | None = None
    tips: list[str] = field(default_factory=list)
    error: AnalysisError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def flag_codes(self) -> set[str]:
        return {flag.code for flag in self.red_flags}

    def competency(self, competency_id: str) -> CompetencyEvidence | None:
        return next((c for c in self.competencies if c.id == competency_id), None)

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {
                "error": asdict(self.error),
                "language": self.language,
                "detected_language": self.detected_language,
                "backend": self.backend,
                "version": self.version,
                "question": self.question,
            }
        data = asdict(self)
        del data["error"]
        return data
