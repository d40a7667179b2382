"""Opening the interviewer's page writes nothing: the draft scorecard is created by the first
save, and the version guard still refuses a second tab that loaded before that save."""

from __future__ import annotations

import pytest

from tactful.hiring.models import Scorecard
from tests.hiring.builders import interview_world


@pytest.fixture
def world(library, orgs, people):
    return interview_world(orgs, people)


def form(world, *, version, notes):
    first = world["items"][0]
    return {"version": version, f"notes-{first.pk}": notes, f"rating-{first.pk}": "4", "action": "save"}


def test_opening_the_page_creates_no_scorecard(world, client_for):
    response = client_for("bob").get(f"/hiring/interviews/{world['interview'].pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tell me about the most difficult customer you have dealt with." in html
    assert 'name="version" value="1"' in html
    assert not Scorecard.objects.exists()
    overview = client_for("rita").get(f"/hiring/interviews/{world['interview'].pk}/overview/").content.decode()
    assert "not started" in overview  # bob only looked: nothing to show as a draft


def test_the_first_save_creates_the_draft(world, client_for):
    client = client_for("bob")
    url = f"/hiring/interviews/{world['interview'].pk}/"
    client.get(url)
    assert client.post(url, form(world, version=1, notes="Listened, then apologised.")).status_code == 302
    card = Scorecard.objects.get()
    assert card.interviewer.username == "bob" and card.status == "draft" and card.version == 2
    html = client.get(url).content.decode()
    assert "Listened, then apologised." in html and 'name="version" value="2"' in html


def test_two_tabs_opened_before_the_first_save_still_cannot_overwrite_each_other(world, client_for):
    tab_one, tab_two = client_for("bob"), client_for("bob")
    url = f"/hiring/interviews/{world['interview'].pk}/"
    tab_one.get(url)
    tab_two.get(url)
    assert tab_one.post(url, form(world, version=1, notes="From the first tab.")).status_code == 302
    refused = tab_two.post(url, form(world, version=1, notes="From the second tab, kept on screen."))
    assert refused.status_code == 409
    assert "From the second tab, kept on screen." in refused.content.decode()
    assert Scorecard.objects.get().answers.get(kit_item=world["items"][0]).notes == "From the first tab."
