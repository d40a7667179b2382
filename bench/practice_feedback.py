"""Benchmark what a candidate waits for after "Get feedback": the practice answer POST
(checks, analysis, saving the attempt, redirect) and the feedback page it leads to, measured
in-process through Django's test client against an in-memory database, for 50 answers, with
each analyser backend in the same run (the encoder twice: with OpenBLAS's default of a
thread per CPU, and with one BLAS thread), each in its own process.

The answers are the strong and weak sample answers of the content library in all five
languages, answered to their own questions in whole-track sessions, so the analyser sees
what candidates type. The backend is chosen by wrapping `analyse` for the run only (the
practice service uses the default backend: the encoder where it is installed).
Writes bench/results/practice_feedback.json and bench/results/practice_feedback.md.
"""

from __future__ import annotations

import functools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
COUNT = int(os.environ.get("BENCH_ANSWERS", "50"))
LANGUAGES = ("en", "ru", "et", "hr", "sk")
TARGET_MS = 1000
ROUNDS = 3


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tactful.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)  # SQLite in memory: var/ is not touched

    from tactful.content import read_library
    from tactful.library.services import content_sync
    from tactful.settings import CONTENT_DIR

    library, problems = read_library(CONTENT_DIR)
    assert not problems, [str(p) for p in problems]
    content_sync(library=library)


