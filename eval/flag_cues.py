"""How well a language's flag lexicon covers the written flag sentences.

    python eval/flag_cues.py hr [FILE.yaml ...]   # default: eval/train/flags/<lang>.yaml

For each cue flag: the share of its example sentences with a strong cue (which raises the flag
on its own) and with any cue (strong or weak: the topic the encoder's classifier needs); then
every strong cue that fires on a `none` look-alike or on a strong sample answer of the
question bank (ordinary candidate sentences), which is a precision bug to fix. Coverage of
sentences you tuned the patterns on overstates what unseen answers will get: write new
sentences first, measure, then tune.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from tactful.analysis.document import prepare
from tactful.analysis.flags import CONCESSION_WINDOW, CUE_FLAGS, conceded, negated
from tactful.analysis.lexicon import STRONG, load_lexicon

ROOT = Path(__file__).resolve().parents[1]


def cue_codes(text: str, lang: str) -> tuple[set[str], set[str]]:
    """(codes with a strong cue that raises the flag, codes with any cue)."""
    doc = prepare(text, lang, load_lexicon(lang))
    strong, any_cue = set(), set()
    for code in CUE_FLAGS:
        for hit in doc.by_category.get(f"flag.{code}", []):
            any_cue.add(code)
            if hit.weight < STRONG or negated(doc, hit):
                continue
            if code == "money_motive" and conceded(doc, hit, CONCESSION_WINDOW):
                continue
            strong.add(code)
    return strong, any_cue


def sample_answers(lang: str) -> list[str]:
    out = []
    for path in sorted((ROOT / "content" / "questions").glob("*.yaml")):
        for question in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            text = ((question.get("strong_answer") or {}).get("text") or {}).get(lang)
            if text:
                out.append(text)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or [ROOT / "eval" / "train" / "flags" / f"{args.lang}.yaml"]
    sentences: dict[str, list[str]] = {}
    for path in files:
        for code, items in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            sentences.setdefault(code, []).extend(items)
    for code in CUE_FLAGS:
        items = sentences.get(code, [])
        if items:
            found = [cue_codes(s, args.lang) for s in items]
            strong = sum(code in f[0] for f in found) / len(items)
            any_cue = sum(code in f[1] for f in found) / len(items)
            print(f"{code:22s} {len(items):4d} sentences  strong cue {strong:4.0%}  any cue {any_cue:4.0%}")
    false = [(c, s) for s in sentences.get("none", []) for c in cue_codes(s, args.lang)[0]]
    answers = sample_answers(args.lang)
    false += [(c, a[:120]) for a in answers for c in cue_codes(a, args.lang)[0]]
    looks = len(sentences.get("none", []))
    print(f"false strong cues: {len(false)} in {looks} look-alikes and {len(answers)} sample answers")
    for code, text in false:
        print(f"  {code}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
