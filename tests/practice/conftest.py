"""Builders for practice tests: a visitor starts a session through the real start page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.test import Client

from tactful.practice.models import PracticeSession


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    """The per-visitor rate limit counts in Django's cache; each test starts at zero."""
    cache.clear()
    yield
    cache.clear()


def start_session(
    client: Client, *, track: str = "call-centre", language: str = "en", length: int = 3
) -> PracticeSession:
    response = client.post("/practice/", {"track": track, "language": language, "length": length})
    assert response.status_code == 302, response.content.decode()[:2000]
    session = PracticeSession.objects.order_by("-created", "-id").first()
    assert session is not None
    assert response["Location"] == f"/practice/s/{session.public_id}/q/1/"
    return session


def question_url(session: PracticeSession, position: int) -> str:
    return f"/practice/s/{session.public_id}/q/{position}/"
