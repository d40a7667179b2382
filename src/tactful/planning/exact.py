"""Exact kit selection: the integer program, solved by HiGHS (`highspy`).

Variables: x_q ∈ {0,1} per candidate question (fixed to 1 when pinned) and, per counted
competency c, y_c1 … y_cK ∈ [0,1] for its first … K-th covering question (K =
max_per_competency). Maximise

    Σ_c (w_c + B·[c is a must-have]) · y_c1 + Σ_c Σ_{k≥2} 0.5·w_c · y_ck − δ · Σ_q (m_q + r_q/N) · x_q

subject to  Σ_q m_q x_q ≤ budget;  Σ_k y_ck ≤ Σ_{q∋c} x_q;  Σ_{q∋c} x_q ≤ cap_c.

The y's may stay continuous: for integer x the best y is integral (the first slot is worth
more than the second). B outweighs every other term, which makes the must-haves hard
constraints whenever they can be met and "cover as many as possible" when they cannot. The
δ term (less than 0.4 in total, while real values differ by at least 0.5) prefers fewer
minutes, then earlier ids (rank r_q), without ever trading away coverage.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from tactful.planning.instance import Candidate, Instance, coverage_counts
from tactful.planning.model import FURTHER_QUESTION_VALUE

# Real objective values lie on a 0.5 grid and the tie-break term stays under 0.4, so a gap
# between the dual bound and the incumbent below 0.1 proves the incumbent's coverage optimal.
_PROOF_GAP = 0.05


@dataclass(frozen=True)
class ExactResult:
    selected: tuple[Candidate, ...] | None  # None: the solver found no solution in time
    proven_optimal: bool
    status: str  # HiGHS model status, e.g. "kOptimal", "kTimeLimit"


def highs_available() -> bool:
    try:
        importlib.import_module("highspy")
    except ImportError:
        return False
    return True


def solve_exact(instance: Instance, *, time_limit_s: float, start: tuple[Candidate, ...] | None = None) -> ExactResult:
    """Solve the integer program; `start` (e.g. the greedy kit) is handed over as an incumbent."""
    from highspy import _core

    candidates = instance.candidates
    n = len(candidates)
    probing: dict[str, list[int]] = {}
    for i, candidate in enumerate(candidates):
        for c in candidate.relevant:
            probing.setdefault(c, []).append(i)
    competencies = sorted(probing)
    slots = instance.cap

    # Columns: x_0..x_{n-1}, then y_{c,1..slots} per competency. Built column-wise.
    delta = 0.2 / (instance.budget + 1)
    costs: list[float] = []
    lower: list[float] = []
    upper: list[float] = []
    columns: list[list[tuple[int, float]]] = []
    # Rows: 0 budget; then per competency a link row and a cap row.
    link_row = {c: 1 + 2 * k for k, c in enumerate(competencies)}
    cap_row = {c: 2 + 2 * k for k, c in enumerate(competencies)}
    for i, candidate in enumerate(candidates):
        costs.append(-delta * (candidate.minutes + i / max(n, 1)))
        lower.append(1.0 if candidate.pinned else 0.0)
        upper.append(1.0)
        entries = [(0, float(candidate.minutes))]
        for c in candidate.relevant:
            entries += [(link_row[c], -1.0), (cap_row[c], 1.0)]
        columns.append(entries)
    for c in competencies:
        weight = instance.weights[c]
        for k in range(slots):
            value = weight * (1.0 if k == 0 else FURTHER_QUESTION_VALUE)
            if k == 0 and c in instance.must_haves:
                value += instance.must_have_bonus
            costs.append(value)
            lower.append(0.0)
            upper.append(1.0)
            columns.append([(link_row[c], 1.0)])
    num_rows = 1 + 2 * len(competencies)
    row_lower = [-_core.kHighsInf] * num_rows
    row_upper = [float(instance.budget)] + [0.0] * (num_rows - 1)
    for c in competencies:
        row_upper[cap_row[c]] = float(instance.caps[c])

    lp = _core.HighsLp()
    lp.num_col_ = len(columns)
    lp.num_row_ = num_rows
    lp.col_cost_ = costs
    lp.col_lower_ = lower
    lp.col_upper_ = upper
    lp.row_lower_ = row_lower
    lp.row_upper_ = row_upper
    lp.sense_ = _core.ObjSense.kMaximize
    starts, index, values = [0], [], []
    for entries in columns:
        for row, coefficient in entries:
            index.append(row)
            values.append(coefficient)
        starts.append(len(index))
    lp.a_matrix_.format_ = _core.MatrixFormat.kColwise
    lp.a_matrix_.num_col_ = len(columns)
    lp.a_matrix_.num_row_ = num_rows
    lp.a_matrix_.start_ = starts
    lp.a_matrix_.index_ = index
    lp.a_matrix_.value_ = values
    lp.integrality_ = [_core.HighsVarType.kInteger] * n + [_core.HighsVarType.kContinuous] * (len(columns) - n)

    # The private `_Highs` is the solver without highspy's Python conveniences; the public
    # `Highs()` prints a banner to stdout on construction, before output can be switched off.
    highs: Any = _core._Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("time_limit", max(float(time_limit_s), 0.001))
    highs.setOptionValue("mip_rel_gap", 0.0)
    highs.setOptionValue("mip_abs_gap", 1e-6)
    highs.setOptionValue("threads", 1)
    highs.passModel(lp)
    if start is not None:
        highs.setSolution(_start_solution(instance, start, competencies, slots))
    highs.run()

    status = highs.getModelStatus()
    info = highs.getInfo()
    has_solution = int(info.primal_solution_status) == 2  # kSolutionStatusFeasible
    if not has_solution:
        return ExactResult(None, False, status.name)
    x = highs.getSolution().col_value[:n]
    selected = tuple(candidate for candidate, value in zip(candidates, x, strict=True) if value > 0.5)
    proven = status == _core.HighsModelStatus.kOptimal or (
        abs(info.mip_dual_bound - info.objective_function_value) < _PROOF_GAP
    )
    return ExactResult(selected, bool(proven), status.name)


def _start_solution(instance: Instance, start: tuple[Candidate, ...], competencies: list[str], slots: int) -> Any:
    from highspy import _core

    chosen = {candidate.id for candidate in start}
    counts = coverage_counts(start)
    values = [1.0 if candidate.id in chosen else 0.0 for candidate in instance.candidates]
    for c in competencies:
        values += [1.0 if k < counts.get(c, 0) else 0.0 for k in range(slots)]
    solution = _core.HighsSolution()
    solution.col_value = values
    return solution
