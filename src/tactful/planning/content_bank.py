"""The planner's view of the shipped content library, and profile files for the command line.

`bank_from_library()` turns the content questions into `BankQuestion`s (the hiring app builds
its own from the database, with an organisation's questions added). `read_profile_file()`
reads a profile YAML (`tactful kit --profile FILE`) and reports every mistake as
`file: problem` instead of raising.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tactful.content import ContentLibrary
from tactful.planning.model import BankQuestion, Profile


def bank_from_library(library: ContentLibrary) -> list[BankQuestion]:
    return [
        BankQuestion(
            id=q.id,
            family=q.family.value,
            minutes=q.minutes,
            competencies=tuple(q.competencies),
            tier=q.tier,
            languages=frozenset(lang for lang, text in q.text.root.items() if text.strip()),
        )
        for q in library.questions.values()
    ]


class _ProfileSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    competencies: dict[str, int] = Field(min_length=1)
    must_have: list[str] = Field(default_factory=list)
    tier: Literal[1, 2, 3] | None = None
    slots: dict[str, str] = Field(default_factory=dict)
    pinned: list[str] = Field(default_factory=list)
    excluded: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class ProfileFile:
    profile: Profile
    slots: dict[str, str]
    pinned: tuple[str, ...]
    excluded: frozenset[str]


def read_profile_file(path: Path, library: ContentLibrary | None = None) -> tuple[ProfileFile | None, list[str]]:
    """Read a profile YAML. With `library`, competency, question and slot ids are checked too."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return None, [f"{path}: cannot read file: {exc.strerror}"]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        return None, [f"{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})"]
    try:
        parsed = _ProfileSchema.model_validate(data)
    except ValidationError as exc:
        return None, [
            f"{path}: {'.'.join(str(part) for part in error['loc']) or 'top level'}: {error['msg']}"
            for error in exc.errors()
        ]
    problems = [
        f"{path}: competencies.{c}: weight must be between 1 and 5, not {w}"
        for c, w in parsed.competencies.items()
        if not 1 <= w <= 5
    ]
    if library is not None:
        known = library.competencies
        problems += [f"{path}: competencies: unknown competency '{c}'" for c in parsed.competencies if c not in known]
        problems += [f"{path}: must_have: unknown competency '{c}'" for c in parsed.must_have if c not in known]
        for key, ids in (("pinned", parsed.pinned), ("excluded", parsed.excluded)):
            problems += [f"{path}: {key}: unknown question '{q}'" for q in ids if q not in library.questions]
        problems += [f"{path}: slots: unknown slot '{s}'" for s in parsed.slots if s not in library.slots]
    if problems:
        return None, problems
    profile = Profile(weights=dict(parsed.competencies), must_haves=frozenset(parsed.must_have), tier=parsed.tier)
    return ProfileFile(profile, dict(parsed.slots), tuple(parsed.pinned), frozenset(parsed.excluded)), []
