"""Pydantic models of the content files.

Only shape and per-record rules live here (every language present, slots consistent, tier
only for technical items). Rules that span records (unique ids, references between files)
are in `tactful.content.reader`, where file and line are known.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, field_validator, model_validator

from tactful.content.languages import LANGUAGES

SLUG = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalText(RootModel[dict[str, str]]):
    """One text in every language of `LANGUAGES`."""

    @model_validator(mode="after")
    def _every_language(self) -> LocalText:
        texts = self.root
        missing = [lang for lang in LANGUAGES if not (texts.get(lang) or "").strip()]
        if missing:
            raise ValueError(f"missing language(s): {', '.join(missing)}")
        unknown = sorted(set(texts) - set(LANGUAGES))
        if unknown:
            raise ValueError(f"unknown language key(s): {', '.join(unknown)}")
        return self

    def get(self, language: str) -> str:
        return self.root.get(language) or self.root[LANGUAGES[0]]

    def placeholders(self) -> dict[str, set[str]]:
        return {lang: set(PLACEHOLDER.findall(text)) for lang, text in self.root.items()}


class CompetencyFamilyId(StrEnum):
    VALUES = "values"
    PERSONAL_QUALITIES = "personal_qualities"
    MOTIVATIONS = "motivations"
    PROFESSIONAL_SKILLS = "professional_skills"
    TECHNICAL_SKILLS = "technical_skills"


class QuestionFamilyId(StrEnum):
    """Question families in the order an interview runs through them."""

    PHILOSOPHY = "philosophy"
    MOTIVATION = "motivation"
    COMPANY = "company"
    BEHAVIOURAL = "behavioural"
    SITUATIONAL = "situational"
    PROBLEM_SOLVING = "problem_solving"
    TECHNICAL = "technical"
    REMOTE = "remote"
    LOGISTICS = "logistics"


class CompetencyFamily(Strict):
    id: CompetencyFamilyId
    name: LocalText
    description: LocalText


class Competency(Strict):
    id: str = Field(pattern=SLUG)
    family: CompetencyFamilyId
    tier: Literal[1, 2, 3] | None = None
    name: LocalText
    definition: LocalText
    behaviours: list[LocalText] = Field(min_length=2)

    @model_validator(mode="after")
    def _tier_only_for_technical(self) -> Competency:
        technical = self.family is CompetencyFamilyId.TECHNICAL_SKILLS
        if technical and self.tier is None:
            raise ValueError("technical skills need a tier (1, 2 or 3)")
        if not technical and self.tier is not None:
            raise ValueError("only technical skills have a tier")
        return self


class SampleAnswer(Strict):
    text: LocalText
    why: LocalText


class Rubric(Strict):
    """Anchors for ratings 1, 3 and 5; 2 and 4 lie between them."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    poor: LocalText = Field(alias="1")
    adequate: LocalText = Field(alias="3")
    excellent: LocalText = Field(alias="5")

    @model_validator(mode="before")
    @classmethod
    def _int_keys(cls, data: object) -> object:
        # YAML reads `1:` as an int key; the aliases are strings.
        if isinstance(data, dict):
            return {str(k): v for k, v in data.items()}
        return data


class Question(Strict):
    id: str = Field(pattern=SLUG)
    family: QuestionFamilyId
    competencies: list[str] = Field(min_length=1, max_length=3)
    tier: Literal[1, 2, 3] | None = None
    minutes: int = Field(ge=1, le=30)
    slots: list[str] = Field(default_factory=list)
    text: LocalText
    wants_to_learn: LocalText
    rubric: Rubric
    follow_ups: list[LocalText] = Field(min_length=2)
    strong_answer: SampleAnswer
    weak_answer: SampleAnswer

    @field_validator("competencies")
    @classmethod
    def _no_repeats(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a competency is listed twice")
        return value


class QuestionFamily(Strict):
    id: QuestionFamilyId
    name: LocalText
    description: LocalText
    hint: LocalText


class Slot(Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    label: LocalText
    example: LocalText


class CandidateQuestion(Strict):
    id: str = Field(pattern=SLUG)
    text: LocalText
    purpose: LocalText


class Track(Strict):
    id: str = Field(pattern=SLUG)
    name: LocalText
    description: LocalText
    questions: list[str] = Field(min_length=3)
    tips: list[LocalText] = Field(min_length=2)


class CueList(Strict):
    strong: list[str] = Field(default_factory=list)
    weak: list[str] = Field(default_factory=list)


class Lexicon(Strict):
    """Cue phrases and messages the answer analyser uses for one language."""

    language: str = Field(pattern=r"^[a-z]{2}$")
    abbreviations: list[str] = Field(default_factory=list)
    number_words: list[str] = Field(default_factory=list)
    stopwords: list[str] = Field(min_length=10)
    cues: dict[str, CueList]
    messages: dict[str, str]


FlagCode = Literal["blame", "money_motive", "badmouthing_employer", "perfection_claim", "lost_temper"]


class FlagExamples(Strict):
    """Example sentences per red flag (any of the languages) for the encoder backend."""

    flag_examples: dict[FlagCode, list[str]]

    @field_validator("flag_examples")
    @classmethod
    def _enough(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for code, sentences in value.items():
            if len([s for s in sentences if s.strip()]) < 3:
                raise ValueError(f"{code}: give at least three example sentences")
        return value
