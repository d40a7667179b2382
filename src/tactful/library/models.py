"""Library tables: a database copy of the content files, kept in sync by `content_sync`.

Texts are stored as JSON mappings `{language: text}` exactly as in the files. Rows are never
deleted by a sync: a question removed from the files is *retired* (hidden from new kits and
from the library pages) so interviews that used it keep working.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tactful.content.languages import SOURCE_LANGUAGE


def localise(texts: Any, language: str | None = None) -> str:
    """The text in `language` (default: the active one), falling back to English."""
    if not isinstance(texts, dict):
        return "" if texts is None else str(texts)
    lang = (language or get_language() or SOURCE_LANGUAGE).split("-")[0]
    return texts.get(lang) or texts.get(SOURCE_LANGUAGE) or ""


class ContentRow(models.Model):
    """Fields every synced row has: its stable id from the files and a hash of its content."""

    slug = models.SlugField(_("id"), max_length=100, unique=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    content_hash = models.CharField(max_length=64, editable=False)
    retired = models.BooleanField(
        _("retired"),
        default=False,
        help_text=_("Removed from the content files; kept for history."),
    )

    class Meta:
        abstract = True
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        name = getattr(self, "name", None) or getattr(self, "text", None)
        return f"{self.slug}: {localise(name)}" if name else self.slug


class CompetencyFamily(ContentRow):
    name = models.JSONField(_("name"))
    description = models.JSONField(_("description"))

    class Meta(ContentRow.Meta):
        verbose_name = _("competency family")
        verbose_name_plural = _("competency families")


class Competency(ContentRow):
    family = models.ForeignKey(
        CompetencyFamily,
        on_delete=models.PROTECT,
        related_name="competencies",
        verbose_name=_("family"),
    )
    tier = models.PositiveSmallIntegerField(_("tier"), null=True, blank=True)
    name = models.JSONField(_("name"))
    definition = models.JSONField(_("definition"))
    behaviours = models.JSONField(_("observable behaviours"))
    search_text = models.TextField(editable=False, default="")

    class Meta(ContentRow.Meta):
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")


class QuestionFamily(ContentRow):
    name = models.JSONField(_("name"))
    description = models.JSONField(_("description"))
    hint = models.JSONField(_("hint for the candidate"))

    class Meta(ContentRow.Meta):
        verbose_name = _("question family")
        verbose_name_plural = _("question families")


class Slot(ContentRow):
    label = models.JSONField(_("label"))
    example = models.JSONField(_("example"))

    class Meta(ContentRow.Meta):
        verbose_name = _("template slot")
        verbose_name_plural = _("template slots")


class Question(ContentRow):
    family = models.ForeignKey(
        QuestionFamily, on_delete=models.PROTECT, related_name="questions", verbose_name=_("family")
    )
    tier = models.PositiveSmallIntegerField(_("tier"), null=True, blank=True)
    minutes = models.PositiveSmallIntegerField(_("minutes"))
    slots = models.JSONField(_("template slots"), default=list)
    text = models.JSONField(_("question"))
    wants_to_learn = models.JSONField(_("what the interviewer wants to learn"))
    rubric = models.JSONField(_("rubric anchors"))
    follow_ups = models.JSONField(_("follow-up probes"))
    strong_answer = models.JSONField(_("strong sample answer"))
    weak_answer = models.JSONField(_("weak sample answer"))
    competencies: models.ManyToManyField[Competency, QuestionCompetency] = models.ManyToManyField(
        Competency,
        through="QuestionCompetency",
        related_name="questions",
        verbose_name=_("competencies"),
    )
    search_text = models.TextField(editable=False, default="")

    class Meta(ContentRow.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def rubric_anchors(self) -> list[tuple[int, dict[str, str]]]:
        return [(int(k), v) for k, v in sorted(self.rubric.items(), key=lambda kv: int(kv[0]))]


class QuestionCompetency(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE)
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        constraints = [models.UniqueConstraint(fields=["question", "competency"], name="question_competency_once")]

    def __str__(self) -> str:
        return f"{self.question_id} → {self.competency_id}"


class CandidateQuestion(ContentRow):
    text = models.JSONField(_("question"))
    purpose = models.JSONField(_("why ask it"))

    class Meta(ContentRow.Meta):
        verbose_name = _("question to ask the interviewer")
        verbose_name_plural = _("questions to ask the interviewer")


class Track(ContentRow):
    name = models.JSONField(_("name"))
    description = models.JSONField(_("description"))
    tips = models.JSONField(_("preparation tips"))
    questions: models.ManyToManyField[Question, TrackQuestion] = models.ManyToManyField(
        Question, through="TrackQuestion", related_name="tracks", verbose_name=_("questions")
    )

    class Meta(ContentRow.Meta):
        verbose_name = _("practice track")
        verbose_name_plural = _("practice tracks")


class TrackQuestion(models.Model):
    track = models.ForeignKey(Track, on_delete=models.CASCADE)
    question = models.ForeignKey(Question, on_delete=models.PROTECT)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        constraints = [models.UniqueConstraint(fields=["track", "question"], name="track_question_once")]

    def __str__(self) -> str:
        return f"{self.track_id} → {self.question_id}"
