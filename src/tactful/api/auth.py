"""Who is calling the API: a personal token (`Authorization: Bearer tct_…`) or the browser session.

Both resolve to the same `Actor` the web pages use, so routers call `actor_of(request)` (any
member) or `actor_with_role(request, ...)` and pass the actor to services and selectors. The
session path checks Django's CSRF token on unsafe methods, exactly as a form post would.
A missing or bad credential is 401, a member without the role is 403, both as
`{"error": {"code", "message"}}`.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from tactful.accounts.permissions import Actor, actor_for
from tactful.accounts.services import api_token_use
from tactful.api.errors import ApiError


class TokenAuth(HttpBearer):
    """A personal API token created on /accounts/tokens/."""

    def authenticate(self, request: HttpRequest, token: str) -> Actor | None:
        return api_token_use(secret=token.strip())


class SessionActorAuth(APIKeyCookie):
    """The logged-in browser: Django's session cookie, CSRF-checked on writes, as the user's actor."""

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self) -> None:
        super().__init__(csrf=True)

    def _get_key(self, request: HttpRequest) -> str | None:
        # Check CSRF only once we know a session user is there: an anonymous call gets a 401, not a CSRF 403.
        if not request.user.is_authenticated:
            return None
        if self.csrf and check_csrf(request) is not None:
            raise ApiError(
                403, "csrf_failed", _("CSRF check failed: send the X-CSRFToken header with the cookie's value.")
            )
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key: str | None) -> Actor | None:
        if key is None:
            return None
        actor = actor_for(request.user)
        if actor is None:
            raise ApiError(403, "not_a_member", _("Your account does not belong to an organisation."))
        return actor


MEMBER_AUTH: list[Any] = [TokenAuth(), SessionActorAuth()]
"""Pass as `auth=` to routers on organisation data."""


def actor_of(request: HttpRequest) -> Actor:
    """The authenticated actor of a request that passed `MEMBER_AUTH`."""
    actor = getattr(request, "auth", None)
    if not isinstance(actor, Actor):
        raise ApiError(401, "unauthorized", _("Send a valid API token: Authorization: Bearer <token>."))
    return actor


def actor_with_role(request: HttpRequest, *roles: str) -> Actor:
    """The actor if it holds one of `roles`; a 403 API error otherwise."""
    actor = actor_of(request)
    if roles and actor.role not in roles:
        raise ApiError(403, "forbidden", _("Your role (%(role)s) cannot do this.") % {"role": actor.role})
    return actor
