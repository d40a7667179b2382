"""The session summary as a PDF: same content as the printable page, in the session's
language, only for the session's owner (browser or API token)."""

from __future__ import annotations

import io
import re

import pytest
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from tactful.content import ContentLibrary
from tactful.practice.plan import fill_slots
from tests.practice.conftest import question_url, start_session

pytestmark = pytest.mark.django_db


def pdf_text(pdf: bytes) -> str:
    """The PDF's text with line breaks and hyphenation undone, to search for phrases."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def test_it_downloads_the_summary_as_a_pdf_in_the_session_language(client: Client, library: ContentLibrary) -> None:
    session = start_session(client, language="hr", length=3)
    question = library.questions[session.question_ids[0]]
    response = client.post(question_url(session, 1), {"answer": question.strong_answer.text.get("hr")})
    assert response.status_code == 302

    page = client.get(f"/practice/s/{session.public_id}/summary/").content.decode()
    assert (
        f'<a class="button secondary" id="summary-pdf" href="/practice/s/{session.public_id}/summary.pdf" download>'
        in page
    )
    assert "Download PDF" in page  # the page follows the interface language (English here)
    assert '<link rel="stylesheet" href="/static/tactful/print.css" media="print">' in page  # prints like the PDF

    response = client.get(f"/practice/s/{session.public_id}/summary.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    day = timezone.localdate(session.created).isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="tactful-practice-call-centre-{day}.pdf"; '
        f"filename*=UTF-8''tactful-practice-call-centre-{day}.pdf"
    )
    text = pdf_text(response.content)
    assert "Sažetak vaše vježbe" in text  # the document is in the session's language
    examples = {slot_id: slot.example.get("hr") for slot_id, slot in library.slots.items()}
    assert fill_slots(question.text.get("hr"), examples)[:40] in text
    assert re.search(r"1 [1-5]/5", text)  # first question: one attempt and its rating
    assert library.tracks["call-centre"].tips[0].get("hr")[:40] in text
    assert "Download PDF" not in text and "Preuzmi" not in text  # no buttons in the document
    assert "1 / " in text  # numbered pages (print.css)


def test_another_visitor_gets_a_404_for_the_pdf(client: Client, library: ContentLibrary) -> None:
    session = start_session(client)
    assert Client().get(f"/practice/s/{session.public_id}/summary.pdf").status_code == 404
    assert client.get(f"/practice/s/{session.public_id}/summary.pdf").status_code == 200


def test_the_api_sends_the_summary_pdf_for_the_token_session_only(client: Client, library: ContentLibrary) -> None:
    started = client.post(
        "/api/v1/practice/start", {"track": "retail", "language": "sk", "length": 2}, content_type="application/json"
    )
    token = started.json()["token"]
    response = client.get("/api/v1/practice/summary.pdf", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="tactful-practice-retail-')
    assert library.tracks["retail"].name.get("sk") in pdf_text(response.content)
    assert client.get("/api/v1/practice/summary.pdf").status_code == 401
    assert client.get("/api/v1/practice/summary.pdf", headers={"Authorization": "Bearer nope"}).status_code == 401
