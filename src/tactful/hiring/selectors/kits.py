"""Reads on interview kits: who may see which kit, and the kit as a page shows it.

Owners and recruiters see every kit of their organisation; an interviewer sees only the kits
of interviews they are assigned to. `kit_view` turns the stored kit into display rows: texts in
the kit's language with the portrait's terms filled in, coverage per competency, and the
planner's reason codes as plain translated sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tactful.accounts.permissions import Actor
from tactful.hiring.models import Kit, KitItem, KitMethod
from tactful.hiring.selectors.portraits import competency_names
from tactful.hiring.services.bank import bank_for, questions_by_key
from tactful.library.models import Question, Slot, localise
from tactful.library.selectors import slot_map

STAGE_LABELS = {
    "warm_up": gettext_lazy("Warm-up"),
    "behavioural": gettext_lazy("Behavioural questions"),
    "situational": gettext_lazy("Situations and problem solving"),
    "technical": gettext_lazy("Technical questions"),
    "closing": gettext_lazy("Closing"),
}


def kit_list(*, actor: Actor) -> QuerySet[Kit]:
    qs = Kit.objects.filter(organisation=actor.organisation).select_related("portrait")
    if not actor.manages_hiring:
        qs = qs.filter(interviews__interviewers=actor.user).distinct()
    return qs


def kit_get(*, actor: Actor, pk: int) -> Kit | None:
    return kit_list(actor=actor).filter(pk=pk).first()


def fill_slots(text: str, *, terms: dict[str, str], slots: dict[str, Slot], language: str) -> str:
    """`{technology}` → the portrait's term, or the slot's label in brackets when none is set."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if terms.get(name):
            return terms[name]
        slot = slots.get(name)
        return f"[{localise(slot.label, language)}]" if slot else match.group(0)

    return re.sub(r"\{(\w+)\}", fill, text)


@dataclass(frozen=True)
class ItemView:
    key: str
    position: int
    stage: str
    minutes: int
    pinned: bool
    own: bool
    text: str
    family: str
    wants_to_learn: str
    rubric: list[tuple[int, str]]
    follow_ups: list[str]
    covers: list[str]
    question: Question | None


@dataclass(frozen=True)
class CoverageRow:
    key: str
    name: str
    weight: int
    must_have: bool
    questions: list[int]  # positions of the kit items that probe it
    reason: str = ""  # why not covered, when `questions` is empty


