"""The planner on the real question bank in content/, for a tier-1 chat-support profile."""

from __future__ import annotations

import dataclasses

import pytest

from tactful.content import ContentLibrary
from tactful.planning import STAGES, PlanRequest, Profile, plan_kit
from tactful.planning.content_bank import bank_from_library
from tests.conftest import shipped_library

CHAT_TIER1 = Profile(
    weights={
        "writing": 5,
        "empathy": 5,
        "customer_orientation": 4,
        "communication": 4,
        "time_management": 4,
        "troubleshooting": 4,
        "de_escalation": 3,
        "attention_to_detail": 3,
        "stress_resistance": 3,
        "tool_fluency": 3,
        "self_learning": 2,
        "teamwork": 2,
        "motive_helping": 2,
    },
    must_haves=frozenset({"writing", "empathy", "troubleshooting"}),
    tier=1,
)


@pytest.fixture(scope="module")
def content() -> ContentLibrary:
    return shipped_library()


@pytest.mark.parametrize("language", ["en", "et", "sk"])
@pytest.mark.parametrize("minutes", [30, 45, 60])
def test_it_plans_an_optimal_tier1_chat_kit_from_the_shipped_bank(
    content: ContentLibrary, language: str, minutes: int
) -> None:
    request = PlanRequest(profile=CHAT_TIER1, bank=bank_from_library(content), minutes=minutes, language=language)
    kit = plan_kit(request)
    assert kit.method == "exact" and kit.proven_optimal
    assert kit.must_haves_missing == ()
    assert kit.minutes_used <= minutes
    assert all(content.questions[item.question_id].tier in (None, 1) for item in kit.items)
    assert [STAGES.index(item.stage) for item in kit.items] == sorted(STAGES.index(item.stage) for item in kit.items)
    assert all(len(ids) <= 2 for ids in kit.coverage.values())
    greedy = plan_kit(dataclasses.replace(request, solver="greedy"))
    assert greedy.objective <= kit.objective


def test_more_time_never_lowers_the_coverage(content: ContentLibrary) -> None:
    bank = bank_from_library(content)
    scores = [plan_kit(PlanRequest(CHAT_TIER1, bank, minutes, "en")).objective for minutes in (20, 30, 45, 60, 90)]
    assert scores == sorted(scores)
    assert scores[-1] == sum(w * 1.5 for w in CHAT_TIER1.weights.values())  # 90 minutes: everything twice
