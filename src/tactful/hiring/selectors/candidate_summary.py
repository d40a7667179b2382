"""How a candidate did: scores aggregated over the scorecards the actor may see, against the
opening's portrait (`tactful.stats`), the analyser's flags from the notes, recommendations,
the radar chart and decisions; and the side-by-side comparison of an opening's candidates.

Only submitted scorecards count in the numbers. Independence is `scorecards_visible`'s rule,
so an interviewer who has not submitted yet sees only their own scorecard here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.utils.text import Truncator

from tactful.accounts.permissions import Actor
from tactful.hiring.models import (
    Candidate,
    Decision,
    Opening,
    Portrait,
    PortraitCompetency,
    Recommendation,
    Scorecard,
)
from tactful.hiring.selectors.decisions import decision_list
from tactful.hiring.selectors.scorecards import has_submitted_for, scorecards_hidden_count, scorecards_visible
from tactful.hiring.services.interviews import interview_items
from tactful.library.models import localise
from tactful.practice.feedback import answer_wide
from tactful.stats import Aggregate, CompetencySpec, RadarChart, RaterScores, aggregate, radar_chart

SLOT = re.compile(r"\{(\w+)\}")


def candidate_list_for(*, actor: Actor) -> QuerySet[Candidate]:
    """Candidates the actor may evaluate: all of the organisation's for owners and recruiters,
    only those with an interview they are on for interviewers."""
    candidates = Candidate.objects.filter(organisation=actor.organisation).select_related("opening__portrait")
    if not actor.manages_hiring:
        candidates = candidates.filter(interviews__interviewassignment__interviewer=actor.user).distinct()
    return candidates


def candidate_for_evaluation(*, actor: Actor, pk: int) -> Candidate | None:
    return candidate_list_for(actor=actor).filter(pk=pk).first()


@dataclass(frozen=True)
class CompetencyRow:
    key: str
    name: str
    weight: int
    must_have: bool
    n: int
    mean: float | None
    spread: int | None
    stdev: float | None
    disagreement: bool
    gap: bool
    ratings: list[tuple[str, int | None]]  # (interviewer, rating) for each counted scorecard


@dataclass(frozen=True)
class QuestionRow:
    number: int
    text: str
    n: int
    mean: float | None
    spread: int | None
    disagreement: bool


@dataclass(frozen=True)
class FlagRow:
    interviewer: str
    question: str
    code: str
    message: str
    quote: str


@dataclass(frozen=True)
class CardRow:
    scorecard: Scorecard
    interviewer: str
    submitted: bool
    recommendation: str


@dataclass
class CandidateSummary:
    candidate: Candidate
    portrait: Portrait
    stats: Aggregate
    competencies: list[CompetencyRow]
    questions: list[QuestionRow]
    cards: list[CardRow]
    recommendation_counts: list[tuple[str, str, int]]  # (value, label, count)
    flags: list[FlagRow]
    radar: RadarChart | None
    decisions: list[Decision]
    hidden: int  # colleagues' scorecards the actor may not see yet
    must_submit_first: bool  # an interviewer who has not submitted: colleagues are hidden
    gaps: list[str] = field(default_factory=list)  # names of must-have competencies with a gap

    @property
    def decision(self) -> Decision | None:
        return self.decisions[0] if self.decisions else None

    @property
    def counted(self) -> int:
        return self.stats.raters


def person(user: Any) -> str:
    return str(user.get_full_name() or user.get_username())


def portrait_rows(portrait: Portrait) -> list[tuple[str, str, int, bool]]:
    """(key, name in the active language, weight, must-have) of the portrait's competencies."""
    return [_portrait_row(pc) for pc in portrait.competencies.select_related("competency", "custom_competency")]


def _portrait_row(pc: PortraitCompetency) -> tuple[str, str, int, bool]:
    name = localise(pc.competency.name) if pc.competency else str(pc.custom_competency)
    return (pc.key, name, pc.weight, pc.must_have)


def _aggregate(portrait_meta: Sequence[tuple[str, str, int, bool]], cards: Sequence[Scorecard]) -> Aggregate:
    return aggregate(
        [CompetencySpec(key, weight, must) for key, _name, weight, must in portrait_meta],
        [
            RaterScores(
                str(card.pk),
                competencies={r.competency_key: r.rating for r in card.competency_ratings.all()},
                questions={str(a.kit_item_id): a.rating for a in card.answers.all() if a.rating is not None},
            )
            for card in cards
        ],
    )


