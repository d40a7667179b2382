"""A hiring world for API tests, built once per module and committed, then flushed.

Org A (alice owner, rita recruiter, bob and ivan interviewers) has a portrait, a kit, an
opening, a candidate and an interview on which only bob sits, with bob's draft scorecard
filled in; Org B (charlie owner, dora interviewer) has a portrait of its own. Every persona
has an API token. Each test runs in a transaction that is rolled back, so writes made by a
test never leak into the next one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.conftest import PERSONA_PASSWORD, PERSONAS, shipped_library


@dataclass
class World:
    orgs: dict[str, Any]
    people: dict[str, Any]
    tokens: dict[str, str]
    ids: dict[str, Any] = field(default_factory=dict)

    def headers(self, name: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[name]}"} if name else {}


def build_world() -> World:
    from django.contrib.auth import get_user_model

    from tactful.accounts.models import Membership, Organisation
    from tactful.accounts.permissions import actor_for
    from tactful.accounts.services import api_token_create
    from tactful.hiring.selectors.kits import kit_swap_alternatives
    from tactful.hiring.services.candidates import candidate_create
    from tactful.hiring.services.interviews import interview_items, interview_schedule
    from tactful.hiring.services.kits import kit_create
    from tactful.hiring.services.openings import opening_create
    from tactful.hiring.services.scorecards import AnswerInput, scorecard_get_or_create, scorecard_save
    from tactful.library.services import content_sync
    from tests.hiring.builders import chat_portrait

    content_sync(library=shipped_library())
    orgs = {
        "a": Organisation.objects.create(name="Org A Support", slug="org-a"),
        "b": Organisation.objects.create(name="Org B Helpdesk", slug="org-b"),
    }
    people = {}
    for name, (org_key, role) in PERSONAS.items():
        user = get_user_model().objects.create_user(
            username=name, email=f"{name}@example.test", password=PERSONA_PASSWORD
        )
        Membership.objects.create(organisation=orgs[org_key], user=user, role=role)
        people[name] = user
    actors = {name: actor_for(user) for name, user in people.items()}
    tokens = {name: api_token_create(actor=actor, name="tests").secret for name, actor in actors.items()}
    world = World(orgs=orgs, people=people, tokens=tokens)

    alice = actors["alice"]
    portrait = chat_portrait(alice)
    kit = kit_create(actor=alice, portrait=portrait)
    opening = opening_create(actor=alice, title="Chat agent", portrait=portrait, kit=kit)
    candidate = candidate_create(actor=alice, opening=opening, name="Mia Kovač", email="mia@example.test")
    interview = interview_schedule(
        actor=alice, candidate=candidate, kit=kit, interviewers=[people["bob"]], scheduled_at=None
    )
    card = scorecard_get_or_create(actor=actors["bob"], interview=interview)
    items = interview_items(interview)
    card = scorecard_save(
        actor=actors["bob"],
        scorecard=card,
        version=card.version,
        answers=[AnswerInput(item.pk, "", 4) for item in items],
        competency_ratings={},
        recommendation="yes",
    )
    spare_kit = kit_create(actor=alice, portrait=portrait, name="Spare kit")  # no interviews: free to re-plan
    first_key = spare_kit.items.order_by("position", "id")[0].key
    alternatives = kit_swap_alternatives(actor=alice, kit=spare_kit, question_key=first_key)
    spare_portrait = chat_portrait(alice, name="Spare portrait")  # no openings: free to delete
    b_portrait = chat_portrait(actors["charlie"], name="Org B e-mail agent")
    world.ids.update(
        portrait=portrait.pk,
        portrait_version=portrait.version,
        kit=kit.pk,
        spare_kit=spare_kit.pk,
        kit_item=items[0].pk,
        question=first_key,
        replacement=alternatives[0].key if alternatives else None,
        opening=opening.pk,
        candidate=candidate.pk,
        interview=interview.pk,
        scorecard=card.pk,
        scorecard_version=card.version,
        spare_portrait=spare_portrait.pk,
        b_portrait=b_portrait.pk,
    )
    return world


@pytest.fixture(scope="module")
def world(django_db_setup: None, django_db_blocker: Any) -> Any:
    from django.core.management import call_command

    with django_db_blocker.unblock():
        try:
            yield build_world()
        finally:
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def w(world: World, db: None) -> World:
    """The world, inside this test's rolled-back transaction."""
    return world
