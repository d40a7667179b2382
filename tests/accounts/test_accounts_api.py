"""/api/v1/accounts/: me, members, invitations and tokens, by token and by browser session."""

from __future__ import annotations

import pytest
from django.test import Client

from tactful.accounts.models import ApiToken, Invitation
from tactful.accounts.permissions import actor_for
from tactful.accounts.services import api_token_create

pytestmark = pytest.mark.django_db


def bearer(people: dict, name: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_token_create(actor=actor_for(people[name]), name='t').secret}"}


def test_an_owner_invites_through_the_api_and_the_link_works(client: Client, people: dict, orgs: dict) -> None:
    response = client.post(
        "/api/v1/accounts/invitations",
        {"email": "new@example.test", "role": "interviewer"},
        content_type="application/json",
        headers=bearer(people, "alice"),
    )
    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "new@example.test" and body["role"] == "interviewer"
    assert body["link"].startswith("http://testserver/accounts/invite/")
    assert Client().get(body["link"]).status_code == 200
    assert Invitation.objects.get().organisation == orgs["a"]


@pytest.mark.parametrize("name", ["rita", "bob", "dora"])
def test_others_cannot_invite_through_the_api(client: Client, people: dict, name: str) -> None:
    response = client.post(
        "/api/v1/accounts/invitations",
        {"email": "new@example.test", "role": "owner"},
        content_type="application/json",
        headers=bearer(people, name),
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    assert not Invitation.objects.exists()


def test_a_bad_role_or_email_is_a_400(client: Client, people: dict) -> None:
    headers = bearer(people, "alice")
    bad_role = client.post(
        "/api/v1/accounts/invitations",
        {"email": "a@example.test", "role": "king"},
        content_type="application/json",
        headers=headers,
    )
    assert bad_role.status_code == 422
    bad_email = client.post(
        "/api/v1/accounts/invitations",
        {"email": "nope", "role": "owner"},
        content_type="application/json",
        headers=headers,
    )
    assert bad_email.status_code == 400
    assert bad_email.json()["error"]["code"] == "invalid_email"


def test_members_list_for_every_member_of_the_organisation(client: Client, people: dict) -> None:
    for name in ("alice", "rita", "bob"):
        response = client.get("/api/v1/accounts/members", headers=bearer(people, name))
        assert response.status_code == 200
        roles = {m["user"]["username"]: m["role"] for m in response.json()}
        assert roles == {"alice": "owner", "bob": "interviewer", "ivan": "interviewer", "rita": "recruiter"}


def test_tokens_are_created_listed_and_revoked_for_myself_only(client: Client, people: dict) -> None:
    headers = bearer(people, "bob")
    created = client.post("/api/v1/accounts/tokens", {"name": "CI"}, content_type="application/json", headers=headers)
    assert created.status_code == 201
    assert created.json()["token"].startswith("tct_") and created.json()["prefix"] == created.json()["token"][:8]
    listed = client.get("/api/v1/accounts/tokens", headers=headers).json()
    assert sorted(t["name"] for t in listed) == ["CI", "t"]
    assert all("token" not in t for t in listed)
    ivans = client.delete(f"/api/v1/accounts/tokens/{created.json()['id']}", headers=bearer(people, "ivan"))
    assert ivans.status_code == 404
    revoked = client.delete(f"/api/v1/accounts/tokens/{created.json()['id']}", headers=headers)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert ApiToken.objects.get(pk=created.json()["id"]).revoked_at is not None


def test_the_browser_session_works_with_csrf_on_writes(people: dict) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(people["alice"])
    assert browser.get("/api/v1/accounts/me").json()["role"] == "owner"
    refused = browser.post("/api/v1/accounts/tokens", {"name": "x"}, content_type="application/json")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "csrf_failed"
    browser.get("/accounts/tokens/")  # sets the CSRF cookie
    csrf = browser.cookies["csrftoken"].value
    allowed = browser.post(
        "/api/v1/accounts/tokens", {"name": "x"}, content_type="application/json", headers={"X-CSRFToken": csrf}
    )
    assert allowed.status_code == 201


def test_a_logged_in_user_without_organisation_is_refused(db: None) -> None:
    from django.contrib.auth import get_user_model

    browser = Client()
    browser.force_login(get_user_model().objects.create_user(username="pat", password="x-long-password-1"))
    response = browser.get("/api/v1/accounts/members")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_a_member"
    assert Client().get("/api/v1/accounts/members").status_code == 401
