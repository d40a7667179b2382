"""The hiring side in another interface language, end to end in headless Chromium.

A recruiter switches the interface to Estonian (then Slovak, then Russian) and walks the hiring pages:
portrait from a practice track, kit with coverage, pin / remove / re-optimise, print and PDF,
an opening with a CSV import (a bad file first), an interview with two interviewers, a
scorecard with live analysis of notes in the kit's language, scores, comparison and decision.
Every page is checked for English interface labels leaking through, and the content texts
(questions, competency names) for the right language. With TACTFUL_SCREENSHOTS=1 the main
pages are saved, full page, to docs/screenshots/<page>-<lang>.png.
"""

from __future__ import annotations

import os
import re
from typing import Any

import pytest

from tactful.content import ContentLibrary
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_hiring_browser import log_in, personas
from tests.hiring.builders import orm_scorecard

# Interface labels of the hiring and members templates, in English. None of them may show on a
# page in another language (matched as whole words: the Slovak "Importovať" is not "Import").
ENGLISH_LABELS = [
    "Hiring",
    "Delete kit",
    "Rename",
    "Delete portrait",
    "not scored",
    "New portrait",
    "New opening",
    "All candidates",
    "Open positions",
    "Role portraits",
    "Interview kits",
    "Create the portrait",
    "Start from a practice track",
    "Interview language",
    "Time budget",
    "Plan an interview kit",
    "Settings and your terms",
    "Competencies and weights",
    "Must-have",
    "must-have",
    "Weight",
    "Save settings",
    "Add from a practice track",
    "Add from the library",
    "Add your own competency",
    "Coverage",
    "Not covered",
    "Re-optimise around my choices",
    "Download PDF",
    "Print",
    "Pin",
    "Unpin",
    "Swap",
    "Remove",
    "Covers:",
    "kept",
    "Warm-up",
    "Behavioural questions",
    "Closing",
    "Proven optimum",
    "minutes",
    "The candidate's questions",
    "Import candidates from CSV",
    "Import",
    "Row",
    "Column",
    "Problem",
    "nothing was imported",
    "Add a candidate",
    "Import from CSV",
    "Compare candidates",
    "Schedule an interview",
    "Schedule the interview",
    "Interviewers",
    "Notes",
    "Rating for this answer",
    "Save draft",
    "Submit",
    "Recommendation",
    "Comments",
    "Competencies",
    "Decision",
    "Record the decision",
    "Hire",
    "Reject",
    "Hold",
    "Reason",
    "Weighted score",
    "Members",
    "Create an invitation link",
    "Interviewer",
    "Recruiter",
    "Owner",
    "Log out",
    "Not heard yet",
    "Red flags",
    "Evidence of competencies",
    "strong yes",
    "Strong yes",
]

NOTES = {
    "ru": (
        "Прошлой весной позвонил клиент, потому что у него три дня не работал интернет. "
        "Я извинился, проверил линию и записал техника на тот же день. "
        "К пяти часам связь восстановили, и клиент нас поблагодарил."
    ),
    "et": (
        "Eelmisel kevadel helistas klient, sest tema internet oli kolm päeva maas olnud. "
        "Ma vabandasin, kontrollisin liini ja broneerisin tehniku samaks pärastlõunaks. "
        "Ühendus taastus kella viieks ja klient tänas meid."
    ),
    "sk": (
        "Minulú jar volal zákazník, pretože mu tri dni nefungoval internet. "
        "Ospravedlnil som sa, skontroloval som linku a objednal technika na to isté popoludnie. "
        "Pripojenie fungovalo do piatej hodiny a zákazník nám poďakoval."
    ),
}
WORDS = {  # a few translated words each page must show
    "ru": {"hiring": "Найм", "coverage": "Охват", "not_covered": "Не охвачено", "submit": "Отправить"},
    "et": {"hiring": "Värbamine", "coverage": "Katvus", "not_covered": "Katmata", "submit": "Esita"},
    "sk": {"hiring": "Nábor", "coverage": "Pokrytie", "not_covered": "Nepokryté", "submit": "Odoslať"},
}
ROLE = {
    "et": "Klienditeeninduse spetsialist",
    "sk": "Špecialista zákazníckej podpory",
    "ru": "Специалист службы поддержки",
}


