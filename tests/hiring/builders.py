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


# Interviews, scorecards and decisions: rows made directly with the ORM, so these tests do
# not depend on the portrait and kit services. Real library competencies and questions.
INTERVIEW_WEIGHTS = {"empathy": (5, True), "de_escalation": (3, False), "communication": (2, True)}
INTERVIEW_QUESTIONS = ("beh-hardest-customer", "tech-explain-technology")


def orm_portrait(organisation, *, name: str = "Call-centre agent", weights=None, slot_values=None, language="en"):
    from tactful.hiring.models import Portrait, PortraitCompetency
    from tactful.library.models import Competency

    portrait = Portrait.objects.create(
        organisation=organisation, name=name, language=language, slot_values=slot_values or {"technology": "VPN"}
    )
    for slug, (weight, must) in (weights or INTERVIEW_WEIGHTS).items():
        PortraitCompetency.objects.create(
            portrait=portrait, competency=Competency.objects.get(slug=slug), weight=weight, must_have=must
        )
    return portrait


def orm_kit(portrait, *, questions=INTERVIEW_QUESTIONS, language=None):
    from tactful.hiring.models import Kit, KitItem
    from tactful.library.models import Question

    kit = Kit.objects.create(
        organisation=portrait.organisation,
        portrait=portrait,
        name=f"{portrait.name} kit",
        language=language or portrait.language,
    )
    for position, slug in enumerate(questions):
        question = Question.objects.get(slug=slug)
        KitItem.objects.create(kit=kit, position=position, stage="behavioural", question=question, minutes=5)
    return kit


def orm_candidate(portrait, kit, *, name: str = "Maria Tamm", title: str = "Call-centre agent, Tallinn"):
    from tactful.hiring.models import Candidate, Opening

    opening = Opening.objects.filter(portrait=portrait, kit=kit).first() or Opening.objects.create(
        organisation=portrait.organisation, title=title, portrait=portrait, kit=kit
    )
    return Candidate.objects.create(organisation=portrait.organisation, opening=opening, name=name)


def orm_interview(candidate, interviewers, *, kit=None, status="scheduled"):
    from tactful.hiring.models import Interview, InterviewAssignment

    interview = Interview.objects.create(
        organisation=candidate.organisation, candidate=candidate, kit=kit or candidate.opening.kit, status=status
    )
    for person in interviewers:
        InterviewAssignment.objects.create(interview=interview, interviewer=person)
    return interview


def orm_scorecard(
    interview, interviewer, *, questions=(), competencies=None, recommendation="", submitted=True, notes=None
):
    """A scorecard with `questions` ratings in kit order, `competencies` {key: rating}."""
    from django.utils import timezone

    from tactful.hiring.models import CompetencyRating, Scorecard, ScorecardAnswer

    card = Scorecard.objects.create(
        interview=interview,
        interviewer=interviewer,
        recommendation=recommendation,
        status=Scorecard.Status.SUBMITTED if submitted else Scorecard.Status.DRAFT,
        submitted_at=timezone.now() if submitted else None,
    )
    items = list(interview.kit.items.order_by("position"))
    for item, rating in zip(items, questions, strict=False):
        ScorecardAnswer.objects.create(
            scorecard=card, kit_item=item, rating=rating, notes=(notes or {}).get(item.position, "")
        )
    for key, rating in (competencies or {}).items():
        CompetencyRating.objects.create(scorecard=card, competency_key=key, rating=rating)
    return card


def interview_world(orgs: dict, people: dict, *, language: str = "en"):
    """Org A: a portrait, a two-question kit, one candidate and an interview by bob and ivan;
    Org B: charlie's own candidate. Returns a dict of the rows."""
    portrait = orm_portrait(orgs["a"], language=language)
    kit = orm_kit(portrait)
    candidate = orm_candidate(portrait, kit)
    interview = orm_interview(candidate, [people["bob"], people["ivan"]])
    other_portrait = orm_portrait(orgs["b"], name="Helpdesk agent")
    other_kit = orm_kit(other_portrait)
    other_candidate = orm_candidate(other_portrait, other_kit, name="Petra Horváth", title="Helpdesk")
    other_interview = orm_interview(other_candidate, [people["dora"]])
    return {
        "portrait": portrait,
        "kit": kit,
        "candidate": candidate,
        "opening": candidate.opening,
        "interview": interview,
        "items": list(kit.items.order_by("position")),
        "other_kit": other_kit,
        "other_candidate": other_candidate,
        "other_interview": other_interview,
    }
