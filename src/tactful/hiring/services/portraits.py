"""Writes on role portraits: settings, weighted competencies, own competencies and questions.

Every function takes the acting `Actor`, refuses anyone who does not manage hiring and works
inside the actor's organisation. The portrait's settings form is protected by
`Portrait.version`: a save carrying an older version is refused with `HiringError("stale")`.
Competency rows are single-row writes that cannot lose anyone's work, so they do not bump it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db import transaction
from django.db.models import F, ProtectedError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tactful.accounts.permissions import Actor
from tactful.hiring.errors import HiringError
from tactful.hiring.models import CUSTOM_PREFIX, CustomCompetency, CustomQuestion, Portrait, PortraitCompetency
from tactful.library.models import Competency, QuestionFamily, Slot, Track

PORTRAIT_FIELDS = ("name", "description", "language", "tier", "minutes", "slot_values")
TRACK_COMPETENCIES = 10  # a template portrait stays focused: the track's most-probed competencies


def require_manager(actor: Actor) -> None:
    if not actor.manages_hiring:
        raise HiringError("forbidden", _("Only owners and recruiters can change hiring data."))


def _clean_slots(values: dict[str, str] | None) -> dict[str, str]:
    known = set(Slot.objects.filter(retired=False).values_list("slug", flat=True))
    return {k: str(v).strip()[:200] for k, v in (values or {}).items() if k in known and str(v).strip()}


def _check_own(actor: Actor, portrait: Portrait) -> None:
    if portrait.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This portrait does not exist."))


def portrait_create(
    *,
    actor: Actor,
    name: str,
    language: str = "en",
    tier: int | None = None,
    minutes: int = 45,
    description: str = "",
    slot_values: dict[str, str] | None = None,
    track: Track | None = None,
) -> Portrait:
    """A new portrait; with `track`, pre-filled with the competencies the track's questions probe."""
    require_manager(actor)
    with transaction.atomic():
        portrait = Portrait.objects.create(
            organisation=actor.organisation,
            name=name.strip(),
            description=description,
            language=language,
            tier=tier,
            minutes=minutes,
            slot_values=_clean_slots(slot_values),
            created_by=actor.user,
        )
        if track is not None:
            _competencies_from_track(portrait, track)
    return portrait


def _competencies_from_track(portrait: Portrait, track: Track) -> None:
    counts: Counter[int] = Counter()
    for question in track.questions.filter(retired=False).prefetch_related("competencies"):
        counts.update(c.pk for c in question.competencies.all() if not c.retired)
    ranked = counts.most_common(TRACK_COMPETENCIES)
    for rank, (competency_id, _count) in enumerate(ranked):
        weight = 5 if rank < 3 else 4 if rank < 6 else 3
        PortraitCompetency.objects.get_or_create(
            portrait=portrait, competency_id=competency_id, defaults={"weight": weight}
        )


def portrait_update(*, actor: Actor, portrait: Portrait, version: int, **fields: Any) -> Portrait:
    """Save the portrait's settings if nobody saved since `version` was read; bumps the version."""
    require_manager(actor)
    _check_own(actor, portrait)
    unknown = set(fields) - set(PORTRAIT_FIELDS)
    if unknown:
        raise TypeError(f"portrait_update() got unknown fields {sorted(unknown)}")
    if "slot_values" in fields:
        fields["slot_values"] = _clean_slots(fields["slot_values"])
    if "name" in fields:
        fields["name"] = fields["name"].strip()
    with transaction.atomic():
        changed = Portrait.objects.filter(pk=portrait.pk, version=version).update(version=F("version") + 1, **fields)
        if not changed:
            raise HiringError(
                "stale",
                _(
                    "Someone saved this portrait after you opened it. Your changes were not saved; "
                    "check the current values below and save again."
                ),
            )
    portrait.refresh_from_db()
    return portrait


def portrait_delete(*, actor: Actor, portrait: Portrait) -> None:
    """Delete a portrait no opening hires for; its kits stay (without a portrait, so they can
    no longer be re-optimised) and so do the organisation's own competencies and questions.

    Openings PROTECT their portrait, so a portrait in use is refused with
    `HiringError("in_use")` naming the openings; the check runs under a lock on the portrait row.
    """
    require_manager(actor)
    _check_own(actor, portrait)
    try:
        with transaction.atomic():
            locked = Portrait.objects.select_for_update().get(pk=portrait.pk)
            titles = list(locked.openings.order_by("title", "id").values_list("title", flat=True))
            if titles:
                raise portrait_in_use(titles)
            locked.delete()
    except ProtectedError as error:  # an opening committed after the check: refuse the same way
        raise portrait_in_use(list(portrait.openings.values_list("title", flat=True))) from error


