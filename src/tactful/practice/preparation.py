"""The general part of the preparation plan shown after a session (the track adds its own
tips, and the library its questions to ask the interviewer). UI text, so it is translated
through gettext like every other string of the interface."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Step:
    key: str
    title: str | Promise
    text: str | Promise


PLAN = (
    Step(
        "research",
        _("Research the company"),
        _(
            "Read the company's website, its products and recent news, and look at what "
            "customers say about it in reviews. Note two or three things you would do for "
            "its customers."
        ),
    ),
    Step(
        "aloud",
        _("Practise aloud"),
        _(
            "Say your answers out loud to a friend or a recording, not only in your head. "
            "Keep each story to about two minutes: the situation, what you did, how it ended."
        ),
    ),
    Step(
        "clothes",
        _("Decide what to wear"),
        _(
            "Choose clean, neat and comfortable clothes, a little more formal than the team "
            "wears at work. For a video interview, check your camera, light and background."
        ),
    ),
    Step(
        "questions",
        _("Prepare questions for the interviewer"),
        _(
            "Pick two or three of the questions below and ask them at the end: they show "
            "that you are thinking about the job itself."
        ),
    ),
    Step(
        "stress",
        _("Keep stress in check"),
        _(
            "Sleep and eat well before the day, arrive ten minutes early and take a slow "
            "breath before you answer. Be ready to say how you keep an upset customer's words "
            "from becoming personal and when you would ask your team lead for help."
        ),
    ),
)
