"""Compiled per-language lexicons (`content/lexicons/<lang>.yaml`), loaded once and cached."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from tactful.analysis.patterns import Matcher, parse_pattern
from tactful.content.schema import Lexicon

STRONG, WEAK = 2.0, 1.0


def content_dir() -> Path:
    env = os.environ.get("TACTFUL_CONTENT_DIR")
    if env:
        return Path(env)
    # Source checkout: src/tactful/analysis -> repository root / content
    return Path(__file__).resolve().parents[3] / "content"


@dataclass(frozen=True)
class CompiledLexicon:
    language: str
    matcher: Matcher
    abbreviations: frozenset[str]
    number_words: frozenset[str]
    stopwords: frozenset[str]
    messages: dict[str, str]
    digest: str

    def message(self, key: str, **values: object) -> str:
        text = self.messages.get(key, key)
        return text.format(**values) if values else text


@cache
def load_lexicon(language: str, root: str | None = None) -> CompiledLexicon:
    path = Path(root) if root else content_dir()
    raw = (path / "lexicons" / f"{language}.yaml").read_bytes()
    lexicon = Lexicon.model_validate(yaml.safe_load(raw))
    matcher = Matcher()
    for category, cues in lexicon.cues.items():
        for source in cues.strong:
            matcher.add(parse_pattern(source, category, STRONG))
        for source in cues.weak:
            matcher.add(parse_pattern(source, category, WEAK))
    return CompiledLexicon(
        language=language,
        matcher=matcher,
        abbreviations=frozenset(a.lower() for a in lexicon.abbreviations),
        number_words=frozenset(w.lower() for w in lexicon.number_words),
        stopwords=frozenset(w.lower() for w in lexicon.stopwords),
        messages=dict(lexicon.messages),
        digest=hashlib.sha256(raw).hexdigest()[:12],
    )


@cache
def stopword_sets() -> dict[str, frozenset[str]]:
    """Stopwords of every language that has a lexicon (for language identification)."""
    from tactful.analysis.language import SUPPORTED

    found = {}
    for language in SUPPORTED:
        try:
            found[language] = load_lexicon(language).stopwords
        except FileNotFoundError:
            continue
    return found


def lexicon_digest(language: str) -> str:
    try:
        return load_lexicon(language).digest
    except FileNotFoundError:
        return "0000"
