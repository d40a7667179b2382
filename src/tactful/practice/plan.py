"""Which questions a practice session asks, and how a question reads to the candidate.

Pure functions shared by the web app, the API and the terminal (which runs without a database).
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

LENGTHS = (3, 5, 8)
DEFAULT_LENGTH = 5
SLOT = re.compile(r"\{(\w+)\}")


def choose_questions(track_questions: Sequence[str], length: int, rng: random.Random | None = None) -> list[str]:
    """`length` questions of the track, a different mix each time, kept in the track's order
    (warm-up first, logistics last), like a real interview."""
    if length >= len(track_questions):
        return list(track_questions)
    picked = set((rng or random.Random()).sample(range(len(track_questions)), length))
    return [qid for i, qid in enumerate(track_questions) if i in picked]


def fill_slots(text: str, examples: Mapping[str, str]) -> str:
    """A question as a candidate hears it: `{technology}` becomes the slot's example."""
    return SLOT.sub(lambda m: examples.get(m.group(1), m.group(0)), text)
