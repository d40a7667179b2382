"""Deleting a portrait from its page: managers only, confirmed first, refused with the names of
the openings that hire for it (Opening.portrait is PROTECTed), never a 500."""

from __future__ import annotations

import pytest

from tactful.hiring.errors import HiringError
from tactful.hiring.models import Kit, Portrait
from tests.hiring.builders import actor, orm_candidate, orm_kit, orm_portrait


@pytest.fixture
def spare(library, orgs, people):
    """A portrait with a kit but no opening: free to delete."""
    portrait = orm_portrait(orgs["a"], name="Night-shift agent")
    orm_kit(portrait)
    return portrait


@pytest.fixture
def used(library, orgs, people):
    portrait = orm_portrait(orgs["a"], name="Chat agent")
    kit = orm_kit(portrait)
    orm_candidate(portrait, kit, title="Chat agent, Zagreb")
    orm_candidate(portrait, kit, name="Ivo", title="Chat agent, Split")  # the same opening is reused
    from tactful.hiring.models import Opening

    Opening.objects.create(organisation=orgs["a"], title="Chat agent, Rijeka", portrait=portrait)
    return portrait


def test_it_asks_before_deleting_and_keeps_the_kits(spare, client_for):
    client = client_for("rita")
    url = f"/hiring/portraits/{spare.pk}/"
    assert f'href="{url}delete/"' in client.get(url).content.decode()
    page = client.get(f"{url}delete/").content.decode()
    assert "Delete the portrait “Night-shift agent”?" in page
    assert "Its kits stay, but can no longer be re-optimised: Night-shift agent kit" in page
    assert Portrait.objects.filter(pk=spare.pk).exists()
    done = client.post(f"{url}delete/", {"confirm": "yes"}, follow=True)
    assert done.redirect_chain[-1][0] == "/hiring/"
    assert "The portrait “Night-shift agent” was deleted." in done.content.decode()
    assert not Portrait.objects.filter(pk=spare.pk).exists()
    assert Kit.objects.get(name="Night-shift agent kit").portrait is None


def test_a_portrait_with_openings_is_refused_naming_them(used, client_for):
    client = client_for("alice")
    url = f"/hiring/portraits/{used.pk}/delete/"
    expected = (
        "This portrait cannot be deleted: the openings “Chat agent, Rijeka”, “Chat agent, Zagreb” hire for it. "
        "Choose another portrait for those openings first."
    )
    page = client.get(url).content.decode().replace("&quot;", '"')
    assert expected in page and "Delete for good" not in page
    refused = client.post(url, {"confirm": "yes"})
    assert refused.status_code == 409
    assert expected in refused.content.decode()
    assert Portrait.objects.filter(pk=used.pk).exists()


def test_the_service_says_in_use_for_one_opening_in_the_singular(orgs, people, library):
    from tactful.hiring.services.portraits import portrait_delete

    portrait = orm_portrait(orgs["a"], name="E-mail agent")
    orm_candidate(portrait, orm_kit(portrait), title="E-mail agent, Tallinn")
    with pytest.raises(HiringError) as refused:
        portrait_delete(actor=actor(people, "alice"), portrait=portrait)
    assert refused.value.code == "in_use"
    assert refused.value.message == (
        "This portrait cannot be deleted: the opening “E-mail agent, Tallinn” hires for it. "
        "Choose another portrait for that opening first."
    )


def test_interviewers_and_other_organisations_cannot_delete(spare, client_for):
    for name, status in (("bob", 403), ("ivan", 403), ("charlie", 404), ("dora", 403)):
        client = client_for(name)
        assert client.get(f"/hiring/portraits/{spare.pk}/delete/").status_code == status, name
        assert client.post(f"/hiring/portraits/{spare.pk}/delete/", {"confirm": "yes"}).status_code == status, name
    assert Portrait.objects.filter(pk=spare.pk).exists()
