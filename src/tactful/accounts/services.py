"""Writes on organisations, memberships, invitations and API tokens.

Each service takes the acting `Actor` (or, for signing up and accepting an invitation, the
secret that stands in for one), checks the role, finds what it changes inside
`actor.organisation` only, and raises `AccountsError` for anything a user can cause. Web views,
the API and the CLI call these; none of them holds these rules.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, User
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tactful.accounts import selectors
from tactful.accounts.models import ApiToken, Invitation, Membership, Organisation, Role
from tactful.accounts.permissions import Actor

INVITATION_DAYS = 7
TOKEN_PREFIX = "tct_"  # recognisable in logs and by secret scanners
LAST_USED_EVERY = timedelta(minutes=1)


class AccountsError(Exception):
    """Something a user asked for that cannot be done; `status` is the HTTP status to answer with."""

    STATUS = {
        "forbidden": 403,
        "not_found": 404,
        "invitation_unknown": 404,
        "invitation_used": 410,
        "invitation_expired": 410,
        "invitation_revoked": 410,
        "already_member": 409,
        "last_owner": 409,
    }

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    @property
    def status(self) -> int:
        return self.STATUS.get(self.code, 400)


def _require_owner(actor: Actor) -> None:
    if not actor.manages_members:
        raise AccountsError("forbidden", _("Only an owner of the organisation can do this."))


def _check_role(role: str) -> None:
    if role not in Role.values:
        raise AccountsError("invalid_role", _("Choose one of the roles: owner, recruiter, interviewer."))


def _unique_slug(name: str) -> str:
    base = slugify(name)[:60] or "team"
    slug, n = base, 1
    while Organisation.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def organisation_signup(*, organisation_name: str, username: str, email: str, password: str) -> Membership:
    """A new organisation with its first owner. Password rules are checked by the form."""
    name = organisation_name.strip()
    if not name:
        raise AccountsError("invalid", _("Give the organisation a name."))
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        raise AccountsError("username_taken", _("A user with that user name already exists."))
    organisation = Organisation.objects.create(name=name, slug=_unique_slug(name))
    user = user_model.objects.create_user(username=username, email=email, password=password)
    return Membership.objects.create(organisation=organisation, user=user, role=Role.OWNER)


@dataclass(frozen=True)
class Issued:
    """A freshly created invitation or API token with its secret, which is never stored."""

    obj: Any
    secret: str


@transaction.atomic
def invitation_create(*, actor: Actor, email: str, role: str) -> Issued:
    _require_owner(actor)
    _check_role(role)
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError:
        raise AccountsError("invalid_email", _("Enter a valid email address.")) from None
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        organisation=actor.organisation,
        email=email,
        role=role,
        token_digest=selectors.secret_digest(token),
        created_by=actor.user,
        expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
    )
    return Issued(obj=invitation, secret=token)


def invitation_check(*, invitation: Invitation | None) -> Invitation:
    """The invitation if it can still be accepted; AccountsError saying why not otherwise."""
    if invitation is None:
        raise AccountsError(
            "invitation_unknown", _("This invitation link is not valid. Check that it was copied whole.")
        )
    if invitation.accepted_at is not None:
        raise AccountsError("invitation_used", _("This invitation link has already been used."))
    if invitation.revoked_at is not None:
        raise AccountsError("invitation_revoked", _("This invitation was withdrawn by the organisation."))
    if invitation.expires_at <= timezone.now():
        raise AccountsError("invitation_expired", _("This invitation link has expired. Ask for a new one."))
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user: User | None = None, username: str = "", password: str = "") -> Membership:
    """Join the invitation's organisation: as the logged-in `user`, or as a new account.

    The invitation row is locked, so two people racing with the same link get one membership.
    """
    digest = selectors.secret_digest(token)
    invitation = invitation_check(
        invitation=Invitation.objects.select_for_update()
        .select_related("organisation")
        .filter(token_digest=digest)
        .first()
    )
    if user is not None:
        existing = Membership.objects.filter(user_id=user.pk).select_related("organisation").first()
        if existing is not None:
            raise AccountsError(
                "already_member",
                _("You already belong to %(organisation)s. One account can belong to one organisation.")
                % {"organisation": existing.organisation.name},
            )
    else:
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            raise AccountsError("username_taken", _("A user with that user name already exists."))
        user = user_model.objects.create_user(username=username, email=invitation.email, password=password)
    membership = Membership.objects.create(organisation=invitation.organisation, user=user, role=invitation.role)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


@transaction.atomic
def invitation_revoke(*, actor: Actor, invitation: Invitation) -> Invitation:
    _require_owner(actor)
    if invitation.organisation_id != actor.organisation.pk:
        raise AccountsError("not_found", _("No such invitation."))
    if invitation.accepted_at is not None:
        raise AccountsError("invitation_used", _("This invitation has already been accepted."))
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def _locked_member(actor: Actor, membership: Membership) -> tuple[Membership, int]:
    """The membership (locked) and the number of owners (locked too, for the last-owner rule)."""
    _require_owner(actor)
    if membership.organisation_id != actor.organisation.pk:
        raise AccountsError("not_found", _("No such member."))
    owners = list(
        Membership.objects.select_for_update().filter(organisation=actor.organisation, role=Role.OWNER).order_by("id")
    )
    locked = Membership.objects.select_for_update().select_related("user").filter(pk=membership.pk).first()
    if locked is None:
        raise AccountsError("not_found", _("No such member."))
    return locked, len(owners)


def _last_owner(membership: Membership) -> AccountsError:
    return AccountsError(
        "last_owner",
        _("%(user)s is the last owner. Make someone else an owner first.") % {"user": membership.user.get_username()},
    )


@transaction.atomic
def membership_role_change(*, actor: Actor, membership: Membership, role: str) -> Membership:
    _check_role(role)
    locked, owners = _locked_member(actor, membership)
    if locked.role == Role.OWNER and role != Role.OWNER and owners <= 1:
        raise _last_owner(locked)
    if locked.role != role:
        locked.role = role
        locked.save(update_fields=["role"])
    return locked


@transaction.atomic
def membership_remove(*, actor: Actor, membership: Membership) -> None:
    """Remove a member from the organisation; their API tokens for it stop working."""
    locked, owners = _locked_member(actor, membership)
    if locked.role == Role.OWNER and owners <= 1:
        raise _last_owner(locked)
    ApiToken.objects.filter(user_id=locked.user_id, organisation=actor.organisation, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    locked.delete()


@transaction.atomic
def api_token_create(*, actor: Actor, name: str) -> Issued:
    name = name.strip()
    if not name:
        raise AccountsError("invalid", _("Give the token a name, e.g. where it will be used."))
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=actor.user,
        organisation=actor.organisation,
        name=name[:100],
        digest=selectors.secret_digest(secret),
        prefix=secret[:8],
    )
    return Issued(obj=token, secret=secret)


@transaction.atomic
def api_token_revoke(*, actor: Actor, token: ApiToken) -> ApiToken:
    if token.user_id != actor.user.pk or token.organisation_id != actor.organisation.pk:
        raise AccountsError("not_found", _("No such token."))
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def api_token_use(*, secret: str) -> Actor | None:
    """The actor an API token stands for, or None for an unknown, revoked or orphaned token.

    The role is read from the current membership, so a role change applies at once. The
    last use is written at most once a minute, so a busy client does not write on every call.
    """
    token = selectors.api_token_for_secret(token=secret)
    if token is None:
        return None
    membership = Membership.objects.filter(user_id=token.user_id, organisation_id=token.organisation_id).first()
    if membership is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return Actor(user=token.user, organisation=token.organisation, role=membership.role)


@dataclass(frozen=True)
class DemoMember:
    username: str
    role: str
    password: str | None  # only set when the user was created by this call


@dataclass(frozen=True)
class DemoSetup:
    organisation: Organisation
    user: AbstractUser
    password: str | None  # only set when the user was created by this call
    members: list[DemoMember] = field(default_factory=list)  # the recruiter and interviewers


DEMO_MEMBERS = (("recruiter", Role.RECRUITER), ("interviewer1", Role.INTERVIEWER), ("interviewer2", Role.INTERVIEWER))


@transaction.atomic
def demo_organisation_ensure(*, username: str = "admin", org_name: str = "Demo Support Team") -> DemoSetup:
    """Create the demo organisation, its owner (a staff superuser), a recruiter and two interviewers once.

    Passwords are random and returned only on creation, so each is shown exactly once.
    """
    org, _created = Organisation.objects.get_or_create(slug="demo", defaults={"name": org_name})
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    password: str | None = None
    if user is None:
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_superuser(username=username, email="", password=password)
    Membership.objects.get_or_create(organisation=org, user=user, defaults={"role": Role.OWNER})
    members = []
    for member_name, role in DEMO_MEMBERS:
        member = user_model.objects.filter(username=member_name).first()
        member_password: str | None = None
        if member is None:
            member_password = secrets.token_urlsafe(12)
            member = user_model.objects.create_user(username=member_name, email="", password=member_password)
        membership, _new = Membership.objects.get_or_create(organisation=org, user=member, defaults={"role": role})
        members.append(DemoMember(username=member_name, role=membership.role, password=member_password))
    return DemoSetup(organisation=org, user=user, password=password, members=members)
