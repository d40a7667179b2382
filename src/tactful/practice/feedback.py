"""What a candidate sees of an analyser report: their text cut into highlighted pieces, what
changed between two attempts, and strengths and gaps across a session.

Pure functions over `AnswerReport.to_dict()` dictionaries and plain strings, shared by the web
pages, the API and the terminal. No Django, no database; names and translations are the
caller's business.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

STAR_PARTS = ("situation", "task", "action", "result")
# Competency scores are 1 - exp(-w / 2.5): one strong cue gives 0.55, one weak cue 0.33.
STRENGTH = 0.55
GAP = 0.34

Report = Mapping[str, Any]


@dataclass(frozen=True)
class Segment:
    text: str
    star: str | None = None
    flag: str | None = None  # code of the red flag this piece belongs to


@dataclass(frozen=True)
class Improvement:
    rating_before: int
    rating_after: int
    star_gained: list[str]
    star_lost: list[str]
    flags_removed: list[str]
    flags_added: list[str]

    @property
    def rating_delta(self) -> int:
        return self.rating_after - self.rating_before

    @property
    def improved(self) -> bool:
        return self.rating_delta > 0 or bool(self.star_gained or self.flags_removed)


@dataclass(frozen=True)
class CompetencyStanding:
    id: str
    score: float  # the best evidence any answer of the session gave
    probed: bool  # one of the competencies the session's questions are about


def highlight(text: str, report: Report) -> list[Segment]:
    """The answer cut at every sentence and red-flag boundary, each piece labelled with its
    sentence's STAR part and the flag covering it (flags about the whole answer are left out).
    Joining the pieces gives the text back."""
    sentences = report.get("sentences") or []
    flags = [f for f in report.get("red_flags") or [] if not answer_wide(f, text)]
    cuts = {0, len(text)}
    for span in [*sentences, *flags]:
        cuts.update((max(0, min(span["start"], len(text))), max(0, min(span["end"], len(text)))))
    ordered = sorted(cuts)
    pieces: list[Segment] = []
    for start, end in pairwise(ordered):
        star = next((s["star"] for s in sentences if s["start"] <= start < s["end"]), None)
        flag = next((f["code"] for f in flags if f["start"] <= start < f["end"]), None)
        if pieces and (pieces[-1].star, pieces[-1].flag) == (star, flag):
            pieces[-1] = Segment(pieces[-1].text + text[start:end], star, flag)
        else:
            pieces.append(Segment(text[start:end], star, flag))
    return pieces


def answer_wide(flag: Mapping[str, Any], text: str) -> bool:
    """A flag about the whole answer (no example, a hypothetical story) rather than a phrase."""
    return bool(flag["end"] - flag["start"] >= 0.9 * len(text.strip()))


def star_parts(report: Report) -> list[str]:
    star = report.get("star") or {}
    return [part for part in STAR_PARTS if star.get(part)]


def flag_codes(report: Report) -> list[str]:
    codes: list[str] = []
    for flag in report.get("red_flags") or []:
        if flag["code"] not in codes:
            codes.append(flag["code"])
    return codes


def rating(report: Report) -> int:
    return int((report.get("rating") or {}).get("value", 0))


def improvement(before: Report, after: Report) -> Improvement:
    """What changed from one attempt at a question to the next."""
    parts_before, parts_after = set(star_parts(before)), set(star_parts(after))
    flags_before, flags_after = flag_codes(before), flag_codes(after)
    return Improvement(
        rating_before=rating(before),
        rating_after=rating(after),
        star_gained=[p for p in STAR_PARTS if p in parts_after - parts_before],
        star_lost=[p for p in STAR_PARTS if p in parts_before - parts_after],
        flags_removed=[f for f in flags_before if f not in flags_after],
        flags_added=[f for f in flags_after if f not in flags_before],
    )


def competency_standings(
    reports: Iterable[Report], probed: Sequence[str]
) -> tuple[list[CompetencyStanding], list[CompetencyStanding]]:
    """Strengths (clear evidence in at least one answer, best first) and gaps (competencies
    the questions asked about that no answer showed clearly), over every attempt."""
    best: dict[str, float] = {}
    for report in reports:
        for competency in report.get("competencies") or []:
            best[competency["id"]] = max(best.get(competency["id"], 0.0), competency["score"])
    wanted = list(dict.fromkeys(probed))
    strengths = sorted(
        (CompetencyStanding(cid, score, cid in wanted) for cid, score in best.items()),
        key=lambda c: (-c.score, c.id),
    )
    gaps = [CompetencyStanding(cid, best.get(cid, 0.0), True) for cid in wanted]
    return (
        [c for c in strengths if c.score >= STRENGTH],
        [c for c in gaps if c.score < GAP],
    )
