"""Independent feedback: an interviewer sees colleagues' scorecards only after submitting."""

from __future__ import annotations

import pytest

from tactful.hiring.selectors.scorecards import scorecard_get, scorecards_visible
from tests.hiring.builders import actor, interview_world, orm_scorecard


def recommendations(html: str) -> str:
    return html[html.index('<section class="print-block" id="recommendations">') :].split("</section>")[0]


@pytest.fixture
def world(library, orgs, people):
    w = interview_world(orgs, people)
    w["ivan_card"] = orm_scorecard(
        w["interview"],
        people["ivan"],
        questions=[2, 3],
        competencies={"empathy": 2},
        recommendation="no",
        notes={0: "Ivan's private observation about the refund story"},
    )
    return w


def test_it_hides_colleagues_scorecards_until_submitted(world, people):
    bob = actor(people, "bob")
    draft = orm_scorecard(world["interview"], people["bob"], submitted=False)
    assert list(scorecards_visible(actor=bob, candidate=world["candidate"])) == [draft]
    assert scorecard_get(actor=bob, pk=world["ivan_card"].pk) is None
    draft.status = "submitted"
    draft.save()
    assert set(scorecards_visible(actor=bob, candidate=world["candidate"])) == {draft, world["ivan_card"]}


def test_it_never_shows_a_colleagues_draft(world, people):
    orm_scorecard(world["interview"], people["bob"], questions=[4, 4], recommendation="yes")
    world["ivan_card"].status = "draft"
    world["ivan_card"].save()
    bob = actor(people, "bob")
    assert [c.interviewer.username for c in scorecards_visible(actor=bob, candidate=world["candidate"])] == ["bob"]


def test_recruiters_and_owners_see_every_scorecard(world, people):
    draft = orm_scorecard(world["interview"], people["bob"], submitted=False)
    for name in ("rita", "alice"):
        assert set(scorecards_visible(actor=actor(people, name), candidate=world["candidate"])) == {
            draft,
            world["ivan_card"],
        }


def test_scores_page_hides_ivans_notes_from_bob_until_bob_submits(world, people, client_for):
    url = f"/hiring/candidates/{world['candidate'].pk}/scores/"
    page = client_for("bob").get(url).content.decode()
    assert "1 scorecard by a colleague is hidden until you submit your own" in page
    assert "ivan" not in recommendations(page)
    assert "Yes: <strong>0</strong>" in page and "No: <strong>0</strong>" in page
    assert client_for("bob").get(f"/hiring/scorecards/{world['ivan_card'].pk}/").status_code == 404
    orm_scorecard(world["interview"], people["bob"], questions=[4, 4], recommendation="yes")
    page = client_for("bob").get(url).content.decode()
    assert "ivan" in recommendations(page)
    assert "No: <strong>1</strong>" in page
    detail = client_for("bob").get(f"/hiring/scorecards/{world['ivan_card'].pk}/").content.decode()
    assert "Ivan&#x27;s private observation about the refund story" in detail


def test_rita_sees_both_scorecards_on_the_scores_page(world, people, client_for):
    orm_scorecard(world["interview"], people["bob"], questions=[4, 4], recommendation="yes")
    page = client_for("rita").get(f"/hiring/candidates/{world['candidate'].pk}/scores/").content.decode()
    assert "bob" in page and "ivan" in page
    assert "hidden until you submit" not in page


def test_another_organisation_gets_404_everywhere(world, client_for):
    dora, charlie = client_for("dora"), client_for("charlie")
    pk, candidate = world["interview"].pk, world["candidate"].pk
    item = world["items"][0].pk
    for client in (dora, charlie):
        assert client.get(f"/hiring/interviews/{pk}/").status_code == 404
        assert client.get(f"/hiring/interviews/{pk}/overview/").status_code == 404
        assert client.post(f"/hiring/interviews/{pk}/", {"version": 1}).status_code == 404
        assert client.post(f"/hiring/interviews/{pk}/questions/{item}/analyse/", {"notes": "x"}).status_code == 404
        assert client.get(f"/hiring/scorecards/{world['ivan_card'].pk}/").status_code == 404
        assert client.get(f"/hiring/candidates/{candidate}/scores/").status_code == 404
        assert (
            client.post(f"/hiring/candidates/{candidate}/decision/", {"outcome": "hire", "reason": "x"}).status_code
            == 404
        )
        assert client.get(f"/hiring/candidates/{candidate}/report/").status_code == 404
        assert client.get(f"/hiring/candidates/{candidate}/report.pdf").status_code == 404
        assert client.get(f"/hiring/openings/{world['opening'].pk}/compare/").status_code == 404


def test_an_interviewer_not_on_the_panel_gets_404(world, people, client_for, orgs):
    from django.contrib.auth import get_user_model

    from tactful.accounts.models import Membership

    olga = get_user_model().objects.create_user(username="olga", password="x")
    Membership.objects.create(organisation=orgs["a"], user=olga, role="interviewer")
    client = client_for("bob")
    client.force_login(olga)
    assert client.get(f"/hiring/interviews/{world['interview'].pk}/").status_code == 404
    assert client.get(f"/hiring/candidates/{world['candidate'].pk}/scores/").status_code == 404


def test_anonymous_visitors_go_to_the_login_page(world, client):
    response = client.get(f"/hiring/interviews/{world['interview'].pk}/")
    assert response.status_code == 302 and "/accounts/login" in response["Location"]
