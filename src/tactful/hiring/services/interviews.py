"""Writes on interviews: schedule one with its interviewers and (part of) a kit, cancel it,
mark it done, and the demo organisation's finished interview.

Owners and recruiters schedule; interviewers only take part. Every object passed in must
belong to the actor's organisation, and every interviewer must be a member of it: anything
else is refused with a `HiringError` before a row is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tactful.accounts.models import Membership, Organisation, Role
from tactful.accounts.permissions import Actor
from tactful.hiring.errors import HiringError
from tactful.hiring.models import (
    Candidate,
    CompetencyRating,
    Interview,
    InterviewAssignment,
    Kit,
    KitItem,
    Recommendation,
    Scorecard,
    ScorecardAnswer,
)
from tactful.hiring.selectors.portraits import portrait_profile


def require_manager(actor: Actor) -> None:
    if not actor.manages_hiring:
        raise HiringError("forbidden", _("Only owners and recruiters can schedule and change interviews."))


def interview_schedule(
    *,
    actor: Actor,
    candidate: Candidate,
    kit: Kit,
    interviewers: Sequence[Any],
    scheduled_at: datetime | None,
    kit_items: Sequence[KitItem] | None = None,
    title: str = "",
) -> Interview:
    """A scheduled interview of `candidate` with `kit` (or only `kit_items` of it) by `interviewers`."""
    require_manager(actor)
    organisation = actor.organisation
    if candidate.organisation_id != organisation.pk:
        raise HiringError("not_found", _("This candidate does not exist."))
    if kit.organisation_id != organisation.pk:
        raise HiringError("not_found", _("This kit does not exist."))
    people = list(dict.fromkeys(interviewers))
    if not people:
        raise HiringError("no_interviewers", _("Choose at least one interviewer."))
    members = set(
        Membership.objects.filter(organisation=organisation, user__in=[p.pk for p in people]).values_list(
            "user_id", flat=True
        )
    )
    if any(p.pk not in members for p in people):
        raise HiringError("not_member", _("Every interviewer must be a member of your organisation."))
    items = list(kit_items or [])
    if any(item.kit_id != kit.pk for item in items):
        raise HiringError("wrong_kit", _("The chosen questions must come from the chosen kit."))
    if not items and not kit.items.exists():
        raise HiringError("empty_kit", _("This kit has no questions yet."))
    with transaction.atomic():
        interview = Interview.objects.create(
            organisation=organisation,
            candidate=candidate,
            kit=kit,
            title=title.strip()[:200],
            scheduled_at=scheduled_at,
            created_by=actor.user,
        )
        InterviewAssignment.objects.bulk_create(InterviewAssignment(interview=interview, interviewer=p) for p in people)
        if items and len(items) < kit.items.count():
            interview.kit_items.set(items)
    return interview


def _check_access(actor: Actor, interview: Interview) -> None:
    require_manager(actor)
    if interview.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This interview does not exist."))


def _set_status(interview: Interview, status: str) -> Interview:
    with transaction.atomic():
        Interview.objects.filter(pk=interview.pk).update(status=status)
        interview.status = status
    return interview


def interview_cancel(*, actor: Actor, interview: Interview) -> Interview:
    _check_access(actor, interview)
    if interview.status == Interview.Status.DONE:
        raise HiringError("already_done", _("A finished interview cannot be cancelled."))
    return _set_status(interview, Interview.Status.CANCELLED)


def interview_mark_done(*, actor: Actor, interview: Interview) -> Interview:
    _check_access(actor, interview)
    if interview.status == Interview.Status.CANCELLED:
        raise HiringError("cancelled", _("A cancelled interview cannot be marked as done."))
    return _set_status(interview, Interview.Status.DONE)


def interview_items(interview: Interview) -> list[KitItem]:
    """The questions of this interview: its chosen part of the kit, else the whole kit, in kit order."""
    chosen = list(interview.kit_items.select_related("question", "custom_question").order_by("position", "id"))
    if chosen:
        return chosen
    return list(interview.kit.items.select_related("question", "custom_question").order_by("position", "id"))


# Two interviewers' notes for the demo: one strong, one with doubts, both in English.
DEMO_NOTES = (
    (
        "Last spring a customer called because his internet had been down for three days. "
        "He was shouting, so I let him finish and apologised for the wait. "
        "I checked the line, found a fault at the cabinet and booked a technician for the same afternoon. "
        "The connection was back by five o'clock and he later thanked us in a survey.",
        5,
        4,
        Recommendation.STRONG_YES,
    ),
    (
        "She described a customer who was angry about a late refund. "
        "She explained the process and escalated it to billing. "
        "The outcome was not clear and she did not say what she learned.",
        3,
        3,
        Recommendation.YES,
    ),
)


def demo_interviews_ensure(organisation: Organisation) -> Interview | None:
    """A finished interview with two submitted scorecards for one demo candidate (idempotent).

    Needs a candidate whose opening has a kit with questions, and two members to interview;
    does nothing (returns None) otherwise, or the existing demo interview when there is one.
    """
    candidate = (
        Candidate.objects.filter(organisation=organisation, opening__kit__items__isnull=False)
        .select_related("opening__kit", "opening__portrait")
        .order_by("id")
        .first()
    )
    if candidate is None or candidate.opening.kit is None:
        return None
    existing = Interview.objects.filter(candidate=candidate, scorecards__status=Scorecard.Status.SUBMITTED).first()
    if existing is not None:
        return existing
    members = Membership.objects.filter(organisation=organisation).select_related("user").order_by("id")
    # Interviewers first: the demo shows their independent scorecards; any two members do.
    ordered = sorted(members, key=lambda m: (m.role != Role.INTERVIEWER, m.pk))
    panel = [m.user for m in ordered][:2]
    if len(panel) < 2:
        return None
    kit = candidate.opening.kit
    items = list(kit.items.order_by("position", "id"))
    keys = list(portrait_profile(portrait=candidate.opening.portrait)[0])
    now = timezone.now()
    with transaction.atomic():
        interview = Interview.objects.create(
            organisation=organisation,
            candidate=candidate,
            kit=kit,
            title=_("First interview"),
            scheduled_at=now - timedelta(days=1),
            status=Interview.Status.DONE,
        )
        InterviewAssignment.objects.bulk_create(InterviewAssignment(interview=interview, interviewer=u) for u in panel)
        for user, (notes, question_rating, competency_rating, recommendation) in zip(panel, DEMO_NOTES, strict=True):
            card = Scorecard.objects.create(
                interview=interview,
                interviewer=user,
                status=Scorecard.Status.SUBMITTED,
                recommendation=recommendation,
                comments="",
                submitted_at=now,
            )
            ScorecardAnswer.objects.bulk_create(
                ScorecardAnswer(
                    scorecard=card,
                    kit_item=item,
                    notes=notes if i == 0 else "",
                    rating=question_rating,
                    analysis=_analysis(notes, item, kit.language) if i == 0 else {},
                )
                for i, item in enumerate(items)
            )
            CompetencyRating.objects.bulk_create(
                CompetencyRating(scorecard=card, competency_key=key, rating=competency_rating) for key in keys
            )
    return interview


def _analysis(notes: str, item: KitItem, language: str) -> dict[str, Any]:
    from tactful.hiring.services.scorecards import analyse_notes

    return analyse_notes(notes, item, language)
