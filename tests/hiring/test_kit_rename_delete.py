"""Renaming and deleting a kit from its page: managers only, with a confirmation step, and a
clear refusal (never a 500) for a kit that interviews use."""

from __future__ import annotations

import pytest

from tactful.hiring.errors import HiringError
from tactful.hiring.models import Kit, Opening
from tests.hiring.builders import actor, interview_world, orm_kit


@pytest.fixture
def world(library, orgs, people):
    w = interview_world(orgs, people)
    w["spare"] = orm_kit(w["portrait"])  # no interview uses it
    w["spare"].name = "Spare kit"
    w["spare"].save()
    return w


def test_it_renames_a_kit_from_its_page(world, client_for):
    client = client_for("rita")
    url = f"/hiring/kits/{world['kit'].pk}/"
    assert 'id="rename-kit"' in client.get(url).content.decode()
    response = client.post(f"{url}rename/", {"name": "  First round  "}, follow=True)
    page = response.content.decode()
    assert "Kit renamed." in page and "<h1>First round</h1>" in page
    world["kit"].refresh_from_db()
    assert world["kit"].name == "First round" and world["kit"].version == 2


def test_it_refuses_an_empty_name_and_keeps_the_old_one(world, client_for):
    page = client_for("alice").post(f"/hiring/kits/{world['kit'].pk}/rename/", {"name": " "}, follow=True)
    assert "Give the kit a name." in page.content.decode()
    world["kit"].refresh_from_db()
    assert world["kit"].name == "Call-centre agent kit"


def test_it_asks_before_deleting_and_deletes_on_confirmation(world, client_for):
    from tactful.hiring.models import KitItem

    spare = world["spare"]
    Opening.objects.create(organisation=spare.organisation, title="Night shift", portrait=spare.portrait, kit=spare)
    client = client_for("alice")
    assert f'href="/hiring/kits/{spare.pk}/delete/"' in client.get(f"/hiring/kits/{spare.pk}/").content.decode()
    confirm = client.get(f"/hiring/kits/{spare.pk}/delete/")
    page = confirm.content.decode()
    assert confirm.status_code == 200
    assert "Delete the kit “Spare kit”?" in page and "Delete for good" in page
    assert "These openings will have no kit until you choose another: Night shift" in page
    assert Kit.objects.filter(pk=spare.pk).exists()
    # A POST without the confirmation field changes nothing: it shows the question again.
    assert client.post(f"/hiring/kits/{spare.pk}/delete/").status_code == 200
    assert Kit.objects.filter(pk=spare.pk).exists()
    done = client.post(f"/hiring/kits/{spare.pk}/delete/", {"confirm": "yes"}, follow=True)
    assert done.redirect_chain[-1][0] == f"/hiring/portraits/{spare.portrait_id}/"
    assert "The kit “Spare kit” was deleted." in done.content.decode()
    assert not Kit.objects.filter(pk=spare.pk).exists() and not KitItem.objects.filter(kit_id=spare.pk).exists()
    assert Opening.objects.get(title="Night shift").kit is None


def test_a_kit_used_by_interviews_is_not_deleted_and_the_page_says_why(world, client_for):
    from tests.hiring.builders import orm_scorecard

    orm_scorecard(world["interview"], world["interview"].interviewers.first(), questions=(4, 3))
    client = client_for("rita")
    url = f"/hiring/kits/{world['kit'].pk}/delete/"
    page = client.get(url).content.decode()
    assert "1 interview uses this kit, so it cannot be deleted." in page
    assert "Delete for good" not in page
    refused = client.post(url, {"confirm": "yes"})
    assert refused.status_code == 409
    assert "1 interview uses this kit, so it cannot be deleted." in refused.content.decode()
    assert Kit.objects.filter(pk=world["kit"].pk).exists()


def test_the_service_refuses_a_kit_in_use_with_in_use(world, people):
    with pytest.raises(HiringError) as refused:
        from tactful.hiring.services.kits import kit_delete

        kit_delete(actor=actor(people, "alice"), kit=world["kit"])
    assert refused.value.code == "in_use"


def test_interviewers_and_other_organisations_cannot_rename_or_delete(world, client_for):
    spare = world["spare"]
    for name, status in (("bob", 403), ("ivan", 403), ("charlie", 404), ("dora", 403)):
        client = client_for(name)
        assert client.post(f"/hiring/kits/{spare.pk}/rename/", {"name": "Mine"}).status_code == status, name
        assert client.get(f"/hiring/kits/{spare.pk}/delete/").status_code == status, name
        assert client.post(f"/hiring/kits/{spare.pk}/delete/", {"confirm": "yes"}).status_code == status, name
    spare.refresh_from_db()
    assert spare.name == "Spare kit"
    # bob is on the interview: he sees its kit, but not the manager's controls.
    page = client_for("bob").get(f"/hiring/kits/{world['kit'].pk}/").content.decode()
    assert "Delete kit" not in page and 'id="rename-kit"' not in page
