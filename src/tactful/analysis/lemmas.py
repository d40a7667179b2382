"""Lemmatisers behind one small interface, with a cache per language.

lemmagen3 covers all five languages and is fast; without it the analyser still works on
surface forms (every cue pattern can also match by prefix or suffix).
"""

from __future__ import annotations

from functools import cache
from typing import Protocol


class Lemmatiser(Protocol):
    name: str

    def lemma(self, word: str) -> str: ...


class IdentityLemmatiser:
    name = "none"

    def lemma(self, word: str) -> str:
        return word


class Lemmagen:
    name = "lemmagen3"

    def __init__(self, language: str) -> None:
        import lemmagen3

        self._lemmatiser = lemmagen3.Lemmatizer(language)
        self._cache: dict[str, str] = {}

    def lemma(self, word: str) -> str:
        found = self._cache.get(word)
        if found is None:
            found = self._lemmatiser.lemmatize(word).lower()
            if len(self._cache) < 200_000:
                self._cache[word] = found
        return found


@cache
def lemmatiser_for(language: str) -> Lemmatiser:
    try:
        return Lemmagen(language)
    except (ImportError, ValueError, RuntimeError):
        return IdentityLemmatiser()
