"""An interview is marked done when the last interviewer of its panel submits a scorecard."""

from __future__ import annotations

import pytest

from tactful.hiring.models import Interview
from tactful.hiring.services.scorecards import (
    AnswerInput,
    scorecard_get_or_create,
    scorecard_save,
    scorecard_submit,
)
from tests.hiring.builders import actor, interview_world


@pytest.fixture
def world(library, orgs, people):
    return interview_world(orgs, people)


def submit(people, name, world):
    who = actor(people, name)
    card = scorecard_get_or_create(actor=who, interview=world["interview"])
    card = scorecard_save(
        actor=who,
        scorecard=card,
        version=card.version,
        answers=[AnswerInput(item.pk, "", 4) for item in world["items"]],
        competency_ratings={},
        recommendation="yes",
    )
    return scorecard_submit(actor=who, scorecard=card, version=card.version)


def status(world):
    return Interview.objects.get(pk=world["interview"].pk).status


def test_it_stays_scheduled_until_the_last_interviewer_submits(world, people, client_for):
    submit(people, "bob", world)
    assert status(world) == Interview.Status.SCHEDULED
    submit(people, "ivan", world)
    assert status(world) == Interview.Status.DONE


def test_the_interview_list_shows_it_as_done(world, people, client_for):
    submit(people, "bob", world)
    page = client_for("rita").get("/hiring/interviews/").content.decode()
    scheduled, _sep, past = page.partition("Done or cancelled")
    assert "Maria Tamm" in scheduled and "Scheduled" in scheduled
    submit(people, "ivan", world)
    page = client_for("rita").get("/hiring/interviews/").content.decode()
    scheduled, _sep, past = page.partition("Done or cancelled")
    assert "Maria Tamm" not in scheduled
    assert "Maria Tamm" in past and "<td>Done</td>" in past


def test_a_draft_from_another_panel_member_keeps_it_scheduled(world, people, client_for):
    ivan = actor(people, "ivan")
    scorecard_get_or_create(actor=ivan, interview=world["interview"])  # a draft, never submitted
    submit(people, "bob", world)
    assert status(world) == Interview.Status.SCHEDULED


def test_a_cancelled_interview_is_not_reopened_as_done(world, people):
    submit(people, "bob", world)
    Interview.objects.filter(pk=world["interview"].pk).update(status=Interview.Status.CANCELLED)
    submit(people, "ivan", world)
    assert status(world) == Interview.Status.CANCELLED


def test_submitting_through_the_page_marks_it_done(world, people, client_for):
    submit(people, "bob", world)
    first, second = world["items"]
    client = client_for("ivan")
    response = client.post(
        f"/hiring/interviews/{world['interview'].pk}/",
        {
            "version": 1,
            f"rating-{first.pk}": "4",
            f"rating-{second.pk}": "3",
            "recommendation": "strong_yes",
            "action": "submit",
        },
    )
    assert response.status_code == 302
    assert status(world) == Interview.Status.DONE
