"""Candidate pages: add by form, edit, move through the pipeline, import from CSV, and the list
of candidates the user may see (an interviewer: only those they interview)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from tactful.accounts.permissions import HIRING_ROLES, member_required
from tactful.hiring.errors import HiringError
from tactful.hiring.forms import CandidateForm, CsvImportForm, StageFilterForm, StageForm
from tactful.hiring.models import Candidate
from tactful.hiring.selectors.candidate_summary import CandidateOutcome, candidate_outcomes
from tactful.hiring.selectors.candidates import candidate_get, candidate_list
from tactful.hiring.selectors.openings import opening_get
from tactful.hiring.services import candidates as services


def _candidate(request: HttpRequest, pk: int) -> Candidate:
    candidate = candidate_get(actor=request.actor, pk=pk)  # type: ignore[attr-defined]
    if candidate is None:
        raise Http404
    return candidate


def candidate_rows(*, actor: Any, candidates: list[Candidate]) -> list[tuple[Candidate, CandidateOutcome]]:
    """Each candidate with its decision in force and weighted score, for `_candidate_table.html`."""
    outcomes = candidate_outcomes(actor=actor, candidates=candidates)
    return [(candidate, outcomes[candidate.pk]) for candidate in candidates]


@member_required()
def candidate_index(request: HttpRequest) -> HttpResponse:
    filters = StageFilterForm(request.GET or None)
    data = filters.cleaned_data if filters.is_valid() else {}
    actor = request.actor  # type: ignore[attr-defined]
    candidates = list(candidate_list(actor=actor, stage=data.get("stage") or "", search=data.get("q") or ""))
    context = {
        "rows": candidate_rows(actor=actor, candidates=candidates),
        "filters": filters,
        "stage_form": StageForm(),
    }
    return render(request, "hiring/candidate_list.html", context)


@member_required(*HIRING_ROLES)
@require_http_methods(["GET", "POST"])
def candidate_edit(request: HttpRequest, pk: int | None = None, opening_pk: int | None = None) -> HttpResponse:
    candidate = _candidate(request, pk) if pk is not None else None
    opening = candidate.opening if candidate else opening_get(actor=request.actor, pk=opening_pk or 0)  # type: ignore[attr-defined]
    if opening is None:
        raise Http404
    initial = {f: getattr(candidate, f) for f in ("name", "email", "phone", "source", "notes")} if candidate else None
    form = CandidateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if candidate is None:
                services.candidate_create(actor=request.actor, opening=opening, **form.cleaned_data)  # type: ignore[attr-defined]
            else:
                services.candidate_update(actor=request.actor, candidate=candidate, **form.cleaned_data)  # type: ignore[attr-defined]
        except HiringError as error:
            form.add_error("email" if error.code == "duplicate_email" else None, error.message)
        else:
            messages.success(request, _("Candidate saved."))
            return redirect("hiring:opening_detail", opening.pk)
    status = 400 if form.errors else 200
    context = {"form": form, "opening": opening, "candidate": candidate}
    return render(request, "hiring/candidate_form.html", context, status=status)


@member_required(*HIRING_ROLES)
@require_POST
def candidate_stage(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(request, pk)
    form = StageForm(request.POST)
    if form.is_valid():
        services.candidate_stage_set(actor=request.actor, candidate=candidate, stage=form.cleaned_data["stage"])  # type: ignore[attr-defined]
        messages.success(
            request,
            _("%(name)s moved to “%(stage)s”.") % {"name": candidate.name, "stage": candidate.get_stage_display()},
        )
    if request.POST.get("back") == "candidates":
        return redirect("hiring:candidate_list")
    return redirect("hiring:opening_detail", candidate.opening_id)


@member_required(*HIRING_ROLES)
@require_http_methods(["GET", "POST"])
def candidate_import(request: HttpRequest, opening_pk: int) -> HttpResponse:
    opening = opening_get(actor=request.actor, pk=opening_pk)  # type: ignore[attr-defined]
    if opening is None:
        raise Http404
    form = CsvImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        try:
            report = services.candidates_import_csv(
                actor=request.actor,  # type: ignore[attr-defined]
                opening=opening,
                file=form.cleaned_data["file"],
            )
        except HiringError as error:
            form.add_error("file", error.message)
        else:
            if report.ok:
                count = len(report.created)
                text = ngettext("%(count)d candidate imported.", "%(count)d candidates imported.", count)
                messages.success(request, text % {"count": count})
                return redirect("hiring:opening_detail", opening.pk)
    status = 400 if form.errors or (report and not report.ok) else 200
    return render(
        request, "hiring/candidate_import.html", {"form": form, "opening": opening, "report": report}, status=status
    )
