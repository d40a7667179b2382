"""Small builders for hiring tests: an actor for a persona, a portrait with weights, a kit."""

from __future__ import annotations

from tactful.accounts.permissions import Actor, actor_for


def actor(people: dict, name: str) -> Actor:
    found = actor_for(people[name])
    assert found is not None
    return found


CHAT_WEIGHTS = {
    "empathy": (5, True),
    "writing": (5, True),
    "de_escalation": (4, False),
    "active_listening": (4, False),
    "emotion_recognition": (3, False),
    "time_management": (3, False),
    "troubleshooting": (3, False),
}


def chat_portrait(who: Actor, *, name: str = "Tier-1 chat agent", minutes: int = 45, **kwargs):
    from tactful.hiring.services.portraits import portrait_competency_set, portrait_create

    portrait = portrait_create(actor=who, name=name, minutes=minutes, tier=1, **kwargs)
    for key, (weight, must) in CHAT_WEIGHTS.items():
        portrait_competency_set(actor=who, portrait=portrait, key=key, weight=weight, must_have=must)
    return portrait
