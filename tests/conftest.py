"""Shared fixtures: the shipped content library loaded into the test database."""

from __future__ import annotations

import os
from functools import cache

import pytest

from tactful.content import ContentLibrary, read_library

# Playwright's sync API runs an event loop in the test thread; Django allows ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@cache
def shipped_library() -> ContentLibrary:
    from tactful.settings import CONTENT_DIR

    library, problems = read_library(CONTENT_DIR)
    assert not problems, [str(p) for p in problems]
    return library


@pytest.fixture
def library(db: None) -> ContentLibrary:
    """The real content, synced into the database (again after a transactional test flushed it)."""
    from tactful.library.models import Question
    from tactful.library.services import content_sync

    lib = shipped_library()
    if not Question.objects.exists():
        content_sync(library=lib)
    return lib


# Personas (STYLE.md): alice owns Org A, rita recruits there, bob and ivan interview there;
# charlie owns Org B and dora interviews there. Cross-organisation cases are one fixture away.
PERSONAS = {
    "alice": ("a", "owner"),
    "rita": ("a", "recruiter"),
    "bob": ("a", "interviewer"),
    "ivan": ("a", "interviewer"),
    "charlie": ("b", "owner"),
    "dora": ("b", "interviewer"),
}
PERSONA_PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def orgs(db: None) -> dict:
    from tactful.accounts.models import Organisation

    return {
        "a": Organisation.objects.create(name="Org A Support", slug="org-a"),
        "b": Organisation.objects.create(name="Org B Helpdesk", slug="org-b"),
    }


@pytest.fixture
def people(orgs: dict) -> dict:
    """The six personas as users with memberships; `people["bob"]` is bob's user."""
    from django.contrib.auth import get_user_model

    from tactful.accounts.models import Membership

    users = {}
    for name, (org_key, role) in PERSONAS.items():
        user = get_user_model().objects.create_user(
            username=name, email=f"{name}@example.test", password=PERSONA_PASSWORD
        )
        Membership.objects.create(organisation=orgs[org_key], user=user, role=role)
        users[name] = user
    return users


@pytest.fixture
def client_for(people: dict):
    """`client_for("bob")` is a test client logged in as bob."""
    from django.test import Client

    def make(name: str) -> Client:
        client = Client()
        client.force_login(people[name])
        return client

    return make
