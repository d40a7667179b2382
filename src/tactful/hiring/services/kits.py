"""Writes on interview kits: plan a kit from a portrait, re-optimise it around the user's
choices (pinned and excluded questions), pin, remove and swap questions.

The choosing is done by the pure planner (`tactful.planning.plan_kit`); this module builds its
request from the database and stores the answer: the ordered `KitItem`s and the explanation
(coverage, uncovered competencies with reason codes, problems, method). Weights and
must-haves are copied into the explanation so a kit still explains itself after the portrait
changes.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import F, ProtectedError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tactful.accounts.permissions import Actor
from tactful.hiring.errors import HiringError
from tactful.hiring.models import Kit, KitItem, KitMethod, Portrait
from tactful.hiring.selectors.portraits import portrait_profile
from tactful.hiring.services.bank import bank_for, questions_by_key
from tactful.hiring.services.portraits import require_manager
from tactful.planning import PlanRequest, Profile, plan_kit

KIT_NAME_MAX = 200  # Kit.name max_length


def _check_own(actor: Actor, obj: Kit | Portrait) -> None:
    if obj.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This kit does not exist."))


def kit_create(*, actor: Actor, portrait: Portrait, name: str | None = None) -> Kit:
    """Plan a new kit for the portrait in its language, within its time budget."""
    require_manager(actor)
    _check_own(actor, portrait)
    weights, _must = portrait_profile(portrait=portrait)
    if not weights:
        raise HiringError("no_competencies", _("Add at least one competency to the portrait first."))
    with transaction.atomic():
        kit = Kit.objects.create(
            organisation=actor.organisation,
            portrait=portrait,
            name=(name or "").strip() or portrait.name,
            language=portrait.language,
            minutes=portrait.minutes,
            created_by=actor.user,
        )
        _plan_and_store(kit, portrait)
    return kit


def kit_optimise(*, actor: Actor, kit: Kit) -> Kit:
    """Plan the kit again from its portrait, keeping pinned questions and never using excluded ones."""
    require_manager(actor)
    _check_own(actor, kit)
    if kit.portrait is None:
        raise HiringError("no_portrait", _("The portrait of this kit was deleted; it can no longer be re-optimised."))
    _check_replannable(kit)
    with transaction.atomic():
        kit = Kit.objects.select_for_update().get(pk=kit.pk)
        _plan_and_store(kit, kit.portrait)  # type: ignore[arg-type]  # checked above
    return kit


def kit_pin(*, actor: Actor, kit: Kit, question_key: str) -> Kit:
    """Keep a question of the kit through every re-optimisation."""
    require_manager(actor)
    _check_own(actor, kit)
    with transaction.atomic():
        kit = Kit.objects.select_for_update().get(pk=kit.pk)
        if question_key not in kit.pinned:
            kit.pinned = [*kit.pinned, question_key]
        kit.excluded = [k for k in kit.excluded if k != question_key]
        _touch(kit)
        _mark_pinned(kit, question_key, pinned=True)
    return kit


def kit_unpin(*, actor: Actor, kit: Kit, question_key: str) -> Kit:
    require_manager(actor)
    _check_own(actor, kit)
    with transaction.atomic():
        kit = Kit.objects.select_for_update().get(pk=kit.pk)
        kit.pinned = [k for k in kit.pinned if k != question_key]
        _touch(kit)
        _mark_pinned(kit, question_key, pinned=False)
    return kit


def _mark_pinned(kit: Kit, question_key: str, *, pinned: bool) -> None:
    """Flag the kit's item for this question (one query, whatever the kit's length)."""
    for item in kit.items.select_related("question"):
        if item.key == question_key and item.pinned != pinned:
            item.pinned = pinned
            item.save(update_fields=["pinned"])


def kit_remove_question(*, actor: Actor, kit: Kit, question_key: str) -> Kit:
    """Never use this question in the kit again, and re-optimise around the choices made so far."""
    require_manager(actor)
    _check_own(actor, kit)
    _check_replannable(kit)
    with transaction.atomic():
        kit = Kit.objects.select_for_update().get(pk=kit.pk)
        kit.pinned = [k for k in kit.pinned if k != question_key]
        if question_key not in kit.excluded:
            kit.excluded = [*kit.excluded, question_key]
        kit.save(update_fields=["pinned", "excluded"])
    return kit_optimise(actor=actor, kit=kit)


def kit_swap_question(*, actor: Actor, kit: Kit, question_key: str, replacement_key: str) -> Kit:
    """Replace one question by a chosen one (pinned), then re-optimise the rest around it."""
    require_manager(actor)
    _check_own(actor, kit)
    _check_replannable(kit)
    if replacement_key == question_key:
        raise HiringError("same_question", _("Choose a different question."))
    if replacement_key not in questions_by_key(organisation=actor.organisation, keys=[replacement_key]):
        raise HiringError("unknown_question", _("This question does not exist."))
    with transaction.atomic():
        kit = Kit.objects.select_for_update().get(pk=kit.pk)
        kit.pinned = [k for k in kit.pinned if k not in (question_key, replacement_key)] + [replacement_key]
        kit.excluded = [k for k in kit.excluded if k != replacement_key]
        if question_key not in kit.excluded:
            kit.excluded = [*kit.excluded, question_key]
        kit.save(update_fields=["pinned", "excluded"])
    return kit_optimise(actor=actor, kit=kit)


def kit_rename(*, actor: Actor, kit: Kit, name: str) -> Kit:
    """Give the kit another name; its questions and the interviews using it are untouched."""
    require_manager(actor)
    _check_own(actor, kit)
    name = name.strip()
    if not name:
        raise HiringError("name_required", _("Give the kit a name."))
    if len(name) > KIT_NAME_MAX:
        raise HiringError(
            "name_too_long", _("A kit name is at most %(limit)d characters long.") % {"limit": KIT_NAME_MAX}
        )
    with transaction.atomic():
        # Re-read under a lock: `_touch` also writes `pinned`/`excluded`, which must not be rolled
        # back to what the caller's copy held if someone pinned a question meanwhile.
        kit = Kit.objects.select_for_update().get(pk=kit.pk)
        kit.name = name
        _touch(kit, "name")
    return kit


def kit_delete(*, actor: Actor, kit: Kit) -> None:
    """Delete a kit no interview uses; openings that chose it are left without a kit.

    Interviews keep their kit (`Interview.kit` and scorecard answers PROTECT it), so a kit in
    use is refused with `HiringError("in_use")`. The check runs under a lock on the kit row so
    an interview scheduled at the same moment cannot slip in between the check and the delete.
    """
    require_manager(actor)
    _check_own(actor, kit)
    try:
        with transaction.atomic():
            locked = Kit.objects.select_for_update().get(pk=kit.pk)
            used = locked.interviews.count()
            if used:
                raise kit_in_use(used)
            locked.delete()
    except ProtectedError as error:  # an interview committed after the count: refuse the same way
        raise kit_in_use(kit.interviews.count() or 1) from error


def kit_in_use(count: int) -> HiringError:
    """The refusal for deleting a kit that `count` interviews use (the delete page shows it up front)."""
    return HiringError(
        "in_use",
        ngettext(
            "%(count)d interview uses this kit, so it cannot be deleted.",
            "%(count)d interviews use this kit, so it cannot be deleted.",
            count,
        )
        % {"count": count},
    )


def _check_replannable(kit: Kit) -> None:
    # Interviews point at the kit's questions (a chosen part of the kit, scorecard answers), so
    # the questions of a kit in use stay as they are; pinning only marks them and is allowed.
    if kit.interviews.exists():
        raise HiringError(
            "in_use",
            _("Interviews already use this kit, so its questions can no longer change. Plan a new kit instead."),
        )


def _touch(kit: Kit, *fields: str) -> None:
    kit.version = F("version") + 1
    kit.save(update_fields=["pinned", "excluded", "version", "updated_at", *fields])
    kit.refresh_from_db()


def _plan_and_store(kit: Kit, portrait: Portrait) -> None:
    weights, must = portrait_profile(portrait=portrait)
    request = PlanRequest(
        profile=Profile(weights=weights, must_haves=must, tier=portrait.tier),
        bank=bank_for(organisation=kit.organisation),
        minutes=kit.minutes,
        language=kit.language,
        pinned=tuple(kit.pinned),
        excluded=frozenset(kit.excluded),
    )
    plan = plan_kit(request)
    refs = questions_by_key(organisation=kit.organisation, keys=list(plan.question_ids))
    kit.items.all().delete()
    KitItem.objects.bulk_create(
        [
            KitItem(
                kit=kit,
                position=position,
                stage=item.stage,
                minutes=item.minutes,
                question=refs[item.question_id].question,
                custom_question=refs[item.question_id].custom_question,
                pinned=item.pinned,
                covers=list(item.covers),
            )
            for position, item in enumerate(plan.items, start=1)
            if item.question_id in refs
        ]
    )
    explanation = plan.to_dict()
    explanation.pop("items")
    explanation["weights"] = dict(weights)
    explanation["must_haves"] = sorted(must)
    explanation["candidate_questions_minutes"] = request.candidate_questions_minutes
    kit.explanation = explanation
    kit.method = plan.method if plan.method in KitMethod.values else KitMethod.GREEDY
    kit.proven_optimal = plan.proven_optimal
    kit.objective = plan.objective
    # Pinned keys the planner could not use (retired, another language) stay listed in problems.
    _touch(kit, "explanation", "method", "proven_optimal", "objective")
