"""Reads on the library. The library is shared by every organisation, so nothing here is
organisation-scoped; retired items are hidden unless asked for."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from tactful.library.models import (
    CandidateQuestion,
    Competency,
    CompetencyFamily,
    Question,
    QuestionFamily,
    Slot,
    Track,
)


@dataclass(frozen=True)
class QuestionFilter:
    search: str = ""
    family: str = ""
    competency: str = ""
    tier: int | None = None
    track: str = ""


def question_list(*, filters: QuestionFilter | None = None, include_retired: bool = False) -> QuerySet[Question]:
    f = filters or QuestionFilter()
    qs = Question.objects.select_related("family").prefetch_related(
        Prefetch("competencies", queryset=Competency.objects.order_by("questioncompetency__position"))
    )
    if not include_retired:
        qs = qs.filter(retired=False)
    for word in f.search.lower().split():
        qs = qs.filter(search_text__contains=word)
    if f.family:
        qs = qs.filter(family__slug=f.family)
    if f.competency:
        qs = qs.filter(competencies__slug=f.competency)
    if f.tier is not None:
        qs = qs.filter(tier=f.tier)
    if f.track:
        qs = qs.filter(tracks__slug=f.track)
    return qs.order_by("family__position", "position").distinct()


def question_get(*, slug: str) -> Question | None:
    """A question by id, retired ones included (old interviews link to them)."""
    return (
        Question.objects.select_related("family")
        .prefetch_related("competencies__family", "tracks")
        .filter(slug=slug)
        .first()
    )


def competency_list(*, search: str = "", family: str = "", include_retired: bool = False) -> QuerySet[Competency]:
    qs = Competency.objects.select_related("family")
    if not include_retired:
        qs = qs.filter(retired=False)
    for word in search.lower().split():
        qs = qs.filter(search_text__contains=word)
    if family:
        qs = qs.filter(family__slug=family)
    return qs.order_by("family__position", "position")


def competency_get(*, slug: str) -> Competency | None:
    return Competency.objects.select_related("family").filter(slug=slug).first()


def competency_family_list() -> QuerySet[CompetencyFamily]:
    return CompetencyFamily.objects.filter(retired=False)


def question_family_list() -> QuerySet[QuestionFamily]:
    return QuestionFamily.objects.filter(retired=False)


def track_list() -> QuerySet[Track]:
    return Track.objects.filter(retired=False)


def track_get(*, slug: str) -> Track | None:
    return Track.objects.filter(slug=slug, retired=False).first()


def track_questions(*, track: Track) -> QuerySet[Question]:
    return track.questions.filter(retired=False).select_related("family").order_by("trackquestion__position")


def candidate_question_list() -> QuerySet[CandidateQuestion]:
    return CandidateQuestion.objects.filter(retired=False)


def slot_map() -> dict[str, Slot]:
    return {slot.slug: slot for slot in Slot.objects.filter(retired=False)}
