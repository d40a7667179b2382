"""Candidate lists (an opening's page and /hiring/candidates/) show each candidate's decision in
force and weighted score, in a number of queries that does not grow with the candidates."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tactful.hiring.models import Candidate, Decision
from tests.hiring.builders import interview_world, orm_interview, orm_scorecard

BOB = {"empathy": 4, "de_escalation": 2, "communication": 3}
IVAN = {"empathy": 5, "de_escalation": 4, "communication": 2}


@pytest.fixture
def world(library, orgs, people):
    w = interview_world(orgs, people)
    orm_scorecard(w["interview"], people["ivan"], questions=(5, 4), competencies=IVAN, recommendation="yes")
    w["bob_card"] = orm_scorecard(
        w["interview"], people["bob"], questions=(4, 3), competencies=BOB, recommendation="yes", submitted=False
    )
    Decision.objects.create(
        candidate=w["candidate"], outcome="reject", reason="First look.", decided_by=people["alice"]
    )
    Decision.objects.create(candidate=w["candidate"], outcome="hold", reason="Wait for references.")
    Candidate.objects.create(organisation=orgs["a"], opening=w["opening"], name="Lea Unscored")
    return w


def row(page, name):
    """The decision and score cells of the candidate's row."""
    start = page.index(name)
    cells = page.index('<td class="decision">', start)
    return page[cells : page.index("</tr>", cells)]


def submit_bob(world):
    from django.utils import timezone

    world["bob_card"].status = "submitted"
    world["bob_card"].submitted_at = timezone.now()
    world["bob_card"].save()


def test_it_shows_the_latest_decision_and_the_weighted_score(world, client_for):
    submit_bob(world)
    page = client_for("rita").get(f"/hiring/openings/{world['opening'].pk}/").content.decode()
    maria = row(page, "Maria Tamm")
    assert "Hold" in maria and "Reject" not in maria and "Wait for references." in maria
    assert "<strong>3.65</strong>" in maria and "100% rated" in maria  # (5·4.5 + 3·3 + 2·2.5) / 10
    lea = row(page, "Lea Unscored")
    assert "not scored" in lea and "Hold" not in lea


def test_drafts_do_not_count(world, client_for):
    page = client_for("alice").get("/hiring/candidates/").content.decode()
    # Only ivan's submitted scorecard counts: (5·5 + 3·4 + 2·2) / 10
    assert "<strong>4.10</strong>" in row(page, "Maria Tamm")


def test_an_interviewer_sees_no_score_until_they_submitted_their_own(world, client_for):
    bob = client_for("bob")
    maria = row(bob.get("/hiring/candidates/").content.decode(), "Maria Tamm")
    assert "not scored" in maria and "4.10" not in maria
    assert "Hold" in maria
    submit_bob(world)
    assert "<strong>3.65</strong>" in row(bob.get("/hiring/candidates/").content.decode(), "Maria Tamm")


def test_other_organisations_and_interviewers_do_not_see_the_opening(world, client_for):
    assert client_for("charlie").get(f"/hiring/openings/{world['opening'].pk}/").status_code == 404
    assert client_for("bob").get(f"/hiring/openings/{world['opening'].pk}/").status_code == 403
    page = client_for("charlie").get("/hiring/candidates/").content.decode()
    assert "Maria Tamm" not in page and "Petra Horváth" in page


def test_the_number_of_queries_does_not_grow_with_the_candidates(
    world, people, client_for, django_assert_max_num_queries
):
    client = client_for("rita")
    url = f"/hiring/openings/{world['opening'].pk}/"
    client.get(url)  # warm caches (content, sessions)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(6):
        candidate = Candidate.objects.create(
            organisation=world["opening"].organisation, opening=world["opening"], name=f"Extra {n}"
        )
        interview = orm_interview(candidate, [people["bob"], people["ivan"]])
        orm_scorecard(interview, people["bob"], questions=(3, 3), competencies=BOB, recommendation="no")
        orm_scorecard(interview, people["ivan"], questions=(4, 4), competencies=IVAN, recommendation="yes")
        Decision.objects.create(candidate=candidate, outcome="hire", reason="Good.")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(url).content.decode()
    assert page.count("<strong>3.65</strong>") == 6
    assert len(few.captured_queries) <= 25
