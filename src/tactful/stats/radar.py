"""Coordinates of a radar chart: a candidate's 1-5 means against the portrait's 1-5 weights.

Server-rendered as inline SVG by the templates (no JavaScript chart library: the chart is a
handful of polygons, it prints in the PDF as it shows on screen and works offline). Axis *i*
of n points at angle −90° + 360°·i/n (the first at the top, clockwise); a value v on the 0-5
scale sits at radius R·v/5 from the centre. An unrated competency sits at the centre.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

TOP = 5


@dataclass(frozen=True)
class RadarAxis:
    key: str
    label: str
    value: float | None  # the candidate's mean, None when unrated
    target: float  # the portrait's weight
    x: float  # end of the axis
    y: float
    label_x: float
    label_y: float
    anchor: str  # SVG text-anchor: start, middle or end


@dataclass(frozen=True)
class RadarChart:
    size: int
    centre: float
    radius: float
    axes: tuple[RadarAxis, ...]
    candidate: str  # SVG polygon points
    target: str
    rings: tuple[tuple[int, str], ...]  # (level 1-5, polygon points)


def radar_chart(
    axes: Sequence[tuple[str, str, float | None, float]], *, size: int = 360, padding: int = 40
) -> RadarChart:
    """`axes` are (key, label, candidate mean or None, portrait weight); at least one.
    `padding` keeps room above and below for the labels (the template widens the sides)."""
    centre = size / 2
    radius = size / 2 - padding
    n = max(len(axes), 1)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        r = radius * max(0.0, min(float(TOP), value)) / TOP
        return round(centre + r * math.cos(angle), 1), round(centre + r * math.sin(angle), 1)

    def polygon(values: Sequence[float]) -> str:
        return " ".join(f"{x},{y}" for x, y in (point(i, v) for i, v in enumerate(values)))

    shown: list[RadarAxis] = []
    for i, (key, label, value, target) in enumerate(axes):
        x, y = point(i, TOP)
        lx, ly = point(i, TOP * 1.12)
        anchor = "middle" if abs(lx - centre) < 1 else ("start" if lx > centre else "end")
        shown.append(RadarAxis(key, label, value, target, x, y, lx, round(ly + 4, 1), anchor))
    return RadarChart(
        size=size,
        centre=centre,
        radius=radius,
        axes=tuple(shown),
        candidate=polygon([a.value or 0.0 for a in shown]),
        target=polygon([a.target for a in shown]),
        rings=tuple((level, polygon([float(level)] * len(shown))) for level in range(1, TOP + 1)),
    )
