"""Reads of practice mode. A session is only ever found through its visitor (the key in the
Django session, the account, or an API token), so nobody reads another candidate's answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import mean
from typing import Any

from django.contrib.auth.models import User as Account
from django.db.models import QuerySet
from django.utils.text import Truncator

from tactful.library.models import CandidateQuestion, Competency, Question, localise
from tactful.library.selectors import candidate_question_list, slot_map
from tactful.practice import feedback
from tactful.practice.models import PracticeAttempt, PracticeSession
from tactful.practice.plan import fill_slots
from tactful.practice.visitors import User, token_digest, visitor_filter


@dataclass
class QuestionProgress:
    position: int  # 1-based
    question: Question
    text: str  # in the session's language, blanks filled with their examples
    attempts: list[PracticeAttempt] = field(default_factory=list)

    @property
    def latest(self) -> PracticeAttempt | None:
        return self.attempts[-1] if self.attempts else None

    @property
    def first(self) -> PracticeAttempt | None:
        return self.attempts[0] if self.attempts else None


@dataclass
class SessionProgress:
    session: PracticeSession
    questions: list[QuestionProgress]

    @property
    def answered(self) -> int:
        return sum(1 for q in self.questions if q.attempts)

    @property
    def next(self) -> QuestionProgress | None:
        return next((q for q in self.questions if not q.attempts), None)

    @property
    def finished(self) -> bool:
        return self.next is None

    def at(self, position: int) -> QuestionProgress | None:
        return self.questions[position - 1] if 1 <= position <= len(self.questions) else None

    def of(self, question_id: str) -> QuestionProgress | None:
        return next((q for q in self.questions if q.question.slug == question_id), None)


@dataclass
class SessionSummary:
    progress: SessionProgress
    strengths: list[feedback.CompetencyStanding]
    gaps: list[feedback.CompetencyStanding]
    competency_names: dict[str, str]
    average_rating: float | None
    flags: list[tuple[str, int]]  # code, how many final answers raised it
    candidate_questions: list[CandidateQuestion]
    tips: list[Any]  # the track's preparation tips (texts per language)


def session_for_visitor(*, public_id: Any, visitor_key: str, user: User) -> PracticeSession | None:
    return (
        PracticeSession.objects.select_related("track")
        .filter(visitor_filter(visitor_key, user), public_id=public_id)
        .first()
    )


def session_for_token(*, token: str) -> PracticeSession | None:
    return PracticeSession.objects.select_related("track").filter(visitor_key=token_digest(token)).first()


def visitor_session_list(*, visitor_key: str, user: User) -> QuerySet[PracticeSession]:
    return (
        PracticeSession.objects.select_related("track")
        .filter(visitor_filter(visitor_key, user))
        .prefetch_related("attempts")
    )


def session_progress(*, session: PracticeSession) -> SessionProgress:
    questions = {
        q.slug: q
        for q in Question.objects.select_related("family")
        .prefetch_related("competencies")
        .filter(slug__in=session.question_ids)
    }
    examples = {slug: localise(s.example, session.language) for slug, s in slot_map().items()}
    items = [
        QuestionProgress(
            position=i,
            question=questions[qid],
            text=fill_slots(localise(questions[qid].text, session.language), examples),
        )
        for i, qid in enumerate(session.question_ids, start=1)
        if qid in questions
    ]
    by_question = {item.question.pk: item for item in items}
    for attempt in session.attempts.order_by("number"):
        if attempt.question_id in by_question:
            by_question[attempt.question_id].attempts.append(attempt)
    return SessionProgress(session=session, questions=items)


def attempt_previous(*, attempt: PracticeAttempt) -> PracticeAttempt | None:
    return (
        PracticeAttempt.objects.filter(
            session=attempt.session_id, question=attempt.question_id, number__lt=attempt.number
        )
        .order_by("-number")
        .first()
    )


def competency_names(ids: Sequence[str], language: str) -> dict[str, str]:
    return {c.slug: localise(c.name, language) for c in Competency.objects.filter(slug__in=ids)}


def session_summary(*, session: PracticeSession, candidate_questions: int = 5) -> SessionSummary:
    progress = session_progress(session=session)
    answered = [q for q in progress.questions if q.attempts]
    reports = [a.report for q in answered for a in q.attempts]
    probed = [c.slug for q in answered for c in q.question.competencies.all()]
    strengths, gaps = feedback.competency_standings(reports, probed)
    finals = [q.latest.report for q in answered if q.latest is not None]
    flag_counts: dict[str, int] = {}
    for report in finals:
        for code in feedback.flag_codes(report):
            flag_counts[code] = flag_counts.get(code, 0) + 1
    return SessionSummary(
        progress=progress,
        strengths=strengths,
        gaps=gaps,
        competency_names=competency_names([c.id for c in strengths + gaps], session.language),
        average_rating=round(mean(feedback.rating(r) for r in finals), 1) if finals else None,
        flags=sorted(flag_counts.items(), key=lambda kv: -kv[1]),
        candidate_questions=list(candidate_question_list()[:candidate_questions]),
        tips=list(session.track.tips),
    )


@dataclass(frozen=True)
class ProgressPoint:
    session: PracticeSession
    average_rating: float


def progress_over_sessions(*, user: Account) -> list[ProgressPoint]:
    """The average final rating of every session of an account with answers, oldest first."""
    points = []
    for session in (
        PracticeSession.objects.filter(user=user)
        .select_related("track")
        .prefetch_related("attempts")
        .order_by("created")
    ):
        finals: dict[int, int] = {}
        for attempt in sorted(session.attempts.all(), key=lambda a: a.number):
            finals[attempt.question_id] = attempt.rating
        if finals:
            points.append(ProgressPoint(session, round(mean(finals.values()), 2)))
    return points


@dataclass(frozen=True)
class CompetencyShown:
    id: str
    name: str
    score: float
    asked: bool  # one of the competencies this question is about


@dataclass(frozen=True)
class FlagShown:
    code: str
    message: str
    quote: str


@dataclass
class AttemptFeedback:
    attempt: PracticeAttempt
    item: QuestionProgress
    segments: list[feedback.Segment]
    star: list[str]
    competencies: list[CompetencyShown]
    flags: list[FlagShown]
    improvement: feedback.Improvement | None
    other_language: str | None  # the language analysed when it is not the session's
    wants_to_learn: str
    strong_answer: str
    strong_why: str
    hint: str


def attempt_get(*, session: PracticeSession, attempt_id: int) -> PracticeAttempt | None:
    return session.attempts.select_related("question").filter(pk=attempt_id).first()


def attempt_feedback(*, attempt: PracticeAttempt, progress: SessionProgress) -> AttemptFeedback:
    session, report, question = progress.session, attempt.report, attempt.question
    item = progress.of(question.slug)
    assert item is not None, "an attempt always answers one of its session's questions"
    asked = [c.slug for c in item.question.competencies.all()]
    shown = [c for c in report.get("competencies", []) if c["score"] > 0 or c["id"] in asked]
    names = competency_names([c["id"] for c in shown], session.language)
    previous = attempt_previous(attempt=attempt)
    analysed = report.get("language", session.language)
    return AttemptFeedback(
        attempt=attempt,
        item=item,
        segments=feedback.highlight(attempt.answer, report),
        star=feedback.star_parts(report),
        competencies=sorted(
            (CompetencyShown(c["id"], names.get(c["id"], c["id"]), c["score"], c["id"] in asked) for c in shown),
            key=lambda c: (not c.asked, -c.score),
        ),
        flags=[
            FlagShown(
                f["code"],
                f["message"],
                ""
                if feedback.answer_wide(f, attempt.answer)
                else Truncator(attempt.answer[f["start"] : f["end"]]).chars(160),
            )
            for f in report.get("red_flags", [])
        ],
        improvement=feedback.improvement(previous.report, report) if previous else None,
        other_language=analysed if analysed != session.language else None,
        wants_to_learn=localise(question.wants_to_learn, session.language),
        strong_answer=localise(question.strong_answer.get("text"), session.language),
        strong_why=localise(question.strong_answer.get("why"), session.language),
        hint=localise(item.question.family.hint, session.language),
    )
