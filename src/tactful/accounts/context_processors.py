"""Puts the visitor's `Actor` (or None) in every template as `actor`, for the navigation bar.

Lazy: a page that never shows the navigation pays no query."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from tactful.accounts.permissions import actor_for


def actor(request: HttpRequest) -> dict[str, object]:
    return {"actor": SimpleLazyObject(lambda: getattr(request, "actor", None) or actor_for(request.user))}
