"""`tactful practice`: the mock interview in a terminal, with the same feedback as the web.

Reads the questions from the content files (no database). Django is set up only for its
translations, so the interface speaks the interview's language. Nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils import translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from tactful.analysis import analyse
from tactful.analysis.questions import library
from tactful.content import ContentLibrary
from tactful.practice import feedback
from tactful.practice.checks import problem_before_analysis, problem_from_analysis
from tactful.practice.plan import choose_questions, fill_slots
from tactful.practice.preparation import PLAN
from tactful.practice.templatetags.practice_tags import FLAG_NAMES, STAR_NAMES

COLOURS = {"situation": "blue", "task": "magenta", "action": "green", "result": "yellow"}
Ask = Callable[[str], str]


@dataclass
class Answered:
    question_id: str
    reports: list[dict[str, Any]] = field(default_factory=list)


def read_answer(ask: Ask) -> str:
    """Lines until an empty one, so an answer may have several paragraphs' worth of lines."""
    lines: list[str] = []
    while True:
        try:
            line = ask("")
        except EOFError:
            if lines:
                return "\n".join(lines)
            raise
        if not line.strip():
            return "\n".join(lines)
        lines.append(line)


def show_feedback(console: Console, text: str, report: dict[str, Any], lang: str) -> None:
    content = library()
    shown = Text()
    for piece in feedback.highlight(text, report):
        style = COLOURS.get(piece.star or "", "")
        shown.append(piece.text, style=f"{style} underline" if piece.flag else style)
    console.print(shown)
    parts = feedback.star_parts(report)
    console.print(
        "STAR: "
        + "  ".join(
            f"[{COLOURS[p]}]{STAR_NAMES[p]}[/]" if p in parts else f"[dim strike]{STAR_NAMES[p]}[/]" for p in COLOURS
        )
    )
    if report["language"] != lang:
        analysed = get_language_info(report["language"])["name_translated"]
        notice = _("This answer is in %(analysed)s, so it was analysed as %(analysed)s.")
        console.print(f"[yellow]{notice % {'analysed': analysed}}[/yellow]")
    console.print(_("Suggested rating") + f": [bold]{report['rating']['value']}/5[/bold]")
    for reason in report["rating"]["reasons"]:
        console.print(f"  · {escape(reason)}")
    for flag in report["red_flags"]:
        console.print(f"[red]⚑ {FLAG_NAMES.get(flag['code'], flag['code'])}[/red]: {escape(flag['message'])}")
    evidence = [
        content.competencies[c["id"]].name.get(lang)
        for c in report["competencies"]
        if c["score"] >= feedback.GAP and c["id"] in content.competencies
    ]
    if evidence:
        console.print(_("What your answer shows") + ": " + ", ".join(evidence))
    label = _("Tip:")
    for tip in report["tips"]:
        console.print(f"[bold]{label}[/bold] {escape(tip)}")


def show_change(console: Console, before: dict[str, Any], after: dict[str, Any]) -> None:
    change = feedback.improvement(before, after)
    console.print(
        f"[bold]{_('What changed since your last try')}[/bold]: "
        + _("Suggested rating: %(before)s → %(after)s") % {"before": change.rating_before, "after": change.rating_after}
    )
    if change.star_gained:
        names = ", ".join(str(STAR_NAMES[p]) for p in change.star_gained)
        console.print(f"  [green]{_('STAR parts you added:')} {names}[/green]")
    if change.flags_removed:
        names = ", ".join(str(FLAG_NAMES.get(f, f)) for f in change.flags_removed)
        console.print(f"  [green]{_('Red flags gone:')} {names}[/green]")


def show_summary(
    console: Console,
    content: ContentLibrary,
    track_id: str,
    answered: list[Answered],
    lang: str,
    slots: dict[str, str],
) -> None:
    console.rule(_("Your session summary"))
    for item in answered:
        ratings = " → ".join(str(feedback.rating(r)) for r in item.reports)
        text = fill_slots(content.questions[item.question_id].text.get(lang), slots)
        console.print(f"{escape(text)}  [bold]{ratings}[/bold]")
    probed = [c for item in answered for c in content.questions[item.question_id].competencies]
    strengths, gaps = feedback.competency_standings([r for item in answered for r in item.reports], probed)
    name = {cid: c.name.get(lang) for cid, c in content.competencies.items()}
    if strengths:
        console.print(f"[green]{_('Strengths')}[/green]: " + ", ".join(name[c.id] for c in strengths))
    if gaps:
        console.print(f"[yellow]{_('Gaps to work on')}[/yellow]: " + ", ".join(name[c.id] for c in gaps))
    console.rule(_("Your preparation plan"))
    for step in PLAN:
        console.print(f"[bold]{step.title}[/bold]: {step.text}")
        if step.key == "questions":
            for ask in list(content.candidate_questions.values())[:5]:
                console.print(f"  ? {ask.text.get(lang)}")
    track = content.tracks[track_id]
    console.print(f"[bold]{_('For the job: %(track)s') % {'track': track.name.get(lang)}}[/bold]")
    for tip in track.tips:
        console.print(f"  • {tip.get(lang)}")


def answer_one(console: Console, ask: Ask, question_id: str, lang: str, slots: dict[str, str]) -> tuple[Answered, str]:
    """Ask one question until the candidate moves on; returns the attempts and their choice."""
    content = library()
    question = content.questions[question_id]
    family = next(f for f in content.question_families if f.id == question.family)
    console.print(f"[bold]{escape(fill_slots(question.text.get(lang), slots))}[/bold]")
    console.print(f"[dim]{_('Hint:')} {escape(family.hint.get(lang))}[/dim]")
    item = Answered(question_id)
    while True:
        text = read_answer(ask)
        problem = problem_before_analysis(text)
        if problem is None:
            result = analyse(text, question=question_id, language=None, ui_language=lang)
            if result.error is not None:
                problem = problem_from_analysis(result.error.code, result.error.message)
        if problem is not None:
            console.print(f"[red]{escape(problem.message)}[/red]")
            continue
        report = result.to_dict()
        show_feedback(console, text, report, lang)
        if item.reports:
            show_change(console, item.reports[-1], report)
        item.reports.append(report)
        learn, strong = question.wants_to_learn.get(lang), question.strong_answer.text.get(lang)
        console.print(f"[bold]{_('What the interviewer wants to learn')}[/bold]: {escape(learn)}")
        console.print(f"[bold]{_('A strong answer')}[/bold]: {escape(strong)}")
        try:
            choice = ask(_("[r] Try again, [n] next question, [q] finish: ")).strip().lower()
        except EOFError:
            return item, "q"
        if choice != "r":
            return item, choice


def run(*, track_id: str, lang: str, length: int, console: Console, ask: Ask = input) -> list[Answered]:
    """The whole interview, then the summary; returns what was answered."""
    content = library()
    track = content.tracks[track_id]
    slots = {slot_id: slot.example.get(lang) for slot_id, slot in content.slots.items()}
    answered: list[Answered] = []
    with translation.override(lang):
        chosen = choose_questions(track.questions, length)
        console.rule(track.name.get(lang))
        console.print(_("Type your answer and finish it with an empty line."))
        try:
            for position, question_id in enumerate(chosen, start=1):
                title = _("Question %(position)s of %(total)s")
                console.rule(title % {"position": position, "total": len(chosen)})
                item, choice = answer_one(console, ask, question_id, lang, slots)
                answered.append(item)
                if choice == "q":
                    break
        except EOFError:
            pass  # input ended: show what there is
        if answered:
            show_summary(console, content, track_id, answered, lang, slots)
    return answered
