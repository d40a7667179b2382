"""The pure feedback functions: highlighted pieces, what improved, strengths and gaps."""

from __future__ import annotations

import random

from tactful.analysis import analyse
from tactful.practice import feedback
from tactful.practice.plan import choose_questions, fill_slots

STORY = (
    "Last March a customer called because her router had stopped working. "
    "I asked her to read me the lights on the box and found the cable was loose. "
    "She was online again in five minutes and thanked me."
)


def test_highlighted_pieces_give_back_the_exact_text_with_star_labels() -> None:
    report = analyse(STORY, question="beh-hardest-customer", language="en").to_dict()
    pieces = feedback.highlight(STORY, report)
    assert "".join(p.text for p in pieces) == STORY
    labelled = {p.star for p in pieces if p.text.strip()}
    assert labelled >= {"situation", "action"}
    first = report["sentences"][0]
    assert pieces[0].text.startswith(STORY[first["start"] : first["end"]][:20])


def test_a_flagged_phrase_is_its_own_piece_but_an_answer_wide_flag_is_not() -> None:
    text = "Customers never read instructions, it is their fault. I just tell them to try again."
    report = {
        "sentences": [
            {"start": 0, "end": 53, "star": None},
            {"start": 54, "end": 84, "star": "action"},
        ],
        "red_flags": [
            {"code": "blame", "start": 10, "end": 35, "message": ""},
            {"code": "no_example", "start": 0, "end": 84, "message": ""},
        ],
    }
    pieces = feedback.highlight(text, report)
    assert [(p.text, p.flag) for p in pieces if p.flag] == [("never read instructions, ", "blame")]
    assert pieces[-1] == feedback.Segment("I just tell them to try again.", "action", None)


def test_improvement_lists_rating_change_star_parts_gained_and_flags_removed() -> None:
    before = {
        "rating": {"value": 2},
        "star": {"situation": False, "task": False, "action": True, "result": False},
        "red_flags": [{"code": "blame"}, {"code": "no_example"}],
    }
    after = {
        "rating": {"value": 4},
        "star": {"situation": True, "task": False, "action": True, "result": True},
        "red_flags": [{"code": "jargon"}],
    }
    change = feedback.improvement(before, after)
    assert change.rating_delta == 2
    assert change.star_gained == ["situation", "result"]
    assert change.flags_removed == ["blame", "no_example"]
    assert change.flags_added == ["jargon"]
    assert change.improved


def test_strengths_and_gaps_come_from_every_attempt() -> None:
    reports = [
        {"competencies": [{"id": "empathy", "score": 0.8}, {"id": "patience", "score": 0.2}]},
        {"competencies": [{"id": "empathy", "score": 0.3}, {"id": "ownership", "score": 0.6}]},
    ]
    strengths, gaps = feedback.competency_standings(reports, ["empathy", "patience", "honesty"])
    assert [(c.id, c.score) for c in strengths] == [("empathy", 0.8), ("ownership", 0.6)]
    assert [c.id for c in gaps] == ["patience", "honesty"]


def test_a_session_keeps_the_track_order_and_blanks_read_as_examples() -> None:
    track = [f"q{i}" for i in range(10)]
    chosen = choose_questions(track, 4, random.Random(3))
    assert len(chosen) == 4
    assert chosen == sorted(chosen, key=track.index)
    assert choose_questions(track, 40) == track
    assert fill_slots("Explain how {technology} works.", {"technology": "DNS"}) == ("Explain how DNS works.")
