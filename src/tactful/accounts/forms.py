"""Forms of the account pages: sign up a team, accept an invitation, invite, change a role, name a token.

Forms only parse and validate input (Django's password validators included); the services
do the writing. A refused form keeps what was typed, except passwords.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from tactful.accounts.models import Role


class TeamSignupForm(UserCreationForm):  # type: ignore[type-arg]
    organisation_name = forms.CharField(
        label=_("Organisation name"),
        max_length=200,
        help_text=_("Your company or support team, as colleagues will see it."),
    )
    email = forms.EmailField(label=_("Email"))

    class Meta(UserCreationForm.Meta):  # type: ignore[name-defined,misc]
        model = get_user_model()
        fields = ("username", "email")

    field_order = ["organisation_name", "username", "email", "password1", "password2"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.order_fields(self.field_order)


class InvitationSignupForm(UserCreationForm):  # type: ignore[type-arg]
    """A new account for someone who follows an invitation link; the email comes from the invitation."""

    class Meta(UserCreationForm.Meta):  # type: ignore[name-defined,misc]
        model = get_user_model()
        fields = ("username",)


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email of the person you invite"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.INTERVIEWER)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Token name"),
        max_length=100,
        help_text=_("Where the token will be used, e.g. “ATS sync”."),
    )
