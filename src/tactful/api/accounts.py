"""/api/v1/accounts/: who am I, the members of my organisation, invitations, my API tokens.

Every endpoint needs a member (token or session, see `tactful.api.auth`) and calls the
accounts services and selectors, like the web pages do."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from tactful.accounts import selectors, services
from tactful.accounts.models import ApiToken, Role
from tactful.api.auth import MEMBER_AUTH, actor_of, actor_with_role
from tactful.api.errors import ApiError, Problem

router = Router(tags=["accounts"], auth=MEMBER_AUTH)
ERRORS = {401: Problem, 403: Problem, 404: Problem}


class UserOut(Schema):
    id: int
    username: str
    email: str


class OrganisationOut(Schema):
    id: int
    name: str
    slug: str


class MeOut(Schema):
    user: UserOut
    organisation: OrganisationOut
    role: str


class MemberOut(Schema):
    id: int = Field(description="Membership id")
    user: UserOut
    role: str


class InvitationIn(Schema):
    email: str = Field(examples=["new.colleague@example.com"])
    role: Role = Field(examples=["interviewer"])


class InvitationOut(Schema):
    id: int
    email: str
    role: str
    expires_at: datetime
    link: str = Field(description="The one-time link; returned only here and never stored")


class TokenIn(Schema):
    name: str = Field(min_length=1, max_length=100, examples=["ATS sync"])


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class NewTokenOut(TokenOut):
    token: str = Field(description="The secret; returned only here and never stored")


def _user(user: object) -> dict[str, object]:
    return {"id": user.pk, "username": user.get_username(), "email": user.email}  # type: ignore[attr-defined]


def _token(token: ApiToken) -> dict[str, object]:
    return {
        "id": token.pk,
        "name": token.name,
        "prefix": token.prefix,
        "created_at": token.created_at,
        "last_used_at": token.last_used_at,
        "revoked_at": token.revoked_at,
    }


@router.get("/me", response={200: MeOut, **ERRORS}, summary="Who the credential acts as")
def me(request: HttpRequest) -> dict[str, object]:
    actor = actor_of(request)
    org = actor.organisation
    return {
        "user": _user(actor.user),
        "organisation": {"id": org.pk, "name": org.name, "slug": org.slug},
        "role": actor.role,
    }


@router.get("/members", response={200: list[MemberOut], **ERRORS}, summary="Members of my organisation")
def members(request: HttpRequest) -> list[dict[str, object]]:
    actor = actor_of(request)
    return [{"id": m.pk, "user": _user(m.user), "role": m.role} for m in selectors.membership_list(actor=actor)]


@router.post(
    "/invitations",
    response={201: InvitationOut, 400: Problem, **ERRORS},
    summary="Invite someone (owners only); the one-time link is in the answer",
)
def invitation_create(request: HttpRequest, body: InvitationIn) -> Status[dict[str, object]]:
    actor = actor_with_role(request, Role.OWNER)
    issued = services.invitation_create(actor=actor, email=body.email, role=body.role)
    invitation = issued.obj
    link = request.build_absolute_uri(reverse("accounts:invite", args=[issued.secret]))
    return Status(
        201,
        {
            "id": invitation.pk,
            "email": invitation.email,
            "role": invitation.role,
            "expires_at": invitation.expires_at,
            "link": link,
        },
    )


@router.get("/tokens", response={200: list[TokenOut], **ERRORS}, summary="My API tokens in this organisation")
def tokens(request: HttpRequest) -> list[dict[str, object]]:
    return [_token(t) for t in selectors.api_token_list(actor=actor_of(request))]


@router.post(
    "/tokens", response={201: NewTokenOut, 400: Problem, **ERRORS}, summary="Create a token (the secret is shown once)"
)
def token_create(request: HttpRequest, body: TokenIn) -> Status[dict[str, object]]:
    issued = services.api_token_create(actor=actor_of(request), name=body.name)
    return Status(201, {**_token(issued.obj), "token": issued.secret})


@router.delete("/tokens/{token_id}", response={200: TokenOut, **ERRORS}, summary="Revoke one of my tokens")
def token_revoke(request: HttpRequest, token_id: int) -> dict[str, object]:
    actor = actor_of(request)
    token = selectors.api_token_get(actor=actor, token_id=token_id)
    if token is None:
        raise ApiError(404, "not_found", _("No such token."))
    return _token(services.api_token_revoke(actor=actor, token=token))
