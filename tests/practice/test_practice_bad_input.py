"""Bad input on the answer form: each gets a clear message, and the answer stays in the form."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils.html import escape

from tactful.content import ContentLibrary
from tactful.practice.models import PracticeAttempt
from tests.practice.conftest import question_url, start_session

pytestmark = pytest.mark.django_db


def textarea(html: str) -> str:
    """The textarea's content (Django writes a newline after the tag, which browsers drop)."""
    start = html.index("<textarea")
    return html[html.index(">", start) + 1 : html.index("</textarea>")].removeprefix("\n")


def test_an_empty_answer_asks_for_one(client: Client, library: ContentLibrary) -> None:
    session = start_session(client)
    response = client.post(question_url(session, 1), {"answer": "   \n "})
    assert response.status_code == 400
    assert "Please type your answer before sending it." in response.content.decode()
    assert not PracticeAttempt.objects.exists()


def test_a_one_word_answer_is_explained_and_kept(client: Client, library: ContentLibrary) -> None:
    session = start_session(client)
    response = client.post(question_url(session, 1), {"answer": "Patience"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "One or two words are not enough for an interviewer to judge." in html
    assert textarea(html).strip() == "Patience"


def test_a_too_long_answer_states_the_limit_and_is_kept_whole(client: Client, library: ContentLibrary) -> None:
    session = start_session(client)
    text = "I listened to the customer. " * 1000 + "END"  # 5,001 words
    response = client.post(question_url(session, 1), {"answer": text})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Your answer has 5,001 words; the limit is 5,000 words." in html
    assert "Up to 5,000 words." in html
    assert textarea(html).strip() == text.strip()
    assert not PracticeAttempt.objects.exists()


def test_an_answer_in_another_language_is_analysed_in_its_own_and_says_so(
    client: Client, library: ContentLibrary
) -> None:
    session = start_session(client, language="hr", length=100)
    question = library.questions["beh-hardest-customer"]
    position = session.question_ids.index(question.id) + 1
    response = client.post(question_url(session, position), {"answer": question.strong_answer.text.get("en")})
    html = client.get(response["Location"]).content.decode()
    assert (
        "You chose Croatian for this interview, but this answer is in English, so it was analysed as English."
    ) in html
    attempt = PracticeAttempt.objects.get()
    assert attempt.report["language"] == "en"
    assert attempt.rating >= 4
    # tips and flag messages follow the interview language (Croatian)
    assert attempt.report["tips"] == [] or attempt.report["tips"][0] in html


def test_pasted_html_and_script_are_shown_as_text(client: Client, library: ContentLibrary) -> None:
    session = start_session(client)
    text = "<script>alert('hi')</script> Last week I fixed a <b>broken</b> router for a customer."
    response = client.post(question_url(session, 1), {"answer": text})
    html = client.get(response["Location"]).content.decode()
    assert "<script>alert" not in html
    assert "<b>broken</b>" not in html
    assert escape("<script>alert('hi')</script>") in html
    assert PracticeAttempt.objects.get().answer == text

    refused = client.post(question_url(session, 1), {"answer": "<script>x</script>"})
    assert "<script>x</script>" not in refused.content.decode()
    assert textarea(refused.content.decode()) == escape("<script>x</script>")


def test_a_burst_of_answers_is_slowed_down_kindly_and_nothing_is_lost(client: Client, library: ContentLibrary) -> None:
    session = start_session(client)
    text = "Last week I helped a customer whose router kept dropping."
    for _ in range(10):
        assert client.post(question_url(session, 1), {"answer": text}).status_code == 302
    response = client.post(question_url(session, 1), {"answer": text + " Eleventh."})
    html = response.content.decode()
    assert response.status_code == 429
    assert "You are sending answers very quickly." in html
    assert textarea(html) == text + " Eleventh."
    assert PracticeAttempt.objects.count() == 10
