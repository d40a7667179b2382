"""The answer analyser: one interview answer in, an `AnswerReport` out.

Pure Python: imports nothing from Django, so the web app, API, CLI, practice mode and the
evaluation all call the same `analyse()`. User mistakes (empty text, a novel, a language we do
not support, an unknown question) come back as `report.error`, never as exceptions.

    from tactful.analysis import analyse
    report = analyse("Last year a customer called ...", question="beh-hardest-customer")
    report.to_dict()
"""

from __future__ import annotations

from functools import cache

from tactful.analysis.advice import Findings, suggest_rating, tips
from tactful.analysis.backends import available_backends, backend_for
from tactful.analysis.document import prepare
from tactful.analysis.evidence import competency_evidence
from tactful.analysis.flags import expects_story, for_question, red_flags, semantic_flags, without_overlap
from tactful.analysis.language import SUPPORTED, detect
from tactful.analysis.lexicon import lexicon_digest, load_lexicon, stopword_sets
from tactful.analysis.measures import clarity, specificity
from tactful.analysis.questions import question_info
from tactful.analysis.report import AnalysisError, AnswerReport, SentenceReport
from tactful.analysis.star import summarise

__all__ = ["MAX_WORDS", "SUPPORTED", "AnswerReport", "analyse", "available_backends", "version"]

ENGINE_VERSION = "1.0"
MAX_WORDS = 5000


@cache
def version(backend: str = "lexical") -> str:
    """Engine version plus a digest of the lexicons, so an edited lexicon is a new version."""
    digests = "".join(lexicon_digest(lang)[:4] for lang in SUPPORTED)
    return f"{ENGINE_VERSION}+{backend}.{digests}"


def analyse(
    text: str,
    question: str | None = None,
    language: str | None = None,
    *,
    ui_language: str | None = None,
    backend: str | None = None,
) -> AnswerReport:
    """Analyse one answer. `language` is an ISO 639-1 code or None to detect it; tips and
    messages are in `ui_language` when given, else in the answer's language."""

    def error(code: str, message: str, lang: str = "und", detected: str | None = None) -> AnswerReport:
        name = backend or "lexical"
        return AnswerReport(
            language=lang,
            backend=name,
            version=version(name) if name in available_backends() else ENGINE_VERSION,
            question=question,
            detected_language=detected,
            error=AnalysisError(code, message),
        )

    if not isinstance(text, str):
        return error("invalid_input", "The answer must be text.")
    if not text.strip():
        return error("empty", "The answer is empty.")
    if "\x00" in text or sum(1 for c in text[:2000] if ord(c) < 32 and c not in "\n\r\t") > 5:
        return error("not_text", "The answer contains binary data, not text.")
    words = len(text.split())
    if words > MAX_WORDS:
        return error("too_long", f"The answer has {words} words; the limit is {MAX_WORDS}.")
    if backend is not None and backend not in available_backends():
        known = ", ".join(sorted(available_backends()))
        return error("unknown_backend", f"Unknown or unavailable backend {backend!r} (available: {known}).")
    info = None
    if question is not None:
        info = question_info(question)
        if info is None:
            return error("unknown_question", f"There is no question {question!r} in the bank.")
    if ui_language is not None and ui_language not in SUPPORTED:
        return error("unsupported_language", f"Unsupported interface language {ui_language!r}.", ui_language)
    detected = detect(text, stopword_sets())
    lang = language or detected
    if lang not in SUPPORTED:
        supported = ", ".join(SUPPORTED)
        return error(
            "unsupported_language",
            f"The answer seems to be in {lang!r}; Tactful analyses {supported}.",
            lang,
            detected,
        )

    lexicon = load_lexicon(lang)
    messages = load_lexicon(ui_language or lang)
    doc = prepare(text, lang, lexicon)
    star_backend = backend_for(backend, lang)
    labels = star_backend.label(doc, story_expected=expects_story(info.family if info else None))
    star = summarise(labels)
    flags = red_flags(
        doc,
        labels,
        info.family if info else None,
        messages,
        labels_are_evidence=star_backend.labels_are_evidence,
    )
    flags += semantic_flags(doc, star_backend, {f.code for f in flags}, messages)
    flags = for_question(without_overlap(flags), info.family if info else None)
    comps = competency_evidence(doc, info.competencies if info else ())
    spec = specificity(doc)
    clear = clarity(doc)
    findings = Findings(star, comps, flags, spec, clear, info, messages)
    return AnswerReport(
        language=lang,
        backend=star_backend.name,
        version=version(star_backend.name),
        question=question,
        detected_language=detected,
        sentences=[SentenceReport(s.start, s.end, label) for s, label in zip(doc.sentences, labels, strict=True)],
        star=star,
        competencies=comps,
        red_flags=flags,
        specificity=spec,
        clarity=clear,
        rating=suggest_rating(findings),
        tips=tips(doc, findings),
    )