def plan_answers(count: int) -> list[tuple[str, str, int, str, bool]]:
    """(language, track, position, answer text, strong?): languages in turn, tracks in turn, questions
    in track order (a whole-track session asks them so), strong and weak samples alternating."""
    from tactful.library.models import Track, TrackQuestion

    tracks = list(Track.objects.order_by("slug"))
    order = {t.slug: [tq.question for tq in TrackQuestion.objects.filter(track=t).order_by("position")] for t in tracks}
    asked: dict[tuple[str, str], int] = {}
    picks = []
    for i in range(count):
        lang = LANGUAGES[i % len(LANGUAGES)]
        track = tracks[(i // len(LANGUAGES)) % len(tracks)].slug
        position = asked.get((lang, track), 0) + 1
        asked[(lang, track)] = position
        question = order[track][(position - 1) % len(order[track])]
        strong = i % 2 == 0
        sample = question.strong_answer if strong else question.weak_answer
        picks.append((lang, track, position, sample["text"][lang], strong))
    return picks


def measure(backend: str, answers: list[tuple[str, str, int, str, bool]]) -> dict[str, Any]:
    from django.core.cache import cache
    from django.test import Client

    import tactful.practice.services as services
    from tactful.analysis import analyse

    services.analyse = functools.partial(analyse, backend=backend)  # type: ignore[assignment]
    submit_ms, page_ms, total_ms = [], [], []
    ratings: dict[bool, list[int]] = {True: [], False: []}
    client = Client()
    sessions: dict[tuple[str, str], str] = {}
    warm_up = answers[:2]
    for i, (lang, track, position, text, strong) in enumerate(warm_up + answers):
        key = (lang, track)
        if key not in sessions:
            response = client.post("/practice/", {"track": track, "language": lang, "length": 100})
            sessions[key] = response["Location"].split("/")[3]
        cache.clear()  # the per-visitor rate limit is not what is measured
        url = f"/practice/s/{sessions[key]}/q/{position}/"
        t0 = time.perf_counter()
        response = client.post(url, {"answer": text})
        t1 = time.perf_counter()
        assert response.status_code == 302, (response.status_code, response.content[:300])
        page = client.get(response["Location"])
        t2 = time.perf_counter()
        assert page.status_code == 200
        if i < len(warm_up):
            continue  # loads the model, lexicons and templates
        submit_ms.append(1000 * (t1 - t0))
        page_ms.append(1000 * (t2 - t1))
        total_ms.append(1000 * (t2 - t0))
        ratings[strong].append(int(page.content.decode().split('class="rating-value">')[1].split("/")[0]))
    services.analyse = analyse  # type: ignore[assignment]
    return {"submit_ms": submit_ms, "page_ms": page_ms, "total_ms": total_ms, "ratings": ratings}


def summarise(raw: list[dict[str, Any]]) -> dict[str, Any]:
    """Percentiles over the answers of every round of one configuration."""

    def joined(key: str) -> list[float]:
        return sorted(v for part in raw for v in part[key])

    def pct(values: list[float], q: float) -> float:
        return round(values[min(len(values) - 1, int(len(values) * q))], 1)

    submit, page, total = joined("submit_ms"), joined("page_ms"), joined("total_ms")
    strong = [r for part in raw for r in part["ratings"]["true"]]
    weak = [r for part in raw for r in part["ratings"]["false"]]
    loads = [x for part in raw for x in part["load_average_1min"]]
    return {
        "answers": len(total),
        "submit_p50_ms": pct(submit, 0.5),
        "submit_p95_ms": pct(submit, 0.95),
        "page_p50_ms": pct(page, 0.5),
        "page_p95_ms": pct(page, 0.95),
        "total_p50_ms": pct(total, 0.5),
        "total_p95_ms": pct(total, 0.95),
        "total_max_ms": round(total[-1], 1),
        "within_1s": round(sum(t <= TARGET_MS for t in total) / len(total), 3),
        "mean_rating_strong": round(statistics.mean(strong), 2),
        "mean_rating_weak": round(statistics.mean(weak), 2),
        "load_average_1min": [round(min(loads), 2), round(max(loads), 2)],
    }


# (name, analyser backend, environment). The encoder twice: with OpenBLAS's default (a thread
# per CPU) and with one thread, since on a busy 2-core machine BLAS threads compete with the
# server's own work; the figures so far do not settle which is faster (docs/practice.md).
CONFIGS = (
    ("lexical", "lexical", {}),
    ("encoder", "encoder", {}),
    ("encoder, 1 BLAS thread", "encoder", {"OPENBLAS_NUM_THREADS": "1"}),
)


def run_one(backend: str, part: int, parts: int) -> int:
    """Child process: set up, answer every `parts`-th answer with one backend, print the raw
    timings as JSON."""
    setup()
    from tactful.analysis import available_backends

    if backend not in available_backends():
        print(json.dumps(None))
        return 0
    load = os.getloadavg()[0]
    raw = measure(backend, plan_answers(COUNT)[part::parts])
    raw["load_average_1min"] = [load, os.getloadavg()[0]]
    print(json.dumps(raw))
    return 0


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--backend":
        return run_one(sys.argv[2], *map(int, sys.argv[3].split("/")))
    # The machine is shared and its load drifts: each configuration answers a third of the
    # answers in each of three rounds, in a rotating order, so drift touches all alike.
    raw: dict[str, list[dict[str, Any]]] = {name: [] for name, _, _ in CONFIGS}
    for part in range(ROUNDS):
        for name, backend, env in CONFIGS[part:] + CONFIGS[:part]:
            # A fresh process each: the BLAS thread count is fixed when numpy loads.
            done = subprocess.run(
                [sys.executable, __file__, "--backend", backend, f"{part}/{ROUNDS}"],
                env={**os.environ, **env},
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            if figures is not None:
                raw[name].append(figures)
    backends = {name: summarise(parts) for name, parts in raw.items() if parts}
    results: dict[str, Any] = {
        "benchmark": "practice_feedback",
        "answers": COUNT,
        "languages": list(LANGUAGES),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "backends": backends,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "practice_feedback.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    lines = [
        "# Practice feedback benchmark",
        "",
        f"{COUNT} sample answers (strong and weak in turn; {', '.join(LANGUAGES)}) posted to the practice "
        "question page, then the feedback page fetched: what a candidate waits for after *Get feedback*. "
        f"Django test client, in-memory SQLite, Python {platform.python_version()}, {os.cpu_count()} CPUs. "
        "The machine is shared: each row gives the range of the 1-minute load average during its "
        f"runs; each configuration answered a third of the answers in each of {ROUNDS} rounds, in a rotating order.",
        "",
        "| backend | submit p50 ms | submit p95 ms | page p50 ms | page p95 ms | total p50 ms | total p95 ms | "
        "max ms | within 1 s | rating strong / weak | load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for name, e in backends.items():
        lines.append(
            f"| {name} | {e['submit_p50_ms']} | {e['submit_p95_ms']} | {e['page_p50_ms']} | {e['page_p95_ms']} | "
            f"{e['total_p50_ms']} | {e['total_p95_ms']} | {e['total_max_ms']} | {e['within_1s']:.0%} | "
            f"{e['mean_rating_strong']} / {e['mean_rating_weak']} | "
            f"{e['load_average_1min'][0]}-{e['load_average_1min'][1]} |"
        )
    (RESULTS / "practice_feedback.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
