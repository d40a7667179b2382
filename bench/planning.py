"""Benchmark the kit planner on a synthetic 1,000-question bank.

The bank is seeded and shaped like the real one, only bigger: 56 competencies (four of them
technical, with tiers), 2-4 competencies per question drawn with a skew (some competencies
are probed far more often than others, as in the shipped content), 2-10 minutes per
question, all nine families. Eight profiles of 10-25 weighted competencies (1-3 of them
must-haves, some with a tier) are planned for 30, 45, 60 and 90 minutes, plus a stress profile
in which all 56 competencies count.

For each: the exact solve time and whether HiGHS proved the optimum (it must), the greedy
time, and greedy objective / optimal objective. Writes bench/results/planning.json and
bench/results/planning.md.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
SEED = 20261123
QUESTIONS = int(os.environ.get("BENCH_QUESTIONS", "1000"))
COMPETENCIES = 56
PROFILES = 8
BUDGETS = (30, 45, 60, 90)


def synthetic_bank(rng: random.Random) -> tuple[list[str], list[object]]:
    from tactful.planning import BankQuestion
    from tactful.planning.model import FAMILY_ORDER

    names = [f"comp{i:02d}" for i in range(COMPETENCIES)]
    technical = names[-8:]  # probed by technical questions only
    general = names[:-8]
    popularity = [1.0 / (1 + i) ** 0.7 for i in range(len(general))]  # a long tail, as in content/
    bank = []
    for i in range(QUESTIONS):
        family = rng.choice(FAMILY_ORDER)
        count = rng.randint(2, 4)
        if family == "technical":
            picked = rng.sample(technical, min(count, 2)) + rng.choices(general, popularity, k=count - 2)
            tier: int | None = rng.choice((1, 1, 2, 3))
        else:
            picked, tier = rng.choices(general, popularity, k=count), None
        languages = frozenset({"en", "ru", "et", "hr", "sk"} if rng.random() < 0.9 else {"en", "ru"})
        bank.append(
            BankQuestion(
                id=f"q{i:04d}",
                family=family,
                minutes=rng.randint(2, 10),
                competencies=tuple(dict.fromkeys(picked)),
                tier=tier,
                languages=languages,
            )
        )
    return names, bank


def main() -> int:
    from tactful.planning import PlanRequest, Profile, highs_available, plan_kit

    if not highs_available():
        print("highspy is not installed: the benchmark needs the exact solver.", file=sys.stderr)
        return 1
    rng = random.Random(SEED)
    names, bank = synthetic_bank(rng)
    runs = []
    for p in range(PROFILES + 1):
        # The last profile is a stress case beyond realistic ones: every competency counts.
        weighted = rng.sample(names, rng.randint(10, 25)) if p < PROFILES else list(names)
        profile = Profile(
            weights={c: rng.randint(1, 5) for c in weighted},
            must_haves=frozenset(rng.sample(weighted, rng.randint(1, 3))),
            tier=rng.choice((None, 1, 2)),
        )
        for minutes in BUDGETS:
            request = PlanRequest(profile=profile, bank=bank, minutes=minutes, language="et", time_limit_s=60.0)  # type: ignore[arg-type]
            t0 = time.perf_counter()
            exact = plan_kit(replace(request, solver="exact"))
            exact_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            greedy = plan_kit(replace(request, solver="greedy"))
            greedy_s = time.perf_counter() - t0
            runs.append(
                {
                    "profile": p,
                    "competencies": len(profile.weights),
                    "must_haves": len(profile.must_haves),
                    "tier": profile.tier,
                    "minutes": minutes,
                    "exact_seconds": round(exact_s, 4),
                    "proven_optimal": exact.proven_optimal and exact.method == "exact",
                    "exact_objective": exact.objective,
                    "exact_questions": len(exact.items),
                    "greedy_seconds": round(greedy_s, 4),
                    "greedy_objective": greedy.objective,
                    "greedy_over_optimal": round(greedy.objective / exact.objective, 4) if exact.objective else 1.0,
                    "must_haves_missing": {
                        "exact": len(exact.must_haves_missing),
                        "greedy": len(greedy.must_haves_missing),
                    },
                }
            )
    ratios = [r["greedy_over_optimal"] for r in runs]
    exact_times = [r["exact_seconds"] for r in runs]
    summary = {
        "runs": len(runs),
        "all_proven_optimal": all(r["proven_optimal"] for r in runs),
        "exact_seconds_median": round(statistics.median(exact_times), 4),
        "exact_seconds_max": round(max(exact_times), 4),
        "exact_seconds_max_realistic": round(max(r["exact_seconds"] for r in runs if r["profile"] < PROFILES), 4),
        "exact_seconds_max_stress": round(max(r["exact_seconds"] for r in runs if r["profile"] == PROFILES), 4),
        "greedy_seconds_median": round(statistics.median(r["greedy_seconds"] for r in runs), 4),
        "greedy_over_optimal_mean": round(statistics.mean(ratios), 4),
        "greedy_over_optimal_min": round(min(ratios), 4),
        "greedy_optimal_runs": sum(1 for r in ratios if r >= 1.0),
    }
    results = {
        "benchmark": "planning",
        "questions": len(bank),
        "competencies": COMPETENCIES,
        "seed": SEED,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "summary": summary,
        "runs": runs,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "planning.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    lines = [
        "# Kit planner benchmark",
        "",
        f"Synthetic bank of {len(bank)} questions over {COMPETENCIES} competencies (seed {SEED}); "
        f"{PROFILES} profiles of 10-25 competencies and a stress profile of all {COMPETENCIES} "
        f"(profile {PROFILES}) × budgets {', '.join(map(str, BUDGETS))} min; interview language et; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, HiGHS single-threaded. "
        "Times are whole `plan_kit` calls (for exact: eligibility, the greedy warm start and HiGHS).",
        "",
        f"All {summary['runs']} exact solves proven optimal: **{summary['all_proven_optimal']}**. "
        f"Exact solve median {summary['exact_seconds_median']} s, max {summary['exact_seconds_max_realistic']} s "
        f"for the realistic profiles and {summary['exact_seconds_max_stress']} s for the stress profile; "
        f"greedy median {summary['greedy_seconds_median']} s. Greedy reaches on average "
        f"{summary['greedy_over_optimal_mean']:.1%} of the optimum (worst {summary['greedy_over_optimal_min']:.1%}; "
        f"optimal in {summary['greedy_optimal_runs']} of {summary['runs']}).",
        "",
        "| profile | competencies | must-haves | tier | minutes | exact s | proven | optimum "
        "| greedy s | greedy | greedy / optimum |",
        "|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(
            f"| {r['profile']} | {r['competencies']} | {r['must_haves']} | {r['tier'] or '-'} | {r['minutes']} | "
            f"{r['exact_seconds']} | {'yes' if r['proven_optimal'] else 'NO'} | {r['exact_objective']:g} | "
            f"{r['greedy_seconds']} | {r['greedy_objective']:g} | {r['greedy_over_optimal']:.3f} |"
        )
    (RESULTS / "planning.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0 if summary["all_proven_optimal"] else 1


if __name__ == "__main__":
    sys.exit(main())
