"""End to end in headless Chromium: a team signs up, invites an interviewer, who joins by the link."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import screenshot

PASSWORD = "a-long-and-unusual-passphrase"


def test_a_team_signs_up_and_an_invited_interviewer_joins(
    browser: Any, page: Any, live_server: Any, transactional_db: None
) -> None:
    from playwright.sync_api import expect

    page.goto(f"{live_server.url}/accounts/signup/")
    page.fill("#id_organisation_name", "Nordic <b>Helpdesk</b>")
    page.fill("#id_username", "nora")
    page.fill("#id_email", "nora@example.test")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("#signup-form button[type=submit]")
    expect(page.locator(".topbar .organisation")).to_have_text("Nordic <b>Helpdesk</b>")  # shown as text

    page.goto(f"{live_server.url}/accounts/members/")
    page.fill("#id_email", "ivo@example.test")
    page.select_option("#id_role", "interviewer")
    page.click("#invite-form button[type=submit]")
    link = page.input_value("#secret-value")
    assert link.startswith(f"{live_server.url}/accounts/invite/")
    screenshot(page, "accounts-members-invitation")

    guest = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    guest.goto(link)
    expect(guest.locator("h1")).to_have_text("Join Nordic <b>Helpdesk</b>")
    guest.fill("#id_username", "ivo")
    guest.fill("#id_password1", PASSWORD)
    guest.fill("#id_password2", PASSWORD)
    guest.click("#invite-form button[type=submit]")
    expect(guest.locator(".topbar .organisation")).to_have_text("Nordic <b>Helpdesk</b>")
    expect(guest.locator(".topbar")).not_to_contain_text("Members")  # interviewers do not manage people

    guest.goto(link)  # the link worked once
    expect(guest.locator("h1")).to_have_text("This invitation cannot be used")

    guest.context.close()
    page.goto(f"{live_server.url}/accounts/members/")  # not reload(): that page answered a POST
    expect(page.locator("#members")).to_contain_text("ivo")
    expect(page.locator("#members")).to_contain_text("Interviewer")
