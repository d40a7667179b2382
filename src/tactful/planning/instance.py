"""Turn a `PlanRequest` into the optimisation problem both solvers share, and score selections.

This is where eligibility (language, tier, exclusions, unknown families), pinned questions,
the per-competency caps and the question-time budget are settled, so the exact and greedy
solvers see the same problem and are scored by the same `value()`.

Objective (maximised), with weight w_c of competency c and n_c chosen questions probing it:

    value = Σ_c w_c · (1 + 0.5 · (min(n_c, cap) − 1))   over competencies with n_c ≥ 1

Must-haves are lexicographically first (each covered must-have is worth more than every
other term together), and among equal values fewer minutes, then earlier ids, win.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tactful.planning.model import FAMILY_ORDER, FURTHER_QUESTION_VALUE, BankQuestion, PlanRequest

_KNOWN_FAMILIES = frozenset(FAMILY_ORDER)


@dataclass(frozen=True)
class Candidate:
    """An eligible (or pinned) question with the weighted competencies it probes."""

    question: BankQuestion
    relevant: tuple[str, ...]  # weighted competencies it probes, no repeats
    pinned: bool

    @property
    def id(self) -> str:
        return self.question.id

    @property
    def minutes(self) -> int:
        return self.question.minutes


@dataclass(frozen=True)
class Instance:
    weights: dict[str, int]  # every competency that counts (weight >= 1), must-haves included
    must_haves: frozenset[str]
    candidates: tuple[Candidate, ...]  # pinned first, then the optional ones sorted by id
    caps: dict[str, int]  # competency -> most chosen questions allowed to probe it
    cap: int  # max_per_competency: how many questions count in the objective
    budget: int  # minutes for questions (total minus the candidate's questions)
    problems: tuple[str, ...]
    # For explanations: questions of the bank that probe each competency in this language and
    # tier, before and after exclusions.
    probing_in_scope: dict[str, tuple[str, ...]]
    probing_available: dict[str, tuple[str, ...]]

    @property
    def pinned(self) -> tuple[Candidate, ...]:
        return tuple(c for c in self.candidates if c.pinned)

    @property
    def must_have_bonus(self) -> float:
        """Worth of one covered must-have: more than all the ordinary value there can be."""
        further = FURTHER_QUESTION_VALUE * max(self.cap - 1, 0)
        return float(sum(self.weights.values()) * (1 + further) + 1)

    def value(self, selected: Iterable[Candidate]) -> float:
        """The documented objective of a selection (must-have bonus and tie-breaks excluded)."""
        counts = coverage_counts(selected)
        return sum((self.weights[c] * step_value(n, self.cap) for c, n in counts.items()), 0.0)

    def must_haves_covered(self, selected: Iterable[Candidate]) -> int:
        counts = coverage_counts(selected)
        return sum(1 for c in self.must_haves if counts.get(c, 0) > 0)

    def gain(self, candidate: Candidate, counts: dict[str, int]) -> float:
        """What adding `candidate` to a selection with `counts` adds, must-have bonus included."""
        total = 0.0
        for c in candidate.relevant:
            n = counts.get(c, 0)
            total += self.weights[c] * (step_value(n + 1, self.cap) - step_value(n, self.cap))
            if n == 0 and c in self.must_haves:
                total += self.must_have_bonus
        return total

    def fits_caps(self, candidate: Candidate, counts: dict[str, int]) -> bool:
        return all(counts.get(c, 0) < self.caps[c] for c in candidate.relevant)


def step_value(n: int, cap: int) -> float:
    """Value of n questions on one competency of weight 1."""
    n = min(n, cap)
    return 0.0 if n <= 0 else 1.0 + FURTHER_QUESTION_VALUE * (n - 1)


def coverage_counts(selected: Iterable[Candidate]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for candidate in selected:
        for c in candidate.relevant:
            counts[c] = counts.get(c, 0) + 1
    return counts


def build_instance(request: PlanRequest) -> Instance:
    profile = request.profile
    problems: list[str] = []
    weights = {c: int(w) for c, w in profile.weights.items() if int(w) >= 1}
    for c in sorted(profile.must_haves):
        weights.setdefault(c, 1)
    cap = max(1, request.max_per_competency)
    budget = request.minutes - request.candidate_questions_minutes
    if budget <= 0:
        problems.append("budget_too_small")
        budget = max(budget, 0)

    bank: dict[str, BankQuestion] = {}
    for q in request.bank:
        if q.id in bank:
            problems.append(f"duplicate_question:{q.id}")
        else:
            bank[q.id] = q

    def in_scope(q: BankQuestion) -> bool:
        """Askable in this interview, before the user's exclusions."""
        known_family = q.family in _KNOWN_FAMILIES
        in_tier = q.tier is None or profile.tier is None or q.tier <= profile.tier
        return known_family and q.minutes >= 1 and request.language in q.languages and in_tier

    for q in bank.values():
        if q.family not in _KNOWN_FAMILIES:
            problems.append(f"unknown_family:{q.id}")

    pinned_ids: list[str] = []
    for qid in dict.fromkeys(request.pinned):
        wanted = bank.get(qid)
        if wanted is None:
            problems.append(f"unknown_pinned:{qid}")
        elif qid in request.excluded:
            problems.append(f"pinned_excluded:{qid}")
        elif wanted.family not in _KNOWN_FAMILIES or wanted.minutes < 1 or request.language not in wanted.languages:
            problems.append(f"pinned_unavailable:{qid}")
        else:
            if not in_scope(wanted):
                problems.append(f"pinned_above_tier:{qid}")  # kept: the user chose it
            pinned_ids.append(qid)

    def relevant(q: BankQuestion) -> tuple[str, ...]:
        return tuple(c for c in dict.fromkeys(q.competencies) if c in weights)

    pinned = [Candidate(bank[qid], relevant(bank[qid]), True) for qid in sorted(pinned_ids)]
    pinned_minutes = sum(c.minutes for c in pinned)
    if pinned_minutes > budget:
        problems.append("pinned_over_budget")
    room = budget - pinned_minutes
    optional = [
        Candidate(q, relevant(q), False)
        for q in sorted(bank.values(), key=lambda q: q.id)
        if q.id not in pinned_ids and q.id not in request.excluded and in_scope(q) and relevant(q) and q.minutes <= room
    ]

    caps = dict.fromkeys(weights, cap)
    for c, n in coverage_counts(pinned).items():
        if n > cap:
            caps[c] = n
            problems.append(f"pinned_over_cap:{c}")

    scope: dict[str, list[str]] = {}
    available: dict[str, list[str]] = {}
    for q in bank.values():
        if not in_scope(q):
            continue
        for c in relevant(q):
            scope.setdefault(c, []).append(q.id)
            if q.id not in request.excluded:
                available.setdefault(c, []).append(q.id)
    for c in pinned_ids:  # a pinned question above the tier is available all the same
        for comp in relevant(bank[c]):
            if c not in scope.get(comp, []):
                scope.setdefault(comp, []).append(c)
                available.setdefault(comp, []).append(c)

    return Instance(
        weights=weights,
        must_haves=frozenset(profile.must_haves),
        candidates=(*pinned, *optional),
        caps=caps,
        cap=cap,
        budget=budget,
        problems=tuple(problems),
        probing_in_scope={c: tuple(ids) for c, ids in scope.items()},
        probing_available={c: tuple(ids) for c, ids in available.items()},
    )
