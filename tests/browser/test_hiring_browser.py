"""End to end in headless Chromium: a recruiter builds a portrait, plans a kit, opens a
position, adds a candidate and schedules an interview with two interviewers; each interviewer
takes notes (the live analysis appears beside them), rates and submits; the recruiter reads
the aggregated scores and records the decision."""

from __future__ import annotations

import re
from typing import Any

from tactful.content import ContentLibrary
from tests.browser.conftest import screenshot
from tests.conftest import PERSONAS
from tests.hiring.builders import orm_candidate, orm_interview, orm_scorecard

BOB_NOTES = (
    "Last spring a customer called because his internet had been down for three days. "
    "I apologised, checked the line and booked a technician for the same afternoon. "
    "The connection was back by five o'clock and he thanked us."
)
IVAN_NOTES = (
    "A customer was angry about a late refund. Honestly it was my colleague's fault, he never checks anything. "
    "She escalated it to billing."
)


def log_in(browser: Any, live_server: Any, user: Any) -> Any:
    """A new browser context (its own cookies) logged in as `user`."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    page.set_default_timeout(30_000)  # the analyser runs on every save; CI machines are small
    return page


def personas() -> dict[str, Any]:
    from django.contrib.auth import get_user_model

    from tactful.accounts.models import Membership, Organisation, Role

    org = Organisation.objects.create(name="Org A Support", slug="org-a")
    users = {}
    for name, (org_key, role) in PERSONAS.items():
        if org_key != "a":
            continue
        user = get_user_model().objects.create_user(username=name, password="x")
        Membership.objects.create(organisation=org, user=user, role=Role(role))
        users[name] = user
    return users


def fill_scorecard(page: Any, notes: str, rating: str, competency: str, recommendation: str) -> None:
    from playwright.sync_api import expect

    first = page.locator("textarea[name^=notes-]").first
    first.fill(notes[:-12])
    first.press_sequentially(notes[-12:], delay=20)  # real keystrokes: htmx posts after 700 ms of quiet
    panel = page.locator(".live-analysis").first
    # The first analysis loads the analyser's model; give a busy CI machine time.
    expect(panel.locator('mark.star-situation[title="present"]')).to_be_visible(timeout=90_000)
    for group in page.locator("fieldset.rating[id^=rating-]").all():
        group.locator(f'input[value="{rating}"]').check()
    for row in page.locator("#competency-ratings tr").all():
        row.locator(f'input[value="{competency}"]').check()
    page.locator(f'#recommendation input[value="{recommendation}"]').check()


def test_portrait_to_kit_to_interview_with_two_interviewers_to_decision(
    browser: Any, live_server: Any, live_library: ContentLibrary
) -> None:
    from playwright.sync_api import expect

    from tactful.hiring.models import Candidate, Decision, Interview, Scorecard

    users = personas()
    rita = log_in(browser, live_server, users["rita"])

    # Portrait from a practice track, then a planned kit.
    rita.goto(f"{live_server.url}/hiring/portraits/new/")
    rita.fill("#id_name", "Call-centre agent")
    rita.select_option("#id_track", "call-centre")
    rita.get_by_role("button", name="Create the portrait").click()
    expect(rita.locator("h1")).to_have_text("Call-centre agent")
    rita.get_by_role("button", name="Plan an interview kit").click()
    rita.wait_for_url(re.compile(r"/hiring/kits/\d+/$"))

    # Opening with that kit, a candidate, an interview with bob and ivan.
    rita.goto(f"{live_server.url}/hiring/portraits/{_portrait_pk()}/")
    rita.get_by_role("link", name="Open a position for this role").click()
    rita.fill("#id_title", "Call-centre agent, Tallinn")
    rita.select_option("#id_kit", str(_kit_pk()))
    rita.get_by_role("button", name="Save").click()
    rita.get_by_role("link", name="Add a candidate").click()
    rita.fill("#id_name", "Maria Tamm")
    rita.get_by_role("button", name="Save").click()
    rita.get_by_role("link", name="Maria Tamm").click()
    rita.get_by_role("link", name="Schedule an interview").click()
    rita.get_by_label("bob", exact=True).check()
    rita.get_by_label("ivan", exact=True).check()
    rita.get_by_role("button", name="Schedule the interview").click()
    expect(rita.locator("#panel-list")).to_contain_text("not started")
    interview = Interview.objects.get()
    assert sorted(u.username for u in interview.interviewers.all()) == ["bob", "ivan"]

    # Bob: notes with live analysis, ratings, submit.
    bob = log_in(browser, live_server, users["bob"])
    bob.goto(f"{live_server.url}/hiring/interviews/")
    bob.get_by_role("link", name="My scorecard").click()
    bob.get_by_role("button", name="One question at a time").click()
    expect(bob.locator("#question-1")).to_be_visible()
    expect(bob.locator("#question-2")).to_be_hidden()
    bob.get_by_role("button", name="Next question").click()
    expect(bob.locator("#question-2")).to_be_visible()
    expect(bob.locator("#question-1")).to_be_hidden()
    bob.get_by_role("button", name="All questions").click()
    expect(bob.locator("#question-1")).to_be_visible()
    fill_scorecard(bob, BOB_NOTES, "4", "4", "strong_yes")
    bob.locator(".question-card").first.evaluate("card => window.scrollTo(0, card.offsetTop - 10)")
    screenshot(bob, "hiring-interviewer-live-analysis")
    bob.get_by_role("button", name="Submit").click()
    expect(bob.locator("h1")).to_have_text("Scores of Maria Tamm")
    expect(bob.locator("#recommendations")).not_to_contain_text("ivan")

    # Ivan: a flag appears in his notes; he rates lower.
    ivan = log_in(browser, live_server, users["ivan"])
    ivan.goto(f"{live_server.url}/hiring/interviews/{interview.pk}/")
    fill_scorecard(ivan, IVAN_NOTES, "3", "2", "no")
    expect(ivan.locator(".live-analysis").first).to_contain_text("Blaming others")
    ivan.get_by_role("button", name="Submit").click()
    expect(ivan.locator("#recommendations")).to_contain_text("bob")
    assert Scorecard.objects.filter(status="submitted").count() == 2

    # Rita: both scorecards, the aggregated score, a decision with its reason.
    candidate = Candidate.objects.get()
    rita.goto(f"{live_server.url}/hiring/candidates/{candidate.pk}/")
    expect(rita.locator("#overall-score")).to_have_text("3.00 / 5")  # every competency: (4 + 2) / 2
    expect(rita.locator("#recommendations")).to_contain_text("bob")
    expect(rita.locator("#recommendations")).to_contain_text("ivan")
    expect(rita.locator("#analyser-flags")).to_contain_text("Blaming others")
    expect(rita.locator("#radar")).to_be_visible()
    screenshot(rita, "hiring-candidate-scores")
    rita.locator("#competency-scores").evaluate("el => window.scrollTo(0, el.offsetTop - 10)")
    screenshot(rita, "hiring-candidate-radar")
    rita.locator('#decision input[value="hold"]').check()
    rita.fill("#decision-reason", "Strong story from Bob, but Ivan heard blame: a second interview on ownership.")
    rita.get_by_role("button", name="Record the decision").click()
    expect(rita.locator("#current-decision")).to_have_text("Decision: Hold")
    assert Decision.objects.get().reason.startswith("Strong story from Bob")
    # A second candidate, interviewed by Bob alone, to compare with.
    jonas = orm_candidate(candidate.opening.portrait, candidate.opening.kit, name="Jonas Berg")
    keys = [pc.key for pc in candidate.opening.portrait.competencies.all()]
    orm_scorecard(
        orm_interview(jonas, [users["bob"]]),
        users["bob"],
        questions=[3] * 20,
        competencies={key: 2 + i % 3 for i, key in enumerate(keys)},
        recommendation="no",
    )
    rita.goto(f"{live_server.url}/hiring/openings/{candidate.opening_id}/compare/")
    expect(rita.locator("#comparison thead")).to_contain_text("Maria Tamm")
    expect(rita.locator("#comparison thead")).to_contain_text("Jonas Berg")
    screenshot(rita, "hiring-comparison")


def _portrait_pk() -> int:
    from tactful.hiring.models import Portrait

    return int(Portrait.objects.get().pk)


def _kit_pk() -> int:
    from tactful.hiring.models import Kit

    return int(Kit.objects.get().pk)
