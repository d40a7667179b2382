"""Demo hiring data for `tactful demo`: a "Tier-1 chat agent" portrait, its planned kit, and an
opening with five candidates at different stages. Idempotent: a second run finds what the first
made and adds nothing. `demo_hiring_ensure` returns the rows, so the interviews demo can add
interviews to these candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from tactful.accounts.permissions import Actor
from tactful.hiring.models import Candidate, Kit, Opening, Portrait, Stage
from tactful.hiring.services.kits import kit_create
from tactful.hiring.services.portraits import portrait_competency_set, portrait_create
from tactful.library.models import Question

PORTRAIT_NAME = "Tier-1 chat agent"
OPENING_TITLE = "Chat support agent (Tier 1)"
WEIGHTS = {  # competency: (weight, must-have)
    "empathy": (5, True),
    "writing": (5, True),
    "de_escalation": (4, False),
    "emotion_recognition": (4, False),
    "active_listening": (4, False),
    "time_management": (3, False),
    "troubleshooting": (3, False),
    "product_knowledge": (2, False),
}
TERMS = {
    "company": "Northwind Telecom",
    "product": "our router app",
    "technology": "the Northwind router app",
    "common_issue": "the Wi-Fi keeps dropping",
    "tool": "Zendesk",
}
CANDIDATES = [
    ("Mari Tamm", "mari.tamm@example.com", "LinkedIn", Stage.INTERVIEW),
    ("Ivan Petrov", "ivan.petrov@example.com", "Referral", Stage.INTERVIEW),
    ("Ana Horvat", "ana.horvat@example.com", "Careers page", Stage.SCREENING),
    ("Jana Kováčová", "jana.kovacova@example.com", "Job board", Stage.APPLIED),
    ("Tom Baker", "tom.baker@example.com", "Careers page", Stage.REJECTED),
]


@dataclass(frozen=True)
class DemoHiring:
    portrait: Portrait
    kit: Kit
    opening: Opening
    candidates: list[Candidate]


def demo_hiring_ensure(*, actor: Actor) -> DemoHiring:
    """Create the demo portrait, kit, opening and candidates once (needs the library loaded)."""
    if not Question.objects.filter(retired=False).exists():
        raise RuntimeError("Load the content library first: tactful content load")
    org = actor.organisation
    with transaction.atomic():
        portrait = Portrait.objects.filter(organisation=org, name=PORTRAIT_NAME).first()
        if portrait is None:
            portrait = portrait_create(
                actor=actor,
                name=PORTRAIT_NAME,
                description="Answers customers of our home internet service in live chat and e-mail.",
                language="en",
                tier=1,
                minutes=45,
                slot_values=TERMS,
            )
            for key, (weight, must_have) in WEIGHTS.items():
                portrait_competency_set(actor=actor, portrait=portrait, key=key, weight=weight, must_have=must_have)
        kit = portrait.kits.order_by("id").first() or kit_create(actor=actor, portrait=portrait)
        opening, _created = Opening.objects.get_or_create(
            organisation=org, title=OPENING_TITLE, defaults={"portrait": portrait, "kit": kit}
        )
        candidates = []
        for name, email, source, stage in CANDIDATES:
            candidate, _new = Candidate.objects.get_or_create(
                opening=opening,
                email=email,
                defaults={"organisation": org, "name": name, "source": source, "stage": stage},
            )
            candidates.append(candidate)
    return DemoHiring(portrait=portrait, kit=kit, opening=opening, candidates=candidates)
