"""What a user of the planner notices: budgets, must-haves, pins, exclusions, order, explanations."""

from __future__ import annotations

import dataclasses

import pytest

from tactful.planning import STAGES, Uncovered, plan_kit, stage_of

from .banks import question, random_bank, request

BANK = (
    question("warm-why-support", ["motive_service"], minutes=3, family="motivation"),
    question("beh-angry-customer", ["empathy", "composure"], minutes=6),
    question("beh-mistake", ["ownership", "empathy"], minutes=5),
    question("sit-refund", ["composure", "policy"], minutes=5, family="situational"),
    question("tech-router", ["troubleshooting"], minutes=8, family="technical", tier=1),
    question("tech-dns", ["troubleshooting", "networking"], minutes=8, family="technical", tier=2),
    question("log-shifts", ["availability"], minutes=2, family="logistics"),
)
WEIGHTS = {
    "motive_service": 3,
    "empathy": 5,
    "composure": 4,
    "ownership": 3,
    "policy": 2,
    "troubleshooting": 4,
    "networking": 2,
    "availability": 1,
}


@pytest.mark.parametrize("minutes", [5, 10, 15, 20, 30, 60])
@pytest.mark.parametrize("solver", ["exact", "greedy"])
def test_it_never_exceeds_the_time_budget(minutes: int, solver: str) -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=minutes, candidate_questions_minutes=3, solver=solver))
    assert sum(item.minutes for item in kit.items) <= minutes - 3
    assert kit.minutes_used == sum(item.minutes for item in kit.items) + 3
    assert kit.minutes_used <= minutes


def test_it_takes_everything_useful_when_time_allows() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=120))
    assert set(kit.question_ids) == {q.id for q in BANK}
    assert kit.uncovered == ()
    assert kit.proven_optimal and kit.method == "exact"


def test_it_covers_the_must_haves_even_when_they_weigh_little() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=10, must_haves=["availability", "policy"]))
    assert kit.must_haves_missing == ()
    assert "availability" in kit.coverage and "policy" in kit.coverage
    assert set(kit.question_ids) >= {"log-shifts", "sit-refund"}


def test_it_reports_a_must_have_it_cannot_reach_and_still_plans() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=10, must_haves=["networking", "empathy"]))
    assert kit.must_haves_missing == ("networking",)
    assert "must_have_unreachable:networking" in kit.problems
    assert "empathy" in kit.coverage
    assert kit.items


def test_it_keeps_pinned_questions_even_when_they_add_little() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=12, pinned=("log-shifts",)))
    assert "log-shifts" in kit.question_ids
    assert next(item for item in kit.items if item.question_id == "log-shifts").pinned


def test_it_returns_only_the_pins_when_they_overrun_the_budget() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=10, pinned=("tech-router", "beh-angry-customer")))
    assert set(kit.question_ids) == {"tech-router", "beh-angry-customer"}
    assert "pinned_over_budget" in kit.problems
    assert kit.minutes_used == 14


def test_it_reports_pins_it_cannot_use() -> None:
    bank = (*BANK, question("beh-estonian-only", ["empathy"], languages=["et"]))
    kit = plan_kit(
        request(
            bank,
            WEIGHTS,
            pinned=("no-such-question", "beh-estonian-only", "beh-mistake"),
            excluded=frozenset({"beh-mistake"}),
        )
    )
    assert {
        "unknown_pinned:no-such-question",
        "pinned_unavailable:beh-estonian-only",
        "pinned_excluded:beh-mistake",
    } <= set(kit.problems)
    assert "beh-mistake" not in kit.question_ids
    assert "beh-estonian-only" not in kit.question_ids


def test_it_never_uses_an_excluded_question() -> None:
    excluded = frozenset({"beh-angry-customer", "tech-router"})
    kit = plan_kit(request(BANK, WEIGHTS, minutes=120, excluded=excluded))
    assert not excluded & set(kit.question_ids)
    assert kit.method == "exact"


