"""Signing up a team, logging in and out, and the navigation a member sees."""

from __future__ import annotations

import pytest
from django.test import Client

from tactful.accounts.models import Membership, Organisation
from tests.conftest import PERSONA_PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP = {
    "organisation_name": "Nordic Helpdesk",
    "username": "nora",
    "email": "nora@example.test",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


def test_it_creates_the_organisation_and_its_owner_and_logs_them_in(client: Client) -> None:
    response = client.post("/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    assert response["Location"] == "/hiring/"
    membership = Membership.objects.get(user__username="nora")
    assert membership.role == "owner"
    assert membership.organisation.name == "Nordic Helpdesk"
    assert membership.organisation.slug == "nordic-helpdesk"
    page = client.get("/accounts/members/")
    assert page.status_code == 200
    assert "Members of Nordic Helpdesk" in page.content.decode()


def test_it_gives_a_second_team_with_the_same_name_its_own_short_name(client: Client) -> None:
    client.post("/accounts/signup/", SIGNUP)
    Client().post("/accounts/signup/", {**SIGNUP, "username": "nils", "email": "nils@example.test"})
    assert sorted(Organisation.objects.values_list("slug", flat=True)) == ["nordic-helpdesk", "nordic-helpdesk-2"]


def test_it_shows_a_taken_username_and_keeps_what_was_typed(client: Client, people: dict) -> None:
    response = client.post("/accounts/signup/", {**SIGNUP, "username": "alice"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "A user with that username already exists." in html
    assert 'value="Nordic Helpdesk"' in html
    assert 'value="nora@example.test"' in html
    assert "a-long-and-unusual-passphrase" not in html
    assert not Organisation.objects.filter(name="Nordic Helpdesk").exists()


def test_it_refuses_a_weak_password_with_django_validators(client: Client) -> None:
    response = client.post("/accounts/signup/", {**SIGNUP, "password1": "password", "password2": "password"})
    assert response.status_code == 200
    assert "This password is too common." in response.content.decode()
    assert not Organisation.objects.exists()


def test_it_escapes_html_in_an_organisation_name(client: Client) -> None:
    evil = '<script>alert("x")</script> Support'
    client.post("/accounts/signup/", {**SIGNUP, "organisation_name": evil})
    html = client.get("/accounts/members/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Support" in html


def test_it_logs_a_member_in_and_sends_them_to_hiring(client: Client, people: dict) -> None:
    page = client.get("/accounts/login/")
    assert page.status_code == 200 and "Log in" in page.content.decode()
    response = client.post("/accounts/login/", {"username": "bob", "password": PERSONA_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/hiring/"


def test_it_refuses_a_wrong_password(client: Client, people: dict) -> None:
    response = client.post("/accounts/login/", {"username": "bob", "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


def test_it_sends_anonymous_visitors_of_member_pages_to_the_login_page(client: Client) -> None:
    response = client.get("/accounts/members/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/accounts/members/"


def test_it_logs_out_on_post_only(client_for) -> None:
    client = client_for("bob")
    assert client.get("/accounts/logout/").status_code == 405
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert client.get("/accounts/tokens/").status_code == 302


def test_the_navigation_shows_the_organisation_and_member_links(client_for, client: Client) -> None:
    html = client_for("rita").get("/").content.decode()
    assert "Org A Support" in html
    assert 'href="/accounts/members/"' in html and 'href="/accounts/tokens/"' in html
    assert "Log out" in html and "Sign up your team" not in html
    interviewer = client_for("bob").get("/").content.decode()
    assert 'href="/accounts/members/"' not in interviewer and 'href="/accounts/tokens/"' in interviewer
    anonymous = client.get("/").content.decode()
    assert "Sign up your team" in anonymous and 'href="/accounts/login/"' in anonymous
    assert "Org A Support" not in anonymous


def test_the_practice_login_still_works_for_practice_accounts(client: Client) -> None:
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user(username="candidate", password=PERSONA_PASSWORD)
    response = client.post("/practice/account/login/", {"username": "candidate", "password": PERSONA_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/practice/history/"
    assert client.get("/practice/history/").status_code == 200
