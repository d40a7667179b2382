"""Which scorecards an actor may read: the rule of independent feedback.

Owners and recruiters see every scorecard of their organisation's candidates. An interviewer
sees their own scorecards, and their colleagues' *submitted* scorecards for a candidate only
once they have submitted one of their own for that candidate (for any of its interviews), so
nobody's rating is anchored by someone else's. Nobody but the author sees a draft's notes
before it is submitted, except owners and recruiters, who see drafts marked as such.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from tactful.accounts.permissions import Actor
from tactful.hiring.models import Candidate, Interview, Scorecard


def _of_organisation(actor: Actor) -> QuerySet[Scorecard]:
    return Scorecard.objects.filter(interview__organisation=actor.organisation).select_related(
        "interview__candidate", "interviewer"
    )


def has_submitted_for(*, actor: Actor, candidate: Candidate) -> bool:
    return Scorecard.objects.filter(
        interview__candidate=candidate, interviewer=actor.user, status=Scorecard.Status.SUBMITTED
    ).exists()


def scorecards_visible(*, actor: Actor, candidate: Candidate) -> QuerySet[Scorecard]:
    cards = _of_organisation(actor).filter(interview__candidate=candidate)
    if actor.sees_all_scorecards:
        return cards.order_by("interview__scheduled_at", "interview_id", "id")
    mine = Q(interviewer=actor.user)
    if has_submitted_for(actor=actor, candidate=candidate):
        mine |= Q(status=Scorecard.Status.SUBMITTED)
    return cards.filter(mine).order_by("interview__scheduled_at", "interview_id", "id")


def scorecards_hidden_count(*, actor: Actor, candidate: Candidate) -> int:
    """How many colleagues' scorecards exist that the actor cannot see yet (to say so)."""
    total = _of_organisation(actor).filter(interview__candidate=candidate).count()
    return total - scorecards_visible(actor=actor, candidate=candidate).count()


def scorecard_get(*, actor: Actor, pk: int) -> Scorecard | None:
    card = _of_organisation(actor).filter(pk=pk).first()
    if card is None:
        return None
    visible = scorecards_visible(actor=actor, candidate=card.interview.candidate)
    return card if visible.filter(pk=card.pk).exists() else None


def scorecard_mine(*, actor: Actor, interview: Interview) -> Scorecard:
    """The actor's scorecard for an interview they sit on, or an unsaved blank one (`pk` None,
    version 1) when they have not saved yet: opening the page writes nothing, and the first
    save creates the row (`scorecard_get_or_create`) before its version-guarded update. The
    caller checks that the actor is on the panel."""
    found = Scorecard.objects.filter(interview=interview, interviewer=actor.user).first()
    return found if found is not None else Scorecard(interview=interview, interviewer=actor.user)
