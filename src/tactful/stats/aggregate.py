"""Aggregate interviewers' 1-5 ratings of one candidate against a role portrait.

Formulas (docs/interviews.md repeats them for readers of the scores page):

- per competency *c* rated by n ≥ 1 interviewers with ratings r₁..rₙ:
  mean m_c = Σ rᵢ / n; spread = max rᵢ − min rᵢ; standard deviation = the population
  standard deviation √(Σ (rᵢ − m_c)² / n) (the panel is every interviewer, not a sample of
  them, and one interviewer gives 0 rather than undefined);
- overall = Σ w_c·m_c / Σ w_c over the portrait's competencies that at least one interviewer
  rated (w_c its weight 1-5); unrated competencies do not drag the score down, they lower
  `coverage` = Σ w_c (rated) / Σ w_c (all) and, when must-have, count as gaps;
- must-have gap: a must-have competency with no rating or with m_c < 3 (`MUST_HAVE_BAR`);
- disagreement: spread ≥ 2 (`DISAGREEMENT_SPREAD`), e.g. one interviewer gave 2 and another 4.

Per-question aggregates use the same mean, spread, deviation and disagreement rule.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

MUST_HAVE_BAR = 3.0
DISAGREEMENT_SPREAD = 2


@dataclass(frozen=True)
class CompetencySpec:
    """One competency of the portrait: its key, weight 1-5 and whether it is a must-have."""

    key: str
    weight: int
    must_have: bool = False


@dataclass(frozen=True)
class RaterScores:
    """One interviewer's ratings (1-5) by competency key and by question key; missing = unrated."""

    rater: str
    competencies: Mapping[str, int] = field(default_factory=dict)
    questions: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Spread:
    """How a set of 1-5 ratings agrees: count, mean, range and population standard deviation."""

    ratings: tuple[int, ...]
    n: int
    mean: float | None
    minimum: int | None
    maximum: int | None
    spread: int | None  # maximum - minimum
    stdev: float | None

    @property
    def disagreement(self) -> bool:
        return self.spread is not None and self.spread >= DISAGREEMENT_SPREAD


@dataclass(frozen=True)
class QuestionAggregate:
    """The panel's ratings of one item (a question; a competency extends it with its weight)."""

    key: str
    scores: Spread

    @property
    def n(self) -> int:
        return self.scores.n

    @property
    def mean(self) -> float | None:
        return self.scores.mean

    @property
    def spread(self) -> int | None:
        return self.scores.spread

    @property
    def stdev(self) -> float | None:
        return self.scores.stdev

    @property
    def disagreement(self) -> bool:
        return self.scores.disagreement


@dataclass(frozen=True)
class CompetencyAggregate(QuestionAggregate):
    weight: int  # 0 for a competency rated but not in the portrait
    must_have: bool

    @property
    def in_portrait(self) -> bool:
        return self.weight > 0

    @property
    def gap(self) -> bool:
        """A must-have nobody rated, or rated below the bar on average."""
        return self.must_have and (self.scores.mean is None or self.scores.mean < MUST_HAVE_BAR)


@dataclass(frozen=True)
class Aggregate:
    raters: int
    competencies: tuple[CompetencyAggregate, ...]  # the portrait's, in its order, then others rated
    questions: tuple[QuestionAggregate, ...]
    overall: float | None  # weighted mean of rated portrait competencies, 1-5
    coverage: float  # share of the portrait's weight that was rated, 0-1

    @property
    def must_have_gaps(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.competencies if c.gap)

    @property
    def disagreements(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.competencies if c.disagreement)

    def competency(self, key: str) -> CompetencyAggregate | None:
        return next((c for c in self.competencies if c.key == key), None)

    def question(self, key: str) -> QuestionAggregate | None:
        return next((q for q in self.questions if q.key == key), None)


def spread_of(ratings: Sequence[int]) -> Spread:
    """Mean, range and population standard deviation of `ratings` (None when empty)."""
    values = tuple(int(r) for r in ratings)
    for value in values:
        if not 1 <= value <= 5:
            raise ValueError(f"ratings run from 1 to 5, not {value}")
    if not values:
        return Spread((), 0, None, None, None, None, None)
    n = len(values)
    mean = sum(values) / n
    stdev = math.sqrt(sum((v - mean) ** 2 for v in values) / n)
    return Spread(values, n, mean, min(values), max(values), max(values) - min(values), stdev)


def aggregate(
    portrait: Sequence[CompetencySpec],
    scorecards: Sequence[RaterScores],
    questions: Sequence[str] = (),
) -> Aggregate:
    """Aggregate the scorecards against the portrait; `questions` fixes the order of the
    per-question aggregates (questions rated but not listed follow in first-seen order)."""
    for spec in portrait:
        if not 1 <= spec.weight <= 5:
            raise ValueError(f"weights run from 1 to 5, not {spec.weight} for {spec.key}")
    portrait_keys = [spec.key for spec in portrait]
    extra_keys = _first_seen(k for card in scorecards for k in card.competencies if k not in portrait_keys)
    specs = [*portrait, *(CompetencySpec(key, 0) for key in extra_keys)]
    competencies = tuple(
        CompetencyAggregate(
            key=spec.key,
            weight=spec.weight,
            must_have=spec.must_have,
            scores=spread_of([card.competencies[spec.key] for card in scorecards if spec.key in card.competencies]),
        )
        for spec in specs
    )
    question_keys = _first_seen([*questions, *(k for card in scorecards for k in card.questions)])
    question_rows = tuple(
        QuestionAggregate(key, spread_of([card.questions[key] for card in scorecards if key in card.questions]))
        for key in question_keys
    )
    rated = [c for c in competencies if c.in_portrait and c.mean is not None]
    rated_weight = sum(c.weight for c in rated)
    total_weight = sum(spec.weight for spec in portrait)
    overall = sum(c.weight * c.mean for c in rated if c.mean is not None) / rated_weight if rated_weight else None
    return Aggregate(
        raters=len(scorecards),
        competencies=competencies,
        questions=question_rows,
        overall=overall,
        coverage=rated_weight / total_weight if total_weight else 0.0,
    )


def _first_seen(keys: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(keys))
