"""Benchmark the answer analyser over 1,000 realistic answers (mixed languages, 30-400 words).

Reports answers/s, p50/p95 ms per answer, peak memory (tracemalloc), and in the same run
the time to merely tokenise and lemmatise the same texts with the same lemmatiser: the
ratio analyse/lemmatise is the figure to drive down. With the encoder backend installed,
also the encoder's share of its time.
Writes bench/results/analysis.json and bench/results/analysis.md.

The answers are built deterministically from the labelled sentences in eval/data (all
languages) so the benchmark needs no network and no random state.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
COUNT = int(os.environ.get("BENCH_ANSWERS", "1000"))


def corpus() -> list[tuple[str, str]]:
    """(language, answer) pairs, 30-400 words, built from the evaluation sentences."""
    rng = random.Random(20261123)
    by_lang: dict[str, list[str]] = {}
    for path in sorted((ROOT / "eval" / "data").glob("*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        by_lang[path.stem] = [s for item in items for _label, s in item["sentences"]]
    langs = sorted(lang for lang, sentences in by_lang.items() if sentences)
    answers = []
    for i in range(COUNT):
        lang = langs[i % len(langs)]
        target = rng.randint(30, 400)
        words: list[str] = []
        while len(" ".join(words).split()) < target:
            words.append(rng.choice(by_lang[lang]))
        answers.append((lang, " ".join(words)))
    return answers


class EmbeddingClock:
    """Adds up the time a backend spends embedding sentences, inside the timed loop itself
    (a separate pass would compare two runs, and on a busy machine the share exceeded 1)."""

    def __init__(self, backend: object) -> None:
        self.seconds = 0.0
        self.backend = backend
        self.original = getattr(backend, "embed_sentences", None)
        if self.original is not None:
            original = self.original

            def timed(doc: object) -> object:
                started = time.perf_counter()
                try:
                    return original(doc)
                finally:
                    self.seconds += time.perf_counter() - started

            backend.embed_sentences = timed  # type: ignore[attr-defined]

    def stop(self) -> None:
        if self.original is not None:
            del self.backend.embed_sentences  # type: ignore[attr-defined]


def main() -> int:
    from tactful.analysis import analyse, available_backends
    from tactful.analysis.lemmas import lemmatiser_for
    from tactful.analysis.text import WORD

    answers = corpus()
    langs = sorted({lang for lang, _ in answers})
    for lang in langs:  # load lexicons, lemmatisers and the question bank before timing
        analyse("Warm-up answer.", language=lang)
        lemmatiser_for(lang).lemma("warm")
    results: dict[str, object] = {
        "benchmark": "analysis",
        "answers": len(answers),
        "languages": langs,
        "words_mean": round(statistics.mean(len(t.split()) for _, t in answers), 1),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
    }

    def lemmatise_all() -> float:
        start = time.perf_counter()
        for lang, text in answers:
            lemma = lemmatiser_for(lang).lemma
            for match in WORD.finditer(text):
                lemma(match.group().lower())
        return time.perf_counter() - start

    lemmatise_all()  # fill the lemma caches the same way analysing does
    lemmatise_seconds = min(lemmatise_all() for _ in range(3))

    backends = {}
    for backend in sorted(available_backends()):
        embedding = EmbeddingClock(available_backends()[backend])
        durations = []
        started = time.perf_counter()
        for lang, text in answers:
            t0 = time.perf_counter()
            analyse(text, language=lang, backend=backend)
            durations.append(time.perf_counter() - t0)
        total = time.perf_counter() - started
        embedding.stop()
        # Memory in a separate pass: tracemalloc slows Python down and would skew the timings.
        tracemalloc.start()
        for lang, text in answers[:100]:
            analyse(text, language=lang, backend=backend)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        durations.sort()
        entry = {
            "answers_per_second": round(len(answers) / total, 1),
            "p50_ms": round(1000 * durations[len(durations) // 2], 2),
            "p95_ms": round(1000 * durations[int(len(durations) * 0.95)], 2),
            "peak_traced_memory_mb": round(peak / 1e6, 1),
            "total_seconds": round(total, 3),
            "ratio_analyse_over_lemmatise": round(total / lemmatise_seconds, 2),
        }
        if embedding.seconds:
            entry["encoder_share_of_time"] = round(embedding.seconds / total, 3)
        backends[backend] = entry
    results["lemmatise_seconds"] = round(lemmatise_seconds, 4)
    results["backends"] = backends
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "analysis.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    lines = [
        "# Analyser benchmark",
        "",
        f"{results['answers']} answers in {', '.join(langs)}, {results['words_mean']} words on average; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs. Tokenise + lemmatise only: "
        f"{results['lemmatise_seconds']} s.",
        "",
        "| backend | answers/s | p50 ms | p95 ms | peak MB (traced, 100 answers) | analyse / lemmatise |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, entry in backends.items():
        lines.append(
            f"| {name} | {entry['answers_per_second']} | {entry['p50_ms']} | {entry['p95_ms']} | "
            f"{entry['peak_traced_memory_mb']} | {entry['ratio_analyse_over_lemmatise']} |"
        )
    if "encoder" in backends:
        lines += ["", f"Encoder share of the encoder backend's time: {backends['encoder']['encoder_share_of_time']}."]
    (RESULTS / "analysis.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
