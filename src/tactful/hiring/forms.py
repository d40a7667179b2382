"""Forms of the hiring pages. They parse and check input; services decide and write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tactful.hiring.models import Kit, Opening, Portrait, Stage
from tactful.library.models import CompetencyFamily, QuestionFamily, Slot, Track, localise

TIER_CHOICES = [("", _("No technical tier")), ("1", _("Tier 1")), ("2", _("Tier 2")), ("3", _("Tier 3"))]
WEIGHT_CHOICES = [(n, str(n)) for n in range(1, 6)]


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class PortraitForm(forms.Form):
    """The portrait's settings, with one input per template slot (`slot_<id>`)."""

    name = forms.CharField(label=_("Role"), max_length=200)
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    language = forms.ChoiceField(label=_("Interview language"), choices=settings.LANGUAGES)
    tier = forms.TypedChoiceField(
        label=_("Technical tier"), choices=TIER_CHOICES, required=False, coerce=int, empty_value=None
    )
    minutes = forms.IntegerField(label=_("Time budget (minutes)"), min_value=10, max_value=240, initial=45)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, slots: list[Slot] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.slots = slots or []
        for slot in self.slots:
            self.fields[f"slot_{slot.slug}"] = forms.CharField(
                label=capfirst(localise(slot.label)),  # "your product" is a label here: "Your product"
                required=False,
                max_length=200,
                widget=forms.TextInput(attrs={"placeholder": localise(slot.example)}),
            )

    @classmethod
    def initial_for(cls, portrait: Portrait) -> dict[str, Any]:
        data: dict[str, Any] = {f: getattr(portrait, f) for f in ("name", "description", "language", "tier", "minutes")}
        data["version"] = portrait.version
        data.update({f"slot_{k}": v for k, v in portrait.slot_values.items()})
        return data

    def slot_fields(self) -> list[forms.BoundField]:
        return [self[f"slot_{slot.slug}"] for slot in self.slots]

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        fields = {f: data[f] for f in ("name", "description", "language", "tier", "minutes")}
        fields["slot_values"] = {slot.slug: data.get(f"slot_{slot.slug}", "") for slot in self.slots}
        return fields


class PortraitCreateForm(PortraitForm):
    track = forms.ModelChoiceField(
        label=_("Start from a practice track"),
        queryset=Track.objects.filter(retired=False),
        required=False,
        empty_label=_("Start empty"),
        to_field_name="slug",
        help_text=_("Adds the competencies the track's questions probe; change them afterwards."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["track"].label_from_instance = lambda track: localise(track.name)  # type: ignore[attr-defined]


class CompetencyPickerForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    family = forms.ChoiceField(label=_("Family"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        families = CompetencyFamily.objects.filter(retired=False)
        self.fields["family"].choices = [("", _("All families"))] + [(f.slug, localise(f.name)) for f in families]  # type: ignore[attr-defined]


class PortraitCompetencyForm(forms.Form):
    key = forms.CharField(max_length=120)
    weight = forms.TypedChoiceField(label=_("Weight"), choices=WEIGHT_CHOICES, coerce=int, initial=3)
    must_have = forms.BooleanField(label=_("Must-have"), required=False)


class CustomCompetencyForm(forms.Form):
    name = forms.CharField(label=pgettext_lazy("name of a thing, not of a person", "Name"), max_length=200)
    definition = forms.CharField(label=_("Definition"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    behaviours = forms.CharField(
        label=_("Observable behaviours, one per line"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    weight = forms.TypedChoiceField(label=_("Weight"), choices=WEIGHT_CHOICES, coerce=int, initial=3)
    must_have = forms.BooleanField(label=_("Must-have"), required=False)


class CustomQuestionForm(forms.Form):
    family = forms.ModelChoiceField(
        label=_("Question family"), queryset=QuestionFamily.objects.filter(retired=False), to_field_name="slug"
    )
    text = forms.CharField(label=_("Question"), widget=forms.Textarea(attrs={"rows": 2}))
    wants_to_learn = forms.CharField(
        label=_("What you want to learn"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    rubric_1 = forms.CharField(label=_("A weak answer (1)"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    rubric_3 = forms.CharField(
        label=_("An average answer (3)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    rubric_5 = forms.CharField(label=_("A strong answer (5)"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    follow_ups = forms.CharField(
        label=_("Follow-up questions, one per line"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    minutes = forms.IntegerField(label=_("Minutes"), min_value=1, max_value=30, initial=5)
    competencies = forms.MultipleChoiceField(
        label=_("Competencies it probes"), widget=forms.CheckboxSelectMultiple, choices=()
    )

    def __init__(self, *args: Any, competency_choices: list[tuple[str, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["family"].label_from_instance = lambda family: localise(family.name)  # type: ignore[attr-defined]
        self.fields["competencies"].choices = competency_choices or []  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "family": data["family"],
            "text": data["text"],
            "wants_to_learn": data["wants_to_learn"],
            "rubric": {"1": data["rubric_1"], "3": data["rubric_3"], "5": data["rubric_5"]},
            "follow_ups": lines(data["follow_ups"]),
            "minutes": data["minutes"],
            "competency_keys": data["competencies"],
        }


class KitCreateForm(forms.Form):
    name = forms.CharField(label=_("Kit name"), max_length=200, required=False)


class KitQuestionForm(forms.Form):
    question = forms.CharField(max_length=120)


class KitSwapForm(KitQuestionForm):
    replacement = forms.CharField(max_length=120)


class OpeningForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    portrait = forms.ModelChoiceField(label=_("Role portrait"), queryset=Portrait.objects.none())
    kit = forms.ModelChoiceField(label=_("Interview kit"), queryset=Kit.objects.none(), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=Opening.Status.choices, initial=Opening.Status.OPEN)

    def __init__(self, *args: Any, portraits: Any = None, kits: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["portrait"].queryset = portraits if portraits is not None else Portrait.objects.none()  # type: ignore[attr-defined]
        self.fields["kit"].queryset = kits if kits is not None else Kit.objects.none()  # type: ignore[attr-defined]


class CandidateForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    source = forms.CharField(label=_("Source"), max_length=100, required=False)
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)


class StageFilterForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), choices=[("", _("All stages")), *Stage.choices], required=False)
    q = forms.CharField(label=_("Search"), required=False)


class CsvImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"))
