"""A suggested 1-5 rating with its reasons, and 1-3 concrete tips.

Story questions (behavioural, or no question) are judged on STAR completeness, specificity and
competency evidence; other families on evidence, specificity and clarity. Serious red flags
cost a point each; no example or a hypothetical story caps the rating at 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tactful.analysis.document import Document
from tactful.analysis.flags import expects_story
from tactful.analysis.lexicon import CompiledLexicon
from tactful.analysis.questions import QuestionInfo, competency_name
from tactful.analysis.report import (
    STAR_PARTS,
    Clarity,
    CompetencyEvidence,
    Rating,
    RedFlag,
    Specificity,
    StarSummary,
)

SERIOUS = ("blame", "money_motive", "badmouthing_employer", "perfection_claim", "lost_temper")
CAPPING = ("no_example", "hypothetical")


@dataclass(frozen=True)
class Findings:
    """What the analysis found, which both the rating and the tips are derived from."""

    star: StarSummary
    competencies: Sequence[CompetencyEvidence]
    flags: Sequence[RedFlag]
    spec: Specificity
    clear: Clarity
    question: QuestionInfo | None
    lexicon: CompiledLexicon  # messages come from it (the UI language)


def suggest_rating(findings: Findings) -> Rating:
    star, competencies, flags = findings.star, findings.competencies, findings.flags
    spec, clear, question, lexicon = findings.spec, findings.clear, findings.question, findings.lexicon
    family = question.family if question else None
    wanted = list(question.competencies) if question else []
    relevant = [c for c in competencies if c.id in wanted] or sorted(competencies, key=lambda c: -c.score)[:3]
    evidence = sum(c.score for c in relevant) / max(1, len(relevant))
    reasons: list[str] = []
    if expects_story(family):
        points = 1.0 + 0.5 * star.situation + 0.5 * star.task + 1.0 * star.action + 1.0 * star.result
        points += spec.score + evidence
        missing = [lexicon.message(f"part.{p}") for p in STAR_PARTS if not getattr(star, p)]
        if star.complete:
            reasons.append(lexicon.message("reason.star_complete"))
        else:
            reasons.append(lexicon.message("reason.star_missing", parts=", ".join(missing)))
    else:
        has_example = star.action or star.situation
        points = 1.5 + 1.5 * evidence + spec.score + 0.5 * clear.score + 0.5 * has_example
    if spec.score >= 0.5:
        reasons.append(lexicon.message("reason.specific"))
    elif spec.score < 0.25:
        reasons.append(lexicon.message("reason.vague"))
    shown = [c for c in relevant if c.score >= 0.45]
    if shown:
        names = ", ".join(competency_name(c.id, lexicon.language) for c in shown)
        reasons.append(lexicon.message("reason.evidence", competencies=names))
    elif wanted:
        names = ", ".join(competency_name(c, lexicon.language) for c in wanted)
        reasons.append(lexicon.message("reason.no_evidence", competencies=names))
    codes = [f.code for f in flags]
    for code in codes:
        if code in SERIOUS:
            points -= 1.0
        elif code == "jargon":
            points -= 0.5
        reasons.append(lexicon.message("reason.flag", flag=lexicon.message(f"flagname.{code}")))
    if clear.words > 250 and (clear.filler_words >= 4 or clear.score < 0.6):
        points -= 0.5
        reasons.append(lexicon.message("reason.rambling"))
    if clear.words < 25:
        points = min(points, 2.0)
        reasons.append(lexicon.message("reason.too_short"))
    if any(code in CAPPING for code in codes):
        points = min(points, 2.0)
    value = max(1, min(5, int(points + 0.5)))
    anchor = None
    if question:
        nearest = min(question.anchors, key=lambda a: (abs(a - value), a))
        anchor = question.anchors[nearest].get(lexicon.language) or question.anchors[nearest].get("en")
    return Rating(value, reasons, anchor)


def tips(doc: Document, findings: Findings) -> list[str]:
    """Up to three tips, most important first, quoting the answer where that makes them concrete."""
    star, competencies, flags = findings.star, findings.competencies, findings.flags
    spec, clear, question, lexicon = findings.spec, findings.clear, findings.question, findings.lexicon
    out: list[str] = []
    for flag in flags:
        if flag.code == "jargon":
            terms = _quote(doc, "jargon", limit=3) or doc.text[flag.start : flag.end][:40]
            out.append(lexicon.message("tip.jargon", examples=terms))
        else:
            out.append(lexicon.message(f"tip.{flag.code}"))
    family = question.family if question else None
    story = expects_story(family) and not {"no_example", "hypothetical"} & {f.code for f in flags}
    if story:
        for part in ("result", "action", "situation", "task"):
            if not getattr(star, part):
                out.append(lexicon.message(f"tip.missing_{part}"))
    if spec.numbers == 0 and spec.score < 0.4:
        out.append(lexicon.message("tip.add_numbers"))
    if doc.count("we") > max(2, spec.first_person_actions):
        out.append(lexicon.message("tip.use_i"))
    if clear.filler_words >= 3:
        out.append(lexicon.message("tip.fewer_fillers", examples=_quote(doc, "filler", limit=3)))
    if clear.long_sentences:
        out.append(lexicon.message("tip.shorter_sentences"))
    empathy = next((c for c in competencies if c.id == "empathy"), None)
    if story and empathy is not None and empathy.score < 0.3:
        out.append(lexicon.message("tip.show_empathy"))
    unique: list[str] = []
    for tip in out:
        if tip not in unique:
            unique.append(tip)
    return unique[:3] or [lexicon.message("tip.keep_it_up")]


def _quote(doc: Document, category: str, limit: int) -> str:
    seen: list[str] = []
    for hit in doc.by_category.get(category, []):
        span = doc.span(hit)
        phrase = f"«{doc.text[span.start : span.end]}»"
        if phrase not in seen:
            seen.append(phrase)
        if len(seen) == limit:
            break
    return ", ".join(seen)
