"""Writes on openings: a job opening hires for one portrait and may use one kit."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from tactful.accounts.permissions import Actor
from tactful.hiring.errors import HiringError
from tactful.hiring.models import Kit, Opening, Portrait
from tactful.hiring.services.portraits import require_manager


def _check(actor: Actor, portrait: Portrait, kit: Kit | None) -> None:
    if portrait.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This portrait does not exist."))
    if kit is not None and kit.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This kit does not exist."))


def opening_create(*, actor: Actor, title: str, portrait: Portrait, kit: Kit | None = None) -> Opening:
    require_manager(actor)
    _check(actor, portrait, kit)
    if not title.strip():
        raise HiringError("title_required", _("Give the opening a title."))
    with transaction.atomic():
        return Opening.objects.create(organisation=actor.organisation, title=title.strip(), portrait=portrait, kit=kit)


def opening_update(
    *, actor: Actor, opening: Opening, title: str, portrait: Portrait, kit: Kit | None, status: str
) -> Opening:
    require_manager(actor)
    if opening.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This opening does not exist."))
    _check(actor, portrait, kit)
    if status not in Opening.Status.values:
        raise HiringError("bad_status", _("Unknown status."))
    with transaction.atomic():
        opening.title, opening.portrait, opening.kit, opening.status = title.strip(), portrait, kit, status
        opening.save(update_fields=["title", "portrait", "kit", "status"])
    return opening


def opening_close(*, actor: Actor, opening: Opening) -> Opening:
    return opening_update(
        actor=actor,
        opening=opening,
        title=opening.title,
        portrait=opening.portrait,
        kit=opening.kit,
        status=Opening.Status.CLOSED,
    )
