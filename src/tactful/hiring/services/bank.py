"""The planner's question bank for one organisation, built from the database.

Library questions that are not retired (all five languages, with their tier) plus the
organisation's own non-retired questions (only in the language they were written in). Keys
follow the models: a library question by its slug, an own question as `custom-<pk>`. This
module reads; it decides nothing about who may plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from tactful.accounts.models import Organisation
from tactful.hiring.models import CUSTOM_PREFIX, CustomQuestion
from tactful.library.models import Question
from tactful.planning import BankQuestion
from tactful.planning.model import LANGUAGES


def bank_for(*, organisation: Organisation) -> list[BankQuestion]:
    bank = []
    library = Question.objects.filter(retired=False).select_related("family").prefetch_related("competencies")
    for q in library:
        bank.append(
            BankQuestion(
                id=q.slug,
                family=q.family.slug,
                minutes=q.minutes,
                competencies=tuple(c.slug for c in q.competencies.all()),
                tier=q.tier,
                languages=LANGUAGES,
            )
        )
    own = (
        CustomQuestion.objects.filter(organisation=organisation, retired=False)
        .select_related("family")
        .prefetch_related("competencies", "custom_competencies")
    )
    for cq in own:
        keys = [c.slug for c in cq.competencies.all()] + [cc.key for cc in cq.custom_competencies.all()]
        bank.append(
            BankQuestion(
                id=cq.key,
                family=cq.family.slug,
                minutes=cq.minutes,
                competencies=tuple(keys),
                tier=None,
                languages=frozenset({cq.language}),
            )
        )
    return bank


@dataclass(frozen=True)
class QuestionRef:
    """A bank key resolved to its row: exactly one of `question` and `custom_question` is set."""

    key: str
    question: Question | None = None
    custom_question: CustomQuestion | None = None


def questions_by_key(*, organisation: Organisation, keys: list[str] | tuple[str, ...]) -> dict[str, QuestionRef]:
    """Rows for the given keys; keys of another organisation's questions are silently absent."""
    custom_ids = [int(k[len(CUSTOM_PREFIX) :]) for k in keys if k.startswith(CUSTOM_PREFIX) and k[7:].isdigit()]
    slugs = [k for k in keys if not k.startswith(CUSTOM_PREFIX)]
    found: dict[str, QuestionRef] = {}
    for q in Question.objects.filter(slug__in=slugs).select_related("family").prefetch_related("competencies"):
        found[q.slug] = QuestionRef(key=q.slug, question=q)
    own = (
        CustomQuestion.objects.filter(organisation=organisation, pk__in=custom_ids)
        .select_related("family")
        .prefetch_related("competencies", "custom_competencies")
    )
    for cq in own:
        found[cq.key] = QuestionRef(key=cq.key, custom_question=cq)
    return found
