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
OPINION = 1.0  # a sentence with this much 'general' weight is an opinion, not a story part


def sentence_scores(doc: Document, index: int, total: int) -> dict[str, float]:
    scores = {part: sum(h.weight for h in doc.in_sentence(index, f"star.{part}")) for part in STAR_PARTS}
    scores["action"] += min(2.0, 0.75 * sum(h.weight for h in doc.in_sentence(index, "first_person_past")))
    scores["action"] += min(1.0, 0.5 * sum(h.weight for h in doc.in_sentence(index, "hypothetical")))
    if not doc.in_sentence(index, "first_person"):
        scores["action"] *= 0.5  # an action in a STAR story is the speaker's own
    none = sum(h.weight for h in doc.in_sentence(index, "general"))
    if index == 0:
        scores["situation"] += 1.0
    if total >= 3 and index == total - 1:
        scores["result"] += 0.6
    scores["none"] = none
    return scores


def label_sentences(doc: Document, *, story_expected: bool = True) -> list[str | None]:
    """Cue-based labels, then the shape of a story fills the gaps: before the first action
    comes the situation, between actions more action, after the last action the result.
    Sentences dominated by opinions or generalisations stay unlabelled."""
    total = len(doc.sentences)
    all_scores = [sentence_scores(doc, index, total) for index in range(total)]
    threshold = THRESHOLD if story_expected or _tells_a_story(doc) else THRESHOLD * 2
    labels: list[str | None] = []
    for scores in all_scores:
        best = max(STAR_PARTS, key=lambda part: (scores[part], -STAR_PARTS.index(part)))
        labels.append(best if scores[best] >= threshold and scores[best] > scores["none"] else None)
    actions = [i for i, label in enumerate(labels) if label == "action"]
    if not actions or not (story_expected or _tells_a_story(doc)):
        return labels
    first, last = actions[0], actions[-1]
    for i in range(first):
        # Before anything was done, an outcome-sounding sentence is still context.
        if labels[i] in ("result", "action") and all_scores[i][labels[i] or "none"] < 2 * THRESHOLD:
            labels[i] = None
    for i, scores in enumerate(all_scores):
        if labels[i] is not None or scores["none"] >= OPINION:
            continue
        if i < first:
            labels[i] = "task" if scores["task"] > scores["situation"] else "situation"
        elif i > last:
            labels[i] = "result"
        elif doc.in_sentence(i, "first_person"):
            labels[i] = "action"
        else:  # between actions, a sentence about someone else reports what the actions did
            labels[i] = "result"
    return labels


def _tells_a_story(doc: Document) -> bool:
    return doc.count("experience_frame") > 0 and doc.count("first_person_past") >= 2


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
