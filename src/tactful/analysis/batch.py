"""Analyse a JSONL file of answers into a JSONL file of reports, line by line.

A bad line (not JSON, no text) becomes an error report for that line; the others go on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tactful.analysis import analyse


@dataclass
class BatchSummary:
    ok: int = 0
    failed: int = 0


def analyse_file(source: Path, target: Path, *, progress: bool = True) -> BatchSummary:
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    summary = BatchSummary()
    with target.open("w", encoding="utf-8") as out:
        for number, line in _progress(lines, progress):
            record = _report(line, number)
            summary.failed += "error" in record
            summary.ok += "error" not in record
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return summary


def _report(line: str, number: int) -> dict[str, object]:
    if not line.strip():
        return {"line": number, "error": {"code": "empty_line", "message": f"line {number} is empty"}}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"line": number, "error": {"code": "bad_json", "message": f"line {number}: {exc.msg}"}}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        message = f'line {number}: expected an object with a "text" string'
        return {"line": number, "error": {"code": "bad_line", "message": message}}
    question = item.get("question") if isinstance(item.get("question"), str) else None
    language = item.get("language") if isinstance(item.get("language"), str) else None
    report = analyse(item["text"], question=question, language=language).to_dict()
    return {"line": number, **({"id": item["id"]} if "id" in item else {}), **report}


def _progress(lines: list[str], show: bool):  # type: ignore[no-untyped-def]
    numbered = list(enumerate(lines, 1))
    if not show:
        yield from numbered
        return
    from rich.progress import track

    yield from track(numbered, description="Analysing", transient=True)
