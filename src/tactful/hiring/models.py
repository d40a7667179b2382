"""Hiring tables. Every row belongs to one organisation, directly or through its parent.

Competencies and questions are referred to by *keys* shared with the pure planner: a library
competency or question by its slug, an organisation's own by `custom-<pk>`. Rules live in
`services/` and reads in `selectors/`; models hold fields, constraints and small properties.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tactful.accounts.models import Organisation
from tactful.library.models import Competency, Question, QuestionFamily

CUSTOM_PREFIX = "custom-"
WEIGHT = [MinValueValidator(1), MaxValueValidator(5)]
RATING = [MinValueValidator(1), MaxValueValidator(5)]


class CustomCompetency(models.Model):
    """A competency the organisation adds to the library for its own portraits."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="custom_competencies")
    name = models.CharField(_("name"), max_length=200)
    definition = models.TextField(_("definition"), blank=True)
    behaviours = models.JSONField(_("observable behaviours"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("own competency")
        verbose_name_plural = _("own competencies")
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="custom_competency_name_once")]

    def __str__(self) -> str:
        return self.name

    @property
    def key(self) -> str:
        return f"{CUSTOM_PREFIX}{self.pk}"


class Portrait(models.Model):
    """The portrait of the ideal employee for one role: weighted competencies and interview settings."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="portraits")
    name = models.CharField(_("role"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    language = models.CharField(_("interview language"), max_length=5, choices=settings.LANGUAGES, default="en")
    tier = models.PositiveSmallIntegerField(
        _("technical tier"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(3)]
    )
    minutes = models.PositiveSmallIntegerField(
        _("time budget (minutes)"), default=45, validators=[MinValueValidator(10), MaxValueValidator(240)]
    )
    slot_values = models.JSONField(_("template terms"), default=dict, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("role portrait")
        verbose_name_plural = _("role portraits")
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class PortraitCompetency(models.Model):
    """One competency of a portrait: from the library or the organisation's own, with its weight."""

    portrait = models.ForeignKey(Portrait, on_delete=models.CASCADE, related_name="competencies")
    competency = models.ForeignKey(Competency, null=True, blank=True, on_delete=models.PROTECT)
    custom_competency = models.ForeignKey(CustomCompetency, null=True, blank=True, on_delete=models.CASCADE)
    weight = models.PositiveSmallIntegerField(_("weight"), default=3, validators=WEIGHT)
    must_have = models.BooleanField(_("must-have"), default=False)

    class Meta:
        ordering = ["-weight", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(competency__isnull=False, custom_competency__isnull=True)
                | Q(competency__isnull=True, custom_competency__isnull=False),
                name="portrait_competency_one_source",
            ),
            models.UniqueConstraint(fields=["portrait", "competency"], name="portrait_library_competency_once"),
            models.UniqueConstraint(fields=["portrait", "custom_competency"], name="portrait_custom_competency_once"),
            models.CheckConstraint(condition=Q(weight__gte=1, weight__lte=5), name="portrait_weight_1_5"),
        ]

    def __str__(self) -> str:
        return f"{self.portrait_id}: {self.key} × {self.weight}"

    @property
    def key(self) -> str:
        if self.competency is not None:
            return str(self.competency.slug)
        return f"{CUSTOM_PREFIX}{self.custom_competency_id}"


class CustomQuestion(models.Model):
    """A question the organisation writes itself, in one language, mapped to competencies."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="custom_questions")
    family = models.ForeignKey(QuestionFamily, on_delete=models.PROTECT, verbose_name=_("family"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="en")
    text = models.TextField(_("question"))
    wants_to_learn = models.TextField(_("what the interviewer wants to learn"), blank=True)
    rubric = models.JSONField(_("rubric anchors"), default=dict, blank=True)  # {"1": ..., "3": ..., "5": ...}
    follow_ups = models.JSONField(_("follow-up probes"), default=list, blank=True)
    minutes = models.PositiveSmallIntegerField(
        _("minutes"), default=5, validators=[MinValueValidator(1), MaxValueValidator(30)]
    )
    competencies = models.ManyToManyField(Competency, blank=True, related_name="+")
    custom_competencies = models.ManyToManyField(CustomCompetency, blank=True, related_name="questions")
    retired = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("own question")
        verbose_name_plural = _("own questions")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def key(self) -> str:
        return f"{CUSTOM_PREFIX}{self.pk}"


class KitMethod(models.TextChoices):
    EXACT = "exact", _("Proven optimum")
    GREEDY = "greedy", _("Quick selection")
    GREEDY_FALLBACK = "greedy_fallback", _("Quick selection (the exact solver was unavailable or out of time)")
    MANUAL = "manual", _("Edited by hand")


class Kit(models.Model):
    """An interview kit: ordered questions chosen for a portrait, with the planner's explanation."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="kits")
    portrait = models.ForeignKey(Portrait, null=True, blank=True, on_delete=models.SET_NULL, related_name="kits")
    name = models.CharField(_("name"), max_length=200)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="en")
    minutes = models.PositiveSmallIntegerField(_("time budget (minutes)"), default=45)
    pinned = models.JSONField(default=list, blank=True)  # question keys kept on re-optimisation
    excluded = models.JSONField(default=list, blank=True)  # question keys never chosen again
    method = models.CharField(max_length=20, choices=KitMethod.choices, default=KitMethod.EXACT)
    proven_optimal = models.BooleanField(default=False)
    objective = models.FloatField(default=0.0)
    explanation = models.JSONField(default=dict, blank=True)  # coverage, uncovered, problems from the planner
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("interview kit")
        verbose_name_plural = _("interview kits")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name


