"""A kit as a Markdown document for the interviewer: `tactful kit` prints it and writes it.

Question texts, what to look for, rubric anchors, follow-ups and competency names come from
the content library in the interview language, with the profile's template terms filled
in. The surrounding words (headings, reasons) are English: this is the command line's
rendering; the web app translates the kit's codes itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tactful.content import ContentLibrary
from tactful.content.schema import PLACEHOLDER, LocalText
from tactful.planning.model import Kit, Profile

STAGE_TITLES = {
    "warm_up": "Warm-up",
    "behavioural": "Behavioural",
    "situational": "Situational",
    "technical": "Technical",
    "closing": "Closing",
}

REASON_TEXTS = {
    "no_question": "no question in the bank probes it in this language and tier",
    "excluded": "every question that probes it was removed from the kit",
    "per_competency_cap": "its questions also probe competencies that already have the most questions allowed",
    "time_budget": "its questions do not fit in the time left",
}

PROBLEM_TEXTS = {
    "pinned_over_budget": "The pinned questions alone take longer than the time budget; only they are in the kit.",
    "budget_too_small": "The time budget leaves no time for questions after the candidate's questions.",
    "solver_unavailable": "The exact solver (highspy) is not installed; the kit was chosen greedily.",
    "solver_time_limit": "The solver ran out of time; the kit is the best found, not proven optimal.",
    "unknown_pinned": "Pinned question {} is not in the bank.",
    "pinned_excluded": "Question {} is both pinned and removed; it was left out.",
    "pinned_unavailable": "Pinned question {} cannot be asked in this language.",
    "pinned_above_tier": "Pinned question {} is above the profile's tier; it was kept as pinned.",
    "pinned_over_cap": "The pinned questions probe {} more often than the per-competency limit.",
    "must_have_unreachable": "Must-have {} could not be covered.",
    "unknown_family": "Question {} has an unknown family and was skipped.",
    "duplicate_question": "Question {} appears twice in the bank; the first was used.",
    "unknown_solver": "Unknown solver {}; the automatic choice was used.",
}


def problem_text(code: str) -> str:
    name, _, arg = code.partition(":")
    template = PROBLEM_TEXTS.get(name)
    return template.format(arg) if template else code


def fill_slots(text: str, slots: Mapping[str, str], library: ContentLibrary, language: str) -> str:
    """Replace each `{slot}` by the profile's term, or by the slot's label in brackets."""

    def term(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in slots:
            return slots[name]
        slot = library.slots.get(name)
        return f"[{slot.label.get(language) if slot else name}]"

    return PLACEHOLDER.sub(term, text)


def kit_markdown(
    kit: Kit,
    *,
    library: ContentLibrary,
    profile: Profile,
    language: str,
    minutes: int,
    candidate_questions_minutes: int,
    slots: Mapping[str, str] | None = None,
) -> str:
    slots = slots or {}

    def local(text: LocalText) -> str:
        return fill_slots(text.get(language), slots, library, language)

    def name(competency: str) -> str:
        found = library.competencies.get(competency)
        return found.name.get(language) if found else competency

    proof = "proven optimal" if kit.proven_optimal else "not proven optimal"
    lines = [
        f"# Interview kit: {minutes} minutes, language {language}",
        "",
        f"{len(kit.items)} questions, {kit.minutes_used} of {minutes} minutes "
        f"(including {candidate_questions_minutes} for the candidate's questions). "
        f"Coverage score {kit.objective:g}; chosen by the {kit.method.replace('_', ' ')} method, {proof}.",
    ]
    stage = ""
    for number, item in enumerate(kit.items, start=1):
        if item.stage != stage:
            stage = item.stage
            lines += ["", f"## {STAGE_TITLES.get(stage, stage)}"]
        question = library.questions.get(item.question_id)
        pinned = " · pinned" if item.pinned else ""
        if question is None:  # an organisation's own question: the CLI only knows its id
            lines += ["", f"### {number}. {item.question_id} ({item.minutes} min{pinned})"]
            continue
        lines += ["", f"### {number}. {local(question.text)}", "", f"*{item.minutes} min{pinned}*"]
        if item.covers:
            lines.append(f"*Covers: {', '.join(name(c) for c in item.covers)}*")
        lines += ["", f"**What to look for:** {local(question.wants_to_learn)}", "", "**Rubric:**", ""]
        lines += [
            f"- **1:** {local(question.rubric.poor)}",
            f"- **3:** {local(question.rubric.adequate)}",
            f"- **5:** {local(question.rubric.excellent)}",
            "",
            "**Follow-ups:**",
            "",
        ]
        lines += [f"- {local(follow_up)}" for follow_up in question.follow_ups]
    lines += [
        "",
        f"## The candidate's questions ({candidate_questions_minutes} min)",
        "",
        f"The last {candidate_questions_minutes} minutes are reserved for the candidate to ask their own questions.",
        "",
        "## Coverage",
        "",
        "| Competency | Weight | Questions |",
        "|---|---|---|",
    ]
    must = profile.must_haves
    for competency, ids in kit.coverage.items():
        mark = " (must-have)" if competency in must else ""
        lines.append(f"| {name(competency)}{mark} | {profile.weights.get(competency, 1)} | {', '.join(ids)} |")
    if kit.uncovered:
        lines += ["", "## Not covered", ""]
        for gap in kit.uncovered:
            mark = ", must-have" if gap.competency in must else ""
            weight = profile.weights.get(gap.competency, 1)
            lines.append(
                f"- {name(gap.competency)} (weight {weight}{mark}): {REASON_TEXTS.get(gap.reason, gap.reason)}"
            )
    notes = [problem_text(code) for code in kit.problems if not code.startswith("must_have_unreachable:")]
    if notes:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in notes]
    return "\n".join(lines) + "\n"
