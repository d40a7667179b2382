"""Scheduling, cancelling and finishing interviews; who sees which interview."""

from __future__ import annotations

import pytest

from tactful.hiring.errors import HiringError
from tactful.hiring.models import Interview
from tactful.hiring.selectors.interviews import interview_get, interview_list
from tactful.hiring.services.interviews import interview_cancel, interview_mark_done, interview_schedule
from tests.hiring.builders import actor, interview_world


@pytest.fixture
def world(library, orgs, people):
    return interview_world(orgs, people)


def test_it_schedules_an_interview_with_two_interviewers_and_part_of_the_kit(world, people):
    rita = actor(people, "rita")
    interview = interview_schedule(
        actor=rita,
        candidate=world["candidate"],
        kit=world["kit"],
        interviewers=[people["bob"], people["ivan"]],
        scheduled_at=None,
        kit_items=world["items"][:1],
    )
    assert sorted(u.username for u in interview.interviewers.all()) == ["bob", "ivan"]
    assert list(interview.kit_items.all()) == world["items"][:1]
    assert interview.created_by == people["rita"]


def test_it_refuses_scheduling_by_an_interviewer(world, people):
    with pytest.raises(HiringError) as refused:
        interview_schedule(
            actor=actor(people, "bob"),
            candidate=world["candidate"],
            kit=world["kit"],
            interviewers=[people["ivan"]],
            scheduled_at=None,
        )
    assert refused.value.code == "forbidden"


def test_it_refuses_an_interviewer_from_another_organisation(world, people):
    with pytest.raises(HiringError) as refused:
        interview_schedule(
            actor=actor(people, "alice"),
            candidate=world["candidate"],
            kit=world["kit"],
            interviewers=[people["bob"], people["dora"]],
            scheduled_at=None,
        )
    assert refused.value.code == "not_member"
    assert Interview.objects.filter(candidate=world["candidate"]).count() == 1


def test_it_refuses_another_organisations_candidate_or_kit(world, people):
    alice = actor(people, "alice")
    for candidate, kit in ((world["other_candidate"], world["kit"]), (world["candidate"], world["other_kit"])):
        with pytest.raises(HiringError) as refused:
            interview_schedule(
                actor=alice, candidate=candidate, kit=kit, interviewers=[people["bob"]], scheduled_at=None
            )
        assert refused.value.code == "not_found"


def test_it_refuses_questions_from_another_kit(world, people):
    with pytest.raises(HiringError) as refused:
        interview_schedule(
            actor=actor(people, "rita"),
            candidate=world["candidate"],
            kit=world["kit"],
            interviewers=[people["bob"]],
            scheduled_at=None,
            kit_items=list(world["other_kit"].items.all()),
        )
    assert refused.value.code == "wrong_kit"


def test_interviewers_list_only_the_interviews_they_are_on(world, people, orgs):
    from tests.hiring.builders import orm_interview

    alone = orm_interview(world["candidate"], [people["ivan"]])
    assert list(interview_list(actor=actor(people, "bob"))) == [world["interview"]]
    assert interview_get(actor=actor(people, "bob"), pk=alone.pk) is None
    assert set(interview_list(actor=actor(people, "rita"))) == {world["interview"], alone}
    assert interview_get(actor=actor(people, "dora"), pk=world["interview"].pk) is None


def test_it_cancels_and_marks_done(world, people):
    rita = actor(people, "rita")
    interview_mark_done(actor=rita, interview=world["interview"])
    world["interview"].refresh_from_db()
    assert world["interview"].status == "done"
    with pytest.raises(HiringError):
        interview_cancel(actor=rita, interview=world["interview"])
    with pytest.raises(HiringError) as refused:
        interview_cancel(actor=actor(people, "charlie"), interview=world["interview"])
    assert refused.value.code == "not_found"


def test_schedule_page_creates_the_interview_for_a_recruiter(world, people, client_for):
    response = client_for("rita").post(
        f"/hiring/candidates/{world['candidate'].pk}/interviews/new/",
        {"kit": world["kit"].pk, "interviewers": [people["bob"].pk, people["ivan"].pk], "title": "Second round"},
    )
    interview = Interview.objects.get(title="Second round")
    assert response.status_code == 302
    assert response["Location"] == f"/hiring/interviews/{interview.pk}/"


