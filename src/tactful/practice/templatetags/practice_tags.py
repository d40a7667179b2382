"""Template filters of the practice pages: content in the session's language, and the names
of STAR parts and red flags in the interface language."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext_lazy as _

from tactful.library.models import localise

register = template.Library()

STAR_NAMES = {
    "situation": _("Situation"),
    "task": _("Task"),
    "action": _("Action"),
    "result": _("Result"),
}
FLAG_NAMES = {
    "blame": _("Blaming others"),
    "money_motive": _("Money as the main motive"),
    "badmouthing_employer": _("Criticising a former employer"),
    "perfection_claim": _("Claiming never to make mistakes"),
    "lost_temper": _("Losing your temper"),
    "no_example": _("No concrete example"),
    "hypothetical": _("What you would do instead of what you did"),
    "jargon": _("Unexplained jargon"),
}


@register.filter
def in_language(texts: Any, language: str) -> str:
    """`{{ question.text|in_language:session.language }}`"""
    return localise(texts, language)


@register.filter
def star_name(part: str) -> str:
    return str(STAR_NAMES.get(part, part))


@register.filter
def flag_name(code: str) -> str:
    return str(FLAG_NAMES.get(code, code.replace("_", " ")))


@register.filter
def percent(score: float) -> int:
    return round(score * 100)


@register.simple_tag
def star_parts() -> list[tuple[str, str]]:
    return [(part, str(name)) for part, name in STAR_NAMES.items()]


@register.filter
def get_item(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key, key)
