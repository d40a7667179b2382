"""Writes on the library: syncing the content files into the database.

`content_sync` is idempotent: each row carries a hash of its content, so a second run with
unchanged files writes nothing; an edited item is updated in place; an item gone from the
files is retired (never deleted), and comes back if it reappears.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import models, transaction

from tactful.content import ContentLibrary
from tactful.content.languages import LANGUAGES
from tactful.library.models import (
    CandidateQuestion,
    Competency,
    CompetencyFamily,
    ContentRow,
    Question,
    QuestionCompetency,
    QuestionFamily,
    Slot,
    Track,
    TrackQuestion,
)


@dataclass
class SyncCounts:
    created: int = 0
    updated: int = 0
    retired: int = 0
    unchanged: int = 0


@dataclass
class SyncReport:
    counts: dict[str, SyncCounts] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return any(c.created or c.updated or c.retired for c in self.counts.values())

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {name: vars(c) for name, c in self.counts.items()}


def _hash(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _search_text(*texts: Any) -> str:
    """All languages of the given texts, lower-cased, for a portable `contains` search."""
    parts: list[str] = []
    for text in texts:
        if isinstance(text, dict):
            parts.extend(text.get(lang, "") for lang in LANGUAGES)
        elif isinstance(text, list):
            parts.append(_search_text(*text))
        elif text:
            parts.append(str(text))
    return " ".join(parts).lower()


Record = tuple[str, dict[str, Any], list[str]]  # slug, field values, ids it links to


def _sync_rows(model: Any, records: Sequence[Record], counts: SyncCounts) -> tuple[dict[str, ContentRow], set[str]]:
    """Upsert `records`; returns the rows by slug and the slugs created or changed.

    The linked ids are part of the hash, so a question mapped to other competencies (or a
    track with another question list) counts as changed and gets re-linked.
    """
    existing: dict[str, ContentRow] = {row.slug: row for row in model.objects.all()}
    rows: dict[str, ContentRow] = {}
    changed: set[str] = set()
    for position, (slug, values, links) in enumerate(records):
        plain = {k: v.slug if isinstance(v, ContentRow) else v for k, v in values.items()}
        digest = _hash({"values": plain, "links": links})
        row = existing.get(slug)
        if row is None:
            row = model.objects.create(slug=slug, position=position, content_hash=digest, **values)
            counts.created += 1
            changed.add(slug)
        elif row.content_hash != digest or row.position != position or row.retired:
            for name, value in values.items():
                setattr(row, name, value)
            row.position, row.content_hash, row.retired = position, digest, False
            row.save()
            counts.updated += 1
            changed.add(slug)
        else:
            counts.unchanged += 1
        rows[slug] = row
    gone = [slug for slug, row in existing.items() if slug not in rows and not row.retired]
    counts.retired += model.objects.filter(slug__in=gone).update(retired=True)
    return rows, changed


def _relink(
    through: Any,
    owner_field: str,
    target_field: str,
    owner: models.Model,
    targets: Iterable[models.Model],
) -> None:
    through.objects.filter(**{owner_field: owner}).delete()
    through.objects.bulk_create(
        through(**{owner_field: owner, target_field: target, "position": i}) for i, target in enumerate(targets)
    )


def _fields(model: Any, *names: str) -> dict[str, Any]:
    data = model.model_dump(mode="json", by_alias=True)
    return {name: data[name] for name in names}


QUESTION_FIELDS = (
    "tier",
    "minutes",
    "slots",
    "text",
    "wants_to_learn",
    "rubric",
    "follow_ups",
    "strong_answer",
    "weak_answer",
)


@transaction.atomic
def content_sync(*, library: ContentLibrary) -> SyncReport:
    """Bring the library tables in line with a *valid* content library (check it first)."""
    report = SyncReport()

    def counts(name: str) -> SyncCounts:
        return report.counts.setdefault(name, SyncCounts())

    families, _ = _sync_rows(
        CompetencyFamily,
        [(f.id.value, _fields(f, "name", "description"), []) for f in library.competency_families],
        counts("competency_families"),
    )
    competencies, _ = _sync_rows(
        Competency,
        [
            (
                c.id,
                {
                    "family": families[c.family.value],
                    **_fields(c, "tier", "name", "definition", "behaviours"),
                    "search_text": _search_text(*_fields(c, "name", "definition").values(), c.id),
                },
                [],
            )
            for c in library.competencies.values()
        ],
        counts("competencies"),
    )
    question_families, _ = _sync_rows(
        QuestionFamily,
        [(f.id.value, _fields(f, "name", "description", "hint"), []) for f in library.question_families],
        counts("question_families"),
    )
    _sync_rows(
        Slot,
        [(s.id, _fields(s, "label", "example"), []) for s in library.slots.values()],
        counts("slots"),
    )
    question_records: list[Record] = []
    for q in library.questions.values():
        values = _fields(q, *QUESTION_FIELDS)
        values["family"] = question_families[q.family.value]
        values["search_text"] = _search_text(values["text"], values["wants_to_learn"], q.id)
        question_records.append((q.id, values, list(q.competencies)))
    questions, changed = _sync_rows(Question, question_records, counts("questions"))
    for slug, _values, links in question_records:
        if slug in changed:
            _relink(
                QuestionCompetency,
                "question",
                "competency",
                questions[slug],
                [competencies[c] for c in links],
            )

    _sync_rows(
        CandidateQuestion,
        [(c.id, _fields(c, "text", "purpose"), []) for c in library.candidate_questions.values()],
        counts("candidate_questions"),
    )
    track_records: list[Record] = [
        (t.id, _fields(t, "name", "description", "tips"), list(t.questions)) for t in library.tracks.values()
    ]
    tracks, changed = _sync_rows(Track, track_records, counts("tracks"))
    for slug, _values, links in track_records:
        if slug in changed:
            _relink(TrackQuestion, "track", "question", tracks[slug], [questions[q] for q in links])
    return report
