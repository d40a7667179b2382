"""Aggregating interviewers' ratings: exact numbers a recruiter reads on the scores page."""

from __future__ import annotations

import math

import pytest

from tactful.stats import CompetencySpec, RaterScores, aggregate, radar_chart, spread_of

PORTRAIT = [
    CompetencySpec("empathy", weight=5, must_have=True),
    CompetencySpec("ownership", weight=3),
    CompetencySpec("written-communication", weight=2, must_have=True),
]


def test_it_averages_each_competency_over_interviewers() -> None:
    result = aggregate(
        PORTRAIT,
        [
            RaterScores("bob", competencies={"empathy": 4, "ownership": 2, "written-communication": 3}),
            RaterScores("ivan", competencies={"empathy": 5, "ownership": 4, "written-communication": 3}),
        ],
    )
    empathy = result.competency("empathy")
    assert empathy is not None
    assert (empathy.n, empathy.mean, empathy.spread, empathy.stdev) == (2, 4.5, 1, 0.5)
    ownership = result.competency("ownership")
    assert ownership is not None
    assert (ownership.mean, ownership.spread, ownership.stdev) == (3.0, 2, 1.0)
    assert ownership.disagreement
    assert not empathy.disagreement
    assert result.disagreements == ("ownership",)


def test_it_weights_the_overall_score_by_the_portrait() -> None:
    result = aggregate(
        PORTRAIT,
        [
            RaterScores("bob", competencies={"empathy": 4, "ownership": 2, "written-communication": 3}),
            RaterScores("ivan", competencies={"empathy": 5, "ownership": 4, "written-communication": 3}),
        ],
    )
    # (5 × 4.5 + 3 × 3.0 + 2 × 3.0) / (5 + 3 + 2) = 37.5 / 10
    assert result.overall == pytest.approx(3.75)
    assert result.coverage == 1.0
    assert result.raters == 2


def test_it_leaves_unrated_competencies_out_of_the_score_but_counts_them_as_gaps() -> None:
    result = aggregate(PORTRAIT, [RaterScores("bob", competencies={"empathy": 2, "ownership": 5})])
    # (5 × 2 + 3 × 5) / 8 = 3.125; written communication is must-have and unrated, empathy is below 3
    assert result.overall == pytest.approx(3.125)
    assert result.coverage == pytest.approx(0.8)
    assert result.must_have_gaps == ("empathy", "written-communication")


def test_a_must_have_at_exactly_three_is_not_a_gap() -> None:
    result = aggregate(
        PORTRAIT,
        [
            RaterScores("bob", competencies={"empathy": 2, "written-communication": 3}),
            RaterScores("ivan", competencies={"empathy": 4, "written-communication": 3}),
        ],
    )
    assert result.must_have_gaps == ()


def test_it_has_no_score_when_nobody_rated_anything() -> None:
    result = aggregate(PORTRAIT, [])
    assert result.overall is None
    assert result.coverage == 0.0
    assert result.must_have_gaps == ("empathy", "written-communication")
    empathy = result.competency("empathy")
    assert empathy is not None and empathy.mean is None and empathy.spread is None and not empathy.disagreement


def test_competencies_outside_the_portrait_are_listed_with_weight_zero_and_do_not_count() -> None:
    result = aggregate(PORTRAIT, [RaterScores("bob", competencies={"empathy": 4, "humour": 1})])
    humour = result.competency("humour")
    assert humour is not None and humour.weight == 0 and not humour.in_portrait and humour.mean == 1.0
    assert result.overall == 4.0
    assert [c.key for c in result.competencies] == ["empathy", "ownership", "written-communication", "humour"]


def test_it_aggregates_each_question_in_kit_order() -> None:
    result = aggregate(
        PORTRAIT,
        [
            RaterScores("bob", questions={"beh-hardest-customer": 2, "sit-angry-customer": 5}),
            RaterScores("ivan", questions={"beh-hardest-customer": 5, "sit-angry-customer": 4}),
            RaterScores("rita", questions={"beh-hardest-customer": 2}),
        ],
        questions=["sit-angry-customer", "beh-hardest-customer", "tech-unasked"],
    )
    assert [q.key for q in result.questions] == ["sit-angry-customer", "beh-hardest-customer", "tech-unasked"]
    hardest = result.question("beh-hardest-customer")
    assert hardest is not None
    assert (hardest.n, hardest.mean, hardest.spread) == (3, 3.0, 3)
    assert hardest.scores.stdev == pytest.approx(math.sqrt(2))  # deviations −1, 2, −1 → √(6/3)
    assert hardest.disagreement
    unasked = result.question("tech-unasked")
    assert unasked is not None and unasked.n == 0 and unasked.mean is None


def test_one_rating_has_no_spread() -> None:
    spread = spread_of([4])
    assert (spread.n, spread.mean, spread.spread, spread.stdev) == (1, 4.0, 0, 0.0)


def test_it_refuses_ratings_and_weights_outside_one_to_five() -> None:
    with pytest.raises(ValueError):
        spread_of([0, 3])
    with pytest.raises(ValueError):
        aggregate([CompetencySpec("empathy", weight=6)], [])


def test_the_radar_puts_the_first_axis_at_the_top_and_unrated_at_the_centre() -> None:
    chart = radar_chart(
        [("a", "A", 5.0, 5), ("b", "B", None, 5), ("c", "C", 2.5, 1), ("d", "D", 5.0, 5)], size=340, padding=70
    )
    # centre 170, radius 100: axis a points up, b right, c down, d left
    assert chart.candidate == "170.0,70.0 170.0,170.0 170.0,220.0 70.0,170.0"
    assert chart.target == "170.0,70.0 270.0,170.0 170.0,190.0 70.0,170.0"
    assert [a.anchor for a in chart.axes] == ["middle", "start", "middle", "end"]
    assert chart.rings[0] == (1, "170.0,150.0 190.0,170.0 170.0,190.0 150.0,170.0")
