"""Opening pages: list, create, edit (status open/closed), and one opening with its candidates."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tactful.accounts.permissions import HIRING_ROLES, member_required
from tactful.hiring.errors import HiringError
from tactful.hiring.forms import CandidateForm, OpeningForm, StageFilterForm, StageForm
from tactful.hiring.models import Opening
from tactful.hiring.selectors.candidates import candidate_list
from tactful.hiring.selectors.kits import kit_list
from tactful.hiring.selectors.openings import opening_get, opening_list, opening_stage_counts
from tactful.hiring.selectors.portraits import portrait_list
from tactful.hiring.services import openings as services
from tactful.hiring.views.candidates import candidate_rows


def _opening(request: HttpRequest, pk: int) -> Opening:
    opening = opening_get(actor=request.actor, pk=pk)  # type: ignore[attr-defined]
    if opening is None:
        raise Http404
    return opening


@member_required(*HIRING_ROLES)
def opening_index(request: HttpRequest) -> HttpResponse:
    openings = list(opening_list(actor=request.actor))  # type: ignore[attr-defined]
    counts = opening_stage_counts(actor=request.actor, openings=openings)  # type: ignore[attr-defined]
    return render(request, "hiring/opening_list.html", {"openings": [(o, counts[o.pk]) for o in openings]})


@member_required(*HIRING_ROLES)
@require_http_methods(["GET", "POST"])
def opening_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    opening = _opening(request, pk) if pk is not None else None
    initial: dict[str, Any] = {"portrait": request.GET.get("portrait"), "kit": request.GET.get("kit")}
    if opening is not None:
        initial = {
            "title": opening.title,
            "portrait": opening.portrait_id,
            "kit": opening.kit_id,
            "status": opening.status,
        }
    form = OpeningForm(
        request.POST or None, portraits=portrait_list(actor=actor), kits=kit_list(actor=actor), initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if opening is None:
                opening = services.opening_create(
                    actor=actor, title=data["title"], portrait=data["portrait"], kit=data["kit"]
                )
            else:
                services.opening_update(actor=actor, opening=opening, **data)
        except HiringError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Opening saved."))
            return redirect("hiring:opening_detail", opening.pk)
    return render(request, "hiring/opening_form.html", {"form": form, "opening": opening})


@member_required(*HIRING_ROLES)
def opening_detail(request: HttpRequest, pk: int) -> HttpResponse:
    opening = _opening(request, pk)
    filters = StageFilterForm(request.GET or None)
    data = filters.cleaned_data if filters.is_valid() else {}
    actor = request.actor  # type: ignore[attr-defined]
    candidates = list(
        candidate_list(actor=actor, opening=opening, stage=data.get("stage") or "", search=data.get("q") or "")
    )
    context = {
        "opening": opening,
        "filters": filters,
        "rows": candidate_rows(actor=actor, candidates=candidates),
        "stage_counts": opening_stage_counts(actor=request.actor, openings=[opening])[opening.pk],  # type: ignore[attr-defined]
        "candidate_form": CandidateForm(),
        "stage_form": StageForm(),
    }
    return render(request, "hiring/opening_detail.html", context)