def candidate_summary(*, actor: Actor, candidate: Candidate) -> CandidateSummary:
    portrait = candidate.opening.portrait
    meta = portrait_rows(portrait)
    visible = list(
        scorecards_visible(actor=actor, candidate=candidate).prefetch_related(
            "competency_ratings", "answers__kit_item__question", "answers__kit_item__custom_question"
        )
    )
    counted = [c for c in visible if c.status == Scorecard.Status.SUBMITTED]
    stats = _aggregate(meta, counted)
    names = {key: name for key, name, _w, _m in meta}
    rows = []
    for agg in stats.competencies:
        by_card = [
            (
                person(c.interviewer),
                next((r.rating for r in c.competency_ratings.all() if r.competency_key == agg.key), None),
            )
            for c in counted
        ]
        rows.append(
            CompetencyRow(
                agg.key,
                names.get(agg.key, agg.key),
                agg.weight,
                agg.must_have,
                agg.n,
                agg.mean,
                agg.spread,
                agg.stdev,
                agg.disagreement,
                agg.gap,
                by_card,
            )
        )
    questions = _question_rows(candidate, stats)
    recs = Counter(c.recommendation for c in counted if c.recommendation)
    radar_axes = [(r.key, r.name, r.mean, float(r.weight)) for r in rows if r.weight > 0]
    must_submit_first = not actor.sees_all_scorecards and not has_submitted_for(actor=actor, candidate=candidate)
    return CandidateSummary(
        candidate=candidate,
        portrait=portrait,
        stats=stats,
        competencies=rows,
        questions=questions,
        cards=[
            CardRow(c, person(c.interviewer), c.status == Scorecard.Status.SUBMITTED, c.recommendation) for c in visible
        ],
        recommendation_counts=[(value, str(label), recs.get(value, 0)) for value, label in Recommendation.choices],
        flags=_flags(counted),
        radar=radar_chart(radar_axes) if len(radar_axes) >= 3 else None,
        decisions=list(decision_list(actor=actor, candidate=candidate)),
        hidden=scorecards_hidden_count(actor=actor, candidate=candidate),
        must_submit_first=must_submit_first,
        gaps=[r.name for r in rows if r.gap],
    )


def _question_rows(candidate: Candidate, stats: Aggregate) -> list[QuestionRow]:
    """Per question, over every interview of the candidate, in kit order."""
    rows: list[QuestionRow] = []
    seen: set[int] = set()
    terms = candidate.opening.portrait.slot_values or {}
    for interview in candidate.interviews.select_related("kit", "candidate__opening").order_by("scheduled_at", "id"):
        for item in interview_items(interview):
            if item.pk in seen:
                continue
            seen.add(item.pk)
            agg = stats.question(str(item.pk))
            text = localise(item.question.text, interview.kit.language) if item.question else str(item.custom_question)
            text = SLOT.sub(lambda m: str(terms.get(m.group(1)) or m.group(0)), text)
            rows.append(
                QuestionRow(
                    len(rows) + 1,
                    Truncator(text).chars(140),
                    agg.n if agg else 0,
                    agg.mean if agg else None,
                    agg.spread if agg else None,
                    agg.disagreement if agg else False,
                )
            )
    return rows


def _flags(cards: Sequence[Scorecard]) -> list[FlagRow]:
    flags = []
    for card in cards:
        for answer in card.answers.all():
            item = answer.kit_item
            language = card.interview.kit.language
            question = localise(item.question.text, language) if item.question else str(item.custom_question)
            for flag in (answer.analysis or {}).get("red_flags") or []:
                quote = "" if answer_wide(flag, answer.notes) else answer.notes[flag["start"] : flag["end"]]
                flags.append(
                    FlagRow(
                        person(card.interviewer),
                        Truncator(question).chars(90),
                        str(flag.get("code", "")),
                        str(flag.get("message", "")),
                        Truncator(quote).chars(160),
                    )
                )
    return flags


@dataclass(frozen=True)
class CandidateOutcome:
    """What a candidate list shows beside a name: the decision in force and the weighted score."""

    decision: Decision | None
    overall: float | None  # None: no submitted scorecard the actor may count rated a competency
    coverage: float
    scorecards: int


