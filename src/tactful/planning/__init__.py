"""The kit planner: a role profile, a question bank and a time budget in, an interview kit out.

Pure Python: imports nothing from Django, so the hiring app, the API and the CLI call the same
`plan_kit()`. The kit maximises weighted competency coverage under the time budget, exactly
(an integer program solved by HiGHS) or greedily when the solver is missing or runs out of
time, and explains itself: which question covers which competency, what could not be covered
and why. See docs/planning.md.

    from tactful.planning import BankQuestion, PlanRequest, Profile, plan_kit
    kit = plan_kit(PlanRequest(profile=Profile(weights={"empathy": 5}), bank=bank, minutes=45, language="et"))
"""

from __future__ import annotations

from tactful.planning.exact import highs_available
from tactful.planning.kit import plan_kit
from tactful.planning.model import (
    FURTHER_QUESTION_VALUE,
    REASONS,
    STAGES,
    BankQuestion,
    Kit,
    KitItem,
    PlanRequest,
    Profile,
    Uncovered,
    stage_of,
)

__all__ = [
    "FURTHER_QUESTION_VALUE",
    "REASONS",
    "STAGES",
    "BankQuestion",
    "Kit",
    "KitItem",
    "PlanRequest",
    "Profile",
    "Uncovered",
    "highs_available",
    "plan_kit",
    "stage_of",
]
