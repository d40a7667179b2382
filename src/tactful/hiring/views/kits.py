"""Kit pages: plan a kit from a portrait, view it (coverage, what is not covered and why), pin,
remove and swap questions, re-optimise, print and download as PDF. Owners and recruiters
change kits; an interviewer may view and print the kits of interviews they are assigned to."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from tactful.accounts.permissions import HIRING_ROLES, member_required
from tactful.hiring.errors import HiringError
from tactful.hiring.forms import KitCreateForm, KitQuestionForm, KitSwapForm
from tactful.hiring.models import Kit
from tactful.hiring.selectors import kits as selectors
from tactful.hiring.selectors.portraits import portrait_get
from tactful.hiring.services import kits as services
from tactful.library.models import localise
from tactful.library.selectors import candidate_question_list


def _kit(request: HttpRequest, pk: int) -> Kit:
    kit = selectors.kit_get(actor=request.actor, pk=pk)  # type: ignore[attr-defined]
    if kit is None:
        raise Http404
    return kit


@member_required(*HIRING_ROLES)
@require_POST
def kit_create(request: HttpRequest, pk: int) -> HttpResponse:
    portrait = portrait_get(actor=request.actor, pk=pk)  # type: ignore[attr-defined]
    if portrait is None:
        raise Http404
    form = KitCreateForm(request.POST)
    name = form.cleaned_data["name"] if form.is_valid() else ""
    try:
        kit = services.kit_create(actor=request.actor, portrait=portrait, name=name)  # type: ignore[attr-defined]
    except HiringError as error:
        messages.error(request, error.message)
        return redirect("hiring:portrait_detail", portrait.pk)
    return redirect("hiring:kit_detail", kit.pk)


@member_required()
def kit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    kit = _kit(request, pk)
    view = selectors.kit_view(actor=request.actor, kit=kit)  # type: ignore[attr-defined]
    return render(request, "hiring/kit_detail.html", {"kit": kit, "view": view})


# One POST endpoint per user choice; each calls one service and comes back to the kit.
ACTIONS = {
    "pin": services.kit_pin,
    "unpin": services.kit_unpin,
    "remove": services.kit_remove_question,
}


@member_required(*HIRING_ROLES)
@require_POST
def kit_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    kit = _kit(request, pk)
    try:
        if action == "optimise":
            services.kit_optimise(actor=request.actor, kit=kit)  # type: ignore[attr-defined]
        elif action in ACTIONS:
            form = KitQuestionForm(request.POST)
            if not form.is_valid():
                raise Http404
            ACTIONS[action](actor=request.actor, kit=kit, question_key=form.cleaned_data["question"])  # type: ignore[attr-defined]
        else:
            raise Http404
    except HiringError as error:
        messages.error(request, error.message)
    return redirect("hiring:kit_detail", kit.pk)


@member_required(*HIRING_ROLES)
@require_http_methods(["GET", "POST"])
def kit_swap(request: HttpRequest, pk: int) -> HttpResponse:
    kit = _kit(request, pk)
    if request.method == "POST":
        form = KitSwapForm(request.POST)
        if form.is_valid():
            try:
                services.kit_swap_question(
                    actor=request.actor,  # type: ignore[attr-defined]
                    kit=kit,
                    question_key=form.cleaned_data["question"],
                    replacement_key=form.cleaned_data["replacement"],
                )
            except HiringError as error:
                messages.error(request, error.message)
            return redirect("hiring:kit_detail", kit.pk)
    key = request.GET.get("question", "") or request.POST.get("question", "")
    view = selectors.kit_view(actor=request.actor, kit=kit)  # type: ignore[attr-defined]
    current = next((item for item in view.items if item.key == key), None)
    if current is None:
        raise Http404
    alternatives = selectors.kit_swap_alternatives(actor=request.actor, kit=kit, question_key=key)  # type: ignore[attr-defined]
    return render(request, "hiring/kit_swap.html", {"kit": kit, "current": current, "alternatives": alternatives})


@member_required(*HIRING_ROLES)
@require_POST
def kit_rename(request: HttpRequest, pk: int) -> HttpResponse:
    kit = _kit(request, pk)
    form = KitCreateForm(request.POST)
    try:
        name = form.cleaned_data["name"] if form.is_valid() else ""
        services.kit_rename(actor=request.actor, kit=kit, name=name)  # type: ignore[attr-defined]
    except HiringError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Kit renamed."))
    return redirect("hiring:kit_detail", kit.pk)


@member_required(*HIRING_ROLES)
@require_http_methods(["GET", "POST"])
def kit_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks for confirmation (works without JavaScript); POST with `confirm=yes` deletes."""
    kit = _kit(request, pk)
    refusal = ""
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        try:
            services.kit_delete(actor=request.actor, kit=kit)  # type: ignore[attr-defined]
        except HiringError as error:
            refusal = error.message
        else:
            messages.success(request, _("The kit “%(name)s” was deleted.") % {"name": kit.name})
            return redirect("hiring:portrait_detail", kit.portrait_id) if kit.portrait_id else redirect("hiring:home")
    used = kit.interviews.count()
    if used and not refusal:
        refusal = services.kit_in_use(used).message
    openings = [o.title for o in kit.openings.all()]
    consequences = [_("Its questions and coverage are deleted; the portrait and its questions stay.")]
    if openings:
        consequences.append(
            _("These openings will have no kit until you choose another: %(openings)s")
            % {"openings": ", ".join(openings)}
        )
    context = {
        "heading": _("Delete the kit “%(name)s”?") % {"name": kit.name},
        "name": kit.name,
        "back_url": reverse("hiring:kit_detail", args=[kit.pk]),
        "refusal": refusal,
        "consequences": consequences,
    }
    status = 409 if refusal and request.method == "POST" else 200
    return render(request, "hiring/confirm_delete.html", context, status=status)


def _print_context(request: HttpRequest, kit: Kit) -> dict[str, Any]:
    view = selectors.kit_view(actor=request.actor, kit=kit)  # type: ignore[attr-defined]
    asks = [localise(q.text, kit.language) for q in candidate_question_list()[:3]]
    return {"kit": kit, "view": view, "candidate_questions": asks, "lines": range(6)}


@member_required()
def kit_print(request: HttpRequest, pk: int) -> HttpResponse:
    return render(request, "hiring/kit_print.html", _print_context(request, _kit(request, pk)))


@member_required()
def kit_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    from tactful.pdf import pdf_response  # WeasyPrint loads only when a PDF is asked for

    kit = _kit(request, pk)
    filename = f"{slugify(kit.name) or 'kit'}.pdf"
    return pdf_response(request, "hiring/kit_pdf.html", _print_context(request, kit), filename=filename)
