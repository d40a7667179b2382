"""The interviewer's page: guidance, saving a draft, a refused stale save, submitting."""

from __future__ import annotations

import pytest

from tactful.hiring.models import Scorecard
from tests.hiring.builders import interview_world


@pytest.fixture
def world(library, orgs, people):
    return interview_world(orgs, people)


def form(world, *, version, notes="", ratings=("", ""), recommendation="", action="save", empathy=""):
    first, second = world["items"]
    return {
        "version": version,
        f"notes-{first.pk}": notes,
        f"rating-{first.pk}": ratings[0],
        f"notes-{second.pk}": "",
        f"rating-{second.pk}": ratings[1],
        "competency-empathy": empathy,
        "recommendation": recommendation,
        "comments": "Calm and specific.",
        "action": action,
    }


def test_it_shows_each_question_with_the_portraits_terms_anchors_and_follow_ups(world, client_for):
    html = client_for("bob").get(f"/hiring/interviews/{world['interview'].pk}/").content.decode()
    assert "Tell me about the most difficult customer you have dealt with." in html
    assert 'asks you how <span class="slot filled">VPN</span> works' in html
    assert "Calls the customer stupid or rude" in html  # the anchor for 1
    assert "What exactly did you say in the first minute of the conversation?" in html
    assert "Empathy" in html and "must-have" in html
    assert "Strong yes" in html
    assert 'hx-trigger="keyup changed delay:700ms"' in html


def test_it_saves_a_draft_and_shows_it_again(world, client_for):
    client = client_for("bob")
    url = f"/hiring/interviews/{world['interview'].pk}/"
    client.get(url)
    response = client.post(url, form(world, version=1, notes="She apologised and fixed it.", ratings=("4", "")))
    assert response.status_code == 302
    html = client.get(url).content.decode()
    assert "She apologised and fixed it." in html
    assert 'name="version" value="2"' in html
    card = Scorecard.objects.get(interviewer__username="bob")
    assert card.version == 2 and card.answers.get(kit_item=world["items"][0]).rating == 4


def test_a_stale_save_is_refused_and_the_typed_text_is_kept(world, client_for):
    tab_one, tab_two = client_for("bob"), client_for("bob")
    url = f"/hiring/interviews/{world['interview'].pk}/"
    tab_one.get(url)
    assert tab_one.post(url, form(world, version=1, notes="Saved from the first tab.")).status_code == 302
    response = tab_two.post(url, form(world, version=1, notes="Typed in the second tab, not lost."))
    html = response.content.decode()
    assert response.status_code == 409
    assert "your text is kept below" in html
    assert "Typed in the second tab, not lost." in html
    assert 'name="version" value="1"' in html
    card = Scorecard.objects.get(interviewer__username="bob")
    assert card.answers.get(kit_item=world["items"][0]).notes == "Saved from the first tab."


def test_submit_without_ratings_shows_what_is_missing_and_keeps_the_draft(world, client_for):
    client = client_for("bob")
    url = f"/hiring/interviews/{world['interview'].pk}/"
    client.get(url)
    response = client.post(url, form(world, version=1, notes="Kept notes.", ratings=("4", ""), action="submit"))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Complete the highlighted fields before you submit." in html
    assert "Rate the answer to this question." in html
    assert "Choose a recommendation." in html
    assert "Kept notes." in html
    assert Scorecard.objects.get(interviewer__username="bob").status == "draft"


def test_submit_makes_the_scorecard_read_only(world, client_for):
    client = client_for("bob")
    url = f"/hiring/interviews/{world['interview'].pk}/"
    client.get(url)
    response = client.post(
        url, form(world, version=1, ratings=("4", "3"), recommendation="yes", empathy="4", action="submit")
    )
    assert response.status_code == 302
    assert response["Location"] == f"/hiring/candidates/{world['candidate'].pk}/scores/"
    html = client.get(url).content.decode()
    assert "You submitted this scorecard; it can no longer be changed." in html
    refused = client.post(url, form(world, version=3, notes="Afterthought"))
    assert refused.status_code == 409
    assert "can no longer be changed" in refused.content.decode()


def test_recruiters_not_on_the_panel_see_the_overview(world, people, client_for):
    html = client_for("rita").get(f"/hiring/interviews/{world['interview'].pk}/").content.decode()
    assert "Mark as done" in html and "not started" in html
    assert client_for("rita").post(f"/hiring/interviews/{world['interview'].pk}/", {"version": 1}).status_code == 200
    assert Scorecard.objects.count() == 0
