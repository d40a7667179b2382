"""Interview pages: "My interviews", scheduling from a candidate, an interview's overview,
cancel and mark done. The interviewer's own page (the scorecard) is in `scorecards.py`."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from tactful.accounts.permissions import member_required
from tactful.hiring.errors import HiringError
from tactful.hiring.models import Interview, Kit, KitItem
from tactful.hiring.selectors.candidate_summary import candidate_for_evaluation
from tactful.hiring.selectors.interviews import interview_get, interview_list, interview_questions, interviewer_choices
from tactful.hiring.selectors.kits import fill_slots
from tactful.hiring.selectors.scorecards import scorecards_visible
from tactful.hiring.services.interviews import interview_cancel, interview_mark_done, interview_schedule
from tactful.library.models import localise
from tactful.library.selectors import slot_map


def refuse(error: HiringError) -> None:
    """Turn the errors that mean "not yours" into the HTTP answers every page gives for them."""
    if error.code == "forbidden":
        raise PermissionDenied(error.message)
    if error.code == "not_found":
        raise Http404(error.message)


class UserChoice(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.get_full_name() or obj.get_username())


class ItemChoice(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    slots: dict[str, Any] | None = None

    def label_from_instance(self, obj: Any) -> str:
        text = localise(obj.question.text, obj.kit.language) if obj.question else str(obj.custom_question)
        terms = dict(obj.kit.portrait.slot_values) if obj.kit.portrait else {}
        if self.slots is None:
            self.slots = slot_map()  # once per page, not once per question
        text = fill_slots(text, terms=terms, slots=self.slots, language=obj.kit.language)  # as the kit shows it
        return f"{obj.position}. {text}"  # positions count from 1, as on the kit page


class ScheduleForm(forms.Form):
    kit = forms.ModelChoiceField(queryset=Kit.objects.none(), label=_("Interview kit"))
    interviewers = UserChoice(queryset=None, widget=forms.CheckboxSelectMultiple, label=_("Interviewers"))
    scheduled_at = forms.DateTimeField(
        label=_("Date and time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    title = forms.CharField(label=_("Title"), required=False, max_length=200)
    kit_items = ItemChoice(
        queryset=KitItem.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Only these questions"),
        help_text=_("Leave all unticked to use the whole kit."),
    )

    def __init__(self, *args: Any, actor: Any, kit: Kit | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kit"].queryset = Kit.objects.filter(organisation=actor.organisation)  # type: ignore[attr-defined]
        self.fields["interviewers"].queryset = interviewer_choices(actor=actor)  # type: ignore[attr-defined]
        items = KitItem.objects.filter(kit__organisation=actor.organisation).select_related(
            "kit", "question", "custom_question"
        )
        self.fields["kit_items"].queryset = items.filter(kit=kit) if kit else items.none()  # type: ignore[attr-defined]


@member_required()
def interview_list_view(request: HttpRequest) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    interviews = interview_list(actor=actor)
    return render(
        request,
        "hiring/interview_list.html",
        {
            "upcoming": [i for i in interviews if i.status == Interview.Status.SCHEDULED],
            "past": [i for i in interviews if i.status != Interview.Status.SCHEDULED],
        },
    )


@member_required()
def interview_schedule_view(request: HttpRequest, candidate_id: int) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    if not actor.manages_hiring:
        raise PermissionDenied
    candidate = candidate_for_evaluation(actor=actor, pk=candidate_id)
    if candidate is None:
        raise Http404
    kit = candidate.opening.kit
    form = ScheduleForm(request.POST or None, actor=actor, kit=kit, initial={"kit": kit})
    if request.method == "POST" and form.is_valid():
        try:
            interview = interview_schedule(
                actor=actor,
                candidate=candidate,
                kit=form.cleaned_data["kit"],
                interviewers=list(form.cleaned_data["interviewers"]),
                scheduled_at=form.cleaned_data["scheduled_at"],
                kit_items=list(form.cleaned_data["kit_items"]),
                title=form.cleaned_data["title"],
            )
        except HiringError as error:
            refuse(error)
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The interview is scheduled."))
            return redirect("hiring:interview_detail", interview.pk)
    return render(request, "hiring/interview_schedule.html", {"candidate": candidate, "form": form})


@member_required()
def interview_overview_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Owners and recruiters: the interview's questions, panel and scorecards."""
    actor = request.actor  # type: ignore[attr-defined]
    interview = interview_get(actor=actor, pk=pk)
    if interview is None:
        raise Http404
    cards = scorecards_visible(actor=actor, candidate=interview.candidate).filter(interview=interview)
    by_interviewer = {c.interviewer_id: c for c in cards}
    return render(
        request,
        "hiring/interview_overview.html",
        {
            "interview": interview,
            "questions": interview_questions(interview=interview),
            "panel": [(person, by_interviewer.get(person.pk)) for person in interview.interviewers.all()],
            "is_interviewer": interview.interviewers.filter(pk=actor.user.pk).exists(),
        },
    )


def _change_status(request: HttpRequest, pk: int, change: Any, done_message: str) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    interview = interview_get(actor=actor, pk=pk)
    if interview is None:
        raise Http404
    try:
        change(actor=actor, interview=interview)
    except HiringError as error:
        refuse(error)
        messages.error(request, error.message)
    else:
        messages.success(request, done_message)
    return redirect("hiring:interview_overview", interview.pk)


@require_POST
@member_required()
def interview_cancel_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _change_status(request, pk, interview_cancel, str(_("The interview is cancelled.")))


@require_POST
@member_required()
def interview_done_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _change_status(request, pk, interview_mark_done, str(_("The interview is marked as done.")))
