"""Reads on organisations, members, invitations and API tokens.

Everything about an organisation is read through the acting user's `Actor`, so an id from
another organisation simply finds nothing. The two exceptions take a secret instead of an
actor (an invitation link, an API token): the secret itself is the credential.
"""

from __future__ import annotations

import hashlib

from django.db.models import F, QuerySet
from django.utils import timezone

from tactful.accounts.models import ApiToken, Invitation, Membership
from tactful.accounts.permissions import Actor


def secret_digest(secret: str) -> str:
    """The SHA-256 hex digest under which a one-time link or API token is stored."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def membership_list(*, actor: Actor) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(organisation=actor.organisation)
        .select_related("user")
        .order_by("user__username", "id")
    )


def membership_get(*, actor: Actor, membership_id: int) -> Membership | None:
    return membership_list(actor=actor).filter(pk=membership_id).first()


def owner_count(*, actor: Actor) -> int:
    return Membership.objects.filter(organisation=actor.organisation, role="owner").count()


def invitation_pending_list(*, actor: Actor) -> QuerySet[Invitation]:
    """Invitations of the actor's organisation that can still be accepted, newest first."""
    return Invitation.objects.filter(
        organisation=actor.organisation,
        accepted_at__isnull=True,
        revoked_at__isnull=True,
        expires_at__gt=timezone.now(),
    ).order_by("-created_at", "-id")


def invitation_get(*, actor: Actor, invitation_id: int) -> Invitation | None:
    return Invitation.objects.filter(organisation=actor.organisation, pk=invitation_id).first()


def invitation_for_token(*, token: str) -> Invitation | None:
    """The invitation behind a link's token, whatever its state (the caller says why it is unusable)."""
    return Invitation.objects.select_related("organisation").filter(token_digest=secret_digest(token)).first()


def api_token_list(*, actor: Actor) -> QuerySet[ApiToken]:
    """The actor's own tokens in their organisation, active ones first, newest first."""
    # nulls_first: SQLite and PostgreSQL put NULLs at opposite ends by default.
    return ApiToken.objects.filter(user_id=actor.user.pk, organisation=actor.organisation).order_by(
        F("revoked_at").asc(nulls_first=True), "-created_at", "-id"
    )


def api_token_get(*, actor: Actor, token_id: int) -> ApiToken | None:
    return api_token_list(actor=actor).filter(pk=token_id).first()


def api_token_for_secret(*, token: str) -> ApiToken | None:
    """The active token behind a secret, with its user and organisation."""
    return (
        ApiToken.objects.select_related("user", "organisation")
        .filter(digest=secret_digest(token), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
