"""Coordinates of the progress chart (inline SVG, no JavaScript): one point per session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH, HEIGHT, PAD = 600, 220, 30
TOP = 5  # ratings run from 1 to 5


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    value: float
    label: str


def rating_chart(values: Sequence[tuple[str, float]]) -> list[ChartPoint]:
    """`values` are (label, rating 1-5) oldest first; points are spread across the width."""
    if not values:
        return []
    step = (WIDTH - 2 * PAD) / max(1, len(values) - 1)
    scale = (HEIGHT - 2 * PAD) / (TOP - 1)
    return [
        ChartPoint(
            x=round(PAD + i * step if len(values) > 1 else WIDTH / 2, 1),
            y=round(HEIGHT - PAD - (value - 1) * scale, 1),
            value=value,
            label=label,
        )
        for i, (label, value) in enumerate(values)
    ]


def polyline(points: Sequence[ChartPoint]) -> str:
    return " ".join(f"{p.x},{p.y}" for p in points)


def gridlines() -> list[tuple[int, float]]:
    """(rating, y) for the horizontal lines at 1..5."""
    scale = (HEIGHT - 2 * PAD) / (TOP - 1)
    return [(r, round(HEIGHT - PAD - (r - 1) * scale, 1)) for r in range(1, TOP + 1)]
