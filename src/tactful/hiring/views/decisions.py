"""Record a hiring decision from the candidate's scores page."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tactful.accounts.permissions import member_required
from tactful.hiring.errors import HiringError
from tactful.hiring.selectors.candidate_summary import candidate_for_evaluation
from tactful.hiring.services.decisions import decision_record
from tactful.hiring.views.comparison import candidate_scores_page
from tactful.hiring.views.interviews import refuse


@require_POST
@member_required()
def decision_record_view(request: HttpRequest, candidate_id: int) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    candidate = candidate_for_evaluation(actor=actor, pk=candidate_id)
    if candidate is None:
        raise Http404
    if not actor.manages_hiring:
        raise PermissionDenied
    try:
        decision_record(
            actor=actor,
            candidate=candidate,
            outcome=request.POST.get("outcome", ""),
            reason=request.POST.get("reason", ""),
        )
    except HiringError as error:
        refuse(error)
        return candidate_scores_page(request, candidate, decision_error=error, status=400)
    messages.success(request, _("The decision is recorded."))
    return redirect("hiring:candidate_scores", candidate.pk)
