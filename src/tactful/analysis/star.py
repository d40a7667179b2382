"""STAR labelling of sentences by cue scores (the lexical backend's method).

Each sentence collects the weights of its cue hits per part (situation, task, action,
result); first-person past actions support "action", generalisations support "none".
A weak position prior helps the first sentence towards situation and the last towards
result. A sentence without cues continues the opening situation, as stories usually
spend a few sentences on context before the speaker acts.
"""

from __future__ import annotations

from tactful.analysis.document import Document
from tactful.analysis.report import STAR_PARTS, StarSummary

THRESHOLD = 1.0


def sentence_scores(doc: Document, index: int, total: int) -> dict[str, float]:
    scores = {part: sum(h.weight for h in doc.in_sentence(index, f"star.{part}")) for part in STAR_PARTS}
    scores["action"] += min(2.0, 0.75 * sum(h.weight for h in doc.in_sentence(index, "first_person_past")))
    scores["action"] += min(1.0, 0.5 * sum(h.weight for h in doc.in_sentence(index, "hypothetical")))
    none = sum(h.weight for h in doc.in_sentence(index, "general"))
    if index == 0:
        scores["situation"] += 0.6
    if total >= 3 and index == total - 1:
        scores["result"] += 0.4
    scores["none"] = none
    return scores


def label_sentences(doc: Document) -> list[str | None]:
    total = len(doc.sentences)
    labels: list[str | None] = []
    seen_action = False
    for index in range(total):
        scores = sentence_scores(doc, index, total)
        best = max(STAR_PARTS, key=lambda part: (scores[part], -STAR_PARTS.index(part)))
        label: str | None = None
        if scores[best] >= THRESHOLD and scores[best] > scores["none"]:
            label = best
        elif (
            not seen_action
            and scores["none"] == 0
            and labels
            and labels[-1] == "situation"
            and doc.words_in(index) >= 4
        ):
            label = "situation"
        seen_action = seen_action or label == "action"
        labels.append(label)
    return labels


def summarise(labels: list[str | None]) -> StarSummary:
    present = {part: part in labels for part in STAR_PARTS}
    order = [STAR_PARTS.index(label) for label in labels if label is not None]
    first_seen: list[int] = []
    for part in order:
        if part not in first_seen:
            first_seen.append(part)
    return StarSummary(
        situation=present["situation"],
        task=present["task"],
        action=present["action"],
        result=present["result"],
        complete=all(present.values()),
        in_order=bool(first_seen) and first_seen == sorted(first_seen),
    )
