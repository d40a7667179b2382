"""Small builders for planner tests: questions, profiles, requests and seeded random banks."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from tactful.planning import BankQuestion, PlanRequest, Profile

FAMILIES = ("philosophy", "motivation", "behavioural", "situational", "problem_solving", "technical", "logistics")


def question(
    qid: str,
    competencies: Sequence[str],
    *,
    minutes: int = 5,
    family: str = "behavioural",
    tier: int | None = None,
    languages: Sequence[str] = ("en", "ru", "et", "hr", "sk"),
) -> BankQuestion:
    return BankQuestion(
        id=qid,
        family=family,
        minutes=minutes,
        competencies=tuple(competencies),
        tier=tier,
        languages=frozenset(languages),
    )


def request(
    bank: Sequence[BankQuestion],
    weights: dict[str, int],
    *,
    minutes: int = 45,
    must_haves: Sequence[str] = (),
    tier: int | None = None,
    language: str = "en",
    **kwargs: Any,
) -> PlanRequest:
    kwargs.setdefault("candidate_questions_minutes", 0)
    return PlanRequest(
        profile=Profile(weights=weights, must_haves=frozenset(must_haves), tier=tier),
        bank=tuple(bank),
        minutes=minutes,
        language=language,
        **kwargs,
    )


def random_bank(seed: int, size: int, competencies: int = 8) -> tuple[list[BankQuestion], dict[str, int], list[str]]:
    """A random bank of `size` questions over `competencies` competencies, with a profile."""
    rng = random.Random(seed)
    names = [f"c{i}" for i in range(competencies)]
    bank = [
        question(
            f"q{i:02d}",
            rng.sample(names, rng.randint(1, 3)),
            minutes=rng.randint(2, 10),
            family=rng.choice(FAMILIES),
        )
        for i in range(size)
    ]
    weighted = rng.sample(names, rng.randint(3, competencies))
    weights = {c: rng.randint(1, 5) for c in weighted}
    must_haves = rng.sample(weighted, rng.randint(0, 2))
    return bank, weights, must_haves
