"""/api/v1/interviews/ and scorecards: schedule interviews, fill in and submit one's scorecard.

Owners and recruiters schedule and see every interview; an interviewer sees only interviews
they are assigned to. A scorecard is written by its interviewer only, guarded by its
`version` (a stale one is 409 `stale`). Colleagues' scorecards stay hidden from an
interviewer until they submitted their own for that candidate; owners and recruiters see all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from tactful.accounts.permissions import HIRING_ROLES, Actor
from tactful.api.auth import MEMBER_AUTH, actor_of, actor_with_role
from tactful.api.errors import ApiError, Problem, not_found
from tactful.hiring.models import Interview, Recommendation, Scorecard
from tactful.hiring.selectors import candidates as candidate_selectors
from tactful.hiring.selectors import interviews as interview_selectors
from tactful.hiring.selectors import kits as kit_selectors
from tactful.hiring.selectors import scorecards as scorecard_selectors
from tactful.hiring.services import interviews as interview_services
from tactful.hiring.services import scorecards as scorecard_services

router = Router(tags=["interviews and scorecards"], auth=MEMBER_AUTH)
ERRORS: dict[int, Any] = {400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem}


class InterviewIn(Schema):
    candidate_id: int
    kit_id: int
    interviewer_ids: list[int] = Field(description="User ids of members who interview")
    scheduled_at: datetime | None = None
    kit_item_ids: list[int] = Field(default_factory=list, description="Only these questions of the kit; empty: all")
    title: str = ""


class PersonOut(Schema):
    id: int
    username: str


class QuestionOut(Schema):
    kit_item_id: int
    number: int
    text: str
    wants_to_learn: str


class InterviewOut(Schema):
    id: int
    title: str
    candidate_id: int
    candidate: str
    kit_id: int
    scheduled_at: datetime | None
    status: str
    interviewers: list[PersonOut]


class InterviewDetailOut(InterviewOut):
    questions: list[QuestionOut]


class AnswerIn(Schema):
    kit_item_id: int
    notes: str = ""
    rating: int | None = Field(None, ge=1, le=5)


class ScorecardSaveIn(Schema):
    version: int = Field(description="The version you read; if someone saved since, the answer is 409 `stale`")
    answers: list[AnswerIn] = Field(default_factory=list)
    competency_ratings: dict[str, int | None] = Field(default_factory=dict, description="Competency key → 1-5")
    recommendation: Recommendation | None = None
    comments: str = ""


class ScorecardSubmitIn(Schema):
    version: int


class AnswerOut(AnswerIn):
    analysis: dict[str, Any]


class ScorecardOut(Schema):
    id: int
    interview_id: int
    interviewer: PersonOut
    status: str
    recommendation: str
    comments: str
    version: int
    submitted_at: datetime | None
    answers: list[AnswerOut]
    competency_ratings: dict[str, int]


class VisibleScorecardsOut(Schema):
    scorecards: list[ScorecardOut]
    hidden: int = Field(description="Colleagues' scorecards you will see once you submit yours")


def _person(user: Any) -> dict[str, Any]:
    return {"id": user.pk, "username": user.get_username()}


def _interview(actor: Actor, interview_id: int) -> Interview:
    interview = interview_selectors.interview_get(actor=actor, pk=interview_id)
    if interview is None:
        raise not_found(_("This interview does not exist."))
    return interview


def _interview_out(interview: Interview) -> dict[str, Any]:
    return {
        "id": interview.pk,
        "title": interview.title,
        "candidate_id": interview.candidate_id,
        "candidate": interview.candidate.name,
        "kit_id": interview.kit_id,
        "scheduled_at": interview.scheduled_at,
        "status": interview.status,
        "interviewers": [_person(u) for u in sorted(interview.interviewers.all(), key=lambda u: u.pk)],
    }


def _scorecard_out(card: Scorecard) -> dict[str, Any]:
    return {
        "id": card.pk,
        "interview_id": card.interview_id,
        "interviewer": _person(card.interviewer),
        "status": card.status,
        "recommendation": card.recommendation,
        "comments": card.comments,
        "version": card.version,
        "submitted_at": card.submitted_at,
        "answers": [
            {"kit_item_id": a.kit_item_id, "notes": a.notes, "rating": a.rating, "analysis": a.analysis}
            for a in card.answers.all()
        ],
        "competency_ratings": {r.competency_key: r.rating for r in card.competency_ratings.all()},
    }


@router.get(
    "/interviews",
    response={200: list[InterviewOut], **ERRORS},
    summary="Interviews (interviewers: only those they are assigned to)",
)
def interview_list(
    request: HttpRequest, candidate_id: int | None = None, status: Interview.Status | None = None
) -> list[dict[str, Any]]:
    actor = actor_of(request)
    candidate = None
    if candidate_id is not None:
        candidate = candidate_selectors.candidate_get(actor=actor, pk=candidate_id)
        if candidate is None:
            raise not_found(_("This candidate does not exist."))
    interviews = interview_selectors.interview_list(actor=actor, candidate=candidate, status=status)
    return [_interview_out(i) for i in interviews]


@router.post("/interviews", response={201: InterviewDetailOut, **ERRORS}, summary="Schedule an interview")
def interview_schedule(request: HttpRequest, body: InterviewIn) -> Status[dict[str, Any]]:
    actor = actor_with_role(request, *HIRING_ROLES)
    candidate = candidate_selectors.candidate_get(actor=actor, pk=body.candidate_id)
    if candidate is None:
        raise not_found(_("This candidate does not exist."))
    kit = kit_selectors.kit_get(actor=actor, pk=body.kit_id)
    if kit is None:
        raise not_found(_("This kit does not exist."))
    members = {u.pk: u for u in interview_selectors.interviewer_choices(actor=actor)}
    if any(pk not in members for pk in body.interviewer_ids):
        raise ApiError(400, "not_member", _("Every interviewer must be a member of your organisation."))
    items = {item.pk: item for item in kit.items.all()}
    if any(pk not in items for pk in body.kit_item_ids):
        raise ApiError(400, "wrong_kit", _("The chosen questions must come from the chosen kit."))
    interview = interview_services.interview_schedule(
        actor=actor,
        candidate=candidate,
        kit=kit,
        interviewers=[members[pk] for pk in body.interviewer_ids],
        scheduled_at=body.scheduled_at,
        kit_items=[items[pk] for pk in body.kit_item_ids],
        title=body.title,
    )
    return Status(201, _interview_detail(interview))


def _interview_detail(interview: Interview) -> dict[str, Any]:
    questions = [
        {
            "kit_item_id": q.item.pk,
            "number": q.number,
            "text": strip_tags(q.text),
            "wants_to_learn": q.wants_to_learn,
        }
        for q in interview_selectors.interview_questions(interview=interview)
    ]
    return {**_interview_out(interview), "questions": questions}


@router.get(
    "/interviews/{interview_id}", response={200: InterviewDetailOut, **ERRORS}, summary="One interview with questions"
)
def interview_get(request: HttpRequest, interview_id: int) -> dict[str, Any]:
    return _interview_detail(_interview(actor_of(request), interview_id))


@router.get(
    "/interviews/{interview_id}/scorecard",
    response={200: ScorecardOut, **ERRORS},
    summary="My scorecard for this interview (a draft is created on first use; assigned interviewers only)",
)
def scorecard_mine(request: HttpRequest, interview_id: int) -> dict[str, Any]:
    actor = actor_of(request)
    card = scorecard_services.scorecard_get_or_create(actor=actor, interview=_interview(actor, interview_id))
    return _scorecard_out(card)


def _my_scorecard(actor: Actor, scorecard_id: int) -> Scorecard:
    card = scorecard_selectors.scorecard_get(actor=actor, pk=scorecard_id)
    if card is None or card.interviewer_id != actor.user.pk:
        raise not_found(_("This scorecard does not exist."))
    return card


@router.put(
    "/scorecards/{scorecard_id}",
    response={200: ScorecardOut, **ERRORS},
    summary="Save my scorecard as a draft (send the version you read)",
)
def scorecard_save(request: HttpRequest, scorecard_id: int, body: ScorecardSaveIn) -> dict[str, Any]:
    actor = actor_of(request)
    card = scorecard_services.scorecard_save(
        actor=actor,
        scorecard=_my_scorecard(actor, scorecard_id),
        version=body.version,
        answers=[scorecard_services.AnswerInput(a.kit_item_id, a.notes, a.rating) for a in body.answers],
        competency_ratings=body.competency_ratings,
        recommendation=body.recommendation or "",
        comments=body.comments,
    )
    return _scorecard_out(card)


@router.post(
    "/scorecards/{scorecard_id}/submit",
    response={200: ScorecardOut, **ERRORS},
    summary="Submit my scorecard (final; every question rated and a recommendation chosen)",
)
def scorecard_submit(request: HttpRequest, scorecard_id: int, body: ScorecardSubmitIn) -> dict[str, Any]:
    actor = actor_of(request)
    card = scorecard_services.scorecard_submit(
        actor=actor, scorecard=_my_scorecard(actor, scorecard_id), version=body.version
    )
    return _scorecard_out(card)


@router.get(
    "/candidates/{candidate_id}/scorecards",
    response={200: VisibleScorecardsOut, **ERRORS},
    summary="A candidate's scorecards that I may read (colleagues' only after I submitted mine)",
)
def scorecard_list(request: HttpRequest, candidate_id: int) -> dict[str, Any]:
    actor = actor_of(request)
    candidate = candidate_selectors.candidate_get(actor=actor, pk=candidate_id)
    if candidate is None:
        raise not_found(_("This candidate does not exist."))
    visible = scorecard_selectors.scorecards_visible(actor=actor, candidate=candidate).prefetch_related(
        "answers", "competency_ratings"
    )
    return {
        "scorecards": [_scorecard_out(card) for card in visible],
        "hidden": scorecard_selectors.scorecards_hidden_count(actor=actor, candidate=candidate),
    }
