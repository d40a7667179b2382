"""Practice sessions and the answers given in them.

A session belongs to a *visitor* (a random key kept in the Django session, or the hash of an
API token) and, when the candidate has an account, to that user too. Nothing else is stored
about the candidate: deleting a visitor's sessions deletes everything practice mode knows.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tactful.library.models import Question, Track


class PracticeSession(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    visitor_key = models.CharField(_("visitor key"), max_length=64, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="practice_sessions",
        verbose_name=_("user"),
    )
    language = models.CharField(_("language"), max_length=8)
    track = models.ForeignKey(Track, on_delete=models.PROTECT, verbose_name=_("practice track"))
    length = models.PositiveSmallIntegerField(_("length"))
    # The question ids chosen at the start, in the order they are asked.
    question_ids = models.JSONField(_("questions"), default=list)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("practice session")
        verbose_name_plural = _("practice sessions")

    def __str__(self) -> str:
        return f"{self.track_id} · {self.language} · {self.created:%Y-%m-%d %H:%M}"


class PracticeAttempt(models.Model):
    session = models.ForeignKey(PracticeSession, on_delete=models.CASCADE, related_name="attempts")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, verbose_name=_("question"))
    number = models.PositiveSmallIntegerField(_("attempt"))  # 1, then 2 for "try again", ...
    answer = models.TextField(_("answer"))
    report = models.JSONField(_("analysis"))  # AnswerReport.to_dict()
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["created", "id"]
        verbose_name = _("practice answer")
        verbose_name_plural = _("practice answers")
        constraints = [
            models.UniqueConstraint(fields=["session", "question", "number"], name="practice_attempt_number_once")
        ]

    def __str__(self) -> str:
        return f"{self.question_id} #{self.number}"

    @property
    def rating(self) -> int:
        rating: dict[str, Any] = self.report.get("rating") or {}
        return int(rating.get("value", 0))

    @property
    def analysed_language(self) -> str:
        return str(self.report.get("language", ""))
