"""Reads on interviews, scoped by the actor: owners and recruiters see every interview of
their organisation, interviewers only the ones they are assigned to. Also the interviewer's
view of one question of the kit: its text with the portrait's terms filled in, what to look
for, rubric anchors and follow-ups, in the kit's language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from tactful.accounts.permissions import Actor
from tactful.hiring.models import Candidate, Interview, KitItem
from tactful.hiring.services.interviews import interview_items
from tactful.library.models import Slot, localise


def interview_list(
    *, actor: Actor, candidate: Candidate | None = None, status: str | None = None
) -> QuerySet[Interview]:
    interviews = Interview.objects.filter(organisation=actor.organisation)
    if not actor.manages_hiring:
        interviews = interviews.filter(interviewassignment__interviewer=actor.user)
    if candidate is not None:
        interviews = interviews.filter(candidate=candidate)
    if status is not None:
        interviews = interviews.filter(status=status)
    return (
        interviews.select_related("candidate__opening", "kit")
        .prefetch_related("interviewers")
        .order_by("scheduled_at", "id")
        .distinct()
    )


def interview_get(*, actor: Actor, pk: int) -> Interview | None:
    return interview_list(actor=actor).filter(pk=pk).first()


def interviewer_choices(*, actor: Actor) -> QuerySet[Any]:
    """Members of the actor's organisation, who may be put on an interview panel."""
    return (
        get_user_model()
        .objects.filter(memberships__organisation=actor.organisation, is_active=True)
        .order_by("first_name", "username")
    )


@dataclass(frozen=True)
class QuestionShown:
    item: KitItem
    number: int
    text: SafeString
    wants_to_learn: str
    anchors: list[tuple[str, str]]  # ("1", text), ("3", ...), ("5", ...)
    follow_ups: list[str]
    library_slug: str | None


def fill_slots(text: str, values: dict[str, str], slots: dict[str, Slot], language: str) -> SafeString:
    """The question text with each `{slot}` replaced by the portrait's term, or shown as a
    highlighted blank (like the library's `with_slots`) when the portrait has none."""
    escaped = escape(text)

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if values.get(name):
            return str(format_html('<span class="slot filled">{}</span>', values[name]))
        slot = slots.get(name)
        label = localise(slot.label, language) if slot else name
        example = localise(slot.example, language) if slot else ""
        return str(format_html('<span class="slot" title="{}">{}</span>', example, label))

    return mark_safe(re.sub(r"\{(\w+)\}", replace, escaped))


def interview_questions(*, interview: Interview) -> list[QuestionShown]:
    language = interview.kit.language
    portrait = interview.candidate.opening.portrait
    values = {str(k): str(v) for k, v in (portrait.slot_values or {}).items()}
    slots = {s.slug: s for s in Slot.objects.all()}
    shown = []
    for number, item in enumerate(interview_items(interview), start=1):
        if item.question is not None:
            q = item.question
            text = localise(q.text, language)
            wants = localise(q.wants_to_learn, language)
            anchors = [(str(level), localise(texts, language)) for level, texts in sorted((q.rubric or {}).items())]
            follow = [localise(f, language) for f in q.follow_ups or []]
            slug: str | None = q.slug
        else:
            cq = item.custom_question
            assert cq is not None, "a kit item holds a library question or an own one"
            text, wants = cq.text, cq.wants_to_learn
            anchors = [(str(level), str(t)) for level, t in sorted((cq.rubric or {}).items()) if t]
            follow = [str(f) for f in cq.follow_ups or []]
            slug = None
        shown.append(
            QuestionShown(item, number, fill_slots(text, values, slots, language), wants, anchors, follow, slug)
        )
    return shown
