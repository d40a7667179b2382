"""Tokens and sentences with character offsets into the original answer.

Splitting is rule-based and deterministic: a sentence ends at . ! ? … (or a blank line) when
the next word starts like a new sentence and the dot does not close a known abbreviation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"\w+(?:['’-]\w+)*", re.UNICODE)
# End punctuation, optional closing quotes/brackets, then whitespace.
BOUNDARY = re.compile(r"([.!?…]+)([\"'»”“)\]]*)(\s+)|(\n\s*\n)|([.!?…]+[\"'»”“)\]]*)\s*$")
NEW_SENTENCE_START = re.compile(r"[\"'«„“(\[]*[\w\d]", re.UNICODE)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    sentence: int
    is_number: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


def split_sentences(text: str, abbreviations: frozenset[str]) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = _skip_space(text, 0)
    for match in BOUNDARY.finditer(text):
        if match.group(4):  # blank line: always a boundary
            end = match.start()
        elif match.group(5) is not None:
            end = match.end(5)
        else:
            end = match.end(2)
            following = text[match.end() : match.end() + 2]
            if not NEW_SENTENCE_START.match(following) or not _starts_upper(text, match.end()):
                continue
            if match.group(1) == "." and _ends_with_abbreviation(text, start, match.start(1), abbreviations):
                continue
        if end > start and text[start:end].strip():
            sentences.append(Sentence(start, _trim_end(text, start, end)))
        start = _skip_space(text, match.end())
    if start < len(text) and text[start:].strip():
        sentences.append(Sentence(start, _trim_end(text, start, len(text))))
    return sentences


def _starts_upper(text: str, pos: int) -> bool:
    for char in text[pos : pos + 4]:
        if char.isalpha():
            return char.isupper()
        if char.isdigit():
            return True
    return False


def _ends_with_abbreviation(text: str, start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    word_start = dot
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : dot + 1].lstrip("\"'«„“(")
    # An initial ("J. Smith") is one capital; a lower-case one-letter word ends a sentence
    # ("… виновата была я. Я …"), and so does English "I".
    return word.lower() in abbreviations or (len(word) == 2 and word[0].isupper() and word[0] != "I")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def tokenise(text: str, sentences: list[Sentence]) -> list[tuple[int, int, str, int]]:
    """(start, end, surface, sentence index) for every word, in order."""
    out: list[tuple[int, int, str, int]] = []
    index = 0
    for match in WORD.finditer(text):
        while index < len(sentences) - 1 and match.start() >= sentences[index + 1].start:
            index += 1
        out.append((match.start(), match.end(), match.group(), index))
    return out
