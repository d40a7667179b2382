"""The analyser on real English answers: STAR, evidence, flags, measures, rating, tips."""

from __future__ import annotations

import pytest

from tactful.analysis import analyse, available_backends

STRONG = (
    "Last winter I was working the evening shift at an internet provider's call centre. "
    "A customer called who had been without internet for three days and was furious. "
    "I had to calm him down and get a technician to him before the weekend. "
    "I let him finish, then apologised for the three days and repeated back what he had told me. "
    "I checked the outage map, saw his line was never put on the repair list, and booked a technician myself. "
    "The technician came the next morning, and the customer later gave us five out of five in the survey."
)
WEAK = "I am a people person and I always stay positive. Customers just want to be heard, so I listen to them."


@pytest.mark.parametrize("backend", sorted(available_backends()))
def test_a_full_star_story_is_labelled_part_by_part(backend: str) -> None:
    report = analyse(STRONG, question="beh-hardest-customer", backend=backend)
    assert [s.star for s in report.sentences] == ["situation", "situation", "task", "action", "action", "result"]
    assert report.star is not None and report.star.complete and report.star.in_order
    assert STRONG[report.sentences[2].start : report.sentences[2].end].startswith("I had to calm him down")


def test_a_strong_story_outrates_a_vague_one_on_the_same_question() -> None:
    strong = analyse(STRONG, question="beh-hardest-customer")
    weak = analyse(WEAK, question="beh-hardest-customer")
    assert strong.rating is not None and weak.rating is not None
    assert strong.rating.value >= 4
    assert weak.rating.value <= 2
    assert "no_example" in weak.flag_codes()
    assert not strong.red_flags


def test_it_finds_evidence_with_spans_for_the_questions_competencies() -> None:
    report = analyse(STRONG, question="beh-hardest-customer")
    ids = [c.id for c in report.competencies]
    for core in ("empathy", "active_listening", "problem_solving", "ownership", "communication"):
        assert core in ids
    empathy = report.competency("empathy")
    assert empathy is not None and empathy.score > 0.5
    assert any(STRONG[e.start : e.end] == "apologised" for e in empathy.evidence)
    listening = report.competency("active_listening")
    assert listening is not None and listening.score > 0
    assert all(0.0 <= c.score <= 1.0 for c in report.competencies)


def test_blame_money_badmouthing_temper_and_perfection_are_flagged_with_spans() -> None:
    cases = {
        "blame": "Honestly the customer was stupid, he never read the instructions we sent.",
        "money_motive": "To be honest the main reason is the money, this job pays better than my current one.",
        "badmouthing_employer": "My previous boss was terrible and never listened to anyone in the team.",
        "lost_temper": "After twenty minutes of insults I lost my temper and hung up on him.",
        "perfection_claim": "I have to say I never make mistakes when I process orders.",
    }
    for code, text in cases.items():
        report = analyse(text, language="en")
        flags = {f.code: f for f in report.red_flags}
        assert code in flags, (code, report.flag_codes())
        flag = flags[code]
        assert 0 <= flag.start < flag.end <= len(text)
        assert flag.message


def test_negated_cues_do_not_raise_flags() -> None:
    text = (
        "Last month a customer insulted me on the phone for ten minutes. "
        "I never shouted back and it was not about the money for me. "
        "I stayed calm, fixed his billing error and he apologised at the end."
    )
    report = analyse(text, question="beh-abusive-customer")
    assert not {"lost_temper", "money_motive"} & report.flag_codes()


def test_a_hypothetical_answer_to_a_behavioural_question_is_flagged_and_capped() -> None:
    text = (
        "I would first listen to the customer and apologise. Then I would check the order in the system. "
        "If needed I would offer a refund and I would follow up the next day."
    )
    report = analyse(text, question="beh-hardest-customer")
    assert "hypothetical" in report.flag_codes()
    flag = next(f for f in report.red_flags if f.code == "hypothetical")
    assert (flag.start, flag.end) == (0, len(text))
    assert report.rating is not None and report.rating.value <= 2
    assert any("real case" in tip for tip in report.tips)


def test_unexplained_jargon_is_flagged_and_the_tip_quotes_the_terms() -> None:
    text = (
        "The DHCP lease expired so the client had no IP, and DNS could not resolve the CNAME. "
        "I flushed the cache, renewed the lease and checked the MTU on the VPN tunnel."
    )
    report = analyse(text, question="tech-explain-technology")
    assert "jargon" in report.flag_codes()
    assert any("DHCP" in tip or "dhcp" in tip.lower() for tip in report.tips)


def test_specificity_and_clarity_count_what_a_reader_sees() -> None:
    report = analyse(STRONG)
    assert report.specificity is not None and report.clarity is not None
    assert report.specificity.numbers >= 2  # "three days", "five out of five"
    assert report.specificity.time_expressions >= 2
    assert report.clarity.sentences == 6
    assert report.clarity.words == 100
    rambling = analyse(
        "Um, so, like, basically I was, you know, at this job and, um, there was this guy and, like, "
        "he was kind of angry, you know, and I mean I sort of helped him, basically."
    )
    assert rambling.clarity is not None and rambling.clarity.filler_words >= 6
    assert any("filler" in tip for tip in rambling.tips)


def test_tips_come_in_the_interface_language_when_asked() -> None:
    report = analyse(WEAK, question="beh-hardest-customer", ui_language="ru")
    assert report.language == "en"
    assert report.tips and all(any("а" <= ch <= "я" for ch in tip.lower()) for tip in report.tips)


@pytest.mark.parametrize("backend", sorted(available_backends()))
def test_the_same_input_gives_the_same_report(backend: str) -> None:
    first = analyse(STRONG, question="beh-hardest-customer", backend=backend).to_dict()
    second = analyse(STRONG, question="beh-hardest-customer", backend=backend).to_dict()
    assert first == second
    assert first["backend"] == backend
    assert first["version"].startswith(f"1.0+{backend}.")
