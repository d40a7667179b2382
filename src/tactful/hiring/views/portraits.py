"""Portrait builder pages: create, edit settings and terms, pick and weight competencies, add own
competencies and questions. Owners and recruiters only; other organisations' portraits are 404."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from tactful.accounts.permissions import HIRING_ROLES, member_required
from tactful.hiring.errors import HiringError
from tactful.hiring.forms import (
    CompetencyPickerForm,
    CustomCompetencyForm,
    CustomQuestionForm,
    PortraitCompetencyForm,
    PortraitCreateForm,
    PortraitForm,
    lines,
)
from tactful.hiring.models import Portrait
from tactful.hiring.selectors import portraits as selectors
from tactful.hiring.services import portraits as services
from tactful.library.models import Slot
from tactful.library.selectors import track_list


def _portrait(request: HttpRequest, pk: int) -> Portrait:
    portrait = selectors.portrait_get(actor=request.actor, pk=pk)  # type: ignore[attr-defined]
    if portrait is None:
        raise Http404
    return portrait


def _slots() -> list[Slot]:
    return list(Slot.objects.filter(retired=False))


@member_required(*HIRING_ROLES)
@require_http_methods(["GET", "POST"])
def portrait_create(request: HttpRequest) -> HttpResponse:
    form = PortraitCreateForm(request.POST or None, slots=_slots(), initial={"language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        portrait = services.portrait_create(
            actor=request.actor,  # type: ignore[attr-defined]
            track=form.cleaned_data["track"],
            **form.values(),
        )
        messages.success(request, _("Portrait created. Now weight its competencies."))
        return redirect("hiring:portrait_detail", portrait.pk)
    return render(request, "hiring/portrait_create.html", {"form": form, "tracks": track_list()})


@member_required(*HIRING_ROLES)
@require_http_methods(["GET", "POST"])
def portrait_detail(request: HttpRequest, pk: int) -> HttpResponse:
    portrait = _portrait(request, pk)
    form = PortraitForm(request.POST or None, slots=_slots(), initial=PortraitForm.initial_for(portrait))
    stale = None
    if request.method == "POST" and form.is_valid():
        try:
            services.portrait_update(
                actor=request.actor,  # type: ignore[attr-defined]
                portrait=portrait,
                version=form.cleaned_data["version"] or 0,
                **form.values(),
            )
        except HiringError as error:
            portrait.refresh_from_db()
            form.add_error(None, error.message)
            data = request.POST.copy()
            data["version"] = str(portrait.version)
            form.data = data  # saving again now overwrites, knowingly
            stale = portrait
        else:
            messages.success(request, _("Portrait saved."))
            return redirect("hiring:portrait_detail", portrait.pk)
    return render(request, "hiring/portrait_detail.html", _builder_context(request, portrait, form, stale))


def _builder_context(
    request: HttpRequest, portrait: Portrait, form: PortraitForm, stale: Portrait | None
) -> dict[str, Any]:
    actor = request.actor  # type: ignore[attr-defined]
    return {
        "portrait": portrait,
        "form": form,
        "stale": stale,
        "rows": selectors.portrait_competency_rows(portrait=portrait),
        "picker": CompetencyPickerForm(),
        "groups": _picker_groups(actor, portrait, "", ""),
        "own_form": CustomCompetencyForm(prefix="own"),
        "own_competencies": selectors.custom_competency_list(actor=actor),
        "tracks": track_list(),
        "kits": portrait.kits.all(),
        "own_questions": selectors.custom_question_list(actor=actor, include_retired=True).order_by("retired", "id"),
    }


def _picker_groups(actor: Any, portrait: Portrait, search: str, family: str) -> list[tuple[Any, list[Any]]]:
    found = selectors.competency_picker(actor=actor, portrait=portrait, search=search, family=family)
    return [(fam, list(items)) for fam, items in groupby(found, key=lambda c: c.family)]


@member_required(*HIRING_ROLES)
def competency_picker(request: HttpRequest, pk: int) -> HttpResponse:
    """The live-filtered list of library competencies to add (htmx swaps it in)."""
    portrait = _portrait(request, pk)
    picker = CompetencyPickerForm(request.GET or None)
    data = picker.cleaned_data if picker.is_valid() else {}
    groups = _picker_groups(request.actor, portrait, data.get("q") or "", data.get("family") or "")  # type: ignore[attr-defined]
    return render(request, "hiring/_competency_picker.html", {"portrait": portrait, "groups": groups})


@member_required(*HIRING_ROLES)
@require_POST
def competency_set(request: HttpRequest, pk: int) -> HttpResponse:
    portrait = _portrait(request, pk)
    form = PortraitCompetencyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a weight from 1 to 5."))
        return redirect("hiring:portrait_detail", portrait.pk)
    actor, key = request.actor, form.cleaned_data["key"]  # type: ignore[attr-defined]
    try:
        if request.POST.get("action") == "remove":
            services.portrait_competency_remove(actor=actor, portrait=portrait, key=key)
        else:
            services.portrait_competency_set(
                actor=actor,
                portrait=portrait,
                key=key,
                weight=form.cleaned_data["weight"],
                must_have=form.cleaned_data["must_have"],
            )
    except HiringError as error:
        messages.error(request, error.message)
    return redirect(f"{portrait_url(portrait)}#competencies")


def portrait_url(portrait: Portrait) -> str:
    from django.urls import reverse

    return reverse("hiring:portrait_detail", args=[portrait.pk])


@member_required(*HIRING_ROLES)
@require_POST
def track_apply(request: HttpRequest, pk: int) -> HttpResponse:
    portrait = _portrait(request, pk)
    track = next((t for t in track_list() if t.slug == request.POST.get("track")), None)
    if track is None:
        raise Http404
    services.portrait_competencies_from_track(actor=request.actor, portrait=portrait, track=track)  # type: ignore[attr-defined]
    messages.success(request, _("The track's competencies were added."))
    return redirect(f"{portrait_url(portrait)}#competencies")


@member_required(*HIRING_ROLES)
@require_POST
def own_competency_create(request: HttpRequest, pk: int) -> HttpResponse:
    portrait = _portrait(request, pk)
    form = CustomCompetencyForm(request.POST, prefix="own")
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.custom_competency_create(
                actor=request.actor,  # type: ignore[attr-defined]
                portrait=portrait,
                name=data["name"],
                definition=data["definition"],
                behaviours=lines(data["behaviours"]),
                weight=data["weight"],
                must_have=data["must_have"],
            )
        except HiringError as error:
            form.add_error("name", error.message)
        else:
            messages.success(request, _("Your competency was added."))
            return redirect(f"{portrait_url(portrait)}#competencies")
    context = _builder_context(
        request, portrait, PortraitForm(slots=_slots(), initial=PortraitForm.initial_for(portrait)), None
    )
    context["own_form"] = form
    return render(request, "hiring/portrait_detail.html", context, status=400)


@member_required(*HIRING_ROLES)
@require_http_methods(["GET", "POST"])
def own_question_create(request: HttpRequest, pk: int) -> HttpResponse:
    portrait = _portrait(request, pk)
    choices = [(row.key, row.name) for row in selectors.portrait_competency_rows(portrait=portrait)]
    form = CustomQuestionForm(request.POST or None, competency_choices=choices)
    if request.method == "POST" and form.is_valid():
        try:
            services.custom_question_create(
                actor=request.actor,  # type: ignore[attr-defined]
                language=portrait.language,
                **form.values(),
            )
        except HiringError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your question was added to the bank; re-optimise a kit to use it."))
            return redirect("hiring:portrait_detail", portrait.pk)
    return render(request, "hiring/own_question.html", {"portrait": portrait, "form": form})


@member_required(*HIRING_ROLES)
@require_http_methods(["GET", "POST"])
def portrait_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks for confirmation (works without JavaScript); POST with `confirm=yes` deletes."""
    portrait = _portrait(request, pk)
    refusal = ""
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        try:
            services.portrait_delete(actor=request.actor, portrait=portrait)  # type: ignore[attr-defined]
        except HiringError as error:
            refusal = error.message
        else:
            messages.success(request, _("The portrait “%(name)s” was deleted.") % {"name": portrait.name})
            return redirect("hiring:home")
    openings = list(portrait.openings.values_list("title", flat=True))
    if openings and not refusal:
        refusal = services.portrait_in_use(openings).message
    kits = [kit.name for kit in portrait.kits.all()]
    consequences = [_("Its competencies, weights and terms are deleted.")]
    if kits:
        consequences.append(_("Its kits stay, but can no longer be re-optimised: %(kits)s") % {"kits": ", ".join(kits)})
    consequences.append(_("Your own competencies and questions stay, for your other portraits."))
    context = {
        "heading": _("Delete the portrait “%(name)s”?") % {"name": portrait.name},
        "name": portrait.name,
        "back_url": portrait_url(portrait),
        "refusal": refusal,
        "consequences": consequences,
    }
    status = 409 if refusal and request.method == "POST" else 200
    return render(request, "hiring/confirm_delete.html", context, status=status)


@member_required(*HIRING_ROLES)
@require_POST
def own_question_retire(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    portrait = _portrait(request, pk)
    question = selectors.custom_question_get(actor=request.actor, pk=question_pk)  # type: ignore[attr-defined]
    if question is None:
        raise Http404
    services.custom_question_retire(actor=request.actor, question=question)  # type: ignore[attr-defined]
    messages.success(request, _("The question is retired: new kits no longer use it; existing kits keep it."))
    return redirect(f"{portrait_url(portrait)}#own-questions")
