"""Reads on role portraits, scoped to the acting user's organisation.

Portraits are hiring managers' material: interviewers get nothing here (`None` / empty).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from tactful.accounts.permissions import Actor
from tactful.hiring.models import CustomCompetency, CustomQuestion, Portrait, PortraitCompetency
from tactful.library.models import Competency, localise


def portrait_list(*, actor: Actor) -> QuerySet[Portrait]:
    if not actor.manages_hiring:
        return Portrait.objects.none()
    return Portrait.objects.filter(organisation=actor.organisation).prefetch_related("kits")


def portrait_get(*, actor: Actor, pk: int) -> Portrait | None:
    if not actor.manages_hiring:
        return None
    return Portrait.objects.filter(organisation=actor.organisation, pk=pk).first()


def portrait_profile(*, portrait: Portrait) -> tuple[dict[str, int], frozenset[str]]:
    """The planner's view of a portrait: weights by competency key, and the must-have keys."""
    weights: dict[str, int] = {}
    must: set[str] = set()
    for row in PortraitCompetency.objects.filter(portrait=portrait).select_related("competency"):
        weights[row.key] = row.weight
        if row.must_have:
            must.add(row.key)
    return weights, frozenset(must)


@dataclass(frozen=True)
class CompetencyRow:
    key: str
    name: str
    definition: str
    family: str
    weight: int
    must_have: bool
    own: bool


def portrait_competency_rows(*, portrait: Portrait, language: str | None = None) -> list[CompetencyRow]:
    rows = PortraitCompetency.objects.filter(portrait=portrait).select_related(
        "competency__family", "custom_competency"
    )
    result = []
    for row in rows:
        if row.competency is not None:
            c = row.competency
            result.append(
                CompetencyRow(
                    key=row.key,
                    name=localise(c.name, language),
                    definition=localise(c.definition, language),
                    family=localise(c.family.name, language),
                    weight=row.weight,
                    must_have=row.must_have,
                    own=False,
                )
            )
        elif row.custom_competency is not None:
            own = row.custom_competency
            result.append(
                CompetencyRow(
                    key=row.key,
                    name=own.name,
                    definition=own.definition,
                    family="",
                    weight=row.weight,
                    must_have=row.must_have,
                    own=True,
                )
            )
    return result


def competency_names(*, actor: Actor, language: str | None = None) -> dict[str, str]:
    """Display names by key, for the library and the organisation's own competencies."""
    names = {c.slug: localise(c.name, language) for c in Competency.objects.all()}
    names.update({own.key: own.name for own in CustomCompetency.objects.filter(organisation=actor.organisation)})
    return names


def competency_picker(*, actor: Actor, portrait: Portrait, search: str = "", family: str = "") -> QuerySet[Competency]:
    """Library competencies not yet on the portrait, filtered by words and family."""
    chosen = PortraitCompetency.objects.filter(portrait=portrait, competency__isnull=False).values("competency_id")
    qs = Competency.objects.filter(retired=False).exclude(pk__in=chosen).select_related("family")
    for word in search.lower().split():
        qs = qs.filter(search_text__contains=word)
    if family:
        qs = qs.filter(family__slug=family)
    return qs.order_by("family__position", "position")


def custom_competency_list(*, actor: Actor) -> QuerySet[CustomCompetency]:
    if not actor.manages_hiring:
        return CustomCompetency.objects.none()
    return CustomCompetency.objects.filter(organisation=actor.organisation)


def custom_question_list(*, actor: Actor, include_retired: bool = False) -> QuerySet[CustomQuestion]:
    if not actor.manages_hiring:
        return CustomQuestion.objects.none()
    qs = CustomQuestion.objects.filter(organisation=actor.organisation).select_related("family")
    return qs if include_retired else qs.filter(retired=False)


def custom_question_get(*, actor: Actor, pk: int) -> CustomQuestion | None:
    """One of the organisation's own questions, retired or not (None for anyone else's)."""
    return custom_question_list(actor=actor, include_retired=True).filter(pk=pk).first()