@pytest.mark.parametrize("cap", [1, 2])
def test_it_asks_about_each_competency_at_most_cap_times(cap: int) -> None:
    bank = [question(f"beh-empathy-{i}", ["empathy"], minutes=2) for i in range(6)]
    kit = plan_kit(request(bank, {"empathy": 5}, minutes=60, max_per_competency=cap))
    assert len(kit.items) == cap
    assert len(kit.coverage["empathy"]) == cap
    assert kit.objective == 5 * (1 + 0.5 * (cap - 1))


def test_it_swaps_a_question_for_the_next_best_when_the_first_is_excluded() -> None:
    bank = [question("beh-a", ["empathy"], minutes=4), question("beh-b", ["empathy"], minutes=5)]
    first = plan_kit(request(bank, {"empathy": 5}, minutes=6))
    assert first.question_ids == ("beh-a",)
    swapped = plan_kit(request(bank, {"empathy": 5}, minutes=6, excluded=frozenset({"beh-a"})))
    assert swapped.question_ids == ("beh-b",)


def test_it_leaves_out_questions_above_the_profile_tier() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=120, tier=1))
    assert "tech-dns" not in kit.question_ids
    assert "tech-router" in kit.question_ids
    assert Uncovered("networking", "no_question") in kit.uncovered


def test_it_keeps_a_pinned_question_above_the_tier_and_says_so() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=120, tier=1, pinned=("tech-dns",)))
    assert "tech-dns" in kit.question_ids
    assert "pinned_above_tier:tech-dns" in kit.problems


def test_it_only_uses_questions_available_in_the_interview_language() -> None:
    bank = (*BANK, question("beh-calm-ru", ["calm"], minutes=2, languages=["ru"]))
    weights = {**WEIGHTS, "calm": 2}
    in_english = plan_kit(request(bank, weights, minutes=120, language="en"))
    in_russian = plan_kit(request(bank, weights, minutes=120, language="ru"))
    assert "beh-calm-ru" not in in_english.question_ids
    assert Uncovered("calm", "no_question") in in_english.uncovered
    assert "beh-calm-ru" in in_russian.question_ids


def test_it_orders_the_kit_warm_up_first_and_closing_last() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=120))
    stages = [item.stage for item in kit.items]
    assert stages == sorted(stages, key=STAGES.index)
    assert kit.items[0].question_id == "warm-why-support"
    assert kit.items[-1].question_id == "log-shifts"
    assert [item.question_id for item in kit.items if item.stage == "behavioural"] == [
        "beh-angry-customer",
        "beh-mistake",
    ]


def test_stage_of_maps_every_family() -> None:
    assert stage_of("philosophy") == "warm_up"
    assert stage_of("remote") == "warm_up"
    assert stage_of("problem_solving") == "situational"
    assert stage_of("logistics") == "closing"
    with pytest.raises(ValueError):
        stage_of("astrology")


def test_it_skips_questions_of_an_unknown_family() -> None:
    bank = (*BANK, question("x-horoscope", ["empathy"], family="astrology"))
    kit = plan_kit(request(bank, WEIGHTS, minutes=120))
    assert "x-horoscope" not in kit.question_ids
    assert "unknown_family:x-horoscope" in kit.problems


def test_it_explains_why_a_competency_is_not_covered() -> None:
    weights = {**WEIGHTS, "sales": 2}
    kit = plan_kit(request(BANK, weights, minutes=13, excluded=frozenset({"sit-refund"}), tier=1))
    reasons = {u.competency: u.reason for u in kit.uncovered}
    assert reasons["sales"] == "no_question"
    assert reasons["networking"] == "no_question"  # only a tier-2 question probes it
    assert reasons["policy"] == "excluded"
    assert reasons["troubleshooting"] == "time_budget"
    assert not set(reasons) & set(kit.coverage)


def test_it_says_when_the_per_competency_cap_blocks_a_competency() -> None:
    bank = [
        question("beh-a", ["empathy"], minutes=2),
        question("beh-b", ["empathy"], minutes=2),
        question("beh-c", ["empathy", "tact"], minutes=3),
    ]
    kit = plan_kit(request(bank, {"empathy": 5, "tact": 1}, minutes=60, pinned=("beh-a", "beh-b")))
    assert Uncovered("tact", "per_competency_cap") in kit.uncovered


