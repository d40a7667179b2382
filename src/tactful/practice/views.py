"""Practice pages: start, one question at a time, feedback, try again, summary, account and
"delete my data". Views parse input, call one service or selector and render."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.formats import number_format
from django.views.decorators.http import require_http_methods

from tactful.analysis import MAX_WORDS
from tactful.library.models import localise
from tactful.library.selectors import track_get
from tactful.practice import chart, documents, selectors, services, speech
from tactful.practice.forms import AnswerForm, DeleteDataForm, SignupForm, StartForm
from tactful.practice.models import PracticeSession
from tactful.practice.preparation import PLAN
from tactful.practice.visitors import visitor_key_new

VISITOR = "practice_visitor"


def _visitor(request: HttpRequest) -> str:
    """This browser's visitor key, created on first use and kept in the Django session."""
    key = request.session.get(VISITOR)
    if not key:
        key = visitor_key_new()
        request.session[VISITOR] = key
    return str(key)


def _session(request: HttpRequest, session_id: UUID) -> PracticeSession:
    session = selectors.session_for_visitor(public_id=session_id, visitor_key=_visitor(request), user=request.user)
    if session is None:
        raise Http404
    return session


@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    form = StartForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        track = track_get(slug=form.cleaned_data["track"])
        if track is None:
            raise Http404
        session = services.session_start(
            visitor_key=_visitor(request),
            user=request.user,
            language=form.cleaned_data["language"],
            track=track,
            length=form.cleaned_data["length"],
        )
        return redirect("practice:question", session.public_id, 1)
    sessions = selectors.visitor_session_list(visitor_key=_visitor(request), user=request.user)
    return render(request, "practice/start.html", {"form": form, "sessions": sessions[:10]})


def resume(request: HttpRequest, session_id: UUID) -> HttpResponse:
    progress = selectors.session_progress(session=_session(request, session_id))
    if progress.next is None:
        return redirect("practice:summary", session_id)
    return redirect("practice:question", session_id, progress.next.position)


@require_http_methods(["GET", "POST"])
def question(request: HttpRequest, session_id: UUID, position: int) -> HttpResponse:
    session = _session(request, session_id)
    progress = selectors.session_progress(session=session)
    item = progress.at(position)
    if item is None:
        raise Http404
    problem = None
    if request.method == "POST":
        form = AnswerForm(request.POST)
        if form.is_valid():
            result = services.answer_submit(session=session, question=item.question, text=form.cleaned_data["answer"])
            if result.attempt is not None:
                return redirect("practice:feedback", session_id, result.attempt.pk)
            problem = result.problem
    else:
        latest = item.latest
        form = AnswerForm(initial={"answer": latest.answer if latest else ""})
    status = 429 if problem and problem.code == "rate_limited" else 400 if problem else 200
    context = {
        "progress": progress,
        "item": item,
        "form": form,
        "problem": problem,
        "hint": localise(item.question.family.hint, session.language),
        "speech": speech.available(),
        "max_words": number_format(MAX_WORDS, force_grouping=True),
    }
    return render(request, "practice/question.html", context, status=status)


def feedback(request: HttpRequest, session_id: UUID, attempt_id: int) -> HttpResponse:
    session = _session(request, session_id)
    attempt = selectors.attempt_get(session=session, attempt_id=attempt_id)
    if attempt is None:
        raise Http404
    progress = selectors.session_progress(session=session)
    shown = selectors.attempt_feedback(attempt=attempt, progress=progress)
    return render(request, "practice/feedback.html", {"fb": shown, "progress": progress})


def summary(request: HttpRequest, session_id: UUID) -> HttpResponse:
    result = selectors.session_summary(session=_session(request, session_id))
    return render(request, "practice/summary.html", {"summary": result, "plan": PLAN})


def summary_pdf(request: HttpRequest, session_id: UUID) -> HttpResponse:
    return documents.summary_pdf_response(request, _session(request, session_id))


@require_http_methods(["GET", "POST"])
def delete_data(request: HttpRequest) -> HttpResponse:
    form = DeleteDataForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        deleted = services.visitor_data_delete(
            visitor_key=_visitor(request),
            user=request.user,
            delete_account=form.cleaned_data["delete_account"],
        )
        if deleted.account:
            request.session.flush()
        return render(request, "practice/deleted.html", {"deleted": deleted})
    sessions = selectors.visitor_session_list(visitor_key=_visitor(request), user=request.user)
    return render(request, "practice/delete.html", {"form": form, "sessions": sessions})


@login_required(login_url=reverse_lazy("practice:login"))
def history(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated
    points = selectors.progress_over_sessions(user=request.user)
    drawn = chart.rating_chart([(p.session.created.strftime("%d.%m."), p.average_rating) for p in points])
    context = {
        "points": list(zip(points, drawn, strict=True)),
        "polyline": chart.polyline(drawn),
        "gridlines": chart.gridlines(),
        "chart": chart,
    }
    return render(request, "practice/history.html", context)


def _claim(request: HttpRequest) -> None:
    if request.user.is_authenticated:
        services.session_claim(visitor_key=_visitor(request), user=request.user)


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _visitor(request)  # make sure the key exists before login() cycles the session
        login(request, form.save(), backend="django.contrib.auth.backends.ModelBackend")
        _claim(request)
        return redirect("practice:history")
    return render(request, "practice/signup.html", {"form": form})


class PracticeLoginView(LoginView):
    template_name = "practice/login.html"

    def get_default_redirect_url(self) -> str:
        return str(reverse_lazy("practice:history"))

    def form_valid(self, form: Any) -> HttpResponse:
        _visitor(self.request)
        response = super().form_valid(form)
        _claim(self.request)
        return response


def transcribe(request: HttpRequest) -> HttpResponseBase:
    if not speech.available():
        raise Http404
    return speech.transcribe_view(request)