def test_schedule_page_numbers_the_questions_as_the_kit_page_does(world, client_for):
    from tactful.hiring.models import KitItem
    from tactful.library.models import localise

    for number, item in enumerate(world["items"], start=1):  # as the planner stores them
        KitItem.objects.filter(pk=item.pk).update(position=number)
    kit_page = client_for("rita").get(f"/hiring/kits/{world['kit'].pk}/").content.decode()
    assert '<ol class="kit-items" start="1">' in kit_page
    page = client_for("rita").get(f"/hiring/candidates/{world['candidate'].pk}/interviews/new/").content.decode()
    first = localise(world["items"][0].question.text, world["kit"].language)
    assert f"1. {first}" in page and f"2. {first}" not in page


def test_schedule_page_fills_the_portraits_terms_into_the_questions(world, client_for):
    from tactful.hiring.models import KitItem
    from tactful.library.models import Question

    world["portrait"].slot_values = {"product": "Northwind Fibre"}
    world["portrait"].save()
    KitItem.objects.filter(pk=world["items"][0].pk).update(question=Question.objects.get(slug="co-used-product"))
    page = client_for("rita").get(f"/hiring/candidates/{world['candidate'].pk}/interviews/new/").content.decode()
    assert "Have you used Northwind Fibre?" in page and "{product}" not in page


def test_schedule_page_refuses_interviewers_and_other_organisations(world, client_for):
    url = f"/hiring/candidates/{world['candidate'].pk}/interviews/new/"
    assert client_for("bob").get(url).status_code == 403
    assert client_for("charlie").get(url).status_code == 404
    assert client_for("alice").get(url).status_code == 200


def test_schedule_page_shows_the_refusal_for_another_organisations_interviewer(world, people, client_for):
    response = client_for("rita").post(
        f"/hiring/candidates/{world['candidate'].pk}/interviews/new/",
        {"kit": world["kit"].pk, "interviewers": [people["dora"].pk]},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_my_interviews_page_lists_only_assigned_interviews(world, client_for):
    assert "Maria Tamm" in client_for("bob").get("/hiring/interviews/").content.decode()
    assert "Maria Tamm" not in client_for("dora").get("/hiring/interviews/").content.decode()
    assert "Petra" in client_for("dora").get("/hiring/interviews/").content.decode()


def test_cancel_and_done_pages_by_role(world, client_for):
    pk = world["interview"].pk
    assert client_for("bob").post(f"/hiring/interviews/{pk}/cancel/").status_code == 403
    assert client_for("charlie").post(f"/hiring/interviews/{pk}/cancel/").status_code == 404
    assert client_for("rita").post(f"/hiring/interviews/{pk}/done/").status_code == 302
    world["interview"].refresh_from_db()
    assert world["interview"].status == "done"


def test_the_demo_adds_one_finished_interview_with_two_submitted_scorecards(world, orgs, people):
    from tactful.hiring.models import Scorecard
    from tactful.hiring.services.interviews import demo_interviews_ensure

    first = demo_interviews_ensure(orgs["a"])
    assert first is not None and first.status == "done"
    cards = Scorecard.objects.filter(interview=first)
    assert sorted(c.interviewer.username for c in cards) == ["bob", "ivan"]
    assert {c.status for c in cards} == {"submitted"}
    assert cards.get(interviewer__username="bob").answers.first().analysis["star"]["result"] is True
    assert demo_interviews_ensure(orgs["a"]) == first


def test_an_interviewer_cannot_post_the_schedule_form(world, people, client_for):
    response = client_for("bob").post(
        f"/hiring/candidates/{world['candidate'].pk}/interviews/new/",
        {"kit": world["kit"].pk, "interviewers": [people["bob"].pk], "title": "Self-scheduled"},
    )
    assert response.status_code == 403
    assert not Interview.objects.filter(title="Self-scheduled").exists()


def test_owners_and_recruiters_see_every_interview_and_its_panel(world, people, client_for):
    from tests.hiring.builders import orm_interview

    orm_interview(world["candidate"], [people["ivan"]])
    page = client_for("alice").get("/hiring/interviews/").content.decode()
    assert page.count("Maria Tamm") == 2
    overview = client_for("rita").get(f"/hiring/interviews/{world['interview'].pk}/overview/").content.decode()
    assert "bob" in overview and "ivan" in overview and "Cancel the interview" in overview
    assert (
        "Cancel the interview"
        not in client_for("bob").get(f"/hiring/interviews/{world['interview'].pk}/overview/").content.decode()
    )
