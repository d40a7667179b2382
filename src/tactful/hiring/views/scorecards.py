"""The interviewer's page: questions with guidance, notes with live analysis, ratings,
recommendation and comments; save a draft or submit. And a read-only scorecard page.

A refused save (stale version, missing fields) re-renders the page with exactly what the
interviewer typed, never with the stored copy, so nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from tactful.accounts.permissions import member_required
from tactful.hiring.errors import HiringError
from tactful.hiring.models import Interview, Recommendation, Scorecard
from tactful.hiring.selectors.candidate_summary import portrait_rows
from tactful.hiring.selectors.interviews import QuestionShown, interview_get, interview_questions
from tactful.hiring.selectors.scorecards import scorecard_get, scorecard_mine
from tactful.hiring.services.interviews import interview_items
from tactful.hiring.services.scorecards import (
    AnswerInput,
    ScorecardIncomplete,
    analyse_notes,
    scorecard_get_or_create,
    scorecard_save,
    scorecard_submit,
)
from tactful.hiring.views.interviews import interview_overview_view, refuse
from tactful.library.models import Competency, localise
from tactful.practice.feedback import answer_wide, highlight, star_parts

# Gentle hints for the analyser's errors: notes are work in progress, not a failure.
HINTS = {
    "empty": _lazy("Type your notes: what the candidate said, in their words where you can."),
    "too_long": _lazy("These notes are too long to analyse; the analysis covers answers up to 5,000 words."),
    "unsupported_language": _lazy(
        "The notes do not look like one of the languages Tactful analyses (English, Russian, Estonian, "
        "Croatian, Slovak). Keep writing: the analysis appears when it can read them."
    ),
}

RATINGS = range(1, 6)


@dataclass
class QuestionForm:
    shown: QuestionShown
    notes: str
    rating: int | None
    analysis: dict[str, Any] | None
    error: str = ""


@dataclass
class CompetencyForm:
    key: str
    name: str
    weight: int
    must_have: bool
    rating: int | None


def _rating(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and 1 <= int(value) <= 5 else None


def _page(
    request: HttpRequest,
    interview: Interview,
    scorecard: Scorecard,
    *,
    posted: Any = None,
    error: HiringError | None = None,
    status: int = 200,
) -> HttpResponse:
    """The page from the stored scorecard, or from what was posted when a save was refused."""
    saved = scorecard.pk is not None  # an unsaved blank until the first save
    stored = {a.kit_item_id: a for a in scorecard.answers.all()} if saved else {}
    stored_competencies = {r.competency_key: r.rating for r in scorecard.competency_ratings.all()} if saved else {}
    fields = error.fields if isinstance(error, ScorecardIncomplete) else {}
    questions = []
    for shown in interview_questions(interview=interview):
        pk = shown.item.pk
        answer = stored.get(pk)
        if posted is not None:
            notes, rating = posted.get(f"notes-{pk}", ""), _rating(posted.get(f"rating-{pk}"))
        else:
            notes, rating = (answer.notes, answer.rating) if answer else ("", None)
        fresh = answer is not None and answer.notes == notes and bool(answer.analysis) and bool(notes.strip())
        analysis = (
            analysis_context(notes, answer.analysis, interview.kit.language) if fresh and answer is not None else None
        )
        questions.append(QuestionForm(shown, notes, rating, analysis, fields.get(f"rating-{pk}", "")))
    competencies = [
        CompetencyForm(
            key,
            name,
            weight,
            must,
            _rating(posted.get(f"competency-{key}")) if posted is not None else stored_competencies.get(key),
        )
        for key, name, weight, must in portrait_rows(interview.candidate.opening.portrait)
    ]
    return render(
        request,
        "hiring/interview_detail.html",
        {
            "interview": interview,
            "scorecard": scorecard,
            "questions": questions,
            "competencies": competencies,
            "recommendation": posted.get("recommendation", "") if posted is not None else scorecard.recommendation,
            "comments": posted.get("comments", "") if posted is not None else scorecard.comments,
            "version": posted.get("version", scorecard.version) if posted is not None else scorecard.version,
            "recommendations": Recommendation.choices,
            "ratings": RATINGS,
            "error": error,
            "field_errors": fields,
            "read_only": scorecard.status == Scorecard.Status.SUBMITTED,
        },
        status=status,
    )


def language_name(code: str) -> str:
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def analysis_context(notes: str, report: dict[str, Any], kit_language: str | None = None) -> dict[str, Any]:
    """What the analysis panel shows: STAR parts present and missing, the notes highlighted by
    part, red flags with their messages and the quoted words, competency evidence quoted, and
    which language the notes were read in when it is not the kit's."""
    error = report.get("error")
    if error:
        code = str(error.get("code", ""))
        return {"hint": HINTS.get(code, HINTS["empty"] if not notes.strip() else error.get("message", ""))}
    ids = [c["id"] for c in report.get("competencies") or [] if c.get("evidence")]
    names = {c.slug: localise(c.name) for c in Competency.objects.filter(slug__in=ids)}
    present = star_parts(report)
    analysed = str(report.get("language") or "")
    other = kit_language is not None and analysed not in ("", kit_language)
    return {
        "hint": "",
        "notes_language": language_name(analysed) if other else "",
        "kit_language": language_name(kit_language) if other and kit_language else "",
        "present": present,
        "missing": [p for p in ("situation", "task", "action", "result") if p not in present],
        "segments": highlight(notes, report),
        "flags": [
            {
                "code": f["code"],
                "message": f.get("message", ""),
                "quote": "" if answer_wide(f, notes) else notes[f["start"] : f["end"]],
            }
            for f in report.get("red_flags") or []
        ],
        "evidence": [
            {"name": names.get(c["id"], c["id"]), "quotes": [notes[e["start"] : e["end"]] for e in c["evidence"]]}
            for c in report.get("competencies") or []
            if c.get("evidence")
        ],
        "rating": (report.get("rating") or {}).get("value"),
    }


