"""Benchmark: reading/checking the content library and syncing it into the database.

Figures are reported as ratios measured in the same run (the machines are noisy):
a no-op reload should cost a small fraction of the first load, because unchanged rows are
recognised by their content hash and not written.
Writes bench/results/content_load.json and bench/results/content_load.md.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def timed(fn, repeat: int = 5) -> list[float]:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return runs


def main() -> int:
    tmp = tempfile.mkdtemp(prefix="tactful-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ["TACTFUL_VAR_DIR"] = tmp
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tactful.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from tactful.content import read_library
    from tactful.library.models import Question
    from tactful.library.services import content_sync
    from tactful.settings import CONTENT_DIR

    call_command("migrate", verbosity=0)
    read_runs = timed(lambda: read_library(CONTENT_DIR))
    library, problems = read_library(CONTENT_DIR)
    if problems:
        print("content has problems; run `tactful content check`", file=sys.stderr)
        return 1

    def first_load() -> None:
        from tactful.library.models import Competency, Track

        # Link rows cascade; families and slots are re-used (a handful of rows).
        Track.objects.all().delete()
        Question.objects.all().delete()
        Competency.objects.all().delete()
        content_sync(library=library)

    first_runs = timed(first_load, repeat=3)
    noop_runs = timed(lambda: content_sync(library=library))
    result = {
        "benchmark": "content_load",
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "database": django.db.connection.vendor,
        "questions": len(library.questions),
        "competencies": len(library.competencies),
        "read_and_check_ms_median": round(statistics.median(read_runs) * 1000, 1),
        "first_load_ms_median": round(statistics.median(first_runs) * 1000, 1),
        "noop_reload_ms_median": round(statistics.median(noop_runs) * 1000, 1),
        "noop_reload_over_first_load": round(statistics.median(noop_runs) / statistics.median(first_runs), 3),
        "read_over_first_load": round(statistics.median(read_runs) / statistics.median(first_runs), 3),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "content_load.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    table = [
        "# Content load benchmark",
        "",
        f"{result['questions']} questions, {result['competencies']} competencies, {result['database']}, "
        f"Python {result['machine']['python']}, {result['machine']['cpus']} CPUs.",
        "",
        "| step | median ms | ratio to first load |",
        "|---|---:|---:|",
        f"| read + check all files | {result['read_and_check_ms_median']} | {result['read_over_first_load']} |",
        f"| first load into the database | {result['first_load_ms_median']} | 1.0 |",
        f"| reload with nothing changed | {result['noop_reload_ms_median']} | {result['noop_reload_over_first_load']} |",
        "",
    ]
    (RESULTS / "content_load.md").write_text("\n".join(table), encoding="utf-8")
    print("\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
