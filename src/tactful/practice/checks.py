"""Answers practice mode refuses before or after analysis, with a message for the candidate.

Shared by the pages, the API and the terminal; needs Django's translations but no database.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tactful.analysis import MAX_WORDS

MIN_WORDS = 3


@dataclass(frozen=True)
class AnswerProblem:
    code: str
    message: str


def problem_before_analysis(text: str) -> AnswerProblem | None:
    words = len(text.split())
    if words == 0:
        return AnswerProblem("empty", _("Please type your answer before sending it."))
    if words < MIN_WORDS:
        return AnswerProblem(
            "too_short",
            _(
                "One or two words are not enough for an interviewer to judge. Answer in a few "
                "sentences: what happened, what you did and how it ended."
            ),
        )
    if words > MAX_WORDS:
        message = ngettext(
            "Your answer has %(words)s word; the limit is %(limit)s words. Please shorten it and send it again.",
            "Your answer has %(words)s words; the limit is %(limit)s words. Please shorten it and send it again.",
            words,
        ) % {
            "words": number_format(words, force_grouping=True),
            "limit": number_format(MAX_WORDS, force_grouping=True),
        }
        return AnswerProblem("too_long", message)
    return None


def problem_from_analysis(code: str, message: str) -> AnswerProblem:
    if code == "not_text":
        return AnswerProblem(code, _("This does not look like text. Please type or paste your answer as text."))
    if code == "unsupported_language":
        return AnswerProblem(
            code,
            _(
                "This answer seems to be in a language Tactful cannot analyse yet. Please "
                "answer in English, Russian, Estonian, Croatian or Slovak."
            ),
        )
    return AnswerProblem(code, _("This answer could not be analysed: %(reason)s") % {"reason": message})