def candidate_outcomes(*, actor: Actor, candidates: Sequence[Candidate]) -> dict[int, CandidateOutcome]:
    """The latest decision and weighted score of each candidate, in a fixed number of queries
    whatever the number of candidates (decisions, portrait competencies, the actor's own
    submissions, scorecards with their ratings).

    Scores follow `candidate_summary`: submitted scorecards only, and an interviewer who has not
    submitted their own for a candidate sees no score for them (independent feedback)."""
    ids = [c.pk for c in candidates]
    latest: dict[int, Decision] = {}
    for decision in Decision.objects.filter(candidate_id__in=ids, candidate__organisation=actor.organisation).order_by(
        "-decided_at", "-id"
    ):
        latest.setdefault(decision.candidate_id, decision)
    meta: dict[int, list[tuple[str, str, int, bool]]] = {}
    rows = PortraitCompetency.objects.filter(portrait__openings__candidates__in=ids).distinct()
    for pc in rows.select_related("competency", "custom_competency").order_by("-weight", "id"):
        meta.setdefault(pc.portrait_id, []).append(_portrait_row(pc))
    counted_for = set(ids)
    if not actor.sees_all_scorecards:
        counted_for = set(
            Scorecard.objects.filter(
                interview__candidate__in=ids, interviewer=actor.user, status=Scorecard.Status.SUBMITTED
            ).values_list("interview__candidate_id", flat=True)
        )
    cards: dict[int, list[Scorecard]] = {}
    submitted = Scorecard.objects.filter(
        interview__candidate__in=counted_for,
        interview__organisation=actor.organisation,
        status=Scorecard.Status.SUBMITTED,
    )
    for card in submitted.select_related("interview").prefetch_related("competency_ratings", "answers"):
        cards.setdefault(card.interview.candidate_id, []).append(card)
    outcomes = {}
    for candidate in candidates:
        counted = cards.get(candidate.pk, [])
        stats = _aggregate(meta.get(candidate.opening.portrait_id, []), counted) if counted else None
        outcomes[candidate.pk] = CandidateOutcome(
            decision=latest.get(candidate.pk),
            overall=stats.overall if stats else None,
            coverage=stats.coverage if stats else 0.0,
            scorecards=len(counted),
        )
    return outcomes


def opening_for_comparison(*, actor: Actor, pk: int) -> Opening | None:
    return Opening.objects.filter(organisation=actor.organisation, pk=pk).select_related("portrait").first()


@dataclass(frozen=True)
class ComparisonColumn:
    candidate: Candidate
    overall: float | None
    coverage: float
    means: list[float | None]  # in the order of `Comparison.competencies`
    gaps: list[str]
    recommendations: list[int]  # counts in the order of Recommendation.choices
    scorecards: int
    decision: Decision | None


@dataclass
class Comparison:
    opening: Opening
    competencies: list[tuple[str, str, int, bool]]  # key, name, weight, must-have
    recommendations: list[tuple[str, str]]
    columns: list[ComparisonColumn]

    @property
    def competency_rows(self) -> list[tuple[str, str, int, bool, list[float | None]]]:
        """(key, name, weight, must-have, the mean of each column)."""
        return [
            (key, name, weight, must, [col.means[i] for col in self.columns])
            for i, (key, name, weight, must) in enumerate(self.competencies)
        ]

    @property
    def recommendation_rows(self) -> list[tuple[str, list[int]]]:
        return [
            (label, [col.recommendations[i] for col in self.columns])
            for i, (_v, label) in enumerate(self.recommendations)
        ]


def opening_comparison(*, actor: Actor, opening: Opening) -> Comparison:
    """Every candidate of the opening side by side; owners and recruiters only (the caller checks)."""
    meta = portrait_rows(opening.portrait)
    names = {key: name for key, name, _w, _m in meta}
    columns = []
    candidates = opening.candidates.filter(organisation=actor.organisation).prefetch_related("decisions")
    for candidate in candidates:
        cards = list(
            Scorecard.objects.filter(interview__candidate=candidate, status=Scorecard.Status.SUBMITTED)
            .select_related("interviewer")
            .prefetch_related("competency_ratings", "answers")
        )
        stats = _aggregate(meta, cards)
        recs = Counter(c.recommendation for c in cards if c.recommendation)
        by_key = {c.key: c for c in stats.competencies}
        decisions = list(candidate.decisions.all())
        columns.append(
            ComparisonColumn(
                candidate=candidate,
                overall=stats.overall,
                coverage=stats.coverage,
                means=[by_key[key].mean if key in by_key else None for key, *_rest in meta],
                gaps=[names.get(k, k) for k in stats.must_have_gaps],
                recommendations=[recs.get(value, 0) for value, _label in Recommendation.choices],
                scorecards=len(cards),
                decision=decisions[0] if decisions else None,
            )
        )
    columns.sort(key=lambda c: (c.overall is None, -(c.overall or 0.0), c.candidate.name))
    return Comparison(
        opening=opening,
        competencies=meta,
        recommendations=[(value, str(label)) for value, label in Recommendation.choices],
        columns=columns,
    )
