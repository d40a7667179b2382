"""Evaluation pages: a candidate's scores (with the decision form), the PDF and printable
report, and the side-by-side comparison of an opening's candidates."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify

from tactful.accounts.permissions import member_required
from tactful.hiring.errors import HiringError
from tactful.hiring.models import Candidate, Decision
from tactful.hiring.selectors.candidate_summary import (
    candidate_for_evaluation,
    candidate_summary,
    opening_comparison,
    opening_for_comparison,
)
from tactful.hiring.selectors.interviews import interview_list


def candidate_scores_page(
    request: HttpRequest, candidate: Candidate, *, decision_error: HiringError | None = None, status: int = 200
) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    context: dict[str, Any] = {
        "summary": candidate_summary(actor=actor, candidate=candidate),
        "interviews": interview_list(actor=actor, candidate=candidate),
        "outcomes": Decision.Outcome.choices,
        "decision_error": decision_error,
        "posted": request.POST if decision_error else {},
    }
    return render(request, "hiring/scorecard_summary.html", context, status=status)


def _candidate(request: HttpRequest, pk: int) -> Candidate:
    candidate = candidate_for_evaluation(actor=request.actor, pk=pk)  # type: ignore[attr-defined]
    if candidate is None:
        raise Http404
    return candidate


@member_required()
def candidate_scores_view(request: HttpRequest, pk: int) -> HttpResponse:
    return candidate_scores_page(request, _candidate(request, pk))


def _report_context(request: HttpRequest, pk: int) -> dict[str, Any]:
    actor = request.actor  # type: ignore[attr-defined]
    candidate = _candidate(request, pk)
    if not actor.manages_hiring:
        raise PermissionDenied
    return {"summary": candidate_summary(actor=actor, candidate=candidate), "printed_at": timezone.now()}


@member_required()
def candidate_report_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The report as a printable page (the same content as the PDF)."""
    return render(request, "hiring/candidate_report_print.html", _report_context(request, pk))


@member_required()
def candidate_report_pdf_view(request: HttpRequest, pk: int) -> HttpResponse:
    from tactful.pdf import pdf_response  # WeasyPrint loads only when a PDF is asked for

    context = _report_context(request, pk)
    name = slugify(context["summary"].candidate.name) or "candidate"
    return pdf_response(request, "hiring/candidate_report_pdf.html", context, filename=f"{name}-report.pdf")


@member_required()
def opening_compare_view(request: HttpRequest, pk: int) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    opening = opening_for_comparison(actor=actor, pk=pk)
    if opening is None:
        raise Http404
    if not actor.manages_hiring:
        raise PermissionDenied
    return render(request, "hiring/comparison.html", {"comparison": opening_comparison(actor=actor, opening=opening)})
