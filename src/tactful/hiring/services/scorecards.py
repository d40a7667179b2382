"""Writes on scorecards: an interviewer's notes, ratings, recommendation and comments.

A scorecard belongs to one interviewer of one interview, and only that interviewer writes it.
Saves are guarded by `Scorecard.version`: the save runs one conditional
`UPDATE ... SET version = version + 1 WHERE id = %s AND version = %s AND status = 'draft'`, so
of two saves that read the same version exactly one matches a row (on SQLite, which writes one
transaction at a time, and on PostgreSQL, where the second UPDATE waits for the first's row
lock and then re-checks the WHERE against the new version). The loser gets
`HiringError("stale")` and the page shows the text it typed. A submitted scorecard is final;
when the last interviewer of the panel submits, the interview is marked done in the same
transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tactful.accounts.permissions import Actor
from tactful.analysis import SUPPORTED, analyse
from tactful.hiring.errors import HiringError
from tactful.hiring.models import (
    CompetencyRating,
    Interview,
    InterviewAssignment,
    KitItem,
    Recommendation,
    Scorecard,
    ScorecardAnswer,
)
from tactful.hiring.selectors.portraits import portrait_profile
from tactful.hiring.services.interviews import interview_items

MAX_NOTES = 20_000  # characters; the analyser stops at 5,000 words anyway
DETECT_AFTER_WORDS = 12  # shorter notes are read in the kit's language: too little to tell


@dataclass(frozen=True)
class AnswerInput:
    """What the interviewer typed for one question of the kit."""

    kit_item_id: int
    notes: str = ""
    rating: int | None = None


class ScorecardIncomplete(HiringError):
    """Submit refused: `fields` maps each missing field (`recommendation`, `rating-<item id>`)
    to a message the page shows beside it."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("incomplete", _("Complete the highlighted fields before you submit."))
        self.fields = fields

    def as_dict(self) -> dict[str, Any]:
        return {**super().as_dict(), "fields": self.fields}


def analyse_notes(notes: str, item: KitItem, language: str) -> dict[str, Any]:
    """The analyser's report on an interviewer's notes (an `{"error": ...}` dict for empty or
    unusable text), for the library question when there is one, in the kit's language; flag
    messages and tips in the interface language.

    Interviewers often take notes in their own language rather than the kit's: once the notes
    are long enough to tell (`DETECT_AFTER_WORDS`), notes clearly in another of the five
    languages are analysed in that one, and the report's `language` says which."""
    ui = (get_language() or "en").split("-")[0]
    ui_language = ui if ui in SUPPORTED else None
    question = item.question.slug if item.question_id and item.question is not None else None
    report = analyse(notes, question=question, language=language, ui_language=ui_language)
    detected = report.detected_language
    if (
        report.error is None
        and detected in SUPPORTED
        and detected != language
        and len(notes.split()) >= DETECT_AFTER_WORDS
    ):
        report = analyse(notes, question=question, language=detected, ui_language=ui_language)
    return report.to_dict()


def _check_author(actor: Actor, scorecard: Scorecard) -> None:
    if scorecard.interview.organisation_id != actor.organisation.pk or scorecard.interviewer_id != actor.user.pk:
        raise HiringError("not_found", _("This scorecard does not exist."))


def scorecard_get_or_create(*, actor: Actor, interview: Interview) -> Scorecard:
    """The actor's own scorecard for `interview`; only its assigned interviewers have one."""
    if interview.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This interview does not exist."))
    if not interview.interviewers.filter(pk=actor.user.pk).exists():
        raise HiringError("not_assigned", _("Only the interviewers of this interview fill in its scorecards."))
    with transaction.atomic():
        scorecard, _created = Scorecard.objects.get_or_create(interview=interview, interviewer=actor.user)
    return scorecard


def _stale(scorecard: Scorecard) -> HiringError:
    current = Scorecard.objects.filter(pk=scorecard.pk).values("status", "updated_at").first()
    if current and current["status"] == Scorecard.Status.SUBMITTED:
        return HiringError("submitted", _("This scorecard has been submitted and can no longer be changed."))
    when = time_format(timezone.localtime(current["updated_at"]), "H:i") if current else "?"
    return HiringError(
        "stale",
        _(
            "Someone (or you, in another tab) saved this scorecard at %(time)s, after you opened it. "
            "Nothing was saved from this page; your text is kept below: copy what you need, then reload."
        )
        % {"time": when},
    )


