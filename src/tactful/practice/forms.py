"""Forms of the practice pages. The answer form keeps whatever was typed, so a refused answer
comes back in the textarea untouched."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from tactful.analysis import SUPPORTED
from tactful.library.models import localise
from tactful.library.selectors import track_list
from tactful.practice.plan import DEFAULT_LENGTH, LENGTHS


class StartForm(forms.Form):
    language = forms.ChoiceField(label=_("Interview language"))
    track = forms.ChoiceField(label=_("Job"))
    length = forms.TypedChoiceField(label=_("Length"), coerce=int, initial=DEFAULT_LENGTH)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        language_field = self.fields["language"]
        track_field = self.fields["track"]
        length_field = self.fields["length"]
        assert isinstance(language_field, forms.ChoiceField)
        assert isinstance(track_field, forms.ChoiceField)
        assert isinstance(length_field, forms.ChoiceField)
        language_field.choices = [(code, name) for code, name in settings.LANGUAGES if code in SUPPORTED]
        language_field.initial = (get_language() or "en").split("-")[0]
        track_field.choices = [(t.slug, localise(t.name)) for t in track_list()]
        length_field.choices = [
            (n, ngettext("%(counter)s question", "%(counter)s questions", n) % {"counter": n}) for n in LENGTHS
        ] + [(100, _("The whole track"))]


class AnswerForm(forms.Form):
    # No max_length: a too-long answer is explained with its word count, not cut off.
    answer = forms.CharField(
        label=_("Your answer"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10, "autofocus": True}),
    )


class DeleteDataForm(forms.Form):
    delete_account = forms.BooleanField(label=_("Delete my account too"), required=False)


class SignupForm(UserCreationForm):  # type: ignore[type-arg]
    pass
