"""Competency evidence: cue hits per competency turned into a score in [0, 1] with spans."""

from __future__ import annotations

import math
from collections.abc import Iterable

from tactful.analysis.document import Document
from tactful.analysis.report import CompetencyEvidence

CORE = ("empathy", "active_listening", "problem_solving", "ownership", "communication")
PREFIX = "competency."


def competency_evidence(doc: Document, wanted: Iterable[str]) -> list[CompetencyEvidence]:
    """Scores for the core five, the `wanted` ones (the question's), and any other with hits."""
    order: list[str] = []
    for cid in (*wanted, *CORE):
        if cid not in order:
            order.append(cid)
    for category in doc.by_category:
        if category.startswith(PREFIX) and category[len(PREFIX) :] not in order:
            order.append(category[len(PREFIX) :])
    results = []
    for cid in order:
        hits = doc.by_category.get(PREFIX + cid, [])
        # Repeating one phrase is weaker evidence than showing it in several sentences.
        weight = sum(h.weight for h in hits) + 0.5 * (len({h.sentence for h in hits}) - 1 if hits else 0)
        score = round(1 - math.exp(-weight / 2.5), 3)
        results.append(CompetencyEvidence(cid, score, [doc.span(h) for h in hits]))
    return results
