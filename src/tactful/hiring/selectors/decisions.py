"""Reads on hiring decisions: a candidate's history, newest first, inside the actor's organisation."""

from __future__ import annotations

from django.db.models import QuerySet

from tactful.accounts.permissions import Actor
from tactful.hiring.models import Candidate, Decision


def decision_list(*, actor: Actor, candidate: Candidate) -> QuerySet[Decision]:
    return (
        Decision.objects.filter(candidate=candidate, candidate__organisation=actor.organisation)
        .select_related("decided_by")
        .order_by("-decided_at", "-id")
    )
