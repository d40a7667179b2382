"""The hiring home page: a manager's portraits, kits and openings; an interviewer's interviews."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tactful.accounts.permissions import Actor, member_required
from tactful.hiring.models import Interview
from tactful.hiring.selectors.interviews import interview_list
from tactful.hiring.selectors.kits import kit_list
from tactful.hiring.selectors.openings import opening_list, opening_stage_counts
from tactful.hiring.selectors.portraits import portrait_list


@member_required()
def home(request: HttpRequest) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    openings = list(opening_list(actor=actor, status="open")) if actor.manages_hiring else []
    context = {
        "portraits": portrait_list(actor=actor),
        "kits": kit_list(actor=actor)[:10],
        "openings": [(o, counts[o.pk]) for o in openings]
        if (counts := opening_stage_counts(actor=actor, openings=openings))
        else [],
        "interviews": [] if actor.manages_hiring else _my_interviews(actor),
    }
    return render(request, "hiring/home.html", context)


def _my_interviews(actor: Actor) -> list[Interview]:
    return list(interview_list(actor=actor, status=Interview.Status.SCHEDULED)[:20])