class KitItem(models.Model):
    kit = models.ForeignKey(Kit, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField(default=0)
    stage = models.CharField(max_length=20)  # tactful.planning.STAGES
    minutes = models.PositiveSmallIntegerField(default=5)
    question = models.ForeignKey(Question, null=True, blank=True, on_delete=models.PROTECT)
    custom_question = models.ForeignKey(CustomQuestion, null=True, blank=True, on_delete=models.PROTECT)
    pinned = models.BooleanField(default=False)
    covers = models.JSONField(default=list, blank=True)  # competency keys this question counts for

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(question__isnull=False, custom_question__isnull=True)
                | Q(question__isnull=True, custom_question__isnull=False),
                name="kit_item_one_source",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kit_id}#{self.position}: {self.key}"

    @property
    def key(self) -> str:
        if self.question is not None:
            return str(self.question.slug)
        return f"{CUSTOM_PREFIX}{self.custom_question_id}"


class Opening(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="openings")
    title = models.CharField(_("title"), max_length=200)
    portrait = models.ForeignKey(
        Portrait, on_delete=models.PROTECT, related_name="openings", verbose_name=_("portrait")
    )
    kit = models.ForeignKey(
        Kit, null=True, blank=True, on_delete=models.SET_NULL, related_name="openings", verbose_name=_("kit")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("opening")
        verbose_name_plural = _("openings")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class Stage(models.TextChoices):
    APPLIED = "applied", _("Applied")
    SCREENING = "screening", _("Screening")
    INTERVIEW = "interview", _("Interview")
    OFFER = "offer", _("Offer")
    HIRED = "hired", _("Hired")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Candidate(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="candidates")
    opening = models.ForeignKey(Opening, on_delete=models.CASCADE, related_name="candidates")
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    source = models.CharField(_("source"), max_length=100, blank=True)
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.APPLIED)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["opening", "email"], condition=~Q(email=""), name="candidate_email_once_per_opening"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Interview(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="interviews")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="interviews")
    kit = models.ForeignKey(Kit, on_delete=models.PROTECT, related_name="interviews")
    # A part of the kit for this interview; empty means the whole kit.
    kit_items = models.ManyToManyField(KitItem, blank=True, related_name="+")
    title = models.CharField(_("title"), max_length=200, blank=True)
    scheduled_at = models.DateTimeField(_("scheduled for"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    interviewers: models.ManyToManyField[Any, InterviewAssignment] = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="InterviewAssignment", related_name="assigned_interviews"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")
        ordering = ["scheduled_at", "id"]

    def __str__(self) -> str:
        return self.title or f"{self.candidate} #{self.pk}"


class InterviewAssignment(models.Model):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE)
    interviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["interview", "interviewer"], name="interviewer_assigned_once"),
        ]

    def __str__(self) -> str:
        return f"{self.interviewer_id} → {self.interview_id}"


class Recommendation(models.TextChoices):
    STRONG_NO = "strong_no", _("Strong no")
    NO = "no", _("No")
    YES = "yes", _("Yes")
    STRONG_YES = "strong_yes", _("Strong yes")


class Scorecard(models.Model):
    """One interviewer's independent feedback on one interview.

    `version` grows with each save; a save that carries an older version is refused, so two
    browser tabs (or two people) never silently overwrite each other.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="scorecards")
    interviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scorecards")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    recommendation = models.CharField(_("recommendation"), max_length=12, choices=Recommendation.choices, blank=True)
    comments = models.TextField(_("comments"), blank=True)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("scorecard")
        verbose_name_plural = _("scorecards")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "interviewer"], name="one_scorecard_per_interviewer"),
        ]

    def __str__(self) -> str:
        return f"{self.interviewer} on {self.interview}"


class ScorecardAnswer(models.Model):
    """Notes and a rating for one question of the kit, with the analyser's reading of the notes."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="answers")
    kit_item = models.ForeignKey(KitItem, on_delete=models.PROTECT, related_name="+")
    notes = models.TextField(_("notes"), blank=True)
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True, validators=RATING)
    analysis = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["kit_item__position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["scorecard", "kit_item"], name="one_answer_per_question"),
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5), name="answer_rating_1_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.scorecard_id}: {self.kit_item_id} = {self.rating}"


class CompetencyRating(models.Model):
    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="competency_ratings")
    competency_key = models.CharField(max_length=100)  # library slug or custom-<pk>
    rating = models.PositiveSmallIntegerField(_("rating"), validators=RATING)

    class Meta:
        ordering = ["competency_key"]
        constraints = [
            models.UniqueConstraint(fields=["scorecard", "competency_key"], name="one_rating_per_competency"),
            models.CheckConstraint(condition=Q(rating__gte=1, rating__lte=5), name="competency_rating_1_5"),
        ]

    def __str__(self) -> str:
        return f"{self.scorecard_id}: {self.competency_key} = {self.rating}"


class Decision(models.Model):
    """A hiring decision with its reason; the latest one for a candidate is the one in force."""

    class Outcome(models.TextChoices):
        HIRE = "hire", _("Hire")
        REJECT = "reject", _("Reject")
        HOLD = "hold", _("Hold")

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="decisions")
    outcome = models.CharField(_("decision"), max_length=10, choices=Outcome.choices)
    reason = models.TextField(_("reason"))
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["-decided_at", "-id"]

    def __str__(self) -> str:
        return f"{self.candidate}: {self.outcome}"
