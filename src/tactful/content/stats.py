"""Counts that show how big and how complete the content library is."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tactful.content.languages import LANGUAGES
from tactful.content.reader import ContentLibrary


def library_stats(lib: ContentLibrary) -> dict[str, Any]:
    """`{"competencies", "questions", "by_family", "languages", "candidate_questions", "tracks"}`.

    `languages` counts, per language, the questions whose every text exists in it; it is
    computed from the raw files so a half-translated question shows up even when invalid.
    """
    by_family = Counter(family for family, _ in lib.raw_questions)
    languages = {lang: sum(1 for _, q in lib.raw_questions if _complete_in(q, lang)) for lang in LANGUAGES}
    return {
        "competencies": len(lib.competencies),
        "questions": len(lib.raw_questions),
        "by_family": dict(sorted(by_family.items())),
        "languages": languages,
        "candidate_questions": len(lib.candidate_questions),
        "tracks": len(lib.tracks),
    }


def _complete_in(node: Any, lang: str) -> bool:
    """True when every localised text (a mapping with an `en` key) below `node` has `lang`."""
    if isinstance(node, dict):
        if LANGUAGES[0] in node and all(isinstance(v, str) for v in node.values()):
            value = node.get(lang)
            return isinstance(value, str) and bool(value.strip())
        return all(_complete_in(v, lang) for v in node.values())
    if isinstance(node, list):
        return all(_complete_in(v, lang) for v in node)
    return True
