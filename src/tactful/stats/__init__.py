"""Scores across interviewers: per-competency and per-question aggregates of scorecards.

Pure Python (no Django, no database): plain dataclasses in, plain dataclasses out, so the web
pages, the PDF report, the API and the CLI compute the same numbers. Who may see which
scorecard is the caller's business; this library only counts what it is given.

    from tactful.stats import CompetencySpec, RaterScores, aggregate
    result = aggregate(
        [CompetencySpec("empathy", weight=5, must_have=True), CompetencySpec("ownership", weight=2)],
        [RaterScores("bob", competencies={"empathy": 4, "ownership": 2}),
         RaterScores("ivan", competencies={"empathy": 2})],
    )
    result.overall  # (5 * 3.0 + 2 * 2.0) / 7 = 2.714...
"""

from __future__ import annotations

from tactful.stats.aggregate import (
    DISAGREEMENT_SPREAD,
    MUST_HAVE_BAR,
    Aggregate,
    CompetencyAggregate,
    CompetencySpec,
    QuestionAggregate,
    RaterScores,
    Spread,
    aggregate,
    spread_of,
)
from tactful.stats.radar import RadarAxis, RadarChart, radar_chart

__all__ = [
    "DISAGREEMENT_SPREAD",
    "MUST_HAVE_BAR",
    "Aggregate",
    "CompetencyAggregate",
    "CompetencySpec",
    "QuestionAggregate",
    "RadarAxis",
    "RadarChart",
    "RaterScores",
    "Spread",
    "aggregate",
    "radar_chart",
    "spread_of",
]