def test_a_pin_over_the_cap_is_kept_and_reported() -> None:
    bank = [question(f"beh-{i}", ["empathy"], minutes=2) for i in range(3)]
    kit = plan_kit(request(bank, {"empathy": 5}, minutes=60, pinned=("beh-0", "beh-1", "beh-2")))
    assert len(kit.items) == 3
    assert "pinned_over_cap:empathy" in kit.problems
    assert kit.coverage["empathy"] == ("beh-0", "beh-1")  # only the cap counts
    assert kit.items[2].covers == ()


def test_it_prefers_the_shorter_question_when_coverage_is_equal() -> None:
    bank = [question("beh-long", ["empathy"], minutes=9), question("beh-short", ["empathy"], minutes=3)]
    kit = plan_kit(request(bank, {"empathy": 5}, minutes=60, max_per_competency=1))
    assert kit.question_ids == ("beh-short",)


def test_greedy_is_used_when_asked_for() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=30, solver="greedy"))
    assert kit.method == "greedy"
    assert not kit.proven_optimal


def test_it_falls_back_to_greedy_without_the_solver() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=30), exact_available=False)
    assert kit.method == "greedy_fallback"
    assert "solver_unavailable" in kit.problems
    assert kit.items


def test_it_returns_a_usable_kit_when_the_solver_runs_out_of_time() -> None:
    bank, weights, must_haves = random_bank(7, size=400, competencies=40)
    req = request(bank, weights, minutes=90, must_haves=must_haves, time_limit_s=0.001)
    kit = plan_kit(req)
    greedy = plan_kit(dataclasses.replace(req, solver="greedy"))
    assert kit.method in {"exact", "greedy_fallback"}
    assert kit.objective >= greedy.objective
    assert sum(item.minutes for item in kit.items) <= 90
    if not kit.proven_optimal:
        assert "solver_time_limit" in kit.problems


@pytest.mark.parametrize("solver", ["exact", "greedy"])
def test_it_plans_the_same_kit_every_time(solver: str) -> None:
    bank, weights, must_haves = random_bank(3, size=60, competencies=15)
    req = request(bank, weights, minutes=45, must_haves=must_haves, solver=solver)
    first = plan_kit(req)
    assert all(plan_kit(req) == first for _ in range(3))
    reversed_bank = plan_kit(dataclasses.replace(req, bank=tuple(reversed(bank))))
    assert reversed_bank == first


def test_it_reserves_time_for_the_candidates_questions() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=20, candidate_questions_minutes=5))
    assert kit.question_minutes_budget == 15
    assert kit.minutes_used <= 20


def test_the_kit_serialises_to_plain_json_types() -> None:
    import json

    kit = plan_kit(request(BANK, WEIGHTS, minutes=30))
    data = json.loads(json.dumps(kit.to_dict()))
    assert data["method"] == "exact"
    assert [item["question_id"] for item in data["items"]] == list(kit.question_ids)
    assert data["coverage"]["empathy"] == list(kit.coverage["empathy"])


def test_it_returns_an_empty_optimal_kit_when_nothing_can_be_asked() -> None:
    kit = plan_kit(request([], {"empathy": 3}, minutes=30))
    assert kit.items == ()
    assert kit.objective == 0.0
    assert kit.proven_optimal and kit.method == "exact"
    assert kit.uncovered == (Uncovered("empathy", "no_question"),)
    assert "solver_time_limit" not in kit.problems


def test_it_reports_a_budget_that_leaves_no_time_for_questions() -> None:
    kit = plan_kit(request(BANK, WEIGHTS, minutes=4, candidate_questions_minutes=5))
    assert kit.items == ()
    assert "budget_too_small" in kit.problems
    assert {u.reason for u in kit.uncovered} == {"time_budget"}
