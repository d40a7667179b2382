"""Red flags: cue phrases (blame, money as the motive, ...) and answer-level patterns
(no concrete example, a hypothetical instead of a story, unexplained jargon)."""

from __future__ import annotations

from tactful.analysis.document import Document
from tactful.analysis.lexicon import STRONG, CompiledLexicon
from tactful.analysis.patterns import Hit
from tactful.analysis.report import RedFlag

CUE_FLAGS = ("blame", "money_motive", "badmouthing_employer", "perfection_claim", "lost_temper")
NEGATION_WINDOW = 3
STORY_FAMILIES = {"behavioural"}


def negated(doc: Document, hit: Hit) -> bool:
    """A negation just before the cue, or inside it where the cue itself has no negation
    ("I never shouted" is not "I shouted"; "I never make mistakes" keeps its own "never")."""
    own_words = set(hit.source.replace("|", " ").split())
    for neg in doc.in_sentence(hit.sentence, "negation"):
        if hit.start - NEGATION_WINDOW <= neg.start < hit.start:
            return True
        if hit.start <= neg.start < hit.end and doc.tokens[neg.start].lower not in own_words:
            return True
    return False


def red_flags(
    doc: Document, labels: list[str | None], family: str | None, message_lexicon: CompiledLexicon
) -> list[RedFlag]:
    """Flags with their evidence span; messages come from `message_lexicon` (the UI language)."""
    flags: list[RedFlag] = []
    for code in CUE_FLAGS:
        for hit in doc.by_category.get(f"flag.{code}", []):
            if hit.weight < STRONG or negated(doc, hit):
                continue
            span = doc.span(hit)
            flags.append(RedFlag(code, span.start, span.end, message_lexicon.message(f"flag.{code}")))
            break  # one flag per code; its first clear occurrence is the evidence
    whole = (doc.sentences[0].start, doc.sentences[-1].end) if doc.sentences else (0, len(doc.text))
    if expects_story(family):
        if is_hypothetical(doc):
            flags.append(RedFlag("hypothetical", *whole, message_lexicon.message("flag.hypothetical")))
        elif lacks_example(doc, labels):
            flags.append(RedFlag("no_example", *whole, message_lexicon.message("flag.no_example")))
    jargon = jargon_terms(doc)
    if jargon:
        first, last = jargon[0], jargon[-1]
        flags.append(
            RedFlag(
                "jargon",
                doc.tokens[first].start,
                doc.tokens[last].end,
                message_lexicon.message("flag.jargon"),
            )
        )
    return flags


def semantic_flags(
    doc: Document, backend: object, already: set[str], message_lexicon: CompiledLexicon
) -> list[RedFlag]:
    """Flags the encoder backend finds by resemblance to example sentences, for phrasings the
    cue lexicon does not know; spans cover the whole sentence. Negated sentences are skipped."""
    finder = getattr(backend, "flag_sentences", None)
    if finder is None:
        return []
    out = []
    for code, index in finder(doc).items():
        if code in already or code not in CUE_FLAGS:
            continue
        sentence = doc.sentences[index]
        out.append(RedFlag(code, sentence.start, sentence.end, message_lexicon.message(f"flag.{code}")))
    return out


def expects_story(family: str | None) -> bool:
    return family is None or family in STORY_FAMILIES


def past_actions(doc: Document) -> int:
    return doc.count("first_person_past")


def is_hypothetical(doc: Document) -> bool:
    """Most sentences say what the speaker *would* do, and at most one tells what they did."""
    hypothetical, story = 0, 0
    for index in range(len(doc.sentences)):
        would = sum(1 for h in doc.in_sentence(index, "hypothetical") if h.weight >= STRONG)
        did = len(doc.in_sentence(index, "first_person_past"))
        hypothetical += would > did
        story += did > would
    return hypothetical >= 2 and hypothetical >= 0.4 * len(doc.sentences) and story <= 1


def lacks_example(doc: Document, labels: list[str | None]) -> bool:
    """No episode: neither two past actions of the speaker, nor a marker of a concrete
    occasion backed by one, nor two sentences with clear situation/result cues, numbers or
    times. Labels from the story-shape fill do not count as evidence."""
    actions = past_actions(doc)
    if actions >= 2 or (actions and doc.count("experience_frame")):
        return False
    evidence = {h.sentence for h in doc.by_category.get("first_person_past", [])}
    for category in ("star.situation", "star.result"):
        evidence |= {h.sentence for h in doc.by_category.get(category, []) if h.weight >= STRONG}
    evidence |= {t.sentence for t in doc.tokens if t.is_number and t.lower[0].isdigit()}
    evidence |= {h.sentence for h in doc.by_category.get("time", []) if h.end - h.start > 1}
    return len(evidence) <= 1


def jargon_terms(doc: Document) -> list[int]:
    """Token indices of unexplained technical terms, when they are dense enough to lose a
    customer. A few plain-language explanations ("in other words", "imagine") excuse a few terms."""
    indices = {i for h in doc.by_category.get("jargon", []) for i in range(h.start, h.end)}
    indices |= {i for i, t in enumerate(doc.tokens) if looks_like_acronym(t.text)}
    explained = doc.count("explain")
    words = len(doc.tokens)
    if len(indices) >= 4 and len(indices) >= 0.06 * words and explained * 3 < len(indices):
        return sorted(indices)
    return []


def looks_like_acronym(text: str) -> bool:
    """DNS, NAT-i (Estonian case ending), IaaS, UPnP, GHz; not "I", "OK" or a capitalised word."""
    core = text.split("-")[0].split("'")[0]
    if not 2 <= len(core) <= 6 or core in {"OK", "I"}:
        return False
    capitals = sum(1 for c in core if c.isupper())
    return core.isupper() or (capitals >= 2 and not core.istitle())
