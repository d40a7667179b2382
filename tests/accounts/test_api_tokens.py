"""Personal API tokens: the page that makes them, and the API that accepts them."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tactful.accounts.models import ApiToken
from tactful.accounts.permissions import actor_for
from tactful.accounts.services import api_token_create

pytestmark = pytest.mark.django_db


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def secret_for(people: dict, name: str) -> str:
    return api_token_create(actor=actor_for(people[name]), name=f"{name}'s script").secret


def test_it_shows_a_new_token_once_and_then_only_its_prefix(client_for) -> None:
    bob = client_for("bob")
    response = bob.post("/accounts/tokens/", {"name": "ATS sync"})
    assert response.status_code == 200
    secret = re.search(r'value="(tct_[^"]+)"', response.content.decode()).group(1)
    token = ApiToken.objects.get()
    assert token.digest != secret and token.prefix == secret[:8]
    page = bob.get("/accounts/tokens/").content.decode()
    assert secret not in page
    assert "ATS sync" in page and f"{secret[:8]}…" in page and "never" in page


def test_it_revokes_a_token_and_the_api_refuses_it(client_for, client: Client) -> None:
    bob = client_for("bob")
    secret = re.search(r'value="(tct_[^"]+)"', bob.post("/accounts/tokens/", {"name": "x"}).content.decode()).group(1)
    assert client.get("/api/v1/accounts/me", headers=bearer(secret)).status_code == 200
    token = ApiToken.objects.get()
    response = bob.post(f"/accounts/tokens/{token.pk}/revoke/", follow=True)
    assert "The token “x” was revoked." in response.content.decode()
    refused = client.get("/api/v1/accounts/me", headers=bearer(secret))
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "unauthorized"


def test_nobody_else_can_revoke_my_token(client_for, people: dict) -> None:
    api_token_create(actor=actor_for(people["bob"]), name="mine")
    token = ApiToken.objects.get()
    assert client_for("ivan").post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 404
    assert client_for("charlie").post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 404
    assert "mine" not in client_for("alice").get("/accounts/tokens/").content.decode()
    token.refresh_from_db()
    assert token.revoked_at is None


def test_every_member_has_a_tokens_page_but_anonymous_visitors_log_in(client_for, client: Client) -> None:
    for name in ("alice", "rita", "bob", "dora"):
        assert client_for(name).get("/accounts/tokens/").status_code == 200
    assert client.get("/accounts/tokens/").status_code == 302


def test_the_api_answers_who_a_token_acts_as(client: Client, people: dict) -> None:
    response = client.get("/api/v1/accounts/me", headers=bearer(secret_for(people, "rita")))
    assert response.status_code == 200
    assert response.json() == {
        "user": {"id": people["rita"].pk, "username": "rita", "email": "rita@example.test"},
        "organisation": {"id": response.json()["organisation"]["id"], "name": "Org A Support", "slug": "org-a"},
        "role": "recruiter",
    }


def test_the_api_refuses_missing_and_wrong_tokens(client: Client, people: dict) -> None:
    assert client.get("/api/v1/accounts/me").status_code == 401
    wrong = client.get("/api/v1/accounts/me", headers=bearer("tct_made-up"))
    assert wrong.status_code == 401
    assert "Authorization: Bearer" in wrong.json()["error"]["message"]


def test_a_bearer_of_org_b_sees_only_org_b_members(client: Client, people: dict) -> None:
    response = client.get("/api/v1/accounts/members", headers=bearer(secret_for(people, "dora")))
    assert response.status_code == 200
    assert sorted(m["user"]["username"] for m in response.json()) == ["charlie", "dora"]


def test_it_records_the_last_use_at_most_once_a_minute(client: Client, people: dict) -> None:
    secret = secret_for(people, "bob")
    client.get("/api/v1/accounts/me", headers=bearer(secret))
    first = ApiToken.objects.get().last_used_at
    assert first is not None
    client.get("/api/v1/accounts/me", headers=bearer(secret))
    assert ApiToken.objects.get().last_used_at == first
    ApiToken.objects.update(last_used_at=timezone.now() - timedelta(minutes=2))
    client.get("/api/v1/accounts/me", headers=bearer(secret))
    assert ApiToken.objects.get().last_used_at > first


def test_a_role_change_applies_to_existing_tokens_at_once(client: Client, people: dict) -> None:
    from tactful.accounts.models import Membership

    secret = secret_for(people, "bob")
    Membership.objects.filter(user=people["bob"]).update(role="recruiter")
    assert client.get("/api/v1/accounts/me", headers=bearer(secret)).json()["role"] == "recruiter"
