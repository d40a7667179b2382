"""Writes on candidates: add and edit one, move through the pipeline, import many from CSV.

`candidates_import_csv` is all or nothing: every row is checked first, and if any row is wrong
nothing is saved and the report lists each problem by row number (the header is row 1, as a
spreadsheet shows it) and column. Problems with the file as a whole (too big, not text, no
name column) raise `HiringError`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, replace
from typing import IO

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from tactful.accounts.permissions import Actor
from tactful.hiring.errors import HiringError
from tactful.hiring.models import Candidate, Opening, Stage
from tactful.hiring.services.portraits import require_manager

MAX_CSV_BYTES = 1024 * 1024
MAX_CSV_ROWS = 2000
LIMITS = {"name": 200, "email": 254, "phone": 40, "source": 100, "notes": 5000}

# Header names we accept, lower-cased: English first, then the UI languages' usual words.
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "candidate", "имя", "фио", "nimi", "ime", "ime i prezime", "meno"),
    "email": ("email", "e-mail", "e-mail address", "email address", "почта", "эл. почта", "e-post", "e-pošta"),
    "phone": ("phone", "telephone", "телефон", "telefon", "tel"),
    "source": ("source", "источник", "allikas", "izvor", "zdroj"),
    "notes": ("notes", "note", "заметки", "примечания", "märkused", "bilješke", "poznámky"),
}


def _check_opening(actor: Actor, opening: Opening) -> None:
    require_manager(actor)
    if opening.organisation_id != actor.organisation.pk:
        raise HiringError("not_found", _("This opening does not exist."))


def _email_taken(opening: Opening, email: str, exclude_pk: int | None = None) -> bool:
    qs = Candidate.objects.filter(opening=opening, email__iexact=email)
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    return bool(email) and qs.exists()


def candidate_create(
    *,
    actor: Actor,
    opening: Opening,
    name: str,
    email: str = "",
    phone: str = "",
    source: str = "",
    notes: str = "",
    stage: str = Stage.APPLIED,
) -> Candidate:
    _check_opening(actor, opening)
    email = email.strip().lower()
    if not name.strip():
        raise HiringError("name_required", _("Give the candidate's name."))
    if _email_taken(opening, email):
        raise HiringError("duplicate_email", _("A candidate with this e-mail already applied for this opening."))
    if stage not in Stage.values:
        raise HiringError("bad_stage", _("Unknown stage."))
    with transaction.atomic():
        return Candidate.objects.create(
            organisation=actor.organisation,
            opening=opening,
            name=name.strip(),
            email=email,
            phone=phone.strip(),
            source=source.strip(),
            notes=notes.strip(),
            stage=stage,
        )


def candidate_update(
    *,
    actor: Actor,
    candidate: Candidate,
    name: str,
    email: str = "",
    phone: str = "",
    source: str = "",
    notes: str = "",
) -> Candidate:
    _check_opening(actor, candidate.opening)
    email = email.strip().lower()
    if not name.strip():
        raise HiringError("name_required", _("Give the candidate's name."))
    if _email_taken(candidate.opening, email, exclude_pk=candidate.pk):
        raise HiringError("duplicate_email", _("A candidate with this e-mail already applied for this opening."))
    with transaction.atomic():
        candidate.name, candidate.email, candidate.phone = name.strip(), email, phone.strip()
        candidate.source, candidate.notes = source.strip(), notes.strip()
        candidate.save(update_fields=["name", "email", "phone", "source", "notes"])
    return candidate


def candidate_stage_set(*, actor: Actor, candidate: Candidate, stage: str) -> Candidate:
    """Move a candidate to any pipeline stage (teams skip and go back; the list shows where each is)."""
    _check_opening(actor, candidate.opening)
    if stage not in Stage.values:
        raise HiringError("bad_stage", _("Unknown stage."))
    with transaction.atomic():
        candidate.stage = stage
        candidate.save(update_fields=["stage"])
    return candidate


def candidate_delete(*, actor: Actor, candidate: Candidate) -> None:
    _check_opening(actor, candidate.opening)
    with transaction.atomic():
        candidate.delete()


@dataclass(frozen=True)
class RowError:
    row: int
    column: str  # the field: name, email, phone, source or notes
    message: str
    heading: str = ""  # that column's title as the file has it ("E-post"), for people to find it


@dataclass
class ImportReport:
    rows: int = 0
    created: list[Candidate] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    delimiter: str = ","

    @property
    def ok(self) -> bool:
        return not self.errors


def _read_text(file: IO[bytes] | IO[str] | bytes) -> str:
    if isinstance(file, bytes):
        data = file
    else:
        raw = file.read(MAX_CSV_BYTES + 1)
        data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if len(data) > MAX_CSV_BYTES:
        raise HiringError("csv_too_big", _("The file is larger than 1 MB. Split it into smaller files."))
    if b"\x00" in data:
        raise HiringError(
            "csv_not_text", _("This is not a CSV text file. Save the sheet as CSV (UTF-8) and try again.")
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise HiringError(
            "csv_not_utf8", _("The file is not in UTF-8. Save the sheet as “CSV UTF-8” and try again.")
        ) from None
    if not text.strip():
        raise HiringError("csv_empty", _("The file is empty."))
    return text


def _dialect(text: str) -> str:
    header = text.splitlines()[0]
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=";,\t").delimiter
    except csv.Error:
        return max(";,\t", key=header.count)


def _columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        wanted = " ".join(title.strip().lower().split())
        for column, names in HEADERS.items():
            if wanted in names and column not in columns:
                columns[column] = index
    if "name" not in columns:
        raise HiringError(
            "csv_no_name_column",
            _("The first row must name the columns, with at least “name” (also: email, phone, source, notes)."),
        )
    return columns


def _check_row(values: dict[str, str], row: int, seen: dict[str, int], taken: set[str]) -> list[RowError]:
    errors = []
    if not values["name"]:
        errors.append(RowError(row, "name", _("The name is missing.")))
    for column, limit in LIMITS.items():
        if len(values[column]) > limit:
            errors.append(RowError(row, column, _("Longer than %(limit)d characters.") % {"limit": limit}))
    email = values["email"]
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors.append(RowError(row, "email", _("“%(email)s” is not an e-mail address.") % {"email": email}))
        else:
            if email in seen:
                errors.append(
                    RowError(row, "email", _("The same e-mail is already in row %(row)d.") % {"row": seen[email]})
                )
            elif email in taken:
                errors.append(RowError(row, "email", _("This candidate already applied for this opening.")))
            seen.setdefault(email, row)
    return errors


def candidates_import_csv(*, actor: Actor, opening: Opening, file: IO[bytes] | IO[str] | bytes) -> ImportReport:
    """Import candidates from CSV (UTF-8, BOM allowed, `,` `;` or tab); nothing is saved unless every row is good."""
    _check_opening(actor, opening)
    text = _read_text(file)
    delimiter = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, [])
    columns = _columns(header)
    taken = {
        e.lower() for e in Candidate.objects.filter(opening=opening).exclude(email="").values_list("email", flat=True)
    }
    report = ImportReport(delimiter=delimiter)
    rows: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    for number, record in enumerate(reader, start=2):
        if not any(cell.strip() for cell in record):
            continue  # blank lines are not rows
        if len(rows) >= MAX_CSV_ROWS:
            raise HiringError(
                "csv_too_many_rows",
                _("The file has more than %(limit)d candidates. Split it into smaller files.")
                % {"limit": MAX_CSV_ROWS},
            )
        values = {c: (record[columns[c]].strip() if c in columns and columns[c] < len(record) else "") for c in HEADERS}
        values["email"] = values["email"].lower()
        report.errors += _check_row(values, number, seen, taken)
        rows.append(values)
    headings = {column: header[index].strip() for column, index in columns.items()}
    report.errors = [replace(error, heading=headings.get(error.column, "")) for error in report.errors]
    report.rows = len(rows)
    if not rows:
        raise HiringError("csv_no_rows", _("The file has a header row but no candidates."))
    if report.errors:
        return report
    with transaction.atomic():
        report.created = Candidate.objects.bulk_create(
            [Candidate(organisation=actor.organisation, opening=opening, **values) for values in rows]
        )
    return report
