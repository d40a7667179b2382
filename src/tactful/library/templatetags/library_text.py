"""Template filters that show content texts in the active language."""

from __future__ import annotations

import re
from typing import Any

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from tactful.library.models import Slot, localise

register = template.Library()


@register.filter
def tr(texts: Any) -> str:
    """`{{ question.text|tr }}`: the text in the active language."""
    return localise(texts)


@register.filter
def with_slots(texts: Any, slots: dict[str, Slot] | None) -> SafeString:
    """Question text with each `{slot}` shown as a highlighted blank the company fills in."""
    text = escape(localise(texts))

    def blank(match: re.Match[str]) -> str:
        name = match.group(1)
        slot = (slots or {}).get(name)
        label = localise(slot.label) if slot else name
        example = localise(slot.example) if slot else ""
        return str(format_html('<span class="slot" title="{}">{}</span>', example, label))

    return mark_safe(re.sub(r"\{(\w+)\}", blank, text))
