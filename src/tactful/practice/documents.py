"""The session summary as a PDF document, in the session's language: the same content as the
printable summary page, for the download link on that page and for the API. Who may see a
session is decided by the caller (the visitor's or the token's session)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils import translation

from tactful.pdf import pdf_response
from tactful.practice import selectors
from tactful.practice.models import PracticeSession
from tactful.practice.preparation import PLAN


def summary_filename(session: PracticeSession) -> str:
    return f"tactful-practice-{session.track.slug}-{session.created:%Y-%m-%d}.pdf"


def summary_pdf_response(request: HttpRequest, session: PracticeSession) -> HttpResponse:
    result = selectors.session_summary(session=session)
    with translation.override(session.language):
        return pdf_response(
            request,
            "practice/summary_pdf.html",
            {"summary": result, "plan": PLAN},
            filename=summary_filename(session),
        )
