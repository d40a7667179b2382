"""Who a practice session belongs to: a visitor key (random, kept in the Django session; or
the SHA-256 of an API token) and, for a candidate with an account, that user."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as Account
from django.db.models import Q

User = Account | AnonymousUser | None


def visitor_key_new() -> str:
    return secrets.token_urlsafe(24)


def token_digest(token: str) -> str:
    """API sessions are found by the SHA-256 of their token; the token itself is not stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def account(user: User) -> Account | None:
    return user if isinstance(user, Account) and user.is_authenticated else None


def visitor_filter(visitor_key: str, user: User) -> Q:
    """Sessions of this browser or API client, and of the signed-in account."""
    found = Q(visitor_key=visitor_key)
    owner = account(user)
    return found | Q(user=owner) if owner is not None else found
