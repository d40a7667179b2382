"""Who is acting, for which organisation, in which role — and the view guard built on it.

Every view on organisation data runs behind `member_required`, which puts an `Actor` on the
request; selectors and services take that actor and scope every query by
`actor.organisation`. The role rules live here so the web and the API apply the same ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar, cast

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from tactful.accounts.models import Membership, Organisation, Role


@dataclass(frozen=True)
class Actor:
    """A user acting inside one organisation with one role."""

    user: Any  # the auth user model instance
    organisation: Organisation
    role: str

    @property
    def is_owner(self) -> bool:
        return self.role == Role.OWNER

    @property
    def manages_hiring(self) -> bool:
        """Owners and recruiters build portraits, kits, openings, candidates and decide."""
        return self.role in (Role.OWNER, Role.RECRUITER)

    @property
    def manages_members(self) -> bool:
        return self.role == Role.OWNER

    @property
    def sees_all_scorecards(self) -> bool:
        return self.role in (Role.OWNER, Role.RECRUITER)


def actor_for(user: AbstractBaseUser | AnonymousUser | None) -> Actor | None:
    """The user's actor in their (first) organisation, or None for outsiders and anonymous users."""
    if user is None or not user.is_authenticated:
        return None
    membership = Membership.objects.select_related("organisation").filter(user_id=user.pk).order_by("id").first()
    if membership is None:
        return None
    return Actor(user=user, organisation=membership.organisation, role=membership.role)


def require_role(actor: Actor | None, *roles: str) -> Actor:
    """The actor if it holds one of `roles` (any role when none given); PermissionDenied otherwise."""
    if actor is None or (roles and actor.role not in roles):
        raise PermissionDenied
    return actor


View = TypeVar("View", bound=Callable[..., HttpResponse])


def member_required(*roles: str) -> Callable[[View], View]:
    """Guard a view: anonymous users go to the login page, others need a membership (and a role).

    The view finds the actor as `request.actor`.
    """

    def decorate(view: View) -> View:
        @wraps(view)
        def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            request.actor = require_role(actor_for(request.user), *roles)  # type: ignore[attr-defined]
            return view(request, *args, **kwargs)

        return cast(View, guarded)

    return decorate


HIRING_ROLES = (Role.OWNER, Role.RECRUITER)