def _posted(request: HttpRequest, interview: Interview) -> dict[str, Any]:
    """The scorecard form as `scorecard_save` arguments."""
    post = request.POST
    keys = [key for key, *_rest in portrait_rows(interview.candidate.opening.portrait)]
    return {
        "version": int(post["version"]) if post.get("version", "").isdigit() else -1,
        "answers": [
            AnswerInput(item.pk, post.get(f"notes-{item.pk}", ""), _rating(post.get(f"rating-{item.pk}")))
            for item in interview_items(interview)
        ],
        "competency_ratings": {key: _rating(post.get(f"competency-{key}")) for key in keys},
        "recommendation": post.get("recommendation", ""),
        "comments": post.get("comments", ""),
    }


@member_required()
def interview_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The assigned interviewer's scorecard page; owners and recruiters not on the panel get the overview."""
    actor = request.actor  # type: ignore[attr-defined]
    interview = interview_get(actor=actor, pk=pk)
    if interview is None:
        raise Http404
    if not interview.interviewers.filter(pk=actor.user.pk).exists():
        return interview_overview_view(request, pk)
    if request.method != "POST":
        return _page(request, interview, scorecard_mine(actor=actor, interview=interview))  # writes nothing
    try:
        scorecard = scorecard_get_or_create(actor=actor, interview=interview)
    except HiringError as error:
        refuse(error)
        raise Http404 from error
    try:
        scorecard = scorecard_save(actor=actor, scorecard=scorecard, **_posted(request, interview))
    except HiringError as error:
        refuse(error)
        status = 409 if error.code in ("stale", "submitted") else 400
        return _page(request, interview, scorecard, posted=request.POST, error=error, status=status)
    if request.POST.get("action") == "submit":
        try:
            scorecard_submit(actor=actor, scorecard=scorecard, version=scorecard.version)
        except HiringError as error:
            # The draft is saved; show the page from the stored copy (same text) with the errors.
            return _page(request, interview, scorecard, error=error, status=400)
        messages.success(request, _("Your scorecard is submitted. You can now see your colleagues' scorecards."))
        return redirect("hiring:candidate_scores", interview.candidate_id)
    messages.success(request, _("Draft saved."))
    return redirect("hiring:interview_detail", interview.pk)


@require_POST
@member_required()
def live_analysis_view(request: HttpRequest, pk: int, item_id: int) -> HttpResponse:
    """htmx partial: the analyser's reading of the notes typed so far for one question."""
    actor = request.actor  # type: ignore[attr-defined]
    interview = interview_get(actor=actor, pk=pk)
    if interview is None or not interview.interviewers.filter(pk=actor.user.pk).exists():
        raise Http404
    item = next((i for i in interview_items(interview) if i.pk == item_id), None)
    if item is None:
        raise Http404
    notes = request.POST.get(f"notes-{item_id}", request.POST.get("notes", ""))
    report = analyse_notes(notes, item, interview.kit.language)
    return render(request, "hiring/_live_analysis.html", analysis_context(notes, report, interview.kit.language))


@member_required()
def scorecard_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    scorecard = scorecard_get(actor=actor, pk=pk)
    if scorecard is None:
        raise Http404
    if scorecard.interviewer_id == actor.user.pk and scorecard.status == Scorecard.Status.DRAFT:
        return redirect("hiring:interview_detail", scorecard.interview_id)
    interview = scorecard.interview
    answers = {a.kit_item_id: a for a in scorecard.answers.all()}
    rows = []
    for shown in interview_questions(interview=interview):
        answer = answers.get(shown.item.pk)
        shown_analysis = (
            analysis_context(answer.notes, answer.analysis, interview.kit.language)
            if answer is not None and answer.analysis
            else None
        )
        rows.append((shown, answer, shown_analysis))
    ratings = {r.competency_key: r.rating for r in scorecard.competency_ratings.all()}
    competencies = [
        (name, weight, must, ratings.get(key))
        for key, name, weight, must in portrait_rows(interview.candidate.opening.portrait)
    ]
    return render(
        request,
        "hiring/scorecard_detail.html",
        {"scorecard": scorecard, "interview": interview, "rows": rows, "competencies": competencies},
    )
