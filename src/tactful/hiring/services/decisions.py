"""Record a hiring decision (hire, reject, hold) with its reason.

Decisions are never edited: a new one supersedes the last, so the history shows who changed
their mind and why. Hire and reject also move the candidate to the matching stage.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from tactful.accounts.permissions import Actor
from tactful.hiring.errors import HiringError
from tactful.hiring.models import Candidate, Decision, Stage

MAX_REASON = 5000
STAGE_AFTER = {Decision.Outcome.HIRE: Stage.HIRED, Decision.Outcome.REJECT: Stage.REJECTED}


def decision_record(*, actor: Actor, candidate: Candidate, outcome: str, reason: str) -> Decision:
    if not actor.manages_hiring:
        raise HiringError("forbidden", _("Only owners and recruiters record hiring decisions."))
    if candidate.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This candidate does not exist."))
    if outcome not in Decision.Outcome.values:
        raise HiringError("bad_outcome", _("Choose hire, reject or hold."))
    reason = reason.strip()
    if not reason:
        raise HiringError("no_reason", _("Write the reason for the decision: it is what the team will read later."))
    if len(reason) > MAX_REASON:
        raise HiringError("too_long", _("The reason is limited to %(limit)s characters.") % {"limit": MAX_REASON})
    with transaction.atomic():
        decision = Decision.objects.create(candidate=candidate, outcome=outcome, reason=reason, decided_by=actor.user)
        stage = STAGE_AFTER.get(Decision.Outcome(outcome))
        if stage is not None:
            Candidate.objects.filter(pk=candidate.pk).update(stage=stage)
            candidate.stage = stage
    return decision
