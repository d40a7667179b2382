"""Library pages: browse and search competencies, questions and practice tracks."""

from __future__ import annotations

from itertools import groupby

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tactful.library import selectors
from tactful.library.forms import CompetencyFilterForm, QuestionFilterForm

PAGE_SIZE = 40


def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "library/home.html",
        {
            "competency_count": selectors.competency_list().count(),
            "question_count": selectors.question_list().count(),
            "families": selectors.question_family_list(),
            "tracks": selectors.track_list(),
        },
    )


def question_list(request: HttpRequest) -> HttpResponse:
    form = QuestionFilterForm(request.GET or None)
    questions = selectors.question_list(filters=form.filters())
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "slots": selectors.slot_map(),
        "total": page.paginator.count,
    }
    # htmx asks for the results only, so typing in the search box does not redraw the form.
    template = "library/_question_results.html" if request.headers.get("HX-Request") else "library/question_list.html"
    return render(request, template, context)


def question_detail(request: HttpRequest, slug: str) -> HttpResponse:
    question = selectors.question_get(slug=slug)
    if question is None:
        raise Http404
    return render(
        request,
        "library/question_detail.html",
        {"question": question, "slots": selectors.slot_map()},
    )


def competency_list(request: HttpRequest) -> HttpResponse:
    form = CompetencyFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    competencies = selectors.competency_list(search=data.get("q") or "", family=data.get("family") or "")
    groups = [(family, list(items)) for family, items in groupby(competencies, key=lambda c: c.family)]
    template = (
        "library/_competency_results.html" if request.headers.get("HX-Request") else "library/competency_list.html"
    )
    return render(request, template, {"form": form, "groups": groups, "total": len(competencies)})


def competency_detail(request: HttpRequest, slug: str) -> HttpResponse:
    competency = selectors.competency_get(slug=slug)
    if competency is None:
        raise Http404
    questions = selectors.question_list(filters=selectors.QuestionFilter(competency=slug))
    return render(
        request,
        "library/competency_detail.html",
        {"competency": competency, "questions": questions, "slots": selectors.slot_map()},
    )


def track_list(request: HttpRequest) -> HttpResponse:
    return render(request, "library/track_list.html", {"tracks": selectors.track_list()})


def track_detail(request: HttpRequest, slug: str) -> HttpResponse:
    track = selectors.track_get(slug=slug)
    if track is None:
        raise Http404
    return render(
        request,
        "library/track_detail.html",
        {
            "track": track,
            "questions": selectors.track_questions(track=track),
            "slots": selectors.slot_map(),
        },
    )


def candidate_questions(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "library/candidate_questions.html",
        {"questions": selectors.candidate_question_list()},
    )
