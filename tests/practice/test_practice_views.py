"""Practice pages: start, question with its hint, feedback, try again, summary, privacy."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils.html import escape

from tactful.content import ContentLibrary
from tactful.practice.models import PracticeAttempt, PracticeSession
from tests.practice.conftest import question_url, start_session

pytestmark = pytest.mark.django_db


def answer(client: Client, session: PracticeSession, position: int, text: str) -> str:
    response = client.post(question_url(session, position), {"answer": text})
    assert response.status_code == 302, response.content.decode()[:500]
    return client.get(response["Location"]).content.decode()


def test_the_landing_page_offers_languages_tracks_and_lengths(client: Client, library: ContentLibrary) -> None:
    html = client.get("/practice/").content.decode()
    assert "Practise a support-job interview" in html
    for track in library.tracks.values():
        assert escape(track.name.get("en")) in html
    for code in ("en", "ru", "et", "hr", "sk"):
        assert f'<option value="{code}"' in html
    assert "5 questions" in html


def test_a_question_comes_with_its_family_hint_in_the_session_language(client: Client, library: ContentLibrary) -> None:
    session = start_session(client, language="hr", length=100)
    position = session.question_ids.index("beh-hardest-customer") + 1
    html = client.get(question_url(session, position)).content.decode()
    question = library.questions["beh-hardest-customer"]
    assert escape(question.text.get("hr")) in html
    behavioural = next(f for f in library.question_families if f.id == "behavioural")
    assert escape(behavioural.hint.get("hr")) in html
    assert f"Question {position} of {len(session.question_ids)}" in html


def test_feedback_highlights_star_parts_and_shows_what_the_interviewer_wants(
    client: Client, library: ContentLibrary
) -> None:
    session = start_session(client, length=100)
    question = library.questions["beh-hardest-customer"]
    position = session.question_ids.index(question.id) + 1
    html = answer(client, session, position, question.strong_answer.text.get("en"))
    assert re.search(r'<mark class="star-situation" title="Situation">Last winter', html)
    assert '<mark class="star-result" title="Result">' in html
    assert re.search(r'<p class="rating-value">[45]/5</p>', html)
    assert escape(question.wants_to_learn.get("en")) in html
    assert "None: nothing in this answer would worry an interviewer." in html
    assert "De-escalation" in html
    assert 'id="next-question"' in html


def test_try_again_keeps_the_first_attempt_and_shows_what_improved(client: Client, library: ContentLibrary) -> None:
    session = start_session(client, length=100)
    question = library.questions["beh-hardest-customer"]
    position = session.question_ids.index(question.id) + 1
    weak = question.weak_answer.text.get("en")
    answer(client, session, position, weak)
    retry = client.get(question_url(session, position)).content.decode()
    assert escape(weak) in retry  # the earlier answer is there to improve on
    assert 'id="retry-note"' in retry
    html = answer(client, session, position, question.strong_answer.text.get("en"))
    improvement = html[html.index('id="improvement"') : html.index('id="your-answer"')]
    assert re.search(r"Suggested rating: [12] → [45]", improvement)
    assert "STAR parts you added: Situation, Task, Action" in improvement
    assert "Red flags gone:" in improvement and "Blaming others" in improvement
    assert PracticeAttempt.objects.filter(session=session).count() == 2


def test_the_summary_has_strengths_gaps_and_a_preparation_plan(client: Client, library: ContentLibrary) -> None:
    session = start_session(client, language="ru", length=3)
    for position, qid in enumerate(session.question_ids, start=1):
        answer(client, session, position, library.questions[qid].strong_answer.text.get("ru"))
    html = client.get(f"/practice/s/{session.public_id}/summary/").content.decode()
    assert "You answered 3 of 3 questions." in html
    strengths = html[html.index('id="strengths"') : html.index('id="gaps"')]
    assert "<li>" in strengths
    for step in ("research", "aloud", "clothes", "questions", "stress", "track"):
        assert f'id="plan-{step}"' in html
    first_ask = next(iter(library.candidate_questions.values()))
    assert escape(first_ask.text.get("ru")) in html
    assert escape(library.tracks["call-centre"].tips[0].get("ru")) in html
    assert "@media print" in client.get("/static/practice/practice.css").getvalue().decode()


def test_another_visitor_cannot_open_a_session(client: Client, library: ContentLibrary) -> None:
    session = start_session(client)
    stranger = Client()
    assert stranger.get(question_url(session, 1)).status_code == 404
    assert stranger.get(f"/practice/s/{session.public_id}/summary/").status_code == 404
    assert client.get(question_url(session, 99)).status_code == 404


def test_delete_my_data_removes_everything_and_says_so(client: Client, library: ContentLibrary) -> None:
    first = start_session(client)
    start_session(client)
    answer(client, first, 1, "Last week I helped a customer with a broken router.")
    page = client.get("/practice/my-data/delete/").content.decode()
    assert "This deletes all your 2 practice sessions" in page
    html = client.post("/practice/my-data/delete/").content.decode()
    assert "Deleted 2 practice sessions" in html
    assert "(1 answer)" in html
    assert PracticeSession.objects.count() == 0
    assert PracticeAttempt.objects.count() == 0


def test_an_account_keeps_history_and_draws_progress(client: Client, library: ContentLibrary) -> None:
    session = start_session(client)
    answer(client, session, 1, "Last week I helped a customer with a broken router.")
    response = client.post(
        "/practice/account/signup/",
        {
            "username": "candidate",
            "password1": "Lighthouse-42-tea",
            "password2": "Lighthouse-42-tea",
        },
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.user == User.objects.get(username="candidate")
    second = start_session(client)
    answer(client, second, 1, "Last week I helped a customer with a broken router.")
    html = client.get("/practice/history/").content.decode()
    assert html.count("<circle ") == 2
    assert '<polyline class="line"' in html
    client.cookies["django_language"] = "et"  # a decimal comma ("123,4") is no SVG coordinate
    svg = client.get("/practice/history/").content.decode().split("<svg", 1)[1].split("</svg>")[0]
    numbers = re.findall(r'\b(?:x|y|x1|x2|y1|y2|cx|cy)="([^"]*)"', svg)
    assert numbers and all(re.fullmatch(r"\d+(\.\d+)?", n) for n in numbers), numbers
    client.cookies["django_language"] = "en"

    client.post("/practice/account/logout/")
    assert client.get("/practice/history/").status_code == 302
    client.post("/practice/account/login/", {"username": "candidate", "password": "Lighthouse-42-tea"})
    assert client.get(f"/practice/s/{session.public_id}/summary/").status_code == 200


def test_the_record_button_is_hidden_without_a_speech_model(client: Client, library: ContentLibrary) -> None:
    session = start_session(client)
    assert 'id="record"' not in client.get(question_url(session, 1)).content.decode()
    assert client.post("/practice/speech/").status_code == 404
