"""Invitation links: created by an owner, shown once, accepted once, refused when used, expired or withdrawn."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tactful.accounts.models import Invitation, Membership
from tactful.accounts.permissions import actor_for
from tactful.accounts.services import AccountsError, invitation_accept, invitation_create

pytestmark = pytest.mark.django_db

NEW_PERSON = {
    "username": "olga",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


def invite(client: Client, email: str = "olga@example.test", role: str = "interviewer") -> str:
    """Create an invitation on the members page and return the path of its one-time link."""
    response = client.post("/accounts/members/invite/", {"email": email, "role": role})
    assert response.status_code == 200
    match = re.search(r'value="http://testserver(/accounts/invite/[^"/]+/)"', response.content.decode())
    assert match, "the page shows the link"
    return match.group(1)


def test_it_shows_the_link_once_and_stores_only_its_digest(client_for) -> None:
    alice = client_for("alice")
    path = invite(alice)
    token = path.split("/")[-2]
    invitation = Invitation.objects.get()
    assert invitation.token_digest != token and len(invitation.token_digest) == 64
    assert abs(invitation.expires_at - invitation.created_at - timedelta(days=7)) < timedelta(seconds=5)
    page = alice.get("/accounts/members/").content.decode()
    assert token not in page
    assert "olga@example.test" in page  # listed as pending


def test_a_new_person_creates_an_account_and_joins_once(client_for, orgs: dict) -> None:
    path = invite(client_for("alice"), role="recruiter")
    visitor = Client()
    page = visitor.get(path)
    assert page.status_code == 200
    assert "Join Org A Support" in page.content.decode()
    response = visitor.post(path, NEW_PERSON)
    assert response.status_code == 302 and response["Location"] == "/hiring/"
    membership = Membership.objects.get(user__username="olga")
    assert (membership.organisation, membership.role) == (orgs["a"], "recruiter")
    assert membership.user.email == "olga@example.test"
    again = Client().post(path, {**NEW_PERSON, "username": "olga2"})
    assert again.status_code == 410
    assert "already been used" in again.content.decode()
    assert not Membership.objects.filter(user__username="olga2").exists()


def test_a_logged_in_user_without_organisation_joins(client_for, orgs: dict) -> None:
    from django.contrib.auth import get_user_model

    path = invite(client_for("alice"))
    candidate = get_user_model().objects.create_user(username="pat", password="a-long-and-unusual-passphrase")
    client = Client()
    client.force_login(candidate)
    assert "Join the organisation" in client.get(path).content.decode()
    assert client.post(path).status_code == 302
    assert actor_for(candidate).organisation == orgs["a"]


def test_a_member_of_another_organisation_is_told_so_and_gets_no_membership(client_for) -> None:
    path = invite(client_for("alice"))
    dora = client_for("dora")
    page = dora.get(path)
    assert "You already belong to Org B Helpdesk" in page.content.decode()
    refused = dora.post(path)
    assert refused.status_code == 409
    assert "You already belong to Org B Helpdesk" in refused.content.decode()
    assert Membership.objects.filter(user__username="dora").count() == 1
    assert Invitation.objects.get().accepted_at is None


def test_an_expired_link_is_refused(client_for) -> None:
    path = invite(client_for("alice"))
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = Client().post(path, NEW_PERSON)
    assert response.status_code == 410
    assert "This invitation link has expired" in response.content.decode()
    assert not Membership.objects.filter(user__username="olga").exists()


def test_an_unknown_link_is_not_found(db: None) -> None:
    response = Client().get("/accounts/invite/made-up-token/")
    assert response.status_code == 404
    assert "This invitation link is not valid" in response.content.decode()


def test_an_owner_withdraws_a_pending_invitation(client_for) -> None:
    alice = client_for("alice")
    path = invite(alice)
    invitation = Invitation.objects.get()
    response = alice.post(f"/accounts/invitations/{invitation.pk}/revoke/", follow=True)
    assert "The invitation for olga@example.test was withdrawn." in response.content.decode()
    refused = Client().post(path, NEW_PERSON)
    assert refused.status_code == 410
    assert "withdrawn" in refused.content.decode()


def test_only_owners_invite_or_withdraw(client_for) -> None:
    invite(client_for("alice"))
    invitation = Invitation.objects.get()
    for name in ("rita", "bob"):
        assert (
            client_for(name).post("/accounts/members/invite/", {"email": "x@example.test", "role": "owner"}).status_code
            == 403
        )
        assert client_for(name).post(f"/accounts/invitations/{invitation.pk}/revoke/").status_code == 403
    assert Invitation.objects.count() == 1


def test_another_organisations_owner_cannot_withdraw_it(client_for) -> None:
    invite(client_for("alice"))
    invitation = Invitation.objects.get()
    assert client_for("charlie").post(f"/accounts/invitations/{invitation.pk}/revoke/").status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_an_invitation_always_joins_the_organisation_that_created_it(people: dict, orgs: dict) -> None:
    charlie = actor_for(people["charlie"])
    issued = invitation_create(actor=charlie, email="new@example.test", role="owner")
    membership = invitation_accept(token=issued.secret, username="newbie", password="a-long-and-unusual-passphrase")
    assert membership.organisation == orgs["b"]
    with pytest.raises(AccountsError) as refused:
        invitation_accept(token=issued.secret, username="newbie2", password="a-long-and-unusual-passphrase")
    assert refused.value.code == "invitation_used"


def test_it_refuses_a_bad_email(client_for) -> None:
    response = client_for("alice").post("/accounts/members/invite/", {"email": "not an email", "role": "interviewer"})
    assert response.status_code == 400
    assert "Enter a valid email address." in response.content.decode()
    assert not Invitation.objects.exists()