def shot(page: Any, name: str) -> None:
    """docs/screenshots/<name>.png, full page at 1280 px, when TACTFUL_SCREENSHOTS=1."""
    if os.environ.get("TACTFUL_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def visible_text(page: Any) -> str:
    """What a reader sees: the page's visible text plus its buttons' and inputs' labels."""
    text = page.locator("body").inner_text()
    extra = page.evaluate(
        """() => Array.from(document.querySelectorAll('input[type=submit], input[placeholder], [title]'))
             .filter(el => el.offsetParent !== null)
             .map(el => [el.value && el.type === 'submit' ? el.value : '', el.placeholder || '', el.title || ''].join(' '))
             .join('\\n')"""
    )
    return f"{text}\n{extra}"


PRODUCT = {"et": "Kodu internet", "sk": "Domáci internet", "ru": "Домашний интернет"}

# The same word in that language ("Import kandidátov zo súboru CSV").
SAME_WORD = {"sk": ("Import",)}


def english_leaks(page: Any, *, allowed: tuple[str, ...] = ()) -> list[str]:
    text = visible_text(page)
    allowed += SAME_WORD.get(page.locator("html").get_attribute("lang") or "", ())
    return [
        label
        for label in ENGLISH_LABELS
        if label not in allowed and re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text)
    ]


def assert_no_english(page: Any, *, allowed: tuple[str, ...] = ()) -> None:
    leaks = english_leaks(page, allowed=allowed)
    assert not leaks, f"English on {page.url}: {leaks}"


def switch_language(page: Any, lang: str) -> None:
    """The language menu in the top bar (it posts to set_language and comes back)."""
    with page.expect_navigation():
        page.select_option("#language-select", lang)
    assert page.locator("html").get_attribute("lang") == lang


