"""/api/v1/openings/, /api/v1/candidates/ and their decisions.

Owners and recruiters see and change everything of their organisation; an interviewer sees
only the openings and candidates of interviews they are assigned to (others are 404), and
changes nothing (403). Every endpoint calls the hiring services and selectors.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, File, Router, Schema, Status
from ninja.files import UploadedFile

from tactful.accounts.permissions import HIRING_ROLES, Actor
from tactful.api.auth import MEMBER_AUTH, actor_of, actor_with_role
from tactful.api.errors import ApiError, Problem, not_found
from tactful.hiring.models import Candidate, Decision, Opening, Stage
from tactful.hiring.selectors import candidates as candidate_selectors
from tactful.hiring.selectors import decisions as decision_selectors
from tactful.hiring.selectors import kits as kit_selectors
from tactful.hiring.selectors import openings as opening_selectors
from tactful.hiring.selectors import portraits as portrait_selectors
from tactful.hiring.services import candidates as candidate_services
from tactful.hiring.services import decisions as decision_services
from tactful.hiring.services import openings as opening_services

router = Router(tags=["openings and candidates"], auth=MEMBER_AUTH)
ERRORS: dict[int, Any] = {400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem}


class OpeningIn(Schema):
    title: str = Field(examples=["Chat agent, Croatian market"])
    portrait_id: int
    kit_id: int | None = None


class OpeningPatch(Schema):
    title: str | None = None
    portrait_id: int | None = None
    kit_id: int | None = None
    status: Opening.Status | None = None


class OpeningOut(Schema):
    id: int
    title: str
    portrait_id: int
    kit_id: int | None
    status: str


class CandidateIn(Schema):
    opening_id: int
    name: str
    email: str = ""
    phone: str = ""
    source: str = ""
    notes: str = ""
    stage: Stage = Stage.APPLIED


class CandidateOut(Schema):
    id: int
    opening_id: int
    name: str
    email: str
    phone: str
    source: str
    stage: str
    notes: str


class ImportOut(Schema):
    rows: int
    created: list[CandidateOut]


class DecisionIn(Schema):
    outcome: Decision.Outcome
    reason: str = Field(examples=["Strong de-escalation story, both interviewers said yes."])


class DecisionOut(Schema):
    id: int
    outcome: str
    reason: str
    decided_by: str | None
    decided_at: datetime


def _opening(actor: Actor, opening_id: int) -> Opening:
    opening = opening_selectors.opening_get(actor=actor, pk=opening_id)
    if opening is None:
        raise not_found(_("This opening does not exist."))
    return opening


def _candidate(actor: Actor, candidate_id: int) -> Candidate:
    candidate = candidate_selectors.candidate_get(actor=actor, pk=candidate_id)
    if candidate is None:
        raise not_found(_("This candidate does not exist."))
    return candidate


def _portrait_and_kit(actor: Actor, portrait_id: int, kit_id: int | None) -> tuple[Any, Any]:
    portrait = portrait_selectors.portrait_get(actor=actor, pk=portrait_id)
    if portrait is None:
        raise not_found(_("This portrait does not exist."))
    kit = kit_selectors.kit_get(actor=actor, pk=kit_id) if kit_id is not None else None
    if kit_id is not None and kit is None:
        raise not_found(_("This kit does not exist."))
    return portrait, kit


def _opening_out(opening: Opening) -> dict[str, Any]:
    return {f: getattr(opening, f) for f in ("id", "title", "portrait_id", "kit_id", "status")}


def _candidate_out(candidate: Candidate) -> dict[str, Any]:
    return {
        f: getattr(candidate, f) for f in ("id", "opening_id", "name", "email", "phone", "source", "stage", "notes")
    }


@router.get("/openings", response={200: list[OpeningOut], **ERRORS}, summary="Openings")
def opening_list(request: HttpRequest, status: Opening.Status | None = None) -> list[dict[str, Any]]:
    actor = actor_of(request)
    return [_opening_out(o) for o in opening_selectors.opening_list(actor=actor, status=status or "")]


@router.post("/openings", response={201: OpeningOut, **ERRORS}, summary="Open a position")
def opening_create(request: HttpRequest, body: OpeningIn) -> Status[dict[str, Any]]:
    actor = actor_with_role(request, *HIRING_ROLES)
    portrait, kit = _portrait_and_kit(actor, body.portrait_id, body.kit_id)
    opening = opening_services.opening_create(actor=actor, title=body.title, portrait=portrait, kit=kit)
    return Status(201, _opening_out(opening))


@router.get("/openings/{opening_id}", response={200: OpeningOut, **ERRORS}, summary="One opening")
def opening_get(request: HttpRequest, opening_id: int) -> dict[str, Any]:
    return _opening_out(_opening(actor_of(request), opening_id))


@router.patch("/openings/{opening_id}", response={200: OpeningOut, **ERRORS}, summary="Change or close an opening")
def opening_update(request: HttpRequest, opening_id: int, body: OpeningPatch) -> dict[str, Any]:
    actor = actor_with_role(request, *HIRING_ROLES)
    opening = _opening(actor, opening_id)
    changes = body.dict(exclude_unset=True)
    portrait, kit = _portrait_and_kit(
        actor, changes.get("portrait_id", opening.portrait_id), changes.get("kit_id", opening.kit_id)
    )
    opening = opening_services.opening_update(
        actor=actor,
        opening=opening,
        title=changes.get("title") or opening.title,
        portrait=portrait,
        kit=kit,
        status=changes.get("status") or opening.status,
    )
    return _opening_out(opening)


@router.get("/candidates", response={200: list[CandidateOut], **ERRORS}, summary="Candidates")
def candidate_list(
    request: HttpRequest, opening_id: int | None = None, stage: Stage | None = None, search: str = ""
) -> list[dict[str, Any]]:
    actor = actor_of(request)
    opening = _opening(actor, opening_id) if opening_id is not None else None
    found = candidate_selectors.candidate_list(actor=actor, opening=opening, stage=stage or "", search=search)
    return [_candidate_out(c) for c in found]


@router.post("/candidates", response={201: CandidateOut, **ERRORS}, summary="Add a candidate to an opening")
def candidate_create(request: HttpRequest, body: CandidateIn) -> Status[dict[str, Any]]:
    actor = actor_with_role(request, *HIRING_ROLES)
    fields = body.dict(exclude={"opening_id"})
    candidate = candidate_services.candidate_create(actor=actor, opening=_opening(actor, body.opening_id), **fields)
    return Status(201, _candidate_out(candidate))


@router.post(
    "/openings/{opening_id}/candidates/import",
    response={201: ImportOut, **ERRORS},
    summary="Import candidates from CSV (all rows or none)",
    description="Multipart upload, field `file`: UTF-8 CSV with a header row (name, email, phone, source, notes). "
    "If any row is wrong nothing is saved and the 400 lists `rows`: `[{row, column, message}]`.",
)
def candidate_import(request: HttpRequest, opening_id: int, file: File[UploadedFile]) -> Status[dict[str, Any]]:
    actor = actor_with_role(request, *HIRING_ROLES)
    report = candidate_services.candidates_import_csv(actor=actor, opening=_opening(actor, opening_id), file=file)
    if not report.ok:
        rows = [{"row": e.row, "column": e.column, "message": str(e.message)} for e in report.errors]
        message = _("Nothing was imported: correct the rows listed and upload the file again.")
        raise ApiError(400, "csv_invalid", message, rows=rows)
    return Status(201, {"rows": report.rows, "created": [_candidate_out(c) for c in report.created]})


@router.get("/candidates/{candidate_id}", response={200: CandidateOut, **ERRORS}, summary="One candidate")
def candidate_get(request: HttpRequest, candidate_id: int) -> dict[str, Any]:
    return _candidate_out(_candidate(actor_of(request), candidate_id))


@router.get(
    "/candidates/{candidate_id}/decisions",
    response={200: list[DecisionOut], **ERRORS},
    summary="A candidate's decisions, newest (the one in force) first",
)
def decision_list(request: HttpRequest, candidate_id: int) -> list[dict[str, Any]]:
    actor = actor_of(request)
    decisions = decision_selectors.decision_list(actor=actor, candidate=_candidate(actor, candidate_id))
    return [_decision_out(d) for d in decisions]


@router.post(
    "/candidates/{candidate_id}/decisions",
    response={201: DecisionOut, **ERRORS},
    summary="Record a decision (hire, reject, hold) with its reason",
)
def decision_record(request: HttpRequest, candidate_id: int, body: DecisionIn) -> Status[dict[str, Any]]:
    actor = actor_with_role(request, *HIRING_ROLES)
    candidate = _candidate(actor, candidate_id)
    decision = decision_services.decision_record(
        actor=actor, candidate=candidate, outcome=body.outcome, reason=body.reason
    )
    return Status(201, _decision_out(decision))


def _decision_out(decision: Decision) -> dict[str, Any]:
    return {
        "id": decision.pk,
        "outcome": decision.outcome,
        "reason": decision.reason,
        "decided_by": decision.decided_by.get_username() if decision.decided_by else None,
        "decided_at": decision.decided_at,
    }
