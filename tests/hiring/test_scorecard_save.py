"""Saving and submitting a scorecard: versions that never lose typed text, submit checks."""

from __future__ import annotations

import threading
import time

import pytest

from tactful.hiring.errors import HiringError
from tactful.hiring.models import Scorecard
from tactful.hiring.services.scorecards import (
    AnswerInput,
    ScorecardIncomplete,
    scorecard_get_or_create,
    scorecard_save,
    scorecard_submit,
)
from tests.hiring.builders import actor, interview_world

STORY = (
    "Last spring a customer called because his internet had been down for three days. "
    "I apologised, checked the line and booked a technician for the same afternoon. "
    "The connection was back by five o'clock and he thanked us."
)


@pytest.fixture
def world(library, orgs, people):
    return interview_world(orgs, people)


def save(who, card, version, items, *, notes="", ratings=(None, None), recommendation="", competencies=None):
    return scorecard_save(
        actor=who,
        scorecard=card,
        version=version,
        answers=[AnswerInput(item.pk, notes if i == 0 else "", ratings[i]) for i, item in enumerate(items)],
        competency_ratings=competencies or {},
        recommendation=recommendation,
        comments="",
    )


def test_it_saves_a_draft_with_the_analysis_and_bumps_the_version(world, people):
    bob = actor(people, "bob")
    card = scorecard_get_or_create(actor=bob, interview=world["interview"])
    saved = save(bob, card, 1, world["items"], notes=STORY, ratings=(4, None), competencies={"empathy": 4})
    assert saved.version == 2
    answer = saved.answers.get(kit_item=world["items"][0])
    assert answer.rating == 4 and answer.notes == STORY
    assert answer.analysis["star"]["result"] is True
    assert saved.competency_ratings.get().rating == 4


def test_it_refuses_a_stale_version_and_keeps_the_newer_text(world, people):
    bob = actor(people, "bob")
    card = scorecard_get_or_create(actor=bob, interview=world["interview"])
    save(bob, card, 1, world["items"], notes="First tab")
    with pytest.raises(HiringError) as refused:
        save(bob, card, 1, world["items"], notes="Second tab")
    assert refused.value.code == "stale"
    assert "your text is kept below" in refused.value.message
    assert card.answers.get(kit_item=world["items"][0]).notes == "First tab"


def test_only_the_interviewer_can_fill_in_their_scorecard(world, people):
    card = scorecard_get_or_create(actor=actor(people, "bob"), interview=world["interview"])
    for name in ("ivan", "rita", "charlie"):
        with pytest.raises(HiringError) as refused:
            save(actor(people, name), card, 1, world["items"], notes="Not mine")
        assert refused.value.code == "not_found"
    with pytest.raises(HiringError) as refused:
        scorecard_get_or_create(actor=actor(people, "rita"), interview=world["interview"])
    assert refused.value.code == "not_assigned"


def test_submit_requires_a_recommendation_and_every_question_rated(world, people):
    bob = actor(people, "bob")
    card = scorecard_get_or_create(actor=bob, interview=world["interview"])
    card = save(bob, card, 1, world["items"], notes=STORY, ratings=(4, None))
    with pytest.raises(ScorecardIncomplete) as refused:
        scorecard_submit(actor=bob, scorecard=card, version=card.version)
    assert set(refused.value.fields) == {"recommendation", f"rating-{world['items'][1].pk}"}
    card = save(bob, card, card.version, world["items"], notes=STORY, ratings=(4, 3), recommendation="yes")
    submitted = scorecard_submit(actor=bob, scorecard=card, version=card.version)
    assert submitted.status == Scorecard.Status.SUBMITTED and submitted.submitted_at is not None


def test_a_submitted_scorecard_is_read_only_for_its_author(world, people):
    bob = actor(people, "bob")
    card = scorecard_get_or_create(actor=bob, interview=world["interview"])
    card = save(bob, card, 1, world["items"], ratings=(4, 3), recommendation="yes")
    card = scorecard_submit(actor=bob, scorecard=card, version=card.version)
    with pytest.raises(HiringError) as refused:
        save(bob, card, card.version, world["items"], notes="Changed my mind")
    assert refused.value.code == "submitted"


def test_it_refuses_ratings_outside_one_to_five_and_unknown_competencies(world, people):
    bob = actor(people, "bob")
    card = scorecard_get_or_create(actor=bob, interview=world["interview"])
    with pytest.raises(HiringError):
        save(bob, card, 1, world["items"], ratings=(6, None))
    with pytest.raises(HiringError) as refused:
        save(bob, card, 1, world["items"], competencies={"humour": 3})
    assert refused.value.code == "unknown_competency"


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_saves_of_one_version_exactly_one_wins(library, orgs, people):
    from django.db import OperationalError, connection

    world = interview_world(orgs, people)
    bob = actor(people, "bob")
    card = scorecard_get_or_create(actor=bob, interview=world["interview"])
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def attempt(text: str) -> None:
        barrier.wait()
        try:
            # PostgreSQL makes the second UPDATE wait for the first's row lock. SQLite's shared
            # in-memory test database answers "table is locked" at once instead of waiting, so
            # the test waits and retries as a busy timeout would; the transaction rolled back.
            for _ in range(100):
                try:
                    save(bob, Scorecard.objects.get(pk=card.pk), 1, world["items"], notes=text)
                    outcomes.append("saved")
                    return
                except HiringError as error:
                    outcomes.append(error.code)
                    return
                except OperationalError as error:
                    if "locked" not in str(error):
                        raise
                    time.sleep(0.02)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(t,)) for t in ("from tab one", "from tab two")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["saved", "stale"]
    card.refresh_from_db()
    assert card.version == 2
    assert card.answers.get(kit_item=world["items"][0]).notes in ("from tab one", "from tab two")
