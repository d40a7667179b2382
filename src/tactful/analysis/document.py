"""One answer prepared for analysis: sentences, tokens with lemmas, and every cue hit."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from tactful.analysis.lemmas import lemmatiser_for
from tactful.analysis.lexicon import CompiledLexicon
from tactful.analysis.patterns import Hit
from tactful.analysis.report import Span
from tactful.analysis.text import Sentence, Token, split_sentences, tokenise


@dataclass
class Document:
    text: str
    language: str
    lexicon: CompiledLexicon
    sentences: list[Sentence]
    tokens: list[Token]
    hits: list[Hit]
    # hits by category, and by (sentence, category)
    by_category: dict[str, list[Hit]] = field(default_factory=dict)
    by_sentence: dict[int, dict[str, list[Hit]]] = field(default_factory=dict)
    _words_per_sentence: list[int] | None = None
    embeddings: Any = None  # sentence embeddings, set by the encoder backend when it runs

    def span(self, hit: Hit) -> Span:
        return Span(self.tokens[hit.start].start, self.tokens[hit.end - 1].end)

    def words_in(self, sentence: int) -> int:
        if self._words_per_sentence is None:
            counts = [0] * max(1, len(self.sentences))
            for token in self.tokens:
                counts[token.sentence] += 1
            self._words_per_sentence = counts
        return self._words_per_sentence[sentence] if sentence < len(self._words_per_sentence) else 0

    def count(self, category: str) -> int:
        return len(self.by_category.get(category, ()))

    def in_sentence(self, sentence: int, category: str) -> list[Hit]:
        return self.by_sentence.get(sentence, {}).get(category, [])


def prepare(text: str, language: str, lexicon: CompiledLexicon) -> Document:
    sentences = split_sentences(text, lexicon.abbreviations)
    lemmatiser = lemmatiser_for(language)
    numbers = lexicon.number_words
    tokens = []
    for start, end, surface, sentence in tokenise(text, sentences):
        lower = surface.lower()
        tokens.append(
            Token(
                start=start,
                end=end,
                text=surface,
                lower=lower,
                lemma=lemmatiser.lemma(lower),
                sentence=sentence,
                is_number=lower[0].isdigit() or lower in numbers,
            )
        )
    hits = lexicon.matcher.find(tokens)
    by_category: dict[str, list[Hit]] = defaultdict(list)
    by_sentence: dict[int, dict[str, list[Hit]]] = defaultdict(lambda: defaultdict(list))
    for hit in hits:
        by_category[hit.category].append(hit)
        by_sentence[hit.sentence][hit.category].append(hit)
    return Document(text, language, lexicon, sentences, tokens, hits, dict(by_category), dict(by_sentence))
