"""Reads on openings, scoped to the acting user's organisation.

Owners and recruiters see every opening; an interviewer sees the openings of the candidates
they interview (and only those candidates, see `selectors.candidates`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, QuerySet

from tactful.accounts.permissions import Actor
from tactful.hiring.models import Opening, Stage


def opening_list(*, actor: Actor, status: str = "") -> QuerySet[Opening]:
    qs = Opening.objects.filter(organisation=actor.organisation).select_related("portrait", "kit")
    if not actor.manages_hiring:
        qs = qs.filter(candidates__interviews__interviewers=actor.user).distinct()
    if status:
        qs = qs.filter(status=status)
    return qs


def opening_get(*, actor: Actor, pk: int) -> Opening | None:
    return opening_list(actor=actor).filter(pk=pk).first()


@dataclass(frozen=True)
class StageCount:
    stage: str
    label: str
    count: int


def opening_stage_counts(*, actor: Actor, openings: list[Opening]) -> dict[int, list[StageCount]]:
    """Candidates per pipeline stage for each opening (all stages, zeros included, in order)."""
    from tactful.hiring.selectors.candidates import candidate_list

    rows = (
        candidate_list(actor=actor)
        .filter(opening__in=openings)
        .order_by()
        .values("opening_id", "stage")
        .annotate(n=Count("id"))
    )
    counts = {(r["opening_id"], r["stage"]): r["n"] for r in rows}
    return {
        o.pk: [StageCount(stage, str(label), counts.get((o.pk, stage), 0)) for stage, label in Stage.choices]
        for o in openings
    }
