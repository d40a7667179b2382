"""`plan_kit`: choose the solver, run it, and explain the kit it returns.

Never raises for anything a user can cause (unknown pinned ids, pinned questions over the
budget, unreachable must-haves, a missing solver): those come back in `Kit.problems`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from tactful.planning.exact import highs_available, solve_exact
from tactful.planning.greedy import solve_greedy
from tactful.planning.instance import Candidate, Instance, build_instance, coverage_counts
from tactful.planning.model import STAGES, Kit, KitItem, PlanRequest, Uncovered, family_rank, stage_of

SOLVERS = ("auto", "exact", "greedy")


def plan_kit(request: PlanRequest, *, exact_available: bool | None = None) -> Kit:
    """Plan an interview kit. `exact_available=False` behaves as if `highspy` were missing."""
    started = time.perf_counter()
    instance = build_instance(request)
    problems = list(instance.problems)
    solver = request.solver if request.solver in SOLVERS else "auto"
    if solver != request.solver:
        problems.append(f"unknown_solver:{request.solver}")
    if exact_available is None:
        exact_available = highs_available()

    if "pinned_over_budget" in problems:
        selected, method, proven = instance.pinned, "greedy", False
    elif all(candidate.pinned for candidate in instance.candidates):
        # Nothing to choose: the pinned questions (perhaps none) are the only possible kit.
        selected, method, proven = instance.pinned, "greedy" if solver == "greedy" else "exact", True
    else:
        selected = solve_greedy(instance)
        method, proven = "greedy", False
        if solver != "greedy":
            method = "greedy_fallback"
            if not exact_available:
                problems.append("solver_unavailable")
            else:
                result = solve_exact(instance, time_limit_s=request.time_limit_s, start=selected)
                if result.selected is not None and _better_or_equal(instance, result.selected, selected):
                    selected, method, proven = result.selected, "exact", result.proven_optimal
                if not result.proven_optimal:
                    problems.append("solver_time_limit")
    return _explain(instance, request, selected, method, proven, problems, time.perf_counter() - started)


def _better_or_equal(instance: Instance, a: Sequence[Candidate], b: Sequence[Candidate]) -> bool:
    key_a = (instance.must_haves_covered(a), instance.value(a))
    key_b = (instance.must_haves_covered(b), instance.value(b))
    return key_a >= key_b


def _explain(
    instance: Instance,
    request: PlanRequest,
    selected: Sequence[Candidate],
    method: str,
    proven: bool,
    problems: list[str],
    seconds: float,
) -> Kit:
    ordered = sorted(
        selected,
        key=lambda c: (STAGES.index(stage_of(c.question.family)), family_rank(c.question.family), c.id),
    )
    coverage: dict[str, list[str]] = {}
    items = []
    for candidate in ordered:
        covers = []
        for c in candidate.relevant:
            ids = coverage.setdefault(c, [])
            if len(ids) < instance.cap:
                ids.append(candidate.id)
                covers.append(c)
        items.append(
            KitItem(
                question_id=candidate.id,
                stage=stage_of(candidate.question.family),
                minutes=candidate.minutes,
                pinned=candidate.pinned,
                covers=tuple(covers),
            )
        )
    counts = coverage_counts(ordered)
    uncovered = tuple(
        Uncovered(c, _reason(instance, c, ordered, counts)) for c in sorted(instance.weights) if counts.get(c, 0) == 0
    )
    missing = tuple(sorted(c for c in instance.must_haves if counts.get(c, 0) == 0))
    problems += [f"must_have_unreachable:{c}" for c in missing]
    return Kit(
        items=tuple(items),
        coverage={c: tuple(coverage[c]) for c in sorted(coverage)},
        uncovered=uncovered,
        must_haves_missing=missing,
        minutes_used=sum(c.minutes for c in ordered) + request.candidate_questions_minutes,
        objective=instance.value(ordered),
        method=method,
        proven_optimal=proven,
        problems=tuple(problems),
        question_minutes_budget=instance.budget,
        solve_seconds=seconds,
    )


def _reason(instance: Instance, competency: str, selected: Sequence[Candidate], counts: dict[str, int]) -> str:
    """Why nothing in the kit probes `competency` (see `model.REASONS`)."""
    if not instance.probing_in_scope.get(competency):
        return "no_question"
    available = instance.probing_available.get(competency, ())
    if not available:
        return "excluded"
    by_id = {c.id: c for c in instance.candidates}
    blocked_by_cap = all(
        any(counts.get(other, 0) >= instance.caps[other] for other in by_id[qid].relevant if other != competency)
        for qid in available
        if qid in by_id
    ) and any(qid in by_id for qid in available)
    return "per_competency_cap" if blocked_by_cap else "time_budget"
