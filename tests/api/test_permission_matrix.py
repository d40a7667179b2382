"""Every API endpoint × every role × own and other organisation: the exact status each one gets.

Columns: alice (owner A), rita (recruiter A), bob (interviewer A, on the interview), ivan
(interviewer A, not on it), charlie (owner B), dora (interviewer B). Ids always point at Org A's
rows, so Org B's people must get 404 (the row does not exist for them) or, on lists, 200
without a single Org A row. Anonymous callers always get 401.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.api.conftest import World

PEOPLE = ("alice", "rita", "bob", "ivan", "charlie", "dora")
Body = Callable[[World], Any] | None


def _statuses(row: str) -> dict[str, int]:
    return dict(zip(PEOPLE, (int(s) for s in row.split()), strict=True))


ALL_200 = "200 200 200 200 200 200"
MANAGERS_ONLY = "200 200 403 403 404 403"  # other org's owner: not found; interviewers: not allowed
MANAGERS_CREATE = "201 201 403 403 404 403"
MANAGERS_DELETE = "204 204 403 403 404 403"
IN_USE = "409 409 403 403 404 403"  # managers are told why it stays
SEEN_BY_PANEL = "200 200 200 404 404 404"  # bob sits on the interview; ivan and Org B do not see it

# (method, path, body, expected statuses in PEOPLE order)
CASES: list[tuple[str, str, Body, str]] = [
    ("get", "/api/v1/accounts/me", None, ALL_200),
    ("get", "/api/v1/accounts/members", None, ALL_200),
    (
        "post",
        "/api/v1/accounts/invitations",
        lambda w: {"email": "x@example.test", "role": "interviewer"},
        "201 403 403 403 201 403",
    ),
    ("get", "/api/v1/accounts/tokens", None, ALL_200),
    ("post", "/api/v1/accounts/tokens", lambda w: {"name": "ci"}, "201 201 201 201 201 201"),
    ("get", "/api/v1/portraits", None, "200 200 403 403 200 403"),
    ("post", "/api/v1/portraits", lambda w: {"name": "New role"}, "201 201 403 403 201 403"),
    ("get", "/api/v1/portraits/{portrait}", None, MANAGERS_ONLY),
    (
        "patch",
        "/api/v1/portraits/{portrait}",
        lambda w: {"version": w.ids["portrait_version"], "minutes": 50},
        MANAGERS_ONLY,
    ),
    ("put", "/api/v1/portraits/{portrait}/competencies/troubleshooting", lambda w: {"weight": 2}, MANAGERS_ONLY),
    ("delete", "/api/v1/portraits/{portrait}/competencies/troubleshooting", None, MANAGERS_ONLY),
    ("post", "/api/v1/portraits/{portrait}/kits", lambda w: {}, MANAGERS_CREATE),
    ("delete", "/api/v1/portraits/{spare_portrait}", None, MANAGERS_DELETE),
    ("delete", "/api/v1/portraits/{portrait}", None, IN_USE),  # an opening hires for it
    ("get", "/api/v1/kits", None, ALL_200),
    ("get", "/api/v1/kits/{kit}", None, SEEN_BY_PANEL),
    ("post", "/api/v1/kits/{spare_kit}/optimise", None, MANAGERS_ONLY),
    ("post", "/api/v1/kits/{spare_kit}/pin", lambda w: {"question": w.ids["question"]}, MANAGERS_ONLY),
    ("post", "/api/v1/kits/{spare_kit}/unpin", lambda w: {"question": w.ids["question"]}, MANAGERS_ONLY),
    ("post", "/api/v1/kits/{spare_kit}/remove", lambda w: {"question": w.ids["question"]}, MANAGERS_ONLY),
    (
        "post",
        "/api/v1/kits/{spare_kit}/swap",
        lambda w: {"question": w.ids["question"], "replacement": w.ids["replacement"]},
        MANAGERS_ONLY,
    ),
    ("patch", "/api/v1/kits/{spare_kit}", lambda w: {"name": "Second round"}, MANAGERS_ONLY),
    ("delete", "/api/v1/kits/{spare_kit}", None, MANAGERS_DELETE),
    ("delete", "/api/v1/kits/{kit}", None, IN_USE),  # an interview uses it
    ("get", "/api/v1/openings", None, ALL_200),
    ("post", "/api/v1/openings", lambda w: {"title": "Night shift", "portrait_id": w.ids["portrait"]}, MANAGERS_CREATE),
    ("get", "/api/v1/openings/{opening}", None, SEEN_BY_PANEL),
    ("patch", "/api/v1/openings/{opening}", lambda w: {"title": "Chat agent (HR)"}, MANAGERS_ONLY),
    ("get", "/api/v1/candidates", None, ALL_200),
    ("post", "/api/v1/candidates", lambda w: {"opening_id": w.ids["opening"], "name": "Lea"}, MANAGERS_CREATE),
    ("post", "/api/v1/openings/{opening}/candidates/import", "csv", MANAGERS_CREATE),
    ("get", "/api/v1/candidates/{candidate}", None, SEEN_BY_PANEL),
    ("get", "/api/v1/candidates/{candidate}/decisions", None, SEEN_BY_PANEL),
    (
        "post",
        "/api/v1/candidates/{candidate}/decisions",
        lambda w: {"outcome": "hold", "reason": "Wait for references."},
        MANAGERS_CREATE,
    ),
    ("get", "/api/v1/candidates/{candidate}/scorecards", None, SEEN_BY_PANEL),
    ("get", "/api/v1/interviews", None, ALL_200),
    (
        "post",
        "/api/v1/interviews",
        lambda w: {
            "candidate_id": w.ids["candidate"],
            "kit_id": w.ids["kit"],
            "interviewer_ids": [w.people["ivan"].pk],
        },
        MANAGERS_CREATE,
    ),
    ("get", "/api/v1/interviews/{interview}", None, SEEN_BY_PANEL),
    # Only the interview's own interviewers have a scorecard; managers are told they are not on the panel.
    ("get", "/api/v1/interviews/{interview}/scorecard", None, "403 403 200 404 404 404"),
    (
        "put",
        "/api/v1/scorecards/{scorecard}",
        lambda w: {"version": w.ids["scorecard_version"]},
        "404 404 200 404 404 404",
    ),
    (
        "post",
        "/api/v1/scorecards/{scorecard}/submit",
        lambda w: {"version": w.ids["scorecard_version"]},
        "404 404 200 404 404 404",
    ),
]


def _send(w: World, method: str, path: str, body: Any, who: str | None) -> Any:
    path = path.format(**w.ids)
    client = Client()
    headers = w.headers(who)
    if body == "csv":
        upload = io.BytesIO(b"name,email\nNora Lind,nora@example.test\n")
        upload.name = "candidates.csv"
        return client.post(path, {"file": upload}, headers=headers)
    send = getattr(client, method)
    if body is None:
        return send(path, headers=headers)
    return send(path, body(w), content_type="application/json", headers=headers)


@pytest.mark.parametrize("who", PEOPLE)
@pytest.mark.parametrize(("method", "path", "body", "row"), CASES, ids=[f"{c[0]} {c[1]}" for c in CASES])
def test_each_role_gets_exactly_its_status(w: World, method: str, path: str, body: Any, row: str, who: str) -> None:
    if "/swap" in path and w.ids["replacement"] is None:
        pytest.skip("the bank offers no alternative question for this kit")
    response = _send(w, method, path, body, who)
    expected = _statuses(row)[who]
    assert response.status_code == expected, response.content
    if expected >= 400:
        error = response.json()["error"]
        assert error["code"] and error["message"]


@pytest.mark.parametrize(("method", "path", "body", "row"), CASES, ids=[f"{c[0]} {c[1]}" for c in CASES])
def test_anonymous_callers_get_401(w: World, method: str, path: str, body: Any, row: str) -> None:
    response = _send(w, method, path, body, None)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize("who", ["charlie", "dora"])
@pytest.mark.parametrize(
    "path", ["/api/v1/kits", "/api/v1/openings", "/api/v1/candidates", "/api/v1/interviews", "/api/v1/accounts/members"]
)
def test_lists_never_show_another_organisations_rows(w: World, path: str, who: str) -> None:
    response = _send(w, "get", path, None, who)
    assert response.status_code == 200
    text = response.content.decode()
    for word in ("Mia Kovač", "Chat agent", "alice", "Tier-1 chat agent"):
        assert word not in text


def test_a_revoked_token_is_401_everywhere(w: World) -> None:
    from tactful.accounts.models import ApiToken

    ApiToken.objects.filter(user=w.people["alice"]).update(revoked_at="2026-01-01T00:00:00Z")
    for method, path, body, _row in CASES[:8]:
        assert _send(w, method, path, body, "alice").status_code == 401