@dataclass
class KitView:
    kit: Kit
    stages: list[tuple[str, list[ItemView]]] = field(default_factory=list)
    coverage: list[CoverageRow] = field(default_factory=list)
    uncovered: list[CoverageRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    question_minutes: int = 0
    minutes_used: int = 0
    candidate_minutes: int = 0
    method: str = ""
    in_use: bool = False  # interviews use it: its questions no longer change

    @property
    def over_budget(self) -> bool:
        return self.minutes_used > self.kit.minutes

    @property
    def items(self) -> list[ItemView]:
        return [item for _stage, items in self.stages for item in items]


def reason_text(code: str) -> str:
    reasons = {
        "no_question": _("No question in the bank probes it in the kit's language and tier."),
        "excluded": _("Every question that probes it was removed from this kit."),
        "per_competency_cap": _(
            "The questions that probe it would also repeat competencies that are already asked about twice."
        ),
        "time_budget": _("It did not fit in the time budget: add minutes or give it a higher weight."),
    }
    return reasons.get(code, code)


def problem_text(code: str, names: dict[str, str]) -> str:
    word, _sep, arg = code.partition(":")
    name = names.get(arg, arg)
    messages = {
        "budget_too_small": _("The time budget is too small for any question."),
        "pinned_over_budget": _("The questions you kept take longer than the time budget."),
        "unknown_pinned": _("A kept question (%(name)s) no longer exists.") % {"name": name},
        "pinned_excluded": _("A kept question (%(name)s) was also removed; it was left out.") % {"name": name},
        "pinned_unavailable": _("A kept question (%(name)s) is not available in the kit's language.") % {"name": name},
        "pinned_above_tier": _("A kept question (%(name)s) is above the portrait's tier.") % {"name": name},
        "pinned_over_cap": _("The kept questions ask about %(name)s more than twice.") % {"name": name},
        "must_have_unreachable": _("Must-have %(name)s could not be covered.") % {"name": name},
        "solver_unavailable": _("The exact solver is not installed; a quick selection was made."),
        "solver_time_limit": _("The exact solver ran out of time; the best kit found so far is shown."),
    }
    return messages.get(word, code)


def _item_view(
    item: KitItem, *, language: str, terms: dict[str, str], slots: dict[str, Slot], names: dict[str, str]
) -> ItemView:
    q, own = item.question, item.custom_question
    if q is not None:
        text = localise(q.text, language)
        family = localise(q.family.name, language)
        wants = localise(q.wants_to_learn, language)
        rubric = [(score, localise(texts, language)) for score, texts in q.rubric_anchors()]
        follow_ups = [localise(f, language) for f in q.follow_ups]
    else:
        assert own is not None
        text, wants = own.text, own.wants_to_learn
        family = localise(own.family.name, language)
        rubric = sorted((int(k), v) for k, v in own.rubric.items() if str(k).isdigit())
        follow_ups = list(own.follow_ups)
    fill = {"terms": terms, "slots": slots, "language": language}
    return ItemView(
        key=item.key,
        position=item.position,
        stage=item.stage,
        minutes=item.minutes,
        pinned=item.pinned,
        own=own is not None,
        text=fill_slots(text, **fill),  # type: ignore[arg-type]
        family=family,
        wants_to_learn=fill_slots(wants, **fill),  # type: ignore[arg-type]
        rubric=[(score, fill_slots(t, **fill)) for score, t in rubric],  # type: ignore[arg-type]
        follow_ups=[fill_slots(f, **fill) for f in follow_ups],  # type: ignore[arg-type]
        covers=[names.get(c, c) for c in item.covers],
        question=q,
    )


def kit_view(*, actor: Actor, kit: Kit) -> KitView:
    language = kit.language
    terms = dict(kit.portrait.slot_values) if kit.portrait else {}
    slots = slot_map()
    names = competency_names(actor=actor, language=language)
    ui_names = competency_names(actor=actor)
    items = list(kit.items.select_related("question__family", "custom_question__family"))
    view = KitView(kit=kit, in_use=kit.interviews.exists())
    by_stage: dict[str, list[ItemView]] = {}
    for item in items:
        by_stage.setdefault(item.stage, []).append(
            _item_view(item, language=language, terms=terms, slots=slots, names=names)
        )
    view.stages = [(str(STAGE_LABELS.get(stage, stage)), rows) for stage, rows in by_stage.items()]
    explanation = kit.explanation or {}
    weights: dict[str, int] = explanation.get("weights", {})
    must = set(explanation.get("must_haves", []))
    reasons = {u["competency"]: u["reason"] for u in explanation.get("uncovered", [])}
    probing: dict[str, list[int]] = {}
    for item in items:
        for key in item.covers:
            probing.setdefault(key, []).append(item.position)
    ordered = sorted(weights, key=lambda k: (k not in must, -weights[k], ui_names.get(k, k)))
    for key in ordered:
        row = CoverageRow(
            key=key,
            name=ui_names.get(key, key),
            weight=weights[key],
            must_have=key in must,
            questions=probing.get(key, []),
            reason="" if key in probing else reason_text(reasons.get(key, "time_budget")),
        )
        (view.coverage if row.questions else view.uncovered).append(row)
    view.problems = [
        problem_text(code, ui_names) for code in explanation.get("problems", []) if not code.startswith("must_have_")
    ]
    view.question_minutes = sum(row.minutes for row in view.items)
    view.candidate_minutes = int(explanation.get("candidate_questions_minutes", 5))
    view.minutes_used = view.question_minutes + view.candidate_minutes
    view.method = str(KitMethod(kit.method).label) if kit.method in KitMethod.values else kit.method
    return view


@dataclass(frozen=True)
class Alternative:
    key: str
    text: str
    minutes: int
    shared: list[str]


def kit_swap_alternatives(*, actor: Actor, kit: Kit, question_key: str, limit: int = 6) -> list[Alternative]:
    """Questions that could replace `question_key`: not in the kit, in its language and tier, probing
    the same portrait competencies — most shared weight first, then closest in length."""
    item = next((i for i in kit.items.select_related("question") if i.key == question_key), None)
    if item is None:
        return []
    weights: dict[str, int] = (kit.explanation or {}).get("weights", {})
    bank = {q.id: q for q in bank_for(organisation=kit.organisation)}
    own_question = bank.get(question_key)
    wanted = set(own_question.competencies if own_question else item.covers) & set(weights)
    in_kit = {i.key for i in kit.items.select_related("question")}
    tier = kit.portrait.tier if kit.portrait else None
    scored = []
    for q in bank.values():
        if q.id in in_kit or q.id in kit.excluded or kit.language not in q.languages:
            continue
        if tier is not None and q.tier is not None and q.tier > tier:
            continue
        shared = wanted & set(q.competencies)
        if shared:
            scored.append((-sum(weights[c] for c in shared), abs(q.minutes - item.minutes), q.id, shared))
    scored.sort()
    refs = questions_by_key(organisation=kit.organisation, keys=[s[2] for s in scored[:limit]])
    names = competency_names(actor=actor)
    terms = dict(kit.portrait.slot_values) if kit.portrait else {}
    slots = slot_map()
    result = []
    for _w, _d, key, shared in scored[:limit]:
        ref = refs[key]
        raw = localise(ref.question.text, kit.language) if ref.question else ref.custom_question.text  # type: ignore[union-attr]
        result.append(
            Alternative(
                key=key,
                text=fill_slots(raw, terms=terms, slots=slots, language=kit.language),
                minutes=bank[key].minutes,
                shared=sorted(names.get(c, c) for c in shared),
            )
        )
    return result
