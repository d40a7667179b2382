"""Scores page, decisions, the comparison of an opening's candidates and the PDF report."""

from __future__ import annotations

import re

import pytest

from tactful.hiring.errors import HiringError
from tactful.hiring.models import Decision
from tactful.hiring.services.decisions import decision_record
from tests.hiring.builders import actor, interview_world, orm_candidate, orm_interview, orm_scorecard


@pytest.fixture
def world(library, orgs, people):
    w = interview_world(orgs, people)
    orm_scorecard(
        w["interview"],
        people["bob"],
        questions=[4, 3],
        competencies={"empathy": 4, "de_escalation": 2, "communication": 3},
        recommendation="yes",
    )
    orm_scorecard(
        w["interview"],
        people["ivan"],
        questions=[2, 3],
        competencies={"empathy": 5, "de_escalation": 4, "communication": 2},
        recommendation="strong_yes",
    )
    jonas = orm_candidate(w["portrait"], w["kit"], name="Jonas Berg")
    orm_scorecard(
        orm_interview(jonas, [people["bob"]]),
        people["bob"],
        questions=[3, 3],
        competencies={"empathy": 3, "de_escalation": 3, "communication": 4},
        recommendation="no",
    )
    w["jonas"] = jonas
    return w


def cell(html: str, row_id: str) -> str:
    match = re.search(rf'<tr id="{row_id}"[^>]*>(.*?)</tr>', html, re.S)
    assert match, row_id
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))).strip()


def test_scores_page_shows_weighted_means_spread_and_must_have_gaps(world, client_for):
    html = client_for("rita").get(f"/hiring/candidates/{world['candidate'].pk}/scores/").content.decode()
    # (5 × 4.5 + 3 × 3.0 + 2 × 2.5) / 10
    assert '<p class="rating-value" id="overall-score">3.65 / 5</p>' in html
    assert "from 2 submitted scorecards; 100% of the portrait" in html
    assert cell(html, "competency-empathy").startswith("Empathy must-have 5 4.50 bob: 4 ; ivan: 5 1 0.50")
    assert cell(html, "competency-de_escalation").endswith("3.00 bob: 2 ; ivan: 4 2 interviewers disagree 1.00")
    assert "gap" in cell(html, "competency-communication")
    assert "Must-have gaps:</strong> Clear communication" in html
    assert "Yes: <strong>1</strong>" in html and "Strong yes: <strong>1</strong>" in html
    assert '<polygon class="candidate"' in html
    assert "asks you how VPN works" in html  # the portrait's term in the question


@pytest.mark.parametrize("lang", ["et", "ru", "hr", "sk"])
def test_the_radar_numbers_keep_a_decimal_point_in_every_language(world, client_for, lang):
    # With a decimal comma, x="123,4" on a <text> placed the label's second glyph at x=4: every
    # label but its first letter piled up in the corner.
    client = client_for("rita")
    client.cookies["django_language"] = lang
    html = client.get(f"/hiring/candidates/{world['candidate'].pk}/scores/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    numbers = re.findall(r'\b(?:x|y|x1|y1|x2|y2)="([^"]*)"', svg)
    assert numbers and all(re.fullmatch(r"-?\d+(\.\d+)?", n) for n in numbers), numbers


def test_it_records_a_decision_with_its_reason_and_moves_the_stage(world, people, client_for):
    client = client_for("rita")
    url = f"/hiring/candidates/{world['candidate'].pk}/decision/"
    response = client.post(url, {"outcome": "hire", "reason": "Strong empathy; communication coaching in onboarding."})
    assert response.status_code == 302
    world["candidate"].refresh_from_db()
    assert world["candidate"].stage == "hired"
    html = client.get(f"/hiring/candidates/{world['candidate'].pk}/scores/").content.decode()
    assert "Decision: Hire" in html and "communication coaching in onboarding" in html


def test_a_decision_needs_a_reason(world, people, client_for):
    response = client_for("alice").post(
        f"/hiring/candidates/{world['candidate'].pk}/decision/", {"outcome": "reject", "reason": "  "}
    )
    assert response.status_code == 400
    assert "Write the reason for the decision" in response.content.decode()
    assert not Decision.objects.exists()
    with pytest.raises(HiringError) as refused:
        decision_record(actor=actor(people, "alice"), candidate=world["candidate"], outcome="maybe", reason="x")
    assert refused.value.code == "bad_outcome"


def test_interviewers_cannot_decide_and_other_organisations_cannot_see(world, people, client_for):
    url = f"/hiring/candidates/{world['candidate'].pk}/decision/"
    assert client_for("bob").post(url, {"outcome": "hire", "reason": "I liked her"}).status_code == 403
    assert client_for("charlie").post(url, {"outcome": "hire", "reason": "x"}).status_code == 404
    with pytest.raises(HiringError) as refused:
        decision_record(actor=actor(people, "bob"), candidate=world["candidate"], outcome="hire", reason="x")
    assert refused.value.code == "forbidden"
    assert (
        "Record a decision"
        not in client_for("bob").get(f"/hiring/candidates/{world['candidate'].pk}/scores/").content.decode()
    )


def test_comparison_puts_candidates_side_by_side_best_first(world, client_for):
    html = client_for("rita").get(f"/hiring/openings/{world['opening'].pk}/compare/").content.decode()
    assert html.index("Maria Tamm") < html.index("Jonas Berg")
    assert cell(html, "compare-empathy") == "Empathy ×5 must-have 4.50 3.00"
    assert "<strong>3.65</strong>" in html and "<strong>3.20</strong>" in html  # (15 + 9 + 8) / 10
    assert '<span class="tag warn">Clear communication</span>' in html


def test_comparison_is_for_owners_and_recruiters_of_the_organisation(world, client_for):
    url = f"/hiring/openings/{world['opening'].pk}/compare/"
    assert client_for("alice").get(url).status_code == 200
    assert client_for("bob").get(url).status_code == 403
    assert client_for("charlie").get(url).status_code == 404


def test_the_pdf_report_is_a_pdf_for_recruiters_only(world, client_for):
    response = client_for("rita").get(f"/hiring/candidates/{world['candidate'].pk}/report.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert "maria-tamm-report.pdf" in response["Content-Disposition"]
    printable = client_for("rita").get(f"/hiring/candidates/{world['candidate'].pk}/report/").content.decode()
    assert "Report on Maria Tamm" in printable and "3.65 / 5" in printable
    assert client_for("bob").get(f"/hiring/candidates/{world['candidate'].pk}/report.pdf").status_code == 403
