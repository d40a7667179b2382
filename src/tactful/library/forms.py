"""Filter forms of the library pages; they validate the query string so a bad link gets a
clear message instead of a server error."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tactful.library import selectors
from tactful.library.models import localise


def _choice_field(form: forms.Form, name: str) -> forms.ChoiceField:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    return field


class QuestionFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    family = forms.ChoiceField(label=_("Family"), required=False)
    competency = forms.ChoiceField(label=_("Competency"), required=False)
    tier = forms.TypedChoiceField(
        label=_("Tier"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Any tier")), (1, _("Tier 1")), (2, _("Tier 2")), (3, _("Tier 3"))],
    )
    track = forms.ChoiceField(label=_("Practice track"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choice_field(self, "family").choices = [("", _("All families"))] + [
            (f.slug, localise(f.name)) for f in selectors.question_family_list()
        ]
        _choice_field(self, "competency").choices = [("", _("All competencies"))] + [
            (c.slug, localise(c.name)) for c in selectors.competency_list()
        ]
        _choice_field(self, "track").choices = [("", _("All tracks"))] + [
            (t.slug, localise(t.name)) for t in selectors.track_list()
        ]

    def filters(self) -> selectors.QuestionFilter:
        data = self.cleaned_data if self.is_valid() else {}
        return selectors.QuestionFilter(
            search=data.get("q") or "",
            family=data.get("family") or "",
            competency=data.get("competency") or "",
            tier=data.get("tier"),
            track=data.get("track") or "",
        )


class CompetencyFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    family = forms.ChoiceField(label=_("Family"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choice_field(self, "family").choices = [("", _("All families"))] + [
            (f.slug, localise(f.name)) for f in selectors.competency_family_list()
        ]
