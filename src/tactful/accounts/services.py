"""Writes on organisations and memberships."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import transaction

from tactful.accounts.models import Membership, Organisation, Role


@dataclass(frozen=True)
class DemoSetup:
    organisation: Organisation
    user: AbstractUser
    password: str | None  # only set when the user was created by this call


@transaction.atomic
def demo_organisation_ensure(*, username: str = "admin", org_name: str = "Demo Support Team") -> DemoSetup:
    """Create the demo organisation and its owner (a staff superuser) once.

    The password is random and returned only on creation, so it is shown exactly once.
    """
    org, _created = Organisation.objects.get_or_create(slug="demo", defaults={"name": org_name})
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    password: str | None = None
    if user is None:
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_superuser(username=username, email="", password=password)
    Membership.objects.get_or_create(organisation=org, user=user, defaults={"role": Role.OWNER})
    return DemoSetup(organisation=org, user=user, password=password)
