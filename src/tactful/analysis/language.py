"""Which of the five languages an answer is in.

pycld2 (when installed) recognises about 80 languages in microseconds, so an answer in German
is reported as German rather than forced into one of ours; Bosnian and Serbian in Latin script
count as Croatian (one pluricentric language). Short texts that cld2 cannot call fall back to
counting each lexicon's stopwords, with Cyrillic script deciding for Russian.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

SUPPORTED = ("en", "ru", "et", "hr", "sk")
MERGE = {"bs": "hr", "sr": "hr", "sh": "hr", "hbs": "hr"}
WORD = re.compile(r"\w+", re.UNICODE)
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def detect(text: str, stopwords: Mapping[str, frozenset[str]]) -> str:
    """An ISO 639-1 code; one of SUPPORTED when the text is in one of them, else another code
    or 'und' when nothing can be said."""
    found = _cld2(text)
    if found is not None:
        return found
    return _by_stopwords(text, stopwords)


def _cld2(text: str) -> str | None:
    try:
        import pycld2
    except ImportError:
        return None
    try:
        reliable, _bytes, details = pycld2.detect(text)
    except pycld2.error:
        return None
    code = details[0][1]
    if code in MERGE and len(CYRILLIC.findall(text)) > len(text) * 0.3:
        # Serbian/Bosnian in Cyrillic is far likelier to be a short Russian answer here;
        # only Latin-script Serbo-Croatian counts as Croatian.
        code = "ru" if len(WORD.findall(text)) < 12 else code
    code = MERGE.get(code, code) if not CYRILLIC.search(text) else code
    if code in SUPPORTED and (reliable or details[0][2] >= 60):
        return str(code)
    if reliable and code not in ("un", "xxx") and len(WORD.findall(text)) >= 8:
        return str(code)
    return None


def _by_stopwords(text: str, stopwords: Mapping[str, frozenset[str]]) -> str:
    words = [w.lower() for w in WORD.findall(text)]
    if not words:
        return "und"
    cyrillic = len(CYRILLIC.findall(text))
    if cyrillic > len(text) * 0.2:
        return "ru"
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in stopwords.items() if lang != "ru"}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "und"
