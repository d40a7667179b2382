"""The organisation's own questions on the portrait page, and retiring one: new kits no longer
plan it, kits that already have it still show it."""

from __future__ import annotations

import pytest

from tactful.hiring.models import CustomQuestion
from tests.hiring.builders import actor, chat_portrait

TEXT = "A customer writes for the third time about the same problem. What do you do?"


@pytest.fixture
def own(library, people):
    from tactful.hiring.services.kits import kit_create
    from tactful.hiring.services.portraits import custom_question_create
    from tactful.library.models import QuestionFamily

    alice = actor(people, "alice")
    portrait = chat_portrait(alice)
    question = custom_question_create(
        actor=alice,
        family=QuestionFamily.objects.get(slug="situational"),
        text=TEXT,
        language="en",
        competency_keys=["empathy", "writing"],
        minutes=4,
    )
    kit = kit_create(actor=alice, portrait=portrait)
    if question.key not in [i.key for i in kit.items.all()]:
        from tactful.hiring.services.kits import kit_optimise

        kit.pinned = [question.key]
        kit.save(update_fields=["pinned"])
        kit = kit_optimise(actor=alice, kit=kit)
    assert question.key in [i.key for i in kit.items.all()]
    return {"portrait": portrait, "question": question, "kit": kit}


def test_it_lists_own_questions_on_the_portrait_page_with_retire(own, client_for):
    page = client_for("rita").get(f"/hiring/portraits/{own['portrait'].pk}/").content.decode()
    assert TEXT in page
    assert f"/own-questions/{own['question'].pk}/retire/" in page and "Retire" in page


def test_a_retired_question_is_not_planned_into_new_kits_but_old_kits_keep_it(own, people, client_for):
    from tactful.hiring.services.kits import kit_create

    client = client_for("alice")
    portrait, question = own["portrait"], own["question"]
    response = client.post(f"/hiring/portraits/{portrait.pk}/own-questions/{question.pk}/retire/", follow=True)
    page = response.content.decode()
    assert "The question is retired: new kits no longer use it; existing kits keep it." in page
    assert "retired" in page and f"/own-questions/{question.pk}/retire/" not in page
    question.refresh_from_db()
    assert question.retired
    alice = actor(people, "alice")
    new_kit = kit_create(actor=alice, portrait=portrait, name="After retiring")
    assert question.key not in [i.key for i in new_kit.items.all()]
    # Even when kept (pinned) in a new kit, a retired question is not planned in again.
    new_kit.pinned = [question.key]
    new_kit.save(update_fields=["pinned"])
    from tactful.hiring.services.kits import kit_optimise

    assert question.key not in [i.key for i in kit_optimise(actor=alice, kit=new_kit).items.all()]
    old = client.get(f"/hiring/kits/{own['kit'].pk}/")
    assert old.status_code == 200 and TEXT in old.content.decode()


def test_interviewers_and_other_organisations_cannot_retire(own, client_for):
    portrait, question = own["portrait"], own["question"]
    url = f"/hiring/portraits/{portrait.pk}/own-questions/{question.pk}/retire/"
    for name, status in (("bob", 403), ("charlie", 404), ("dora", 403)):
        assert client_for(name).post(url).status_code == status, name
    assert not CustomQuestion.objects.get(pk=question.pk).retired


def test_another_organisations_question_is_404_through_an_own_portrait(own, people, client_for):
    from tests.hiring.builders import orm_portrait

    theirs = orm_portrait(own["portrait"].organisation.__class__.objects.get(slug="org-b"), name="Theirs")
    url = f"/hiring/portraits/{theirs.pk}/own-questions/{own['question'].pk}/retire/"
    assert client_for("charlie").post(url).status_code == 404
    assert not CustomQuestion.objects.get(pk=own["question"].pk).retired
