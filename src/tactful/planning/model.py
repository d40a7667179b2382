"""The planner's vocabulary: what goes in (`PlanRequest`) and what comes out (`Kit`).

Plain frozen dataclasses, no Django and no solver: the hiring app, the API and the CLI build a
`PlanRequest` from their own storage and render the `Kit`. Reasons and problems are machine
codes (`"time_budget"`, `"unknown_pinned:<id>"`); translating them is the caller's job.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

LANGUAGES: frozenset[str] = frozenset({"en", "ru", "et", "hr", "sk"})

# The interview runs through these stages in this order, then the candidate asks questions.
STAGES: tuple[str, ...] = ("warm_up", "behavioural", "situational", "technical", "closing")

# Question families in interview order; inside a stage, questions follow this order.
FAMILY_ORDER: tuple[str, ...] = (
    "philosophy",
    "motivation",
    "company",
    "remote",
    "behavioural",
    "situational",
    "problem_solving",
    "technical",
    "logistics",
)

_STAGE_OF_FAMILY: dict[str, str] = {
    "philosophy": "warm_up",
    "motivation": "warm_up",
    "company": "warm_up",
    "remote": "warm_up",
    "behavioural": "behavioural",
    "situational": "situational",
    "problem_solving": "situational",
    "technical": "technical",
    "logistics": "closing",
}

# Value of the 2nd, 3rd, ... question on one competency, relative to the first (worth 1).
FURTHER_QUESTION_VALUE = 0.5

# Uncovered.reason codes, in the order they are tested.
REASONS: tuple[str, ...] = ("no_question", "excluded", "per_competency_cap", "time_budget")

# Kit.method values.
METHODS: tuple[str, ...] = ("exact", "greedy", "greedy_fallback")


def stage_of(family: str) -> str:
    """The interview stage of a question family; `ValueError` for a family we do not know."""
    try:
        return _STAGE_OF_FAMILY[family]
    except KeyError:
        raise ValueError(f"unknown question family {family!r}") from None


def family_rank(family: str) -> int:
    return FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER)


@dataclass(frozen=True)
class BankQuestion:
    """One question the planner may choose: a library question or an organisation's own."""

    id: str
    family: str
    minutes: int
    competencies: tuple[str, ...]
    tier: int | None = None
    languages: frozenset[str] = LANGUAGES


@dataclass(frozen=True)
class Profile:
    """What the role needs: competency weights 1..5 (only these count) and the must-haves.

    A must-have missing from `weights` counts with weight 1. Questions with a tier above
    `tier` are not eligible (unless pinned).
    """

    weights: Mapping[str, int]
    must_haves: frozenset[str] = frozenset()
    tier: int | None = None


@dataclass(frozen=True)
class PlanRequest:
    profile: Profile
    bank: Sequence[BankQuestion]
    minutes: int
    language: str
    pinned: tuple[str, ...] = ()
    excluded: frozenset[str] = frozenset()
    max_per_competency: int = 2
    candidate_questions_minutes: int = 5
    time_limit_s: float = 10.0
    solver: str = "auto"  # "auto", "exact" or "greedy"


@dataclass(frozen=True)
class KitItem:
    question_id: str
    stage: str
    minutes: int
    pinned: bool
    covers: tuple[str, ...]


@dataclass(frozen=True)
class Uncovered:
    competency: str
    reason: str  # one of REASONS


@dataclass(frozen=True)
class Kit:
    items: tuple[KitItem, ...]
    coverage: Mapping[str, tuple[str, ...]]
    uncovered: tuple[Uncovered, ...]
    must_haves_missing: tuple[str, ...]
    minutes_used: int
    objective: float
    method: str
    proven_optimal: bool
    problems: tuple[str, ...]
    # Added to the agreed interface: the budget the questions had (minutes minus the
    # candidate's questions) and the wall time of the solve (not part of equality).
    question_minutes_budget: int = 0
    solve_seconds: float = field(default=0.0, compare=False)

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(item.question_id for item in self.items)

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": [
                {
                    "question_id": item.question_id,
                    "stage": item.stage,
                    "minutes": item.minutes,
                    "pinned": item.pinned,
                    "covers": list(item.covers),
                }
                for item in self.items
            ],
            "coverage": {competency: list(ids) for competency, ids in self.coverage.items()},
            "uncovered": [{"competency": u.competency, "reason": u.reason} for u in self.uncovered],
            "must_haves_missing": list(self.must_haves_missing),
            "minutes_used": self.minutes_used,
            "question_minutes_budget": self.question_minutes_budget,
            "objective": self.objective,
            "method": self.method,
            "proven_optimal": self.proven_optimal,
            "problems": list(self.problems),
        }
