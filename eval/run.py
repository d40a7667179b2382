"""Evaluate the answer analyser on the labelled answers in eval/data/<lang>.yaml.

Prints, per language: STAR sentence macro-F1 (over S/T/A/R, and with "none" as a fifth
class), accuracy of `star.complete`, precision and recall of each red flag, Spearman rank
correlation of the suggested rating with the labelled rating, and language-detection
accuracy. Writes eval/results.md and eval/results.json.

    python eval/run.py                 # the test split (what `make eval` reports)
    python eval/run.py --split dev     # the split used while tuning lexicons
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

from tactful.analysis import analyse, available_backends
from tactful.analysis.questions import question_info

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ru", "et", "hr", "sk")
PARTS = ("S", "T", "A", "R")
TO_CODE = {"situation": "S", "task": "T", "action": "A", "result": "R", None: "-"}
FLAGS = (
    "blame",
    "money_motive",
    "badmouthing_employer",
    "perfection_claim",
    "lost_temper",
    "no_example",
    "hypothetical",
    "jargon",
)
TARGETS = {"star_macro_f1": {"en": 0.85, "default": 0.80}, "flag_precision": 0.85, "flag_recall": 0.85}


def load(lang: str, split: str) -> list[dict[str, Any]]:
    path = HERE / "data" / f"{lang}.yaml"
    if not path.exists():
        return []
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [i for i in items if split == "all" or i["split"] == split]


def assemble(item: dict[str, Any]) -> tuple[str, list[tuple[int, int, str]]]:
    """The answer text and the gold sentences as (start, end, label)."""
    text, spans = "", []
    for label, sentence in item["sentences"]:
        if text:
            text += " "
        spans.append((len(text), len(text) + len(sentence), label))
        text += sentence
    return text, spans


def predicted_labels(report: dict[str, Any], gold: list[tuple[int, int, str]]) -> list[str]:
    out = []
    for start, end, _label in gold:
        best, overlap = "-", 0
        for sentence in report["sentences"]:
            shared = min(end, sentence["end"]) - max(start, sentence["start"])
            if shared > overlap:
                best, overlap = TO_CODE[sentence["star"]], shared
        out.append(best)
    return out


def f1(tp: int, fp: int, fn: int) -> float:
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(a: list[float], b: list[float]) -> float:
    if len(a) < 3:
        return float("nan")
    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb) if va and vb else float("nan")


def evaluate(lang: str, items: list[dict[str, Any]], backend: str, errors: list[str]) -> dict[str, Any]:
    confusion: Counter[tuple[str, str]] = Counter()
    complete_hits = 0
    flag_counts: dict[str, Counter[str]] = defaultdict(Counter)
    gold_ratings, predicted_ratings = [], []
    detected_ok = 0
    started = time.perf_counter()
    for item in items:
        text, gold = assemble(item)
        question = item.get("question")
        if question and question_info(question) is None:
            question = None
        report = analyse(text, question=question, language=lang, backend=backend).to_dict()
        if "error" in report:
            errors.append(f"{item['id']}: {report['error']['message']}")
            continue
        detected_ok += report["detected_language"] == lang
        labels = predicted_labels(report, gold)
        for (_s, _e, g), p in zip(gold, labels, strict=True):
            confusion[(g, p)] += 1
        gold_complete = all(any(g == part for _s, _e, g in gold) for part in PARTS)
        complete_hits += gold_complete == report["star"]["complete"]
        found = {f["code"] for f in report["red_flags"]}
        wanted = set(item.get("flags") or [])
        for code in FLAGS:
            if code in found and code in wanted:
                flag_counts[code]["tp"] += 1
            elif code in found:
                flag_counts[code]["fp"] += 1
                errors.append(f"{item['id']}: false {code}")
            elif code in wanted:
                flag_counts[code]["fn"] += 1
                errors.append(f"{item['id']}: missed {code}")
        gold_ratings.append(float(item["rating"]))
        predicted_ratings.append(float(report["rating"]["value"]))
    elapsed = time.perf_counter() - started
    per_part = {}
    for part in (*PARTS, "-"):
        tp = confusion[(part, part)]
        fp = sum(n for (g, p), n in confusion.items() if p == part and g != part)
        fn = sum(n for (g, p), n in confusion.items() if g == part and p != part)
        per_part[part] = round(f1(tp, fp, fn), 3)
    flags = {}
    for code in FLAGS:
        c = flag_counts[code]
        support = c["tp"] + c["fn"]
        flags[code] = {
            "precision": round(c["tp"] / (c["tp"] + c["fp"]), 3) if c["tp"] + c["fp"] else None,
            "recall": round(c["tp"] / support, 3) if support else None,
            "support": support,
        }
    total = sum(flags[c]["support"] for c in FLAGS)
    tp_all = sum(flag_counts[c]["tp"] for c in FLAGS)
    fp_all = sum(flag_counts[c]["fp"] for c in FLAGS)
    n = len(items)
    return {
        "answers": n,
        "sentences": sum(confusion.values()),
        "star_macro_f1": round(sum(per_part[p] for p in PARTS) / 4, 3),
        "star_macro_f1_with_none": round(sum(per_part.values()) / 5, 3),
        "star_f1": per_part,
        "star_complete_accuracy": round(complete_hits / n, 3) if n else None,
        "flags": flags,
        "flag_precision_micro": round(tp_all / (tp_all + fp_all), 3) if tp_all + fp_all else None,
        "flag_recall_micro": round(tp_all / total, 3) if total else None,
        "rating_spearman": round(spearman(predicted_ratings, gold_ratings), 3),
        "language_detection_accuracy": round(detected_ok / n, 3) if n else None,
        "ms_per_answer": round(1000 * elapsed / n, 2) if n else None,
    }


def markdown(results: dict[str, dict[str, dict[str, Any]]], split: str) -> str:
    lines = [f"# Analyser evaluation ({split} split)", ""]
    lines.append(
        "Targets: STAR macro-F1 (S/T/A/R) ≥ 0.85 in English and ≥ 0.80 in the other languages; "
        "flag precision and recall ≥ 0.85. Generated by `make eval`."
    )
    for backend, per_lang in results.items():
        lines += ["", f"## Backend: {backend}", ""]
        lines.append(
            "| language | answers | sentences | STAR macro-F1 | with none | complete acc. | flag P (micro) | flag R (micro) | rating ρ | lang. detection | ms/answer |"
        )
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for lang, r in per_lang.items():
            lines.append(
                f"| {lang} | {r['answers']} | {r['sentences']} | {r['star_macro_f1']} | {r['star_macro_f1_with_none']} | "
                f"{r['star_complete_accuracy']} | {r['flag_precision_micro']} | {r['flag_recall_micro']} | "
                f"{r['rating_spearman']} | {r['language_detection_accuracy']} | {r['ms_per_answer']} |"
            )
        lines += ["", "Per flag (precision / recall / support):", ""]
        lines.append("| language | " + " | ".join(FLAGS) + " |")
        lines.append("|---|" + "---|" * len(FLAGS))
        for lang, r in per_lang.items():
            cells = []
            for code in FLAGS:
                f = r["flags"][code]
                cells.append(f"{f['precision']} / {f['recall']} / {f['support']}")
            lines.append(f"| {lang} | " + " | ".join(cells) + " |")
        lines += ["", "STAR F1 per part:", "", "| language | S | T | A | R | none |", "|---|---:|---:|---:|---:|---:|"]
        for lang, r in per_lang.items():
            p = r["star_f1"]
            lines.append(f"| {lang} | {p['S']} | {p['T']} | {p['A']} | {p['R']} | {p['-']} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default="test")
    parser.add_argument("--lang", action="append", choices=LANGUAGES)
    parser.add_argument("--backend", action="append")
    parser.add_argument("--errors", action="store_true", help="print each wrong flag")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    backends = args.backend or sorted(available_backends())
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for backend in backends:
        results[backend] = {}
        for lang in args.lang or LANGUAGES:
            items = load(lang, args.split)
            if not items:
                continue
            errors: list[str] = []
            results[backend][lang] = evaluate(lang, items, backend, errors)
            if args.errors:
                print("\n".join(f"  {backend}/{e}" for e in errors))
    text = markdown(results, args.split)
    print(text)
    if not args.no_write:
        (HERE / "results.md").write_text(text, encoding="utf-8")
        (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
