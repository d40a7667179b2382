"""Greedy kit selection: fast, always available, not always optimal.

Starting from the pinned questions, repeatedly add the question with the most objective gain
per minute that still fits the time budget and the per-competency caps (must-haves first,
through their large bonus), until nothing fits or nothing adds value. Then try dropping each
chosen question in turn and filling the freed time greedily again (without it), keeping any
change that improves the kit, for a few rounds. Used when the solver is not installed, times
out, or the caller asks for it; also the exact solver's warm start.
"""

from __future__ import annotations

from collections.abc import Sequence

from tactful.planning.instance import Candidate, Instance, coverage_counts

IMPROVEMENT_ROUNDS = 5


def solve_greedy(instance: Instance) -> tuple[Candidate, ...]:
    selected = _fill(instance, list(instance.pinned), banned=frozenset())
    best = _key(instance, selected)
    for _round in range(IMPROVEMENT_ROUNDS):
        for drop in [c for c in selected if not c.pinned]:
            trial = _fill(instance, [c for c in selected if c is not drop], banned=frozenset({drop.id}))
            if (key := _key(instance, trial)) > best:
                selected, best = trial, key
                break
        else:
            break  # no single drop-and-refill helps any more
    return tuple(selected)


def _key(instance: Instance, selected: Sequence[Candidate]) -> tuple[int, float, int]:
    """Must-haves covered, then the objective, then fewer minutes."""
    return instance.must_haves_covered(selected), instance.value(selected), -sum(c.minutes for c in selected)


def _fill(instance: Instance, selected: list[Candidate], *, banned: frozenset[str]) -> list[Candidate]:
    counts = coverage_counts(selected)
    room = instance.budget - sum(c.minutes for c in selected)
    chosen = {c.id for c in selected} | banned
    while True:
        best: Candidate | None = None
        best_key: tuple[float, float, int] | None = None
        for candidate in instance.candidates:
            if candidate.id in chosen or candidate.minutes > room or not instance.fits_caps(candidate, counts):
                continue
            gain = instance.gain(candidate, counts)
            if gain <= 0:
                continue
            # Candidates are sorted by id, so on a full tie the earliest id stays.
            key = (gain / candidate.minutes, gain, -candidate.minutes)
            if best_key is None or key > best_key:
                best, best_key = candidate, key
        if best is None:
            return selected
        selected = [*selected, best]
        chosen.add(best.id)
        room -= best.minutes
        for c in best.relevant:
            counts[c] = counts.get(c, 0) + 1
