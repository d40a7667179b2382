"""POST /api/v1/analyse: the answer analyser over HTTP, same inputs and report as `analyse()`."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.throttling import AnonRateThrottle

from tactful.analysis import analyse

router = Router(tags=["analyser"])


class AnalyseIn(Schema):
    text: str
    question: str | None = None
    language: str | None = None
    ui_language: str | None = None
    backend: str | None = None


@router.post(
    "/analyse",
    response={200: dict[str, Any], 400: dict[str, Any]},
    throttle=[AnonRateThrottle("60/m")],
    summary="Analyse one interview answer",
)
def analyse_answer(request: HttpRequest, body: AnalyseIn) -> Status[dict[str, Any]]:
    """The analyser's report (`AnswerReport.to_dict()`); a user error is a 400 with
    `{"error": {"code", "message"}, ...}` (codes as in docs/analyser.md)."""
    report = analyse(
        body.text,
        question=body.question,
        language=body.language,
        ui_language=body.ui_language,
        backend=body.backend,
    )
    return Status((200 if report.ok else 400), report.to_dict())
