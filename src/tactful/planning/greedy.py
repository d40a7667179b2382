"""Greedy kit selection: fast, always available, not always optimal.

Starting from the pinned questions, repeatedly add the question with the most objective gain
per minute that still fits the time budget and the per-competency caps (must-haves first,
through their large bonus), until nothing fits or nothing adds value. Used when the solver
is not installed, times out, or the caller asks for it; also the exact solver's warm start.
"""

from __future__ import annotations

from tactful.planning.instance import Candidate, Instance, coverage_counts


def solve_greedy(instance: Instance) -> tuple[Candidate, ...]:
    selected = list(instance.pinned)
    counts = coverage_counts(selected)
    room = instance.budget - sum(c.minutes for c in selected)
    chosen = {c.id for c in selected}
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
            return tuple(selected)
        selected.append(best)
        chosen.add(best.id)
        room -= best.minutes
        for c in best.relevant:
            counts[c] = counts.get(c, 0) + 1
