"""Writes of practice mode: start a session, submit an answer, claim and delete a visitor's data.

Every entry point (pages, API, admin) calls these. Mistakes a candidate can make (an empty
answer, a novel, a language we cannot analyse, answering too fast) come back as an
`AnswerProblem` with a code and a translated message; nothing is written then, and the caller
shows the answer again so nothing typed is lost.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User as Account
from django.core.cache import cache
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from tactful.analysis import SUPPORTED, analyse
from tactful.library.models import Question, Track
from tactful.library.selectors import track_questions
from tactful.practice.checks import AnswerProblem, problem_before_analysis, problem_from_analysis
from tactful.practice.models import PracticeAttempt, PracticeSession
from tactful.practice.plan import choose_questions
from tactful.practice.visitors import User, account, token_digest, visitor_filter

SUBMISSIONS_PER_MINUTE = 10


@dataclass(frozen=True)
class Submission:
    attempt: PracticeAttempt | None = None
    problem: AnswerProblem | None = None


@dataclass(frozen=True)
class DeletedData:
    sessions: int
    answers: int
    account: bool


class PracticeError(ValueError):
    """A caller passed something the forms and API schemas should have refused (a bug)."""


@transaction.atomic
def session_start(
    *,
    visitor_key: str,
    user: User = None,
    language: str,
    track: Track,
    length: int,
    rng: random.Random | None = None,
) -> PracticeSession:
    if language not in SUPPORTED or language not in dict(settings.LANGUAGES):
        raise PracticeError(f"unsupported practice language {language!r}")
    available = [q.slug for q in track_questions(track=track)]
    if length < 1 or not available:
        raise PracticeError(f"cannot practise {length} question(s) of track {track.slug!r}")
    chosen = choose_questions(available, length, rng)
    return PracticeSession.objects.create(
        visitor_key=visitor_key,
        user=account(user),
        language=language,
        track=track,
        length=len(chosen),
        question_ids=chosen,
    )


def api_session_start(
    *, language: str, track: Track, length: int, rng: random.Random | None = None
) -> tuple[PracticeSession, str]:
    """A session for the API: returns it with the bearer token that identifies it."""
    token = secrets.token_urlsafe(32)
    session = session_start(visitor_key=token_digest(token), language=language, track=track, length=length, rng=rng)
    return session, token


def submission_allowed(*, visitor_key: str) -> bool:
    """At most SUBMISSIONS_PER_MINUTE answers per visitor in a fixed one-minute window
    (Django's cache: one counter per visitor, shared by pages and API)."""
    key = f"practice:submissions:{visitor_key}"
    if cache.add(key, 1, timeout=60):
        return True
    try:
        return cache.incr(key) <= SUBMISSIONS_PER_MINUTE
    except ValueError:  # the window expired between add() and incr()
        cache.add(key, 1, timeout=60)
        return True


def answer_submit(*, session: PracticeSession, question: Question, text: str) -> Submission:
    """Analyse an answer to one of the session's questions and keep it as a new attempt.

    The analyser detects the answer's language: an answer in another language than the
    session's is analysed in its own language (the feedback page says so)."""
    if question.slug not in session.question_ids:
        raise PracticeError(f"{question.slug!r} is not a question of this session")
    problem = problem_before_analysis(text)
    if problem is not None:
        return Submission(problem=problem)
    if not submission_allowed(visitor_key=session.visitor_key):
        return Submission(
            problem=AnswerProblem(
                "rate_limited",
                _(
                    "You are sending answers very quickly. Take a breath, read your answer "
                    "once more and send it again in a minute; it is kept below."
                ),
            )
        )
    report = analyse(text, question=question.slug, language=None, ui_language=session.language)
    if report.error is not None:
        return Submission(problem=problem_from_analysis(report.error.code, report.error.message))
    with transaction.atomic():
        latest = session.attempts.filter(question=question).aggregate(n=Max("number"))["n"]
        attempt = PracticeAttempt.objects.create(
            session=session,
            question=question,
            number=(latest or 0) + 1,
            answer=text,
            report=report.to_dict(),
        )
    return Submission(attempt=attempt)


@transaction.atomic
def session_claim(*, visitor_key: str, user: Account) -> int:
    """After sign-up or log-in, sessions practised anonymously in this browser join the account."""
    return PracticeSession.objects.filter(visitor_key=visitor_key, user=None).update(user=user)


@transaction.atomic
def visitor_data_delete(*, visitor_key: str, user: User = None, delete_account: bool = False) -> DeletedData:
    """Delete every practice session and answer of this visitor (and of their account), and
    the account itself when asked."""
    sessions = PracticeSession.objects.filter(visitor_filter(visitor_key, user))
    answers = PracticeAttempt.objects.filter(session__in=sessions).count()
    count = sessions.count()
    sessions.delete()
    owner = account(user)
    deleted_account = False
    if delete_account and owner is not None and not owner.is_staff:
        owner.delete()
        deleted_account = True
    return DeletedData(sessions=count, answers=answers, account=deleted_account)


@transaction.atomic
def session_delete(*, session: PracticeSession) -> DeletedData:
    answers = session.attempts.count()
    session.delete()
    return DeletedData(sessions=1, answers=answers, account=False)
