"""Red flags: cue phrases (blame, money as the motive, ...) and answer-level patterns
(no concrete example, a hypothetical instead of a story, unexplained jargon)."""

from __future__ import annotations

from tactful.analysis.document import Document
from tactful.analysis.lexicon import STRONG, CompiledLexicon
from tactful.analysis.patterns import Hit
from tactful.analysis.report import RedFlag

CUE_FLAGS = ("blame", "money_motive", "badmouthing_employer", "perfection_claim", "lost_temper")
NEGATION_WINDOW = 3
SUBJECT_WINDOW = 4  # words between a temper cue and the speaker's own past verb
CONCESSION_WINDOW = 8
STORY_FAMILIES = {"behavioural"}
STORY_LABELS = {"situation", "action", "result"}
PAY_FAMILIES = {"logistics"}


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
    doc: Document,
    labels: list[str | None],
    family: str | None,
    message_lexicon: CompiledLexicon,
    *,
    labels_are_evidence: bool = False,
) -> list[RedFlag]:
    """Flags with their evidence span; messages come from `message_lexicon` (the UI language).
    `labels_are_evidence`: the STAR labels come from a classifier of each sentence, not from a
    story-shape fill, so a labelled situation and action show an episode by themselves."""
    flags: list[RedFlag] = []
    for code in CUE_FLAGS:
        for hit in doc.by_category.get(f"flag.{code}", []):
            if (
                hit.weight < STRONG
                or negated(doc, hit)
                or (code == "money_motive" and (conceded(doc, hit, CONCESSION_WINDOW) or counterfactual(doc, hit)))
            ):
                continue
            span = doc.span(hit)
            flags.append(RedFlag(code, span.start, span.end, message_lexicon.message(f"flag.{code}")))
            break  # one flag per code; its first clear occurrence is the evidence
    whole = (doc.sentences[0].start, doc.sentences[-1].end) if doc.sentences else (0, len(doc.text))
    if expects_story(family):
        if is_hypothetical(doc):
            flags.append(RedFlag("hypothetical", *whole, message_lexicon.message("flag.hypothetical")))
        elif lacks_example(doc, labels, labels_are_evidence=labels_are_evidence):
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
    """Flags the encoder backend's sentence classifier finds for phrasings the strong cues do
    not know. A sentence counts only when it is probable enough *and* touches the flag's topic
    (see `on_topic`): alone, the classifier is not precise enough (docs/analyser.md). Spans
    cover the whole sentence."""
    scorer = getattr(backend, "flag_probabilities", None)
    if scorer is None:
        return []
    threshold: float = getattr(backend, "flag_threshold", 1.0)
    out = []
    for code, probabilities in scorer(doc).items():
        if code in already or code not in CUE_FLAGS:
            continue
        candidates = [
            (p, index) for index, p in enumerate(probabilities) if p >= threshold and on_topic(doc, index, code)
        ]
        if candidates:
            sentence = doc.sentences[max(candidates)[1]]
            out.append(RedFlag(code, sentence.start, sentence.end, message_lexicon.message(f"flag.{code}")))
    return out


def on_topic(doc: Document, index: int, code: str) -> bool:
    """The sentence has a cue of the flag (weak ones name its topic: pay, a manager, mistakes,
    shouting, fault); a lost temper must also be the speaker's own past action, not the
    customer's ("he swore at me"); pay followed by "but" is a concession, not the motive
    ("the salary is good, but what decides it for me is ..."); a claim of perfection denies
    something (no mistakes, not one complaint), which "everyone makes mistakes" does not.
    The speaker's past verb must sit next to a temper cue: in "as soon as I answered, he
    started shouting" the shouting is not the speaker's."""
    cues = doc.in_sentence(index, f"flag.{code}")
    if not cues:
        return False
    if code == "lost_temper":
        own = doc.in_sentence(index, "first_person_past")
        return any(
            abs(verb.start - cue.start) <= SUBJECT_WINDOW or cue.start <= verb.start < cue.end
            for cue in cues
            if not negated(doc, cue)
            for verb in own
        )
    if code == "perfection_claim":
        return bool(doc.in_sentence(index, "negation"))
    if code == "money_motive":
        return not conceded(doc, min(cues, key=lambda h: h.start))
    return True


def conceded(doc: Document, hit: Hit, window: int | None = None) -> bool:
    """A "but" after the cue in its sentence ("pay matters, but what decides it is ..."),
    within `window` words of it when given, or opening the next sentence ("Pay matters to me,
    of course. But what I want is ..."): a strong cue is overturned only by a "but" close
    after it, not by one closing a long later clause."""
    if any(
        c.start >= hit.end and (window is None or c.start - hit.end <= window)
        for c in doc.in_sentence(hit.sentence, "contrast")
    ):
        return True
    first = next((i for i in range(hit.end, len(doc.tokens)) if doc.tokens[i].sentence > hit.sentence), None)
    return first is not None and any(c.start <= first + 1 for c in doc.in_sentence(hit.sentence + 1, "contrast"))


def counterfactual(doc: Document, hit: Hit) -> bool:
    """The cue sits in an unreal condition that is then denied: "if it were only for the money,
    I would not have lasted five years"."""
    return bool(doc.in_sentence(hit.sentence, "hypothetical")) and any(
        n.start >= hit.end for n in doc.in_sentence(hit.sentence, "negation")
    )


def without_overlap(flags: list[RedFlag]) -> list[RedFlag]:
    """A claim never to make mistakes already says why there is no example; reporting
    `no_example` as well would count the same gap twice."""
    codes = {f.code for f in flags}
    if "perfection_claim" in codes:
        return [f for f in flags if f.code != "no_example"]
    return flags


def for_question(flags: list[RedFlag], family: str | None) -> list[RedFlag]:
    """Logistics questions ask about pay, notice and hours: talking money there answers the
    question, it is not money as the motive."""
    if family in PAY_FAMILIES:
        return [f for f in flags if f.code != "money_motive"]
    return flags


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


def lacks_example(doc: Document, labels: list[str | None], *, labels_are_evidence: bool = False) -> bool:
    """No episode: no sentence labelled situation, action or result (what people usually do,
    or think, is not a story), or neither two past actions of the speaker, nor a marker of a
    concrete occasion backed by one, nor two sentences with clear situation/result cues,
    numbers or times. Labels from the story-shape fill do not count as evidence."""
    parts = STORY_LABELS & set(labels)
    if len(labels) >= 2 and not parts:
        return True
    if labels_are_evidence and "situation" in parts and len(parts) >= 2 and len(labels) >= 3:
        return False  # a situation and what was done about it (habits can look like action → result)
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
