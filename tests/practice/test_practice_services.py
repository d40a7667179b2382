"""Practice services: starting a session, answering, retrying, claiming and deleting data."""

from __future__ import annotations

import random

import pytest
from django.contrib.auth.models import User

from tactful.content import ContentLibrary
from tactful.library.models import Question, Track
from tactful.practice import services
from tactful.practice.models import PracticeAttempt, PracticeSession

pytestmark = pytest.mark.django_db


def new_session(length: int = 3, language: str = "en", visitor: str = "v1") -> PracticeSession:
    return services.session_start(
        visitor_key=visitor,
        language=language,
        track=Track.objects.get(slug="call-centre"),
        length=length,
        rng=random.Random(1),
    )


def test_a_session_asks_the_chosen_number_of_track_questions_in_order(
    library: ContentLibrary,
) -> None:
    track = library.tracks["call-centre"]
    session = new_session(length=5)
    assert len(session.question_ids) == session.length == 5
    assert session.question_ids == sorted(session.question_ids, key=track.questions.index)
    whole = new_session(length=100)
    assert whole.question_ids == track.questions
    assert whole.length == len(track.questions)


def test_an_unsupported_language_is_refused(library: ContentLibrary) -> None:
    with pytest.raises(services.PracticeError):
        new_session(language="de")


def test_the_strong_sample_answer_rates_higher_with_fewer_flags_than_the_weak_one(
    library: ContentLibrary,
) -> None:
    session = services.session_start(
        visitor_key="v",
        language="en",
        track=Track.objects.get(slug="call-centre"),
        length=100,
    )
    question = Question.objects.get(slug="beh-hardest-customer")
    strong = services.answer_submit(
        session=session, question=question, text=question.strong_answer["text"]["en"]
    ).attempt
    weak = services.answer_submit(session=session, question=question, text=question.weak_answer["text"]["en"]).attempt
    assert strong is not None and weak is not None
    assert strong.rating >= 4 > 2 >= weak.rating
    assert strong.report["red_flags"] == []
    assert {f["code"] for f in weak.report["red_flags"]} >= {"blame"}
    assert strong.report["star"]["complete"] and not weak.report["star"]["complete"]
    assert (strong.number, weak.number) == (1, 2)


def test_a_retry_is_a_new_attempt_and_the_first_is_kept(library: ContentLibrary) -> None:
    session = new_session()
    question = Question.objects.get(slug=session.question_ids[0])
    for text in ("I always try my best with every customer.", "Last week I helped a customer."):
        assert services.answer_submit(session=session, question=question, text=text).attempt
    answers = list(PracticeAttempt.objects.filter(session=session).values_list("number", "answer"))
    assert answers == [
        (1, "I always try my best with every customer."),
        (2, "Last week I helped a customer."),
    ]


def test_the_eleventh_answer_within_a_minute_is_refused_and_not_stored(
    library: ContentLibrary,
) -> None:
    session = new_session()
    question = Question.objects.get(slug=session.question_ids[0])
    results = [
        services.answer_submit(session=session, question=question, text="I helped a customer today.") for _ in range(11)
    ]
    assert all(r.attempt for r in results[:10])
    assert results[10].attempt is None
    assert results[10].problem is not None and results[10].problem.code == "rate_limited"
    assert PracticeAttempt.objects.filter(session=session).count() == 10


def test_sessions_practised_anonymously_join_the_account_on_login(library: ContentLibrary) -> None:
    alice = User.objects.create_user("alice", password="x-pass-123456")
    mine, other = new_session(visitor="browser-a"), new_session(visitor="browser-b")
    assert services.session_claim(visitor_key="browser-a", user=alice) == 1
    mine.refresh_from_db()
    other.refresh_from_db()
    assert (mine.user, other.user) == (alice, None)


def test_delete_my_data_removes_every_session_of_the_visitor_and_account_at_once(
    library: ContentLibrary,
) -> None:
    alice = User.objects.create_user("alice", password="x-pass-123456")
    here = new_session(visitor="browser-a")
    elsewhere = services.session_start(
        visitor_key="browser-c",
        user=alice,
        language="hr",
        track=Track.objects.get(slug="retail"),
        length=3,
    )
    someone_else = new_session(visitor="browser-b")
    for session in (here, elsewhere, someone_else):
        question = Question.objects.get(slug=session.question_ids[0])
        services.answer_submit(session=session, question=question, text="I helped a customer today.")
    deleted = services.visitor_data_delete(visitor_key="browser-a", user=alice, delete_account=True)
    assert (deleted.sessions, deleted.answers, deleted.account) == (2, 2, True)
    assert list(PracticeSession.objects.all()) == [someone_else]
    assert PracticeAttempt.objects.count() == 1
    assert not User.objects.filter(username="alice").exists()