def portrait_in_use(titles: list[str]) -> HiringError:
    """The refusal for deleting a portrait the openings titled `titles` hire for."""
    return HiringError(
        "in_use",
        ngettext(
            "This portrait cannot be deleted: the opening %(openings)s hires for it. "
            "Choose another portrait for that opening first.",
            "This portrait cannot be deleted: the openings %(openings)s hire for it. "
            "Choose another portrait for those openings first.",
            len(titles),
        )
        % {"openings": ", ".join(f"“{title}”" for title in titles)},
    )


def _competency_for_key(actor: Actor, key: str) -> tuple[Competency | None, CustomCompetency | None]:
    if key.startswith(CUSTOM_PREFIX):
        pk = key[len(CUSTOM_PREFIX) :]
        own = CustomCompetency.objects.filter(organisation=actor.organisation, pk=pk).first() if pk.isdigit() else None
        if own is None:
            raise HiringError("unknown_competency", _("This competency does not exist."))
        return None, own
    library = Competency.objects.filter(slug=key, retired=False).first()
    if library is None:
        raise HiringError("unknown_competency", _("This competency does not exist."))
    return library, None


def portrait_competency_set(
    *, actor: Actor, portrait: Portrait, key: str, weight: int = 3, must_have: bool = False
) -> PortraitCompetency:
    """Add a competency (library slug or `custom-<pk>`) to the portrait, or change its weight."""
    require_manager(actor)
    _check_own(actor, portrait)
    if not 1 <= int(weight) <= 5:
        raise HiringError("bad_weight", _("A weight is a whole number from 1 to 5."))
    competency, own = _competency_for_key(actor, key)
    with transaction.atomic():
        row, _created = PortraitCompetency.objects.update_or_create(
            portrait=portrait,
            competency=competency,
            custom_competency=own,
            defaults={"weight": int(weight), "must_have": bool(must_have)},
        )
    return row


def portrait_competency_remove(*, actor: Actor, portrait: Portrait, key: str) -> None:
    require_manager(actor)
    _check_own(actor, portrait)
    competency, own = _competency_for_key(actor, key)
    with transaction.atomic():
        PortraitCompetency.objects.filter(portrait=portrait, competency=competency, custom_competency=own).delete()


def portrait_competencies_from_track(*, actor: Actor, portrait: Portrait, track: Track) -> Portrait:
    """Add the track's most-probed competencies; those already on the portrait keep their weight."""
    require_manager(actor)
    _check_own(actor, portrait)
    with transaction.atomic():
        _competencies_from_track(portrait, track)
    return portrait


def custom_competency_create(
    *,
    actor: Actor,
    name: str,
    definition: str = "",
    behaviours: list[str] | None = None,
    portrait: Portrait | None = None,
    weight: int = 3,
    must_have: bool = False,
) -> CustomCompetency:
    """An own competency for the organisation; with `portrait`, also added to it."""
    require_manager(actor)
    name = name.strip()
    if not name:
        raise HiringError("name_required", _("Give the competency a name."))
    if CustomCompetency.objects.filter(organisation=actor.organisation, name__iexact=name).exists():
        raise HiringError("duplicate", _("Your organisation already has a competency with this name."))
    with transaction.atomic():
        own = CustomCompetency.objects.create(
            organisation=actor.organisation,
            name=name,
            definition=definition.strip(),
            behaviours=[b.strip() for b in (behaviours or []) if b.strip()],
        )
        if portrait is not None:
            _check_own(actor, portrait)
            PortraitCompetency.objects.create(
                portrait=portrait, custom_competency=own, weight=weight, must_have=must_have
            )
    return own


def custom_question_create(
    *,
    actor: Actor,
    family: QuestionFamily,
    text: str,
    language: str,
    competency_keys: list[str],
    wants_to_learn: str = "",
    rubric: dict[str, str] | None = None,
    follow_ups: list[str] | None = None,
    minutes: int = 5,
) -> CustomQuestion:
    """An own question in one language, probing library and/or own competencies."""
    require_manager(actor)
    if not text.strip():
        raise HiringError("text_required", _("Write the question."))
    if not competency_keys:
        raise HiringError("competency_required", _("Choose at least one competency the question probes."))
    pairs = [_competency_for_key(actor, key) for key in competency_keys]
    with transaction.atomic():
        question = CustomQuestion.objects.create(
            organisation=actor.organisation,
            family=family,
            language=language,
            text=text.strip(),
            wants_to_learn=wants_to_learn.strip(),
            rubric={k: v.strip() for k, v in (rubric or {}).items() if v and v.strip()},
            follow_ups=[f.strip() for f in (follow_ups or []) if f.strip()],
            minutes=minutes,
        )
        question.competencies.set([c for c, _own in pairs if c is not None])
        question.custom_competencies.set([o for _c, o in pairs if o is not None])
    return question


def custom_question_retire(*, actor: Actor, question: CustomQuestion) -> CustomQuestion:
    """Hide an own question from new kits; kits and interviews that use it keep it."""
    require_manager(actor)
    if question.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This question does not exist."))
    with transaction.atomic():
        question.retired = True
        question.save(update_fields=["retired"])
    return question
