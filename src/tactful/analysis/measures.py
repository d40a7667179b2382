"""Specificity (numbers, times, named things, first-person actions) and clarity."""

from __future__ import annotations

from tactful.analysis.document import Document
from tactful.analysis.report import Clarity, Specificity

LONG_SENTENCE = 30


def specificity(doc: Document) -> Specificity:
    numbers = sum(1 for t in doc.tokens if t.is_number)
    times = doc.count("time")
    starts = {s.start for s in doc.sentences}
    named = sum(
        1
        for t in doc.tokens
        if t.text[:1].isupper()
        and t.start not in starts
        and len(t.text) > 1
        and t.lower not in doc.lexicon.stopwords
        and not t.text.isupper()
    )
    actions = doc.count("first_person_past")
    raw = numbers + 0.7 * times + 0.5 * named + 0.4 * actions
    return Specificity(round(raw / (raw + 3), 3), numbers, times, named, actions)


def clarity(doc: Document) -> Clarity:
    words = len(doc.tokens)
    count = max(1, len(doc.sentences))
    lengths = [doc.words_in(i) for i in range(len(doc.sentences))] or [words]
    mean = words / count
    fillers = doc.count("filler")
    long_sentences = sum(1 for n in lengths if n > LONG_SENTENCE)
    score = 1.0
    score -= min(0.4, max(0.0, mean - 20) * 0.02)
    score -= min(0.3, 3 * fillers / max(words, 1))
    score -= min(0.2, 0.1 * long_sentences)
    if words < 15:
        score -= 0.3
    return Clarity(round(max(0.0, score), 3), words, len(doc.sentences), round(mean, 1), fillers, long_sentences)
