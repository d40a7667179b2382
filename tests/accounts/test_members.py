"""The members page: who sees it, who changes roles, and the last owner who cannot leave."""

from __future__ import annotations

import pytest
from django.test import Client

from tactful.accounts.models import ApiToken, Membership
from tactful.accounts.permissions import actor_for
from tactful.accounts.services import api_token_create

pytestmark = pytest.mark.django_db


def membership(name: str) -> Membership:
    return Membership.objects.get(user__username=name)


def test_an_owner_sees_members_with_roles_and_controls(client_for) -> None:
    response = client_for("alice").get("/accounts/members/")
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("alice", "rita", "bob", "ivan"):
        assert name in html
    assert "charlie" not in html and "dora" not in html
    assert "Recruiter" in html and "Interviewer" in html
    assert "Change role" in html and "Invite someone" in html


def test_a_recruiter_sees_the_list_without_controls(client_for) -> None:
    html = client_for("rita").get("/accounts/members/").content.decode()
    assert "bob" in html
    assert "Change role" not in html and "Invite someone" not in html
    assert "Only owners can invite people and change roles." in html


def test_interviewers_and_outsiders_cannot_open_it(client_for, db: None) -> None:
    from django.contrib.auth import get_user_model

    assert client_for("bob").get("/accounts/members/").status_code == 403
    outsider = Client()
    outsider.force_login(get_user_model().objects.create_user(username="pat", password="x-long-password-1"))
    assert outsider.get("/accounts/members/").status_code == 403


def test_an_owner_changes_a_role(client_for) -> None:
    response = client_for("alice").post(
        f"/accounts/members/{membership('bob').pk}/role/", {"role": "recruiter"}, follow=True
    )
    assert "bob is now: Recruiter." in response.content.decode()
    assert membership("bob").role == "recruiter"


def test_a_recruiter_or_interviewer_cannot_change_roles_or_remove(client_for) -> None:
    for name in ("rita", "bob"):
        client = client_for(name)
        assert client.post(f"/accounts/members/{membership('ivan').pk}/role/", {"role": "owner"}).status_code == 403
        assert client.post(f"/accounts/members/{membership('ivan').pk}/remove/").status_code == 403
    assert membership("ivan").role == "interviewer"


def test_another_organisations_member_is_not_found(client_for) -> None:
    charlie = client_for("charlie")
    assert charlie.post(f"/accounts/members/{membership('bob').pk}/role/", {"role": "owner"}).status_code == 404
    assert charlie.post(f"/accounts/members/{membership('bob').pk}/remove/").status_code == 404
    assert membership("bob").role == "interviewer"


def test_it_never_demotes_or_removes_the_last_owner(client_for) -> None:
    alice = client_for("alice")
    demoted = alice.post(f"/accounts/members/{membership('alice').pk}/role/", {"role": "interviewer"})
    assert demoted.status_code == 409
    assert "alice is the last owner. Make someone else an owner first." in demoted.content.decode()
    removed = alice.post(f"/accounts/members/{membership('alice').pk}/remove/")
    assert removed.status_code == 409
    assert membership("alice").role == "owner"


def test_with_a_second_owner_the_first_can_step_down(client_for) -> None:
    alice = client_for("alice")
    alice.post(f"/accounts/members/{membership('rita').pk}/role/", {"role": "owner"})
    response = alice.post(f"/accounts/members/{membership('alice').pk}/role/", {"role": "recruiter"})
    assert response.status_code == 302
    assert membership("alice").role == "recruiter"
    assert client_for("alice").get("/accounts/members/").status_code == 200  # recruiters still see the list


def test_a_removed_member_loses_access_and_their_tokens(client_for, people: dict) -> None:
    issued = api_token_create(actor=actor_for(people["bob"]), name="laptop")
    response = client_for("alice").post(f"/accounts/members/{membership('bob').pk}/remove/", follow=True)
    assert "bob was removed from the organisation." in response.content.decode()
    assert not Membership.objects.filter(user__username="bob").exists()
    assert ApiToken.objects.get(pk=issued.obj.pk).revoked_at is not None
    assert client_for("bob").get("/accounts/tokens/").status_code == 403


def test_an_owner_who_leaves_lands_on_the_home_page(client_for) -> None:
    alice = client_for("alice")
    alice.post(f"/accounts/members/{membership('rita').pk}/role/", {"role": "owner"})
    response = alice.post(f"/accounts/members/{membership('alice').pk}/remove/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert not Membership.objects.filter(user__username="alice").exists()
    assert client_for("rita").get("/accounts/members/").status_code == 200
