"""/api/v1/portraits/ and /api/v1/kits/: role portraits and the interview kits planned from them.

Portraits are for owners and recruiters (interviewers get 403); kits are readable by
interviewers of an interview that uses them. Every endpoint calls the hiring services and
selectors; their errors become `{"error": {...}}` with a 4xx (see `tactful.api.errors`).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from tactful.accounts.permissions import HIRING_ROLES, Actor
from tactful.api.auth import MEMBER_AUTH, actor_of, actor_with_role
from tactful.api.errors import Problem, not_found
from tactful.hiring.models import Kit, Portrait
from tactful.hiring.selectors import kits as kit_selectors
from tactful.hiring.selectors import portraits as portrait_selectors
from tactful.hiring.services import kits as kit_services
from tactful.hiring.services import portraits as portrait_services
from tactful.library.selectors import track_get

router = Router(tags=["portraits and kits"], auth=MEMBER_AUTH)
ERRORS: dict[int, Any] = {400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem}


class WeightIn(Schema):
    weight: int = Field(3, ge=1, le=5)
    must_have: bool = False


class CompetencyIn(WeightIn):
    key: str = Field(description="Library competency slug, or `custom-<id>` for an own one", examples=["empathy"])


class CompetencyOut(CompetencyIn):
    name: str


class PortraitIn(Schema):
    name: str = Field(examples=["Tier-1 chat agent"])
    description: str = ""
    language: str = Field("en", examples=["hr"])
    tier: int | None = Field(None, ge=1, le=3)
    minutes: int = Field(45, ge=10, le=240)
    slot_values: dict[str, str] = Field(default_factory=dict, description="Terms filling the questions' blanks")
    track: str | None = Field(None, description="Pre-fill competencies from a practice track", examples=["chat"])
    competencies: list[CompetencyIn] = Field(default_factory=list)


class PortraitPatch(Schema):
    version: int = Field(description="The version you read; a stale one is refused with 409 `stale`")
    name: str | None = None
    description: str | None = None
    language: str | None = None
    tier: int | None = Field(None, ge=1, le=3)
    minutes: int | None = Field(None, ge=10, le=240)
    slot_values: dict[str, str] | None = None


class PortraitOut(Schema):
    id: int
    name: str
    description: str
    language: str
    tier: int | None
    minutes: int
    slot_values: dict[str, str]
    version: int
    competencies: list[CompetencyOut]


class KitCreateIn(Schema):
    name: str | None = None


class QuestionKeyIn(Schema):
    question: str = Field(description="Question key: library slug or `custom-<id>`")


class SwapIn(QuestionKeyIn):
    replacement: str = Field(description="Key of the question to use instead (it is pinned)")


class KitItemOut(Schema):
    key: str
    position: int
    stage: str
    minutes: int
    pinned: bool
    text: str
    covers: list[str]


class CoverageOut(Schema):
    key: str
    name: str
    weight: int
    must_have: bool
    questions: list[int]
    reason: str


class KitOut(Schema):
    id: int
    name: str
    portrait_id: int | None
    language: str
    minutes: int
    minutes_used: int
    method: str
    proven_optimal: bool
    version: int
    pinned: list[str]
    excluded: list[str]
    items: list[KitItemOut]
    coverage: list[CoverageOut]
    uncovered: list[CoverageOut]
    problems: list[str]


def _portrait(actor: Actor, portrait_id: int) -> Portrait:
    portrait = portrait_selectors.portrait_get(actor=actor, pk=portrait_id)
    if portrait is None:
        raise not_found(_("This portrait does not exist."))
    return portrait


def _portrait_out(actor: Actor, portrait: Portrait) -> dict[str, Any]:
    rows = portrait_selectors.portrait_competency_rows(portrait=portrait)
    return {
        **{f: getattr(portrait, f) for f in ("id", "name", "description", "language", "tier", "minutes", "version")},
        "slot_values": portrait.slot_values or {},
        "competencies": [{"key": r.key, "name": r.name, "weight": r.weight, "must_have": r.must_have} for r in rows],
    }


def _kit(actor: Actor, kit_id: int) -> Kit:
    kit = kit_selectors.kit_get(actor=actor, pk=kit_id)
    if kit is None:
        raise not_found(_("This kit does not exist."))
    return kit


def _kit_out(actor: Actor, kit: Kit) -> dict[str, Any]:
    view = kit_selectors.kit_view(actor=actor, kit=kit)

    def coverage(row: kit_selectors.CoverageRow) -> dict[str, Any]:
        return {f: getattr(row, f) for f in ("key", "name", "weight", "must_have", "questions", "reason")}

    return {
        "id": kit.pk,
        "name": kit.name,
        "portrait_id": kit.portrait_id,
        "language": kit.language,
        "minutes": kit.minutes,
        "minutes_used": view.minutes_used,
        "method": kit.method,
        "proven_optimal": kit.proven_optimal,
        "version": kit.version,
        "pinned": list(kit.pinned),
        "excluded": list(kit.excluded),
        "items": [
            {f: getattr(item, f) for f in ("key", "position", "stage", "minutes", "pinned", "text", "covers")}
            for item in view.items
        ],
        "coverage": [coverage(row) for row in view.coverage],
        "uncovered": [coverage(row) for row in view.uncovered],
        "problems": view.problems,
    }


@router.get("/portraits", response={200: list[PortraitOut], **ERRORS}, summary="Portraits (owners, recruiters)")
def portrait_list(request: HttpRequest) -> list[dict[str, Any]]:
    actor = actor_with_role(request, *HIRING_ROLES)
    return [_portrait_out(actor, p) for p in portrait_selectors.portrait_list(actor=actor)]


@router.post("/portraits", response={201: PortraitOut, **ERRORS}, summary="Create a portrait")
def portrait_create(request: HttpRequest, body: PortraitIn) -> Status[dict[str, Any]]:
    actor = actor_with_role(request, *HIRING_ROLES)
    track = track_get(slug=body.track) if body.track else None
    if body.track and track is None:
        raise not_found(_("This practice track does not exist."))
    with transaction.atomic():  # the portrait and its competencies, or nothing
        portrait = portrait_services.portrait_create(
            actor=actor,
            **body.dict(include={"name", "description", "language", "tier", "minutes", "slot_values"}),
            track=track,
        )
        for c in body.competencies:
            portrait_services.portrait_competency_set(
                actor=actor, portrait=portrait, key=c.key, weight=c.weight, must_have=c.must_have
            )
    return Status(201, _portrait_out(actor, portrait))


@router.get("/portraits/{portrait_id}", response={200: PortraitOut, **ERRORS}, summary="One portrait")
def portrait_get(request: HttpRequest, portrait_id: int) -> dict[str, Any]:
    actor = actor_with_role(request, *HIRING_ROLES)
    return _portrait_out(actor, _portrait(actor, portrait_id))


@router.patch(
    "/portraits/{portrait_id}",
    response={200: PortraitOut, **ERRORS},
    summary="Change a portrait's settings (optimistic: send the version you read)",
)
def portrait_update(request: HttpRequest, portrait_id: int, body: PortraitPatch) -> dict[str, Any]:
    actor = actor_with_role(request, *HIRING_ROLES)
    portrait = _portrait(actor, portrait_id)
    fields = body.dict(exclude={"version"}, exclude_unset=True)
    portrait = portrait_services.portrait_update(actor=actor, portrait=portrait, version=body.version, **fields)
    return _portrait_out(actor, portrait)


@router.delete(
    "/portraits/{portrait_id}",
    response={204: None, **ERRORS},
    summary="Delete a portrait (409 `in_use`, naming them, while openings hire for it)",
)
def portrait_delete(request: HttpRequest, portrait_id: int) -> Status[None]:
    actor = actor_with_role(request, *HIRING_ROLES)
    portrait_services.portrait_delete(actor=actor, portrait=_portrait(actor, portrait_id))
    return Status(204, None)


@router.put(
    "/portraits/{portrait_id}/competencies/{key}",
    response={200: PortraitOut, **ERRORS},
    summary="Add a competency to a portrait or change its weight",
)
def portrait_competency_set(request: HttpRequest, portrait_id: int, key: str, body: WeightIn) -> dict[str, Any]:
    actor = actor_with_role(request, *HIRING_ROLES)
    portrait = _portrait(actor, portrait_id)
    portrait_services.portrait_competency_set(
        actor=actor, portrait=portrait, key=key, weight=body.weight, must_have=body.must_have
    )
    return _portrait_out(actor, portrait)


@router.delete(
    "/portraits/{portrait_id}/competencies/{key}",
    response={200: PortraitOut, **ERRORS},
    summary="Remove a competency from a portrait",
)
def portrait_competency_remove(request: HttpRequest, portrait_id: int, key: str) -> dict[str, Any]:
    actor = actor_with_role(request, *HIRING_ROLES)
    portrait = _portrait(actor, portrait_id)
    portrait_services.portrait_competency_remove(actor=actor, portrait=portrait, key=key)
    return _portrait_out(actor, portrait)


@router.post(
    "/portraits/{portrait_id}/kits",
    response={201: KitOut, **ERRORS},
    summary="Plan a kit for the portrait (its language and time budget)",
)
def kit_create(request: HttpRequest, portrait_id: int, body: KitCreateIn) -> Status[dict[str, Any]]:
    actor = actor_with_role(request, *HIRING_ROLES)
    kit = kit_services.kit_create(actor=actor, portrait=_portrait(actor, portrait_id), name=body.name)
    return Status(201, _kit_out(actor, kit))


@router.get(
    "/kits",
    response={200: list[KitOut], **ERRORS},
    summary="Kits (interviewers: those of their interviews)",
)
def kit_list(request: HttpRequest) -> list[dict[str, Any]]:
    actor = actor_of(request)
    return [_kit_out(actor, kit) for kit in kit_selectors.kit_list(actor=actor)]


@router.get("/kits/{kit_id}", response={200: KitOut, **ERRORS}, summary="One kit with coverage and explanation")
def kit_get(request: HttpRequest, kit_id: int) -> dict[str, Any]:
    actor = actor_of(request)
    return _kit_out(actor, _kit(actor, kit_id))


class KitPatch(Schema):
    name: str = Field(examples=["Chat agent, first round"])


@router.patch("/kits/{kit_id}", response={200: KitOut, **ERRORS}, summary="Rename a kit")
def kit_rename(request: HttpRequest, kit_id: int, body: KitPatch) -> dict[str, Any]:
    return _kit_action(
        request, kit_id, lambda actor, kit: kit_services.kit_rename(actor=actor, kit=kit, name=body.name)
    )


@router.delete(
    "/kits/{kit_id}",
    response={204: None, **ERRORS},
    summary="Delete a kit (409 `in_use` while interviews use it; openings that chose it are left without a kit)",
)
def kit_delete(request: HttpRequest, kit_id: int) -> Status[None]:
    actor = actor_with_role(request, *HIRING_ROLES)
    kit_services.kit_delete(actor=actor, kit=_kit(actor, kit_id))
    return Status(204, None)


def _kit_action(request: HttpRequest, kit_id: int, action: Any) -> dict[str, Any]:
    actor = actor_with_role(request, *HIRING_ROLES)
    kit = action(actor, _kit(actor, kit_id))
    return _kit_out(actor, kit)


@router.post("/kits/{kit_id}/optimise", response={200: KitOut, **ERRORS}, summary="Plan the kit again")
def kit_optimise(request: HttpRequest, kit_id: int) -> dict[str, Any]:
    return _kit_action(request, kit_id, lambda actor, kit: kit_services.kit_optimise(actor=actor, kit=kit))


@router.post("/kits/{kit_id}/pin", response={200: KitOut, **ERRORS}, summary="Keep a question through re-planning")
def kit_pin(request: HttpRequest, kit_id: int, body: QuestionKeyIn) -> dict[str, Any]:
    return _kit_action(
        request, kit_id, lambda actor, kit: kit_services.kit_pin(actor=actor, kit=kit, question_key=body.question)
    )


@router.post("/kits/{kit_id}/unpin", response={200: KitOut, **ERRORS}, summary="Let re-planning drop a question")
def kit_unpin(request: HttpRequest, kit_id: int, body: QuestionKeyIn) -> dict[str, Any]:
    return _kit_action(
        request, kit_id, lambda actor, kit: kit_services.kit_unpin(actor=actor, kit=kit, question_key=body.question)
    )


@router.post(
    "/kits/{kit_id}/remove", response={200: KitOut, **ERRORS}, summary="Remove a question and re-plan around it"
)
def kit_remove(request: HttpRequest, kit_id: int, body: QuestionKeyIn) -> dict[str, Any]:
    return _kit_action(
        request,
        kit_id,
        lambda actor, kit: kit_services.kit_remove_question(actor=actor, kit=kit, question_key=body.question),
    )


@router.post("/kits/{kit_id}/swap", response={200: KitOut, **ERRORS}, summary="Replace a question by a chosen one")
def kit_swap(request: HttpRequest, kit_id: int, body: SwapIn) -> dict[str, Any]:
    return _kit_action(
        request,
        kit_id,
        lambda actor, kit: kit_services.kit_swap_question(
            actor=actor, kit=kit, question_key=body.question, replacement_key=body.replacement
        ),
    )
