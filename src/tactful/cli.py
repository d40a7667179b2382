"""The `tactful` command line: content checks and loading, demo data, serving.

Commands that need the database set Django up lazily, so `tactful content check` and
`tactful content stats` run without any database.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

app = typer.Typer(
    help="Tactful: hiring and interview practice for customer-support specialists.",
    no_args_is_help=True,
)
content_app = typer.Typer(help="Check, count and load the content library (content/).", no_args_is_help=True)
app.add_typer(content_app, name="content")

err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

ContentDir = Annotated[
    Path | None,
    typer.Option("--dir", help="Content folder (default: TACTFUL_CONTENT_DIR or ./content)."),
]


def _content_dir(given: Path | None) -> Path:
    if given is not None:
        return given
    env = os.environ.get("TACTFUL_CONTENT_DIR")
    if env:
        return Path(env)
    from tactful.settings import CONTENT_DIR  # the settings module is plain Python; no DB needed

    return CONTENT_DIR


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tactful.settings")
    import django

    django.setup()


@content_app.command("check")
def content_check(directory: ContentDir = None) -> None:
    """Validate every content file; print each problem as file:line: message."""
    from tactful.content import read_library

    root = _content_dir(directory)
    library, problems = read_library(root, shown_root=Path.cwd())
    for problem in problems:
        print(problem)
    if problems:
        err.print(f"[red]{len(problems)} problem(s) in {root}[/red]")
        raise typer.Exit(1)
    err.print(
        f"[green]Content OK:[/green] {len(library.competencies)} competencies, "
        f"{len(library.questions)} questions, {len(library.tracks)} tracks."
    )


@content_app.command("stats")
def content_stats(
    directory: ContentDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Count competencies and questions, per family and per complete language."""
    from tactful.content import read_library
    from tactful.content.stats import library_stats

    library, _problems = read_library(_content_dir(directory))
    stats = library_stats(library)
    if as_json:
        print(json.dumps(stats, ensure_ascii=False))
        return
    out.print(f"Competencies: {stats['competencies']}\nQuestions: {stats['questions']}")
    for family, count in stats["by_family"].items():
        out.print(f"  {family}: {count}")
    out.print("Questions complete per language: " + ", ".join(f"{k} {v}" for k, v in stats["languages"].items()))


@content_app.command("load")
def content_load(directory: ContentDir = None) -> None:
    """Sync the content files into the database (idempotent; removed items are retired)."""
    from tactful.content import read_library

    root = _content_dir(directory)
    library, problems = read_library(root, shown_root=Path.cwd())
    if problems:
        for problem in problems:
            print(problem)
        err.print(f"[red]Nothing loaded: {len(problems)} problem(s) in {root}.[/red]")
        raise typer.Exit(1)
    _django()
    from tactful.library.services import content_sync

    report = content_sync(library=library)
    for name, counts in report.as_dict().items():
        out.print(
            f"{name}: {counts['created']} created, {counts['updated']} updated, "
            f"{counts['retired']} retired, {counts['unchanged']} unchanged"
        )
    if not report.changed:
        out.print("Library already up to date.")


@app.command("analyse")
def analyse_command(
    text: Annotated[str | None, typer.Argument(help="The answer; '-' reads standard input.")] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Answer language (en, ru, et, hr, sk); detected if omitted.")
    ] = None,
    question: Annotated[str | None, typer.Option("--question", help="Question id from the bank.")] = None,
    ui_lang: Annotated[str | None, typer.Option("--ui-lang", help="Language of tips and messages.")] = None,
    backend: Annotated[
        str | None, typer.Option("--backend", help="lexical or encoder (default: the better one installed).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    batch: Annotated[
        Path | None, typer.Option("--batch", help='JSONL file: one {"text", "question"?, "language"?, "id"?} per line.')
    ] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="Where --batch writes its JSONL reports.")] = None,
) -> None:
    """Analyse an interview answer: STAR parts, competencies, red flags, rating and tips."""
    from tactful.analysis import analyse
    from tactful.analysis.render import render_report

    if batch is not None:
        if out_file is None:
            err.print("[red]--batch needs --out FILE[/red]")
            raise typer.Exit(2)
        from tactful.analysis.batch import analyse_file

        summary = analyse_file(batch, out_file, progress=not as_json)
        err.print(f"{summary.ok} analysed, {summary.failed} with errors → {out_file}")
        raise typer.Exit(0 if summary.failed == 0 else 1)
    if text is None:
        err.print("[red]Give the answer as TEXT, '-' for standard input, or --batch FILE.[/red]")
        raise typer.Exit(2)
    if text == "-":
        text = sys.stdin.read()
    report = analyse(text, question=question, language=lang, ui_language=ui_lang, backend=backend)
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_report(out, text, report)
    if not report.ok:
        raise typer.Exit(1)


