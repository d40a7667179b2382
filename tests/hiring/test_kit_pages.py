"""Kits: planned from a portrait within the budget, explained, edited by pinning, removing and
swapping, printed and downloaded; only the organisation's managers and assigned interviewers see them."""

from __future__ import annotations

import pytest

from tests.hiring.builders import actor, chat_portrait


@pytest.fixture
def kit(library, people):
    from tactful.hiring.services.kits import kit_create

    alice = actor(people, "alice")
    portrait = chat_portrait(alice, slot_values={"common_issue": "the router keeps dropping Wi-Fi"})
    return kit_create(actor=alice, portrait=portrait)


def keys(kit):
    return [item.key for item in kit.items.all()]


def test_it_covers_the_must_haves_within_the_time_budget(kit):
    explanation = kit.explanation
    assert explanation["must_haves_missing"] == []
    assert set(explanation["coverage"]) >= {"empathy", "writing"}
    assert sum(item.minutes for item in kit.items.all()) + 5 <= kit.minutes
    assert kit.items.count() >= 4
    stages = [item.stage for item in kit.items.all()]
    assert stages == sorted(stages, key=["warm_up", "behavioural", "situational", "technical", "closing"].index)


def test_it_shows_coverage_and_the_reasons_for_what_is_not_covered(library, people, client_for):
    from tactful.hiring.services.kits import kit_create

    alice = actor(people, "alice")
    portrait = chat_portrait(alice, name="Tight budget", minutes=15)
    kit = kit_create(actor=alice, portrait=portrait)
    response = client_for("alice").get(f"/hiring/kits/{kit.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Coverage" in page and "Empathy" in page and "must-have" in page
    assert "Not covered" in page
    assert "It did not fit in the time budget" in page
    assert "Proven optimum" in page or "Quick selection" in page


def test_it_fills_the_portraits_terms_into_question_texts(kit, client_for):
    page = client_for("rita").get(f"/hiring/kits/{kit.pk}/").content.decode()
    if "tech-solve-common-issue" in keys(kit):
        assert "the router keeps dropping Wi-Fi" in page
    assert "{common_issue}" not in page


def test_it_keeps_a_pinned_question_through_re_optimisation(kit, people, client_for):
    from tactful.hiring.models import KitItem

    last = keys(kit)[-1]
    client = client_for("alice")
    assert client.post(f"/hiring/kits/{kit.pk}/pin/", {"question": last}).status_code == 302
    assert client.post(f"/hiring/kits/{kit.pk}/optimise/").status_code == 302
    kit.refresh_from_db()
    assert last in keys(kit)
    assert KitItem.objects.get(kit=kit, question__slug=last).pinned
    assert kit.pinned == [last]


def test_it_removes_a_question_and_never_brings_it_back(kit, client_for):
    removed = keys(kit)[0]
    client = client_for("alice")
    client.post(f"/hiring/kits/{kit.pk}/remove/", {"question": removed})
    kit.refresh_from_db()
    assert removed not in keys(kit)
    assert removed in kit.excluded
    client.post(f"/hiring/kits/{kit.pk}/optimise/")
    kit.refresh_from_db()
    assert removed not in keys(kit)
    assert kit.explanation["must_haves_missing"] == []


def test_it_swaps_a_question_for_an_alternative_that_stays(kit, people, client_for):
    from tactful.hiring.selectors.kits import kit_swap_alternatives

    alice = actor(people, "alice")
    old = keys(kit)[0]
    alternatives = kit_swap_alternatives(actor=alice, kit=kit, question_key=old)
    assert alternatives, "a library this size has another question on the same competencies"
    client = client_for("alice")
    page = client.get(f"/hiring/kits/{kit.pk}/swap/?question={old}").content.decode()
    assert alternatives[0].text[:30] in page.replace("&#x27;", "'")
    response = client.post(f"/hiring/kits/{kit.pk}/swap/", {"question": old, "replacement": alternatives[0].key})
    assert response.status_code == 302
    kit.refresh_from_db()
    assert old not in keys(kit) and alternatives[0].key in keys(kit)
    client.post(f"/hiring/kits/{kit.pk}/optimise/")
    kit.refresh_from_db()
    assert alternatives[0].key in keys(kit) and old not in keys(kit)


def test_it_prints_what_to_look_for_rubric_follow_ups_and_note_space(kit, client_for):
    response = client_for("alice").get(f"/hiring/kits/{kit.pk}/print/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "What to look for:" in page and "Follow-ups:" in page and "The candidate's questions" in page
    assert page.count('class="line"') >= 6 * (kit.items.count() + 1)
    assert "tactful/print.css" in page


def test_it_downloads_the_kit_as_pdf(kit, client_for):
    pytest.importorskip("weasyprint")
    response = client_for("alice").get(f"/hiring/kits/{kit.pk}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_it_hides_kits_from_other_organisations_and_unassigned_interviewers(kit, client_for):
    for name in ("charlie", "dora", "bob"):
        client = client_for(name)
        for url in (f"/hiring/kits/{kit.pk}/", f"/hiring/kits/{kit.pk}/print/"):
            assert client.get(url).status_code == 404, (name, url)
    assert client_for("charlie").post(f"/hiring/kits/{kit.pk}/optimise/").status_code == 404
    assert client_for("bob").post(f"/hiring/kits/{kit.pk}/optimise/").status_code == 403
    assert client_for("bob").post(f"/hiring/portraits/{kit.portrait_id}/kits/new/").status_code == 403


def test_it_lets_an_assigned_interviewer_view_and_print_the_kit_but_not_change_it(kit, people, client_for):
    from tactful.hiring.models import Candidate, Interview, InterviewAssignment, Opening

    opening = Opening.objects.create(organisation=kit.organisation, title="Chat", portrait=kit.portrait, kit=kit)
    candidate = Candidate.objects.create(organisation=kit.organisation, opening=opening, name="Mari")
    interview = Interview.objects.create(organisation=kit.organisation, candidate=candidate, kit=kit)
    InterviewAssignment.objects.create(interview=interview, interviewer=people["bob"])
    bob = client_for("bob")
    page = bob.get(f"/hiring/kits/{kit.pk}/").content.decode()
    assert "Coverage" in page and "Re-optimise" not in page
    assert bob.get(f"/hiring/kits/{kit.pk}/print/").status_code == 200
    assert bob.post(f"/hiring/kits/{kit.pk}/remove/", {"question": keys(kit)[0]}).status_code == 403
    assert client_for("ivan").get(f"/hiring/kits/{kit.pk}/").status_code == 404


def test_it_plans_an_own_question_in_the_portrait_language(library, people):
    from tactful.hiring.services.kits import kit_create
    from tactful.hiring.services.portraits import custom_question_create
    from tactful.library.models import QuestionFamily

    alice = actor(people, "alice")
    portrait = chat_portrait(alice, name="Chat in Estonian", language="et")
    own = custom_question_create(
        actor=alice,
        family=QuestionFamily.objects.get(slug="situational"),
        text="Klient kirjutab kolmandat korda sama murega. Mida te teete?",
        language="et",
        competency_keys=["empathy", "writing"],
        minutes=4,
    )
    kit = kit_create(actor=alice, portrait=portrait)
    kit_keys = keys(kit)
    from tactful.hiring.services.kits import kit_pin

    if own.key not in kit_keys:
        from tactful.hiring.services.kits import kit_optimise

        kit.pinned = [own.key]
        kit.save()
        kit = kit_optimise(actor=alice, kit=kit)
    assert own.key in keys(kit)
    kit_pin(actor=alice, kit=kit, question_key=own.key)


def test_it_refuses_to_change_the_questions_of_a_kit_that_interviews_use(kit, people, client_for):
    from tactful.hiring.models import Candidate, Interview, Opening

    opening = Opening.objects.create(organisation=kit.organisation, title="Chat", portrait=kit.portrait, kit=kit)
    candidate = Candidate.objects.create(organisation=kit.organisation, opening=opening, name="Mari")
    Interview.objects.create(organisation=kit.organisation, candidate=candidate, kit=kit)
    before = keys(kit)
    client = client_for("alice")
    for action, data in (("optimise", {}), ("remove", {"question": before[0]})):
        response = client.post(f"/hiring/kits/{kit.pk}/{action}/", data, follow=True)
        assert "Interviews already use this kit" in response.content.decode()
    kit.refresh_from_db()
    assert keys(kit) == before and kit.excluded == []
    page = client.get(f"/hiring/kits/{kit.pk}/").content.decode()
    assert "Plan a new kit from the portrait" in page and "Re-optimise around my choices" not in page
