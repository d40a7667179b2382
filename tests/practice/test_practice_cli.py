"""`tactful practice`: the mock interview in a terminal, driven through typer's CliRunner."""

from __future__ import annotations

from typer.testing import CliRunner

from tactful.analysis.questions import library
from tactful.cli import app
from tactful.practice.plan import fill_slots


def test_a_terminal_interview_with_a_retry_and_the_summary_in_croatian() -> None:
    content = library()
    track = content.tracks["call-centre"]
    weak = "Ne znam, uvijek se trudim."
    story = content.questions["beh-hardest-customer"].strong_answer.text.get("hr")
    # each question: a weak answer, "try again" with a strong story, then "next"
    steps = f"{weak}\n\nr\n{story}\n\nn\n" * 2
    result = CliRunner().invoke(
        app, ["practice", "--track", "call-centre", "--lang", "hr", "--length", "2"], input=steps
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert track.name.get("hr") in out
    examples = {slot_id: slot.example.get("hr") for slot_id, slot in content.slots.items()}
    texts = [fill_slots(content.questions[q].text.get("hr"), examples) for q in track.questions]
    asked = [text for text in texts if text in out]
    assert len(asked) == 2
    assert out.count("1 → ") + out.count("2 → ") >= 2  # both retries rated higher in the summary
    assert track.tips[0].get("hr")[:40] in out
    assert next(iter(content.candidate_questions.values())).text.get("hr")[:40] in out


def test_the_terminal_loop_keeps_every_attempt() -> None:
    from io import StringIO

    from rich.console import Console

    from tactful.practice.terminal import run

    story = library().questions["beh-hardest-customer"].strong_answer.text.get("en")
    replies = iter(["I do my best.", "", "r", story, "", "q"])
    answered = run(
        track_id="call-centre",
        lang="en",
        length=3,
        console=Console(file=StringIO()),
        ask=lambda _prompt: next(replies),
    )
    assert len(answered) == 1
    ratings = [report["rating"]["value"] for report in answered[0].reports]
    assert len(ratings) == 2 and ratings[1] > ratings[0]


def test_an_empty_answer_is_asked_again_and_input_ending_shows_the_summary() -> None:
    result = CliRunner().invoke(
        app,
        ["practice", "--track", "retail", "--lang", "en", "--length", "1"],
        input="\nLast week I helped a customer find the right size of shoes.\n\n",
    )
    assert result.exit_code == 0, result.output
    assert "Please type your answer before sending it." in result.output
    assert "Your session summary" in result.output
    assert "Research the company" in result.output


def test_an_unknown_track_is_refused_with_the_known_ones() -> None:
    result = CliRunner().invoke(app, ["practice", "--track", "astrology"])
    assert result.exit_code == 2
    assert "call-centre" in result.output