@app.command("kit")
def kit_command(
    profile_file: Annotated[Path, typer.Option("--profile", help="Profile YAML (see docs/examples/).")],
    minutes: Annotated[int, typer.Option("--minutes", min=1, help="Length of the interview in minutes.")] = 45,
    lang: Annotated[str, typer.Option("--lang", help="Interview language (en, ru, et, hr, sk).")] = "en",
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Write the kit to FILE (Markdown, JSON with --json).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The kit as JSON.")] = False,
    solver: Annotated[str, typer.Option("--solver", help="auto, exact or greedy.")] = "auto",
    candidate_minutes: Annotated[
        int, typer.Option("--candidate-minutes", min=0, help="Minutes kept for the candidate's questions.")
    ] = 5,
    directory: ContentDir = None,
) -> None:
    """Plan an interview kit for a profile: the questions that best cover its competencies in time."""
    from tactful.content import LANGUAGES, read_library
    from tactful.planning import PlanRequest, plan_kit
    from tactful.planning.content_bank import bank_from_library, read_profile_file
    from tactful.planning.markdown import kit_markdown

    if lang not in LANGUAGES or solver not in ("auto", "exact", "greedy"):
        err.print(f"[red]Unknown language {lang!r} or solver {solver!r}.[/red] Languages: {', '.join(LANGUAGES)}.")
        raise typer.Exit(2)
    root = _content_dir(directory)
    library, content_problems = read_library(root, shown_root=Path.cwd())
    if content_problems:
        for content_problem in content_problems:
            print(content_problem)
        err.print(f"[red]{len(content_problems)} problem(s) in {root}.[/red]")
        raise typer.Exit(1)
    parsed, problems = read_profile_file(profile_file, library)
    if parsed is None:
        for problem in problems:
            err.print(problem, markup=False, highlight=False)
        raise typer.Exit(2)
    request = PlanRequest(
        profile=parsed.profile,
        bank=bank_from_library(library),
        minutes=minutes,
        language=lang,
        pinned=parsed.pinned,
        excluded=parsed.excluded,
        candidate_questions_minutes=candidate_minutes,
        solver=solver,
    )
    kit = plan_kit(request)
    if as_json:
        text = json.dumps(kit.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = kit_markdown(
            kit,
            library=library,
            profile=parsed.profile,
            language=lang,
            minutes=minutes,
            candidate_questions_minutes=candidate_minutes,
            slots=parsed.slots,
        )
    if out_file is not None:
        out_file.write_text(text, encoding="utf-8")
        err.print(f"Kit of {len(kit.items)} questions written to {out_file}.")
    elif as_json:
        print(text, end="")
    else:
        from rich.markdown import Markdown

        out.print(Markdown(text), soft_wrap=False)


@app.command("practice")
def practice(
    track: Annotated[str, typer.Option("--track", help="Practice track id, e.g. call-centre.")],
    lang: Annotated[str, typer.Option("--lang", help="Interview language (en, ru, et, hr, sk).")] = "en",
    length: Annotated[int, typer.Option("--length", min=1, help="Number of questions.")] = 5,
) -> None:
    """A mock interview in the terminal: one question at a time, feedback after each answer."""
    from tactful.analysis import SUPPORTED
    from tactful.analysis.questions import library

    if lang not in SUPPORTED or track not in library().tracks:
        err.print(
            f"[red]Unknown track {track!r} or language {lang!r}.[/red] "
            f"Tracks: {', '.join(library().tracks)}; languages: {', '.join(SUPPORTED)}."
        )
        raise typer.Exit(2)
    _django()  # translations only; practice in the terminal stores nothing
    from tactful.practice.terminal import run

    run(track_id=track, lang=lang, length=length, console=out)


@app.command("demo")
def demo() -> None:
    """Create the demo organisation, its admin, a recruiter and two interviewers (passwords printed once)."""
    _django()
    from tactful.accounts.services import demo_organisation_ensure

    setup = demo_organisation_ensure()
    if setup.password:
        out.print(
            f"Demo organisation '{setup.organisation.name}' is ready.\n"
            f"  Log in at http://127.0.0.1:8000/accounts/login/ as [bold]{setup.user.username}[/bold] "
            f"with password [bold]{setup.password}[/bold]\n"
            "  (shown only this once; change it with `python manage.py changepassword admin`)."
        )
    else:
        out.print(f"Demo organisation '{setup.organisation.name}' exists; its admin user was created earlier.")
    for member in setup.members:
        if member.password:
            shown = f"[bold]{member.username}[/bold], password [bold]{member.password}[/bold]"
            out.print(f"  {member.role}: {shown} (shown once)")
    from tactful.accounts.permissions import Actor
    from tactful.hiring.services.demo import demo_hiring_ensure
    from tactful.library.models import Question

    if not Question.objects.exists():
        content_load(None)  # the demo kit is planned from the library
    hiring = demo_hiring_ensure(actor=Actor(user=setup.user, organisation=setup.organisation, role="owner"))
    out.print(
        f"Demo hiring: portrait '{hiring.portrait.name}', kit of {hiring.kit.items.count()} questions, "
        f"opening '{hiring.opening.title}' with {len(hiring.candidates)} candidates."
    )
    from tactful.hiring.services.interviews import demo_interviews_ensure

    interview = demo_interviews_ensure(setup.organisation)
    if interview is not None:
        out.print(f"Demo interview: '{interview}' with {interview.scorecards.count()} submitted scorecards.")


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
) -> None:
    """Serve the web application (Django's server; put a WSGI server in front in production)."""
    _django()
    from django.core.management import call_command

    call_command("runserver", f"{host}:{port}", use_reloader=False)


@app.command("migrate")
def migrate() -> None:
    """Create or update the database tables."""
    _django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1)


if __name__ == "__main__":
    app()
