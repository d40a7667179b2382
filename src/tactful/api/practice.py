"""/api/v1/practice/: start a session, get the next question, answer it, read the summary.

Anonymous: `start` returns a token; send it as `Authorization: Bearer <token>` afterwards.
Every endpoint calls the practice services and selectors, like the web pages do."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Field, Router, Schema, Status
from ninja.security import HttpBearer

from tactful.library.models import localise
from tactful.library.selectors import track_get
from tactful.practice import documents, selectors, services
from tactful.practice.models import PracticeSession
from tactful.practice.plan import DEFAULT_LENGTH
from tactful.practice.preparation import PLAN


class SessionToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> PracticeSession | None:
        return selectors.session_for_token(token=token)


router = Router(tags=["practice"])
auth = SessionToken()


class StartIn(Schema):
    track: str = Field(examples=["call-centre"])
    language: str = Field(examples=["hr"])
    length: int = Field(DEFAULT_LENGTH, ge=1, le=100)


class AnswerIn(Schema):
    text: str
    question: str | None = Field(
        None, description="Question id; default the next unanswered one. An answered id retries."
    )


class Problem(Schema):
    error: dict[str, str]


def _question(item: selectors.QuestionProgress | None, session: PracticeSession) -> Any:
    if item is None:
        return None
    return {
        "id": item.question.slug,
        "position": item.position,
        "total": len(session.question_ids),
        "text": item.text,
        "family": item.question.family.slug,
        "hint": localise(item.question.family.hint, session.language),
        "attempts": len(item.attempts),
    }


def _problem(status: int, code: str, message: str) -> Status[dict[str, Any]]:
    return Status(status, {"error": {"code": code, "message": message}})


def _session(session: PracticeSession) -> dict[str, Any]:
    return {
        "id": str(session.public_id),
        "track": session.track.slug,
        "language": session.language,
        "length": session.length,
        "questions": session.question_ids,
    }


@router.post("/start", response={201: dict[str, Any], 400: Problem}, summary="Start a session")
def start(request: HttpRequest, body: StartIn) -> Status[dict[str, Any]]:
    track = track_get(slug=body.track)
    if track is None:
        return Status(400, {"error": {"code": "unknown_track", "message": f"No track {body.track!r}."}})
    try:
        session, token = services.api_session_start(language=body.language, track=track, length=body.length)
    except services.PracticeError as error:
        return _problem(400, "invalid", str(error))
    progress = selectors.session_progress(session=session)
    return Status(
        201,
        {
            "token": token,
            "session": _session(session),
            "question": _question(progress.next, session),
        },
    )


@router.get("/question", auth=auth, response=dict[str, Any], summary="The next question")
def next_question(request: HttpRequest) -> dict[str, Any]:
    """`question` is null once every question has an answer: fetch the summary then."""
    session: PracticeSession = request.auth  # type: ignore[attr-defined]
    progress = selectors.session_progress(session=session)
    return {
        "question": _question(progress.next, session),
        "answered": progress.answered,
        "total": len(progress.questions),
    }


@router.post(
    "/answer",
    auth=auth,
    response={200: dict[str, Any], 400: Problem, 404: Problem, 429: Problem},
    summary="Answer a question and get the feedback",
)
def answer(request: HttpRequest, body: AnswerIn) -> Status[dict[str, Any]]:
    session: PracticeSession = request.auth  # type: ignore[attr-defined]
    progress = selectors.session_progress(session=session)
    item = progress.of(body.question) if body.question else progress.next
    if item is None:
        message = "No such question in this session." if body.question else "All answered."
        return _problem(404, "no_question", message)
    result = services.answer_submit(session=session, question=item.question, text=body.text)
    if result.problem is not None:
        status = 429 if result.problem.code == "rate_limited" else 400
        return Status(status, {"error": {"code": result.problem.code, "message": result.problem.message}})
    assert result.attempt is not None
    progress = selectors.session_progress(session=session)
    shown = selectors.attempt_feedback(attempt=result.attempt, progress=progress)
    change = shown.improvement
    return Status(
        200,
        {
            "question": body.question or item.question.slug,
            "attempt": result.attempt.number,
            "report": result.attempt.report,
            "highlighted": [{"text": s.text, "star": s.star, "flag": s.flag} for s in shown.segments],
            "other_language": shown.other_language,
            "improvement": None
            if change is None
            else {
                "rating_before": change.rating_before,
                "rating_after": change.rating_after,
                "star_gained": change.star_gained,
                "star_lost": change.star_lost,
                "flags_removed": change.flags_removed,
                "flags_added": change.flags_added,
            },
            "wants_to_learn": shown.wants_to_learn,
            "strong_answer": shown.strong_answer,
            "next_question": _question(progress.next, session),
        },
    )


@router.get("/summary", auth=auth, response=dict[str, Any], summary="The session summary")
def summary(request: HttpRequest) -> dict[str, Any]:
    session: PracticeSession = request.auth  # type: ignore[attr-defined]
    result = selectors.session_summary(session=session)
    names = result.competency_names
    return {
        "answered": result.progress.answered,
        "total": len(result.progress.questions),
        "average_rating": result.average_rating,
        "questions": [
            {
                "id": q.question.slug,
                "text": q.text,
                "attempts": len(q.attempts),
                "first_rating": q.first.rating if q.first else None,
                "final_rating": q.latest.rating if q.latest else None,
            }
            for q in result.progress.questions
        ],
        "strengths": [{"id": c.id, "name": names.get(c.id, c.id), "score": c.score} for c in result.strengths],
        "gaps": [{"id": c.id, "name": names.get(c.id, c.id)} for c in result.gaps],
        "flags": [{"code": code, "answers": count} for code, count in result.flags],
        "preparation": {
            "plan": [{"step": s.key, "title": str(s.title), "text": str(s.text)} for s in PLAN],
            "track_tips": [localise(tip, session.language) for tip in result.tips],
            "questions_to_ask": [
                {
                    "text": localise(q.text, session.language),
                    "why": localise(q.purpose, session.language),
                }
                for q in result.candidate_questions
            ],
        },
    }


@router.get(
    "/summary.pdf",
    auth=auth,
    response={200: None},
    summary="The session summary as a PDF",
    openapi_extra={"responses": {200: {"description": "PDF", "content": {"application/pdf": {}}}}},
)
def summary_pdf(request: HttpRequest) -> HttpResponse:
    """The same document as the summary page's "Download PDF", in the session's language."""
    session: PracticeSession = request.auth  # type: ignore[attr-defined]
    return documents.summary_pdf_response(request, session)


@router.delete("/session", auth=auth, response=dict[str, Any], summary="Delete this session")
def delete(request: HttpRequest) -> dict[str, Any]:
    session: PracticeSession = request.auth  # type: ignore[attr-defined]
    deleted = services.session_delete(session=session)
    return {"deleted": {"sessions": deleted.sessions, "answers": deleted.answers}}
