"""A readable terminal rendering of a report (used by `tactful analyse` and practice)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from tactful.analysis.report import AnswerReport

COLOURS = {"situation": "cyan", "task": "magenta", "action": "green", "result": "yellow"}


def render_report(console: Console, text: str, report: AnswerReport) -> None:
    if report.error is not None:
        console.print(f"[red]{report.error.message}[/red] ({report.error.code})")
        return
    shown = Text()
    for sentence in report.sentences:
        label = sentence.star
        shown.append(text[sentence.start : sentence.end], style=COLOURS.get(label or "", ""))
        shown.append(f" [{label[0].upper() if label else '-'}] ", style="dim")
    console.print(shown)
    if report.star:
        parts = " ".join(f"[{COLOURS[p]}]{p}[/]" if getattr(report.star, p) else f"[dim strike]{p}[/]" for p in COLOURS)
        console.print(f"STAR: {parts}")
    if report.rating:
        console.print(f"Suggested rating: [bold]{report.rating.value}/5[/bold]")
        for reason in report.rating.reasons:
            console.print(f"  · {reason}")
    for flag in report.red_flags:
        console.print(f"[red]⚑ {flag.code}[/red]: {flag.message}")
    shown_competencies = [c for c in report.competencies if c.score > 0]
    if shown_competencies:
        console.print("Evidence: " + ", ".join(f"{c.id} {c.score:.2f}" for c in shown_competencies))
    for tip in report.tips:
        console.print(f"[bold]Tip:[/bold] {tip}")
    console.print(f"[dim]{report.language} · {report.backend} · {report.version}[/dim]")
