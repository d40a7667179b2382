"""Builds a small, valid content library in a folder, for tests that edit or break content.

Texts are tagged per language ("[ru] ...") so a test can tell which language it sees.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from tactful.content.languages import LANGUAGES
from tactful.content.schema import CompetencyFamilyId, QuestionFamilyId


def local(text: str) -> dict[str, str]:
    return {lang: f"[{lang}] {text}" for lang in LANGUAGES}


def question(qid: str, *, competencies: list[str], text: str | None = None, tier: int | None = None) -> dict[str, Any]:
    return {
        "id": qid,
        "competencies": competencies,
        "tier": tier,
        "minutes": 5,
        "slots": [],
        "text": local(text or f"Question {qid}?"),
        "wants_to_learn": local("What we learn"),
        "rubric": {1: local("Poor"), 3: local("Adequate"), 5: local("Excellent")},
        "follow_ups": [local("Probe one?"), local("Probe two?")],
        "strong_answer": {"text": local("Strong answer."), "why": local("Why strong.")},
        "weak_answer": {"text": local("Weak answer."), "why": local("Why weak.")},
    }


COMPETENCIES = [
    ("empathy", "personal_qualities", None),
    ("active_listening", "professional_skills", None),
    ("problem_solving", "professional_skills", None),
    ("ownership", "professional_skills", None),
    ("communication", "professional_skills", None),
    ("honesty", "values", None),
    ("motive_helping", "motivations", None),
    ("networking", "technical_skills", 2),
]


REAL_CONTENT = Path(__file__).resolve().parents[1] / "content"


def write_library(root: Path) -> Path:
    """Write a valid library under `root` and return `root` (lexicons copied from content/)."""
    (root / "questions").mkdir(parents=True, exist_ok=True)
    shutil.copytree(REAL_CONTENT / "lexicons", root / "lexicons", dirs_exist_ok=True)
    (root / "tracks").mkdir(exist_ok=True)
    dump(
        root / "competencies.yaml",
        {
            "families": [
                {"id": f.value, "name": local(f.value), "description": local(f"About {f.value}")}
                for f in CompetencyFamilyId
            ],
            "competencies": [
                {
                    "id": cid,
                    "family": family,
                    "tier": tier,
                    "name": local(cid.replace("_", " ").title()),
                    "definition": local(f"Definition of {cid}"),
                    "behaviours": [local(f"{cid} behaviour 1"), local(f"{cid} behaviour 2")],
                }
                for cid, family, tier in COMPETENCIES
            ],
        },
    )
    dump(
        root / "question_families.yaml",
        {
            "question_families": [
                {
                    "id": f.value,
                    "name": local(f.value),
                    "description": local("About"),
                    "hint": local("Hint"),
                }
                for f in QuestionFamilyId
            ]
        },
    )
    dump(
        root / "slots.yaml",
        {"slots": [{"id": "technology", "label": local("technology"), "example": local("DNS")}]},
    )
    dump(
        root / "questions" / "behavioural.yaml",
        {
            "family": "behavioural",
            "questions": [
                question(
                    "beh-hardest-customer",
                    competencies=["empathy", "ownership"],
                    text="Tell me about your hardest customer.",
                ),
                question(
                    "beh-own-mistake",
                    competencies=["honesty", "ownership"],
                    text="Tell me about a mistake you made.",
                ),
            ],
        },
    )
    tech = question("tech-explain", competencies=["networking", "communication"], tier=2)
    tech["text"] = {lang: f"[{lang}] Explain how {{technology}} works." for lang in LANGUAGES}
    tech["slots"] = ["technology"]
    dump(
        root / "questions" / "technical.yaml",
        {
            "family": "technical",
            "questions": [tech, question("tech-dns", competencies=["networking"], tier=2)],
        },
    )
    dump(
        root / "candidate_questions.yaml",
        {
            "candidate_questions": [
                {
                    "id": "ask-challenges",
                    "text": local("What is hard here?"),
                    "purpose": local("Shows interest"),
                }
            ]
        },
    )
    dump(
        root / "tracks" / "call-centre.yaml",
        {
            "id": "call-centre",
            "name": local("Call centre"),
            "description": local("Phone support"),
            "questions": ["beh-hardest-customer", "beh-own-mistake", "tech-explain"],
            "tips": [local("Practise aloud"), local("Smile on the phone")],
        },
    )
    return root


def dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))
