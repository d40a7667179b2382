"""Cue patterns: tiny token-sequence expressions that lexicon authors write per language.

Syntax (items separated by spaces, matched against consecutive words of one sentence):
  word      the word itself or its lemma            ("apologise" matches "apologised")
  pre*      any word starting with `pre`            ("извин*" matches "извинился")
  *suf      any word ending with `suf`              ("*sin" matches Estonian "helistasin")
  a|b*|*c   any of the alternatives
  #         a number (digits, or a number word listed in the lexicon)
  ~N        skip 0 to N words (N = 1..4); not first or last
All matching is on lower-case text. One pass over the tokens finds every pattern at once:
patterns are indexed by their first item, so the cost grows with the answer, not the lexicon.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from tactful.analysis.text import Token


class PatternError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Item:
    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    number: bool = False
    gap: int = 0  # > 0: skip up to `gap` words

    def matches(self, token: Token) -> bool:
        lower = token.lower
        if lower in self.words or token.lemma in self.words:
            return True
        if self.number and token.is_number:
            return True
        if self.prefixes and lower.startswith(self.prefixes):
            return True
        if self.suffixes:
            for suffix in self.suffixes:
                if lower.endswith(suffix) and len(lower) > len(suffix) + 1:
                    return True
        return False


@dataclass(frozen=True, slots=True)
class Pattern:
    category: str
    weight: float
    source: str
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    weight: float
    start: int  # token index
    end: int  # token index, exclusive
    sentence: int
    source: str


def parse_item(text: str) -> Item:
    if text.startswith("~"):
        gap = int(text[1:] or "1")
        if not 1 <= gap <= 4:
            raise PatternError(f"gap {text!r} must be ~1 to ~4")
        return Item(gap=gap)
    words: set[str] = set()
    prefixes: list[str] = []
    suffixes: list[str] = []
    number = False
    for alt in text.lower().split("|"):
        if not alt:
            raise PatternError(f"empty alternative in {text!r}")
        if alt == "#":
            number = True
        elif alt.endswith("*") and not alt.startswith("*"):
            prefixes.append(alt[:-1])
        elif alt.startswith("*") and not alt.endswith("*"):
            suffixes.append(alt[1:])
        elif "*" in alt:
            raise PatternError(f"'*' only at the start or the end of {alt!r}")
        else:
            words.add(alt)
    return Item(frozenset(words), tuple(prefixes), tuple(suffixes), number)


def parse_pattern(source: str, category: str, weight: float) -> Pattern:
    parts = source.split()
    if not parts:
        raise PatternError("empty pattern")
    items = tuple(parse_item(p) for p in parts)
    if items[0].gap or items[-1].gap:
        raise PatternError(f"pattern {source!r} cannot start or end with a gap")
    return Pattern(category, weight, source, items)


@dataclass
class Matcher:
    """All patterns of one language, indexed by their first item."""

    by_word: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    # Patterns whose first two items are plain words, indexed by both ("i" starts hundreds).
    by_pair: dict[tuple[str, str], list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    by_prefix: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    by_suffix: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    on_number: list[Pattern] = field(default_factory=list)
    prefix_lengths: set[int] = field(default_factory=set)
    suffix_lengths: set[int] = field(default_factory=set)

    def add(self, pattern: Pattern) -> None:
        first = pattern.items[0]
        second = pattern.items[1] if len(pattern.items) > 1 else None
        pairable = (
            second is not None
            and second.words
            and not (second.prefixes or second.suffixes or second.number or second.gap)
        )
        for word in first.words:
            if pairable and second is not None:
                for next_word in second.words:
                    self.by_pair[(word, next_word)].append(pattern)
            else:
                self.by_word[word].append(pattern)
        for prefix in first.prefixes:
            self.by_prefix[prefix].append(pattern)
            self.prefix_lengths.add(len(prefix))
        for suffix in first.suffixes:
            self.by_suffix[suffix].append(pattern)
            self.suffix_lengths.add(len(suffix))
        if first.number:
            self.on_number.append(pattern)

    def candidates(self, token: Token, following: Token | None) -> list[Pattern]:
        found: list[Pattern] = []
        found.extend(self.by_word.get(token.lower, ()))
        if token.lemma != token.lower:
            found.extend(self.by_word.get(token.lemma, ()))
        if following is not None and following.sentence == token.sentence:
            pair = self.by_pair
            for a in {token.lower, token.lemma}:
                for b in {following.lower, following.lemma}:
                    found.extend(pair.get((a, b), ()))
        lower = token.lower
        size = len(lower)
        for n in self.prefix_lengths:
            if n <= size:
                found.extend(self.by_prefix.get(lower[:n], ()))
        for n in self.suffix_lengths:
            if n <= size - 2:
                found.extend(self.by_suffix.get(lower[-n:], ()))
        if token.is_number:
            found.extend(self.on_number)
        return found

    def find(self, tokens: list[Token]) -> list[Hit]:
        best: dict[tuple[str, int], Hit] = {}
        last = len(tokens) - 1
        for i, token in enumerate(tokens):
            seen: set[int] = set()
            for pattern in self.candidates(token, tokens[i + 1] if i < last else None):
                if id(pattern) in seen:
                    continue
                seen.add(id(pattern))
                end = _match(pattern.items, 1, tokens, i + 1, token.sentence)
                if end is None:
                    continue
                key = (pattern.category, i)
                old = best.get(key)
                if old is None or pattern.weight > old.weight or (pattern.weight == old.weight and end > old.end):
                    best[key] = Hit(pattern.category, pattern.weight, i, end, token.sentence, pattern.source)
        return sorted(best.values(), key=lambda h: (h.start, h.category))


def _match(items: tuple[Item, ...], k: int, tokens: list[Token], i: int, sentence: int) -> int | None:
    """Match items[k:] from token i; returns the end token index or None."""
    if k == len(items):
        return i
    item = items[k]
    if item.gap:
        for skip in range(item.gap + 1):
            j = i + skip
            if j > len(tokens) or (skip and tokens[j - 1].sentence != sentence):
                break
            end = _match(items, k + 1, tokens, j, sentence)
            if end is not None:
                return end
        return None
    if i < len(tokens) and tokens[i].sentence == sentence and item.matches(tokens[i]):
        return _match(items, k + 1, tokens, i + 1, sentence)
    return None