def scorecard_save(
    *,
    actor: Actor,
    scorecard: Scorecard,
    version: int,
    answers: Sequence[AnswerInput],
    competency_ratings: Mapping[str, int | None],
    recommendation: str = "",
    comments: str = "",
) -> Scorecard:
    """Save a draft if nobody saved it since `version`; returns it with the new version."""
    _check_author(actor, scorecard)
    interview = scorecard.interview
    if interview.status == Interview.Status.CANCELLED:
        raise HiringError("cancelled", _("This interview was cancelled."))
    items = {item.pk: item for item in interview_items(interview)}
    for answer in answers:
        if answer.kit_item_id not in items:
            raise HiringError("unknown_question", _("One of the questions is not part of this interview."))
        if answer.rating is not None and not 1 <= answer.rating <= 5:
            raise HiringError("bad_rating", _("Ratings run from 1 to 5."))
        if len(answer.notes) > MAX_NOTES:
            raise HiringError("too_long", _("Notes are limited to %(limit)s characters.") % {"limit": MAX_NOTES})
    allowed = set(portrait_profile(portrait=interview.candidate.opening.portrait)[0])  # the opening's portrait
    for key, rating in competency_ratings.items():
        if key not in allowed:
            raise HiringError("unknown_competency", _("One of the competencies is not part of the portrait."))
        if rating is not None and not 1 <= rating <= 5:
            raise HiringError("bad_rating", _("Ratings run from 1 to 5."))
    if recommendation and recommendation not in Recommendation.values:
        raise HiringError("bad_recommendation", _("Choose one of the recommendations."))

    existing = {a.kit_item_id: a for a in scorecard.answers.all()}
    # Analyse outside the transaction (it is the slow part); only notes that changed.
    analyses = {
        a.kit_item_id: (
            existing[a.kit_item_id].analysis
            if a.kit_item_id in existing and existing[a.kit_item_id].notes == a.notes
            else (analyse_notes(a.notes, items[a.kit_item_id], interview.kit.language) if a.notes.strip() else {})
        )
        for a in answers
    }
    with transaction.atomic():
        won = Scorecard.objects.filter(pk=scorecard.pk, version=version, status=Scorecard.Status.DRAFT).update(
            version=F("version") + 1,
            recommendation=recommendation,
            comments=comments,
            updated_at=timezone.now(),
        )
        if not won:
            raise _stale(scorecard)
        for a in answers:
            ScorecardAnswer.objects.update_or_create(
                scorecard=scorecard,
                kit_item_id=a.kit_item_id,
                defaults={"notes": a.notes, "rating": a.rating, "analysis": analyses[a.kit_item_id]},
            )
        for key, rating in competency_ratings.items():
            if rating is None:
                CompetencyRating.objects.filter(scorecard=scorecard, competency_key=key).delete()
            else:
                CompetencyRating.objects.update_or_create(
                    scorecard=scorecard, competency_key=key, defaults={"rating": rating}
                )
    scorecard.refresh_from_db()
    return scorecard


def scorecard_submit(*, actor: Actor, scorecard: Scorecard, version: int) -> Scorecard:
    """Make the scorecard final once every question is rated and a recommendation is chosen."""
    _check_author(actor, scorecard)
    scorecard.refresh_from_db()
    if scorecard.status == Scorecard.Status.SUBMITTED:
        raise HiringError("submitted", _("This scorecard has been submitted and can no longer be changed."))
    missing: dict[str, str] = {}
    if not scorecard.recommendation:
        missing["recommendation"] = _("Choose a recommendation.")
    rated = set(scorecard.answers.filter(rating__isnull=False).values_list("kit_item_id", flat=True))
    for item in interview_items(scorecard.interview):
        if item.pk not in rated:
            missing[f"rating-{item.pk}"] = _("Rate the answer to this question.")
    if missing:
        raise ScorecardIncomplete(missing)
    with transaction.atomic():
        # Lock the interview first: of two panel members submitting the last two scorecards at
        # once, the second waits here and then counts the first one's submission.
        interview = Interview.objects.select_for_update().get(pk=scorecard.interview_id)
        now = timezone.now()
        won = Scorecard.objects.filter(pk=scorecard.pk, version=version, status=Scorecard.Status.DRAFT).update(
            version=F("version") + 1, status=Scorecard.Status.SUBMITTED, submitted_at=now, updated_at=now
        )
        if not won:
            raise _stale(scorecard)
        _done_when_panel_submitted(interview)
    scorecard.refresh_from_db()
    return scorecard


def _done_when_panel_submitted(interview: Interview) -> None:
    """A scheduled interview is done once every assigned interviewer has submitted."""
    if interview.status != Interview.Status.SCHEDULED:
        return
    submitted = Scorecard.objects.filter(interview=interview, status=Scorecard.Status.SUBMITTED)
    waiting = InterviewAssignment.objects.filter(interview=interview).exclude(
        interviewer_id__in=submitted.values("interviewer_id")
    )
    if not waiting.exists():
        Interview.objects.filter(pk=interview.pk).update(status=Interview.Status.DONE)
