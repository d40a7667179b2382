"""End to end in headless Chromium: browse, search and read the library in two languages."""

from __future__ import annotations

import re
from typing import Any

from tactful.content import ContentLibrary
from tests.browser.conftest import screenshot


def test_search_as_you_type_and_open_a_question_in_english(
    page: Any, live_server: Any, live_library: ContentLibrary
) -> None:
    from playwright.sync_api import expect

    page.goto(f"{live_server.url}/library/questions/")
    expect(page.locator("h1")).to_have_text("Question bank")
    total = len(live_library.questions)
    expect(page.locator("#result-count")).to_have_text(f"{total} questions")

    page.fill("#id_q", "printer")  # htmx re-renders the results as the user types
    printer = [
        q
        for q in live_library.questions.values()
        if "printer" in q.text.get("en").lower() + q.wants_to_learn.get("en").lower()
    ]
    expect(page.locator("#result-count")).to_have_text(re.compile(rf"^{len(printer)} question"))
    assert "q=printer" in page.url
    screenshot(page, "question-bank-search-en")

    page.locator("li.question a").first.click()
    expect(page.locator("#question-text")).to_contain_text(printer[0].text.get("en").split()[0])
    expect(page.locator("table.rubric tr")).to_have_count(3)
    screenshot(page, "question-detail-en")


def test_switch_to_russian_filter_by_family_and_read_the_rubric(
    page: Any, live_server: Any, live_library: ContentLibrary
) -> None:
    from playwright.sync_api import expect

    page.goto(f"{live_server.url}/library/questions/")
    page.select_option("#language-select", "ru")
    expect(page.locator("h1")).to_have_text("Банк вопросов")
    assert page.locator("html").get_attribute("lang") == "ru"

    page.select_option("#id_family", "behavioural")
    behavioural = [q for q in live_library.questions.values() if q.family == "behavioural"]
    expect(page.locator("li.question")).to_have_count(min(len(behavioural), 40))
    question = live_library.questions["beh-hardest-customer"]
    page.get_by_role("link", name=question.text.get("ru")).click()
    expect(page.locator("#question-text")).to_have_text(question.text.get("ru"))
    expect(page.locator("table.rubric")).to_contain_text(question.rubric.excellent.get("ru"))
    expect(page.get_by_text("Что интервьюер хочет узнать")).to_be_visible()
    screenshot(page, "question-detail-ru")


def test_competency_library_in_estonian(page: Any, live_server: Any, live_library: ContentLibrary) -> None:
    from playwright.sync_api import expect

    page.context.add_cookies([{"name": "django_language", "value": "et", "url": live_server.url}])
    page.goto(f"{live_server.url}/library/competencies/")
    expect(page.locator("h1")).to_have_text("Kompetentside kogu")
    page.select_option("#id_family", "technical_skills")
    technical = [c for c in live_library.competencies.values() if c.family == "technical_skills"]
    expect(page.locator("li.competency")).to_have_count(len(technical))
    screenshot(page, "competencies-et")
    page.goto(f"{live_server.url}/library/competencies/empathy/")
    expect(page.locator("h1")).to_have_text(live_library.competencies["empathy"].name.get("et"))


def test_home_and_track_pages_in_croatian(page: Any, live_server: Any, live_library: ContentLibrary) -> None:
    from playwright.sync_api import expect

    page.context.add_cookies([{"name": "django_language", "value": "hr", "url": live_server.url}])
    page.goto(f"{live_server.url}/")
    expect(page.locator("#library-size")).to_contain_text(str(len(live_library.questions)))
    screenshot(page, "home-hr")
    track = live_library.tracks["call-centre"]
    page.goto(f"{live_server.url}/library/tracks/call-centre/")
    expect(page.locator("h1")).to_have_text(track.name.get("hr"))
    expect(page.locator("ol.cards li")).to_have_count(len(track.questions))
    screenshot(page, "track-call-centre-hr")
