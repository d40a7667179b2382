"""The exact solver finds the true optimum: checked against every subset of small random banks."""

from __future__ import annotations

from itertools import combinations

import pytest

from tactful.planning import Kit, PlanRequest, plan_kit
from tactful.planning.instance import Candidate, build_instance, coverage_counts

from .banks import random_bank, request

SEEDS = range(40)


def brute_force(req: PlanRequest) -> tuple[int, float, int]:
    """Best (must-haves covered, objective, -minutes) over every feasible subset of the bank."""
    instance = build_instance(req)
    pinned = list(instance.pinned)
    optional = [c for c in instance.candidates if not c.pinned]
    best = (-1, -1.0, 0)
    for size in range(len(optional) + 1):
        for subset in combinations(optional, size):
            chosen: list[Candidate] = pinned + list(subset)
            if sum(c.minutes for c in chosen) > instance.budget:
                continue
            counts = coverage_counts(chosen)
            if any(n > instance.caps[c] for c, n in counts.items()):
                continue
            minutes = sum(c.minutes for c in chosen)
            best = max(best, (instance.must_haves_covered(chosen), instance.value(chosen), -minutes))
    return best


def score(req: PlanRequest, kit: Kit) -> tuple[int, float, int]:
    minutes = sum(item.minutes for item in kit.items)
    return len(req.profile.must_haves) - len(kit.must_haves_missing), kit.objective, -minutes


def small_request(seed: int) -> PlanRequest:
    bank, weights, must_haves = random_bank(seed, size=8 + seed % 5)
    return request(
        bank,
        weights,
        must_haves=must_haves,
        minutes=(12, 18, 25, 35)[seed % 4],
        pinned=(bank[0].id,) if seed % 7 == 0 else (),
        excluded=frozenset({bank[1].id}) if seed % 5 == 0 else frozenset(),
        max_per_competency=1 + seed % 3,
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_it_finds_the_brute_force_optimum_on_small_banks(seed: int) -> None:
    """Same must-haves and score as the best subset, and among those the fewest minutes."""
    req = small_request(seed)
    kit = plan_kit(req)
    assert kit.method == "exact"
    assert kit.proven_optimal
    assert score(req, kit) == brute_force(req)


@pytest.mark.parametrize("seed", SEEDS)
def test_greedy_never_beats_the_optimum(seed: int) -> None:
    req = small_request(seed)
    greedy = plan_kit(req, exact_available=False)
    # "exact" only when there was nothing to choose (every eligible question pinned).
    assert greedy.method == "greedy_fallback" or greedy.proven_optimal
    assert score(req, greedy)[:2] <= brute_force(req)[:2]
