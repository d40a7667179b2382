"""The actor and role guard that every organisation page and endpoint relies on."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory

from tactful.accounts.permissions import actor_for, member_required, require_role


def test_it_finds_each_persona_in_their_own_organisation(people, orgs):
    assert actor_for(people["bob"]).organisation == orgs["a"]
    assert actor_for(people["charlie"]).organisation == orgs["b"]
    assert actor_for(people["rita"]).manages_hiring
    assert not actor_for(people["bob"]).manages_hiring
    assert actor_for(people["alice"]).manages_members
    assert not actor_for(people["rita"]).manages_members


def test_it_refuses_users_without_an_organisation(db):
    from django.contrib.auth import get_user_model

    outsider = get_user_model().objects.create_user(username="candidate", password="x-long-password-1")
    assert actor_for(outsider) is None
    with pytest.raises(PermissionDenied):
        require_role(actor_for(outsider))


def test_the_guard_sends_anonymous_users_to_log_in_and_refuses_the_wrong_role(people):
    from django.contrib.auth.models import AnonymousUser

    @member_required("owner", "recruiter")
    def page(request):
        return HttpResponse(request.actor.organisation.name)

    request = RequestFactory().get("/hiring/")
    request.user = AnonymousUser()
    assert page(request).status_code == 302

    request.user = people["rita"]
    assert page(request).content == b"Org A Support"

    request.user = people["bob"]
    with pytest.raises(PermissionDenied):
        page(request)