@pytest.mark.parametrize("lang", ["et", "sk", "ru"])
def test_recruiter_and_interviewer_walk_the_hiring_pages_in_another_language(
    browser: Any, live_server: Any, live_library: ContentLibrary, lang: str
) -> None:
    from playwright.sync_api import expect

    from tactful.hiring.models import Candidate, Decision, Interview, Kit, Portrait
    from tactful.library.models import Competency, Question, localise

    words = WORDS[lang]
    users = personas()
    rita = log_in(browser, live_server, users["rita"])
    server_errors: list[str] = []
    rita.on("response", lambda r: server_errors.append(r.url) if r.status >= 500 else None)

    # Hiring home in the chosen language.
    rita.goto(f"{live_server.url}/hiring/")
    switch_language(rita, lang)
    expect(rita.locator("h1")).to_have_text(words["hiring"])
    assert_no_english(rita)

    # A portrait from a practice track, in the kit language = the interface language.
    rita.goto(f"{live_server.url}/hiring/portraits/new/")
    assert_no_english(rita)
    rita.fill("#id_name", ROLE[lang])
    rita.select_option("#id_language", lang)
    rita.select_option("#id_track", "call-centre")
    rita.fill("#id_slot_product", PRODUCT[lang])
    rita.fill("#id_minutes", "5")  # below the minimum: refused, and nothing typed is lost
    rita.locator("form.form").evaluate("form => { form.noValidate = true; }")  # let the server judge
    rita.locator("form.form button[type=submit]").click()
    expect(rita.locator(".has-error #id_minutes")).to_be_visible()
    expect(rita.locator("#id_name")).to_have_value(ROLE[lang])
    expect(rita.locator("#id_track")).to_have_value("call-centre")
    expect(rita.locator("#id_slot_product")).not_to_have_value("")
    assert_no_english(rita)
    rita.fill("#id_minutes", "45")
    rita.locator("form.form button[type=submit]").click()
    expect(rita.locator("h1")).to_have_text(ROLE[lang])
    portrait = Portrait.objects.get()
    assert portrait.slot_values["product"] == PRODUCT[lang]
    rita.select_option("#weight-1", "5")
    first_row = rita.locator("#competencies tbody tr").first
    first_row.locator("input[name=must_have]").check()
    first_row.locator("button[value=save]").click()
    first_row = rita.locator("#competencies tbody tr").first
    expect(first_row.locator("#weight-1")).to_have_value("5")
    expect(first_row.locator("input[name=must_have]")).to_be_checked()
    # The library search swaps its results in place (htmx), in the interface language.
    before = rita.locator("#picker .picker li").count()
    wanted = rita.locator("#picker .name").nth(2).inner_text()
    rita.fill("#id_q", wanted)
    expect(rita.locator("#picker .name").first).to_have_text(wanted)
    assert rita.locator("#picker .picker li").count() < before
    # Competency names in the interface language.
    top = portrait.competencies.order_by("-weight").first()
    competency = Competency.objects.filter(slug=top.key).first()
    if competency is not None:
        expect(rita.locator("#competencies")).to_contain_text(localise(competency.name, lang))
    assert_no_english(rita)
    # The picker's visually hidden labels once escaped its scroll box and left a blank screen
    # below the footer.
    assert blank_below_footer(rita) < 5
    shot(rita, f"hiring-portrait-builder-{lang}")

    # Plan a kit: coverage and what is not covered, in the interface language.
    rita.locator("section.next-step button[type=submit]").click()
    rita.wait_for_url(re.compile(r"/hiring/kits/\d+/$"))
    expect(rita.locator("#coverage")).to_have_text(words["coverage"])
    expect(rita.locator("#not-covered")).to_have_text(words["not_covered"])
    kit = Kit.objects.get()
    first_item = kit.items.order_by("position").first()
    if first_item.question_id:
        question = Question.objects.get(pk=first_item.question_id)
        text = localise(question.text, lang).split("{")[0].strip()
        expect(rita.locator(".kit-item .question-text").first).to_contain_text(text)
    assert_no_english(rita)

    # Pin the first question, remove the second, re-optimise: the pin stays.
    items = rita.locator(".kit-item")
    pinned_text = items.nth(0).locator(".question-text").inner_text()
    removed_text = items.nth(1).locator(".question-text").inner_text()
    items.nth(0).locator("form[action$='/pin/'] button").click()
    expect(rita.locator(".kit-item.pinned")).to_have_count(1)
    rita.locator(".kit-item", has_text=removed_text).locator("form[action$='/remove/'] button").click()
    expect(rita.locator(".kit-item .question-text", has_text=removed_text)).to_have_count(0)
    rita.locator(".actions form[action$='/optimise/'] button").click()
    expect(rita.locator(".kit-item.pinned .question-text")).to_have_text(pinned_text)
    expect(rita.locator(".kit-item .question-text", has_text=removed_text)).to_have_count(0)
    assert_no_english(rita)
    shot(rita, f"hiring-kit-{lang}")

    # Print page and PDF.
    rita.locator(".actions a[href$='/print/']").click()
    assert_no_english(rita)
    expect(rita.locator("body")).to_contain_text(pinned_text)
    # "Notes" on the left, the score boxes on the right (they ran together: "Notes Score: ☐1").
    notes_label = rita.locator(".notes-label").first.bounding_box()
    score_boxes = rita.locator(".notes-label .score-boxes").first.bounding_box()
    assert score_boxes["x"] + score_boxes["width"] > notes_label["x"] + notes_label["width"] - 5
    shot(rita, f"hiring-kit-print-{lang}")
    pdf = rita.request.get(f"{live_server.url}/hiring/kits/{kit.pk}/pdf/")
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    pdf_text = pdf_to_text(pdf.body())
    assert pinned_text.split()[0] in pdf_text
    assert "\ufffd" not in pdf_text

    # An opening with that kit; a CSV import with one bad row, then the fixed file.
    rita.goto(f"{live_server.url}/hiring/openings/new/?portrait={portrait.pk}")
    rita.fill("#id_title", f"{ROLE[lang]}, Tallinn")
    rita.select_option("#id_kit", str(kit.pk))
    rita.locator("form.form button[type=submit]").click()
    rita.locator(".actions a[href$='/import/']").click()
    assert_no_english(rita)
    bad = "nimi;e-post;telefon\nMari Tamm;mari@example.com;+372 5555 1234\nJüri Õun;jüri-at-example;\nLiis Käär;liis@example.com;\n"
    rita.set_input_files(
        "input[type=file]", files=[{"name": "kandidaadid.csv", "mimeType": "text/csv", "buffer": bad.encode()}]
    )
    rita.locator("form.form button[type=submit]").click()
    report = rita.locator("section.report")
    expect(report).to_be_visible()
    expect(report.locator("tbody tr")).to_have_count(1)
    expect(report.locator("tbody tr td").first).to_have_text("3")  # the header is row 1
    expect(report.locator("tbody tr td").nth(1)).to_have_text("e-post")  # the column as the file names it
    assert Candidate.objects.count() == 0
    assert_no_english(rita)
    shot(rita, f"hiring-csv-report-{lang}")
    good = bad.replace("jüri-at-example", "juri@example.com")
    rita.set_input_files(
        "input[type=file]", files=[{"name": "kandidaadid.csv", "mimeType": "text/csv", "buffer": good.encode()}]
    )
    rita.locator("form.form button[type=submit]").click()
    expect(rita.locator("section.report")).to_have_count(0)
    expect(rita.locator(".messages")).to_contain_text("3")
    assert Candidate.objects.count() == 3

    # An interview with two interviewers.
    mari = Candidate.objects.get(name="Mari Tamm")
    # "Edit · Schedule an interview" under each name flow as text, not one line each.
    links = rita.locator(".table.candidates a.meta")
    expect(links).not_to_have_count(0)
    assert {link.evaluate("a => getComputedStyle(a).display") for link in links.all()} == {"inline"}
    rita.goto(f"{live_server.url}/hiring/candidates/{mari.pk}/")
    assert_no_english(rita)
    rita.locator(f"a[href$='/candidates/{mari.pk}/interviews/new/']").first.click()
    assert_no_english(rita)
    rita.get_by_label("bob", exact=True).check()
    rita.get_by_label("ivan", exact=True).check()
    rita.locator("#schedule-submit").click()
    expect(rita.locator("#panel-list")).to_be_visible()
    interview = Interview.objects.get()
    assert sorted(u.username for u in interview.interviewers.all()) == ["bob", "ivan"]

    # Bob's scorecard: notes in the kit's language, the live analysis, submit.
    bob = log_in(browser, live_server, users["bob"])
    bob.goto(f"{live_server.url}/hiring/interviews/{interview.pk}/")
    switch_language(bob, lang)
    # The language menu stays at the right of the top bar when it wraps.
    menu = bob.locator("#language-select").bounding_box()
    assert menu["x"] + menu["width"] > 1200
    # The question pager shows only with one question at a time (its display:flex beat hidden).
    expect(bob.locator("#question-pager")).to_be_hidden()
    bob.locator("#show-one").click()
    expect(bob.locator("#question-pager")).to_be_visible()
    bob.locator("#show-all").click()
    expect(bob.locator("#question-pager")).to_be_hidden()
    expect(bob.locator("#submit-scorecard")).to_have_text(words["submit"])
    notes = bob.locator("textarea[name^=notes-]").first
    notes.fill(NOTES[lang][:-12])
    notes.press_sequentially(NOTES[lang][-12:], delay=20)
    panel = bob.locator(".live-analysis").first
    expect(panel.locator("mark.star-situation:not(.missing)").first).to_be_visible(timeout=90_000)
    expect(panel.locator(".notes-language")).to_have_count(0)  # read in the kit's language
    for group in bob.locator("fieldset.rating[id^=rating-]").all():
        group.locator('input[value="4"]').check()
    for row in bob.locator("#competency-ratings tr").all():
        row.locator('input[value="4"]').check()
    bob.locator('#recommendation input[value="yes"]').check()
    assert_no_english(bob)
    shot(bob, f"hiring-interviewer-{lang}")
    bob.locator("#submit-scorecard").click()
    expect(bob.locator("#recommendations")).to_be_visible()
    assert_no_english(bob)  # the candidate's scores as an interviewer sees them
    for path in ("/hiring/", "/hiring/interviews/", "/hiring/candidates/", f"/hiring/kits/{kit.pk}/print/"):
        assert bob.goto(f"{live_server.url}{path}").status == 200, path
        assert_no_english(bob)
    keys = [pc.key for pc in portrait.competencies.all()]
    orm_scorecard(
        interview,
        users["ivan"],
        questions=[3] * 20,
        competencies={key: 3 for key in keys},
        recommendation="no",
    )

    # Scores with the radar, the comparison, a decision.
    rita.goto(f"{live_server.url}/hiring/candidates/{mari.pk}/")
    expect(rita.locator("#radar")).to_be_visible()
    expect(rita.locator("#recommendations")).to_contain_text("bob")
    # Each radar label sits at its own axis, not in the top-left corner (a decimal comma in
    # x="123,4" once split every label over two positions).
    labels = rita.locator("#radar text")
    expect(labels).not_to_have_count(0)
    for label in labels.all():
        assert re.fullmatch(r"-?\d+(\.\d+)?", label.get_attribute("x") or ""), label.get_attribute("x")
    report_pdf = rita.request.get(f"{live_server.url}/hiring/candidates/{mari.pk}/report.pdf")
    assert report_pdf.status == 200 and "\ufffd" not in pdf_to_text(report_pdf.body())
    assert_no_english(rita)
    rita.goto(f"{live_server.url}/hiring/openings/{mari.opening_id}/compare/")
    expect(rita.locator("#comparison thead")).to_contain_text("Mari Tamm")
    assert_no_english(rita)
    rita.goto(f"{live_server.url}/hiring/candidates/{mari.pk}/")
    rita.locator('#decision input[value="hold"]').check()
    rita.fill("#decision-reason", {"et": "Teine vestlus.", "sk": "Druhý pohovor.", "ru": "Второе интервью."}[lang])
    rita.locator("#decision button[type=submit]").click()
    expect(rita.locator("#current-decision")).to_be_visible()
    assert Decision.objects.get().outcome == "hold"
    assert_no_english(rita)

    # The other pages of the journey, in passing.
    item_key = kit.items.order_by("position").first().key
    scorecard = interview.scorecards.get(interviewer=users["bob"])
    for path in (
        "/hiring/openings/",
        "/hiring/candidates/",
        "/hiring/interviews/",
        f"/hiring/interviews/{interview.pk}/overview/",
        f"/hiring/kits/{kit.pk}/swap/?question={item_key}",
        f"/hiring/portraits/{portrait.pk}/own-question/",
        f"/hiring/candidates/{mari.pk}/report/",
        f"/hiring/scorecards/{scorecard.pk}/",
        f"/hiring/openings/{mari.opening_id}/edit/",
        f"/hiring/candidates/{mari.pk}/edit/",
        "/accounts/tokens/",
    ):
        response = rita.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert_no_english(rita)

    # The members page with an invitation link (an owner's page).
    alice = log_in(browser, live_server, users["alice"])
    alice.goto(f"{live_server.url}/accounts/members/")
    switch_language(alice, lang)
    alice.fill("#id_email", "uus@example.test")
    alice.select_option("#id_role", "interviewer")
    alice.click("#invite-form button[type=submit]")
    expect(alice.locator("#secret-value")).to_be_visible()
    assert_no_english(alice)
    shot(alice, f"accounts-members-{lang}")

    rita.goto(f"{live_server.url}/hiring/")
    shot(rita, f"hiring-home-{lang}")
    assert not server_errors, server_errors


def blank_below_footer(page: Any) -> float:
    """Pixels of page below the footer (0 unless something positioned escapes the layout)."""
    return float(
        page.evaluate(
            "document.documentElement.scrollHeight"
            " - (document.querySelector('footer').getBoundingClientRect().bottom + window.scrollY)"
        )
    )


def pdf_to_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
