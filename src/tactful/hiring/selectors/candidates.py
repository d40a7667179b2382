"""Reads on candidates. Owners and recruiters see every candidate of their organisation; an
interviewer sees only candidates with an interview they are assigned to. Anything else does
not exist for the caller (views answer 404)."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from tactful.accounts.permissions import Actor
from tactful.hiring.models import Candidate, Opening


def candidate_list(
    *, actor: Actor, opening: Opening | None = None, stage: str = "", search: str = ""
) -> QuerySet[Candidate]:
    qs = Candidate.objects.filter(organisation=actor.organisation).select_related("opening")
    if not actor.manages_hiring:
        qs = qs.filter(pk__in=Candidate.objects.filter(interviews__interviewers=actor.user).values("pk"))
    if opening is not None:
        qs = qs.filter(opening=opening)
    if stage:
        qs = qs.filter(stage=stage)
    for word in search.split():
        qs = qs.filter(Q(name__icontains=word) | Q(email__icontains=word))
    return qs


def candidate_get(*, actor: Actor, pk: int) -> Candidate | None:
    return candidate_list(actor=actor).filter(pk=pk).first()
