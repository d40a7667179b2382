"""Read the whole content library and report every problem as `file:line: message`.

`read_library()` never raises for bad content: it returns the library it could build and
the list of problems, so `tactful content check` shows all of them at once and
`tactful content load` can refuse to load anything while one remains.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from tactful.content.languages import LANGUAGES
from tactful.content.schema import (
    PLACEHOLDER,
    CandidateQuestion,
    Competency,
    CompetencyFamily,
    CompetencyFamilyId,
    FlagExamples,
    Lexicon,
    Question,
    QuestionFamily,
    QuestionFamilyId,
    Slot,
    Track,
)
from tactful.content.yamlfile import Loc, YamlFile, YamlSyntaxError, read_yaml

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class ContentLibrary:
    root: Path
    competency_families: list[CompetencyFamily] = field(default_factory=list)
    competencies: dict[str, Competency] = field(default_factory=dict)
    question_families: list[QuestionFamily] = field(default_factory=list)
    questions: dict[str, Question] = field(default_factory=dict)
    candidate_questions: dict[str, CandidateQuestion] = field(default_factory=dict)
    tracks: dict[str, Track] = field(default_factory=dict)
    slots: dict[str, Slot] = field(default_factory=dict)
    lexicons: dict[str, Lexicon] = field(default_factory=dict)
    flag_examples: dict[str, list[str]] = field(default_factory=dict)
    # Raw question records (also the invalid ones), for statistics on a broken library.
    raw_questions: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


class _Reader:
    def __init__(self, root: Path, shown_root: Path | None) -> None:
        self.root = root
        self.shown_root = shown_root
        self.problems: list[Problem] = []
        self.library = ContentLibrary(root=root)
        # id -> (file, loc) of its first definition, for duplicate and reference messages
        self.seen: dict[str, tuple[YamlFile, Loc]] = {}
        # every id present in the files, even in an invalid record: references to those are
        # not reported again (the record's own problem is)
        self.declared: set[str] = set()

    def shown(self, path: Path) -> Path:
        if self.shown_root is None:
            return path
        try:
            return path.relative_to(self.shown_root)
        except ValueError:
            return path

    def problem(self, file: YamlFile | Path, loc: Loc, message: str) -> None:
        if isinstance(file, YamlFile):
            self.problems.append(Problem(self.shown(file.path), file.line_of(loc), message))
        else:
            self.problems.append(Problem(self.shown(file), 1, message))

    def open(self, path: Path) -> YamlFile | None:
        try:
            file = read_yaml(path)
        except YamlSyntaxError as exc:
            self.problems.append(Problem(self.shown(exc.path), exc.line, exc.message))
            return None
        except OSError as exc:
            self.problem(path, (), f"cannot read file: {exc.strerror}")
            return None
        if not isinstance(file.data, dict):
            self.problem(file, (), "expected a mapping at the top of the file")
            return None
        return file

    def validate(self, file: YamlFile, model: type[M], data: Any = None, prefix: Loc = ()) -> M | None:
        """Validate `data` (default: the whole file) found at `prefix` in `file`."""
        try:
            return model.model_validate(file.data if data is None else data)
        except ValidationError as exc:
            for error in exc.errors():
                loc = (*prefix, *error["loc"])
                self.problem(file, loc, f"{_describe(file.data, loc)}: {_message(error)}")
            return None

    def validate_records(
        self, file: YamlFile, key: str, model: type[M], extra: dict[str, Any] | None = None
    ) -> list[tuple[Loc, M]]:
        """Validate each record of the list `key` on its own, so one bad record does not hide
        the others; every id found is remembered as declared, valid or not."""
        records = file.data.get(key)
        if not isinstance(records, list) or not records:
            self.problem(file, (key,), f"'{key}' must be a non-empty list")
            return []
        valid: list[tuple[Loc, M]] = []
        for i, record in enumerate(records):
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                self.declared.add(record["id"])
            data = {**(extra or {}), **record} if isinstance(record, dict) else record
            if (item := self.validate(file, model, data, (key, i))) is not None:
                valid.append(((key, i), item))
        return valid

    def claim_id(self, file: YamlFile, loc: Loc, ident: str) -> bool:
        if ident in self.seen:
            first, first_loc = self.seen[ident]
            where = f"{self.shown(first.path)}:{first.line_of(first_loc)}"
            self.problem(file, loc, f"duplicate id '{ident}' (first defined at {where})")
            return False
        self.seen[ident] = (file, loc)
        return True


def read_library(root: Path, *, shown_root: Path | None = None) -> tuple[ContentLibrary, list[Problem]]:
    """Read `root` (the `content/` folder). Paths in problems are relative to `shown_root`."""
    reader = _Reader(root, shown_root)
    lib = reader.library
    if not root.is_dir():
        reader.problem(root, (), "content folder not found")
        return lib, reader.problems

    _read_competencies(reader, root / "competencies.yaml")
    file = _required(reader, root / "question_families.yaml")
    if file:
        _top_level_keys(reader, file, {"question_families"})
        lib.question_families = [f for _, f in reader.validate_records(file, "question_families", QuestionFamily)]
        _require_all(reader, file, [f.id for f in lib.question_families], QuestionFamilyId, "question family")
    file = _required(reader, root / "slots.yaml")
    if file:
        _top_level_keys(reader, file, {"slots"})
        lib.slots = {slot.id: slot for _, slot in reader.validate_records(file, "slots", Slot)}
    question_files = sorted((root / "questions").glob("*.yaml"))
    if not question_files:
        reader.problem(root / "questions", (), "no question files (questions/*.yaml)")
    for path in question_files:
        _read_questions(reader, path)
    file = _required(reader, root / "candidate_questions.yaml")
    if file:
        _top_level_keys(reader, file, {"candidate_questions"})
        for loc, cq in reader.validate_records(file, "candidate_questions", CandidateQuestion):
            if reader.claim_id(file, (*loc, "id"), cq.id):
                lib.candidate_questions[cq.id] = cq
    for path in sorted((root / "tracks").glob("*.yaml")):
        _read_track(reader, path)
    _read_lexicons(reader, root / "lexicons")
    examples = root / "flag_examples.yaml"
    file = reader.open(examples) if examples.exists() else None
    if file and (parsed := reader.validate(file, FlagExamples)):
        lib.flag_examples = {code: list(s) for code, s in parsed.flag_examples.items()}
    return lib, sorted(reader.problems)


def _required(reader: _Reader, path: Path) -> YamlFile | None:
    if not path.exists():
        reader.problem(path, (), "required file is missing")
        return None
    return reader.open(path)


def _read_competencies(reader: _Reader, path: Path) -> None:
    file = _required(reader, path)
    if not file:
        return
    lib = reader.library
    _top_level_keys(reader, file, {"families", "competencies"})
    families = reader.validate_records(file, "families", CompetencyFamily)
    lib.competency_families = [family for _, family in families]
    _require_all(
        reader,
        file,
        [f.id for f in lib.competency_families],
        CompetencyFamilyId,
        "competency family",
    )
    for loc, comp in reader.validate_records(file, "competencies", Competency):
        if reader.claim_id(file, (*loc, "id"), comp.id):
            lib.competencies[comp.id] = comp


def _read_questions(reader: _Reader, path: Path) -> None:
    file = reader.open(path)
    if not file:
        return
    lib = reader.library
    raw = file.data.get("questions")
    if isinstance(raw, list):
        lib.raw_questions.extend((str(file.data.get("family")), q) for q in raw if isinstance(q, dict))
    _top_level_keys(reader, file, {"family", "questions"})
    family = file.data.get("family")
    if family not in {f.value for f in QuestionFamilyId}:
        known = ", ".join(f.value for f in QuestionFamilyId)
        reader.problem(file, ("family",), f"family: unknown question family {family!r} (one of: {known})")
        return
    for loc, q in reader.validate_records(file, "questions", Question, {"family": family}):
        if reader.claim_id(file, (*loc, "id"), q.id) and _check_question(reader, file, loc, q):
            lib.questions[q.id] = q


def _check_question(reader: _Reader, file: YamlFile, loc: Loc, q: Question) -> bool:
    lib = reader.library
    ok = True
    for j, comp in enumerate(q.competencies):
        if comp not in reader.declared:
            reader.problem(file, (*loc, "competencies", j), f"question '{q.id}': unknown competency '{comp}'")
            ok = False
    technical = q.family is QuestionFamilyId.TECHNICAL
    if technical and q.tier is None:
        reader.problem(file, (*loc, "id"), f"question '{q.id}': technical questions need a tier (1-3)")
        ok = False
    if not technical and q.tier is not None:
        reader.problem(file, (*loc, "tier"), f"question '{q.id}': only technical questions have a tier")
        ok = False
    by_language = q.text.placeholders()
    english = by_language[LANGUAGES[0]]
    for lang, found in by_language.items():
        if found != english:
            reader.problem(
                file,
                (*loc, "text", lang),
                f"question '{q.id}': slots in '{lang}' {sorted(found)} differ from 'en' {sorted(english)}",
            )
            ok = False
    if set(q.slots) != english:
        reader.problem(
            file,
            (*loc, "slots"),
            f"question '{q.id}': slots {sorted(q.slots)} must list the placeholders {sorted(english)}",
        )
        ok = False
    for slot in sorted(english):
        if lib.slots and slot not in lib.slots:
            reader.problem(
                file,
                (*loc, "text"),
                f"question '{q.id}': unknown slot '{{{slot}}}' (see slots.yaml)",
            )
            ok = False
    return ok


def _read_track(reader: _Reader, path: Path) -> None:
    file = reader.open(path)
    if not file or not (track := reader.validate(file, Track)):
        return
    if not reader.claim_id(file, ("id",), track.id):
        return
    for j, qid in enumerate(track.questions):
        if qid not in reader.declared:
            reader.problem(file, ("questions", j), f"track '{track.id}': unknown question '{qid}'")
    reader.library.tracks[track.id] = track


def _read_lexicons(reader: _Reader, folder: Path) -> None:
    """Analyser lexicons: valid patterns, one per language, the same keys as English."""
    from tactful.analysis.patterns import PatternError, parse_pattern

    files: dict[str, YamlFile] = {}
    for lang in LANGUAGES:
        path = folder / f"{lang}.yaml"
        file = _required(reader, path)
        if not file or not (lexicon := reader.validate(file, Lexicon)):
            continue
        if lexicon.language != lang:
            reader.problem(file, ("language",), f"language is {lexicon.language!r} but the file is {lang}.yaml")
        for category, cues in lexicon.cues.items():
            for strength in ("strong", "weak"):
                for i, source in enumerate(getattr(cues, strength)):
                    try:
                        parse_pattern(source, category, 1.0)
                    except PatternError as exc:
                        reader.problem(file, ("cues", category, strength, i), f"cues.{category}: {exc}")
        reader.library.lexicons[lang] = lexicon
        files[lang] = file
    english = reader.library.lexicons.get(LANGUAGES[0])
    if english is None:
        return
    for lang, lexicon in reader.library.lexicons.items():
        for section, theirs, ours in (
            ("cues", set(lexicon.cues), set(english.cues)),
            ("messages", set(lexicon.messages), set(english.messages)),
        ):
            for key in sorted(ours - theirs):
                reader.problem(files[lang], (section,), f"{section}.{key} is missing (present in en.yaml)")
            for key in sorted(theirs - ours):
                reader.problem(files[lang], (section, key), f"{section}.{key} is not in en.yaml")
        for key, text in lexicon.messages.items():
            want = set(PLACEHOLDER.findall(english.messages.get(key, text)))
            if set(PLACEHOLDER.findall(text)) != want:
                reader.problem(files[lang], ("messages", key), f"messages.{key}: placeholders must be {sorted(want)}")


def _top_level_keys(reader: _Reader, file: YamlFile, allowed: set[str]) -> None:
    for key in file.data:
        if key not in allowed:
            reader.problem(file, (key,), f"{key}: unknown field (expected {', '.join(sorted(allowed))})")


def _require_all(reader: _Reader, file: YamlFile, found: Iterable[str], enum: Any, what: str) -> None:
    present = set(found)
    for member in enum:
        if member.value not in present:
            reader.problem(file, (), f"{what} '{member.value}' is not described")


def _describe(data: Any, loc: Loc) -> str:
    """`questions[3] (beh-x).text` — where in the file, with the record's id when known."""
    parts: list[str] = []
    node = data
    for part in loc:
        if isinstance(part, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{part}]"]
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                parts[-1] += f" ({node['id']})"
        else:
            parts.append(str(part))
            node = node.get(part) if isinstance(node, dict) else None
    return ".".join(parts) or "file"


def _message(error: Any) -> str:
    msg = str(error["msg"])
    msg = msg.removeprefix("Value error, ")
    if error["type"] == "missing":
        return "required field is missing"
    if error["type"] == "extra_forbidden":
        return "unknown field"
    return msg
