"""/api/v1/: the analyser and an anonymous practice session driven by its token."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tactful.content import ContentLibrary
from tactful.practice.models import PracticeSession

pytestmark = pytest.mark.django_db


def call(client: Client, method: str, path: str, token: str = "", **body: Any) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    send = getattr(client, method)
    if body:
        return send(path, body, content_type="application/json", headers=headers)
    return send(path, headers=headers)


def test_analyse_returns_the_analyser_report_or_its_error(client: Client) -> None:
    text = "Last March a customer called because her router stopped. I reset it with her."
    response = call(client, "post", "/api/v1/analyse", text=text, language="en")
    assert response.status_code == 200
    report = response.json()
    assert report["language"] == "en"
    assert [s["star"] for s in report["sentences"]][1] == "action"
    assert 1 <= report["rating"]["value"] <= 5
    empty = call(client, "post", "/api/v1/analyse", text="  ")
    assert empty.status_code == 400
    assert empty.json()["error"]["code"] == "empty"


def test_a_whole_practice_session_through_the_api(client: Client, library: ContentLibrary) -> None:
    started = call(client, "post", "/api/v1/practice/start", track="retail", language="et", length=2)
    assert started.status_code == 201
    token, first = started.json()["token"], started.json()["question"]
    assert first["position"] == 1 and first["total"] == 2
    family = next(f for f in library.question_families if f.id == first["family"])
    assert first["hint"] == family.hint.get("et")
    assert "{" not in first["text"]  # blanks read as their examples
    assert PracticeSession.objects.get().visitor_key != token  # only its hash is stored

    weak = library.questions[first["id"]].weak_answer.text.get("et")
    feedback = call(client, "post", "/api/v1/practice/answer", token, text=weak).json()
    assert feedback["attempt"] == 1 and feedback["improvement"] is None
    assert "".join(p["text"] for p in feedback["highlighted"]) == weak
    assert feedback["strong_answer"] == library.questions[first["id"]].strong_answer.text.get("et")

    strong = library.questions[first["id"]].strong_answer.text.get("et")
    retry = call(client, "post", "/api/v1/practice/answer", token, text=strong, question=first["id"]).json()
    assert retry["attempt"] == 2
    assert retry["improvement"]["rating_after"] > retry["improvement"]["rating_before"]

    second = call(client, "get", "/api/v1/practice/question", token).json()["question"]
    assert second["position"] == 2
    call(client, "post", "/api/v1/practice/answer", token, text=strong)
    done = call(client, "get", "/api/v1/practice/question", token).json()
    assert done == {"question": None, "answered": 2, "total": 2}

    summary = call(client, "get", "/api/v1/practice/summary", token).json()
    assert summary["answered"] == 2
    assert summary["questions"][0]["first_rating"] < summary["questions"][0]["final_rating"]
    assert summary["preparation"]["plan"][0]["step"] == "research"
    assert summary["preparation"]["track_tips"][0] == library.tracks["retail"].tips[0].get("et")

    deleted = call(client, "delete", "/api/v1/practice/session", token).json()
    assert deleted == {"deleted": {"sessions": 1, "answers": 3}}
    assert call(client, "get", "/api/v1/practice/summary", token).status_code == 401


def test_practice_endpoints_need_the_session_token(client: Client, library: ContentLibrary) -> None:
    assert call(client, "get", "/api/v1/practice/question").status_code == 401
    assert call(client, "get", "/api/v1/practice/question", "made-up").status_code == 401


def test_bad_answers_get_a_code_and_a_message(client: Client, library: ContentLibrary) -> None:
    started = call(client, "post", "/api/v1/practice/start", track="call-centre", language="en", length=1).json()
    token, qid = started["token"], started["question"]["id"]
    one_word = call(client, "post", "/api/v1/practice/answer", token, text="Yes")
    assert one_word.status_code == 400
    assert one_word.json()["error"]["code"] == "too_short"
    unknown = call(client, "post", "/api/v1/practice/start", track="astrology", language="en")
    assert unknown.json()["error"]["code"] == "unknown_track"
    for _ in range(10):
        call(
            client,
            "post",
            "/api/v1/practice/answer",
            token,
            text="I helped a customer.",
            question=qid,
        )
    burst = call(client, "post", "/api/v1/practice/answer", token, text="I helped one more.", question=qid)
    assert burst.status_code == 429
    assert burst.json()["error"]["code"] == "rate_limited"


def test_the_schema_and_docs_are_published(client: Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/analyse", "/api/v1/practice/start", "/api/v1/practice/answer"):
        assert path in schema["paths"]
    assert client.get("/api/v1/docs").status_code == 200
