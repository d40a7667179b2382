"""Library pages: browse, filter and search in the user's language, open a question."""

from __future__ import annotations

import pytest
from django.test import Client

from tactful.content import ContentLibrary
from tactful.library.models import Question

pytestmark = pytest.mark.django_db


def in_language(client: Client, language: str) -> Client:
    client.cookies["django_language"] = language
    return client


def test_question_list_shows_the_bank_in_russian(client: Client, library: ContentLibrary) -> None:
    question = library.questions["beh-hardest-customer"]
    page = in_language(client, "ru").get("/library/questions/?family=behavioural")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="ru">' in html
    assert question.text.get("ru") in html
    assert question.text.get("en") not in html
    behavioural = sum(1 for q in library.questions.values() if q.family == "behavioural")
    assert f"{behavioural} вопрос" in html


def test_filters_by_family_competency_tier_and_track(client: Client, library: ContentLibrary) -> None:
    technical_tier3 = {q.id for q in library.questions.values() if q.tier == 3}
    page = client.get("/library/questions/?family=technical&tier=3")
    shown = {q.slug for q in page.context["page"]}
    assert shown == technical_tier3

    empathy = {q.id for q in library.questions.values() if "empathy" in q.competencies}
    page = client.get("/library/questions/?competency=empathy")
    assert page.context["total"] == len(empathy)

    track = library.tracks["call-centre"]
    page = client.get("/library/questions/?track=call-centre")
    assert page.context["total"] == len(track.questions)


def test_search_finds_text_in_any_language(client: Client, library: ContentLibrary) -> None:
    question = library.questions["beh-hardest-customer"]
    word = max(question.text.get("et").split(), key=len).strip('?,.!«»"')
    page = in_language(client, "et").get("/library/questions/", {"q": word})
    assert "beh-hardest-customer" in {q.slug for q in page.context["page"]}


def test_an_invalid_filter_is_explained_not_crashed(client: Client, library: ContentLibrary) -> None:
    page = client.get("/library/questions/?tier=9&family=astrology")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Select a valid choice. 9 is not one of the available choices." in html
    assert "Some filters were not valid and were ignored" in html
    assert page.context["total"] == len(library.questions)


def test_htmx_requests_get_only_the_results(client: Client, library: ContentLibrary) -> None:
    page = client.get("/library/questions/?family=logistics", headers={"HX-Request": "true"})
    html = page.content.decode()
    assert "<form" not in html
    assert 'id="result-count"' in html


def test_question_detail_shows_everything_about_it(client: Client, library: ContentLibrary) -> None:
    q = library.questions["beh-hardest-customer"]
    html = in_language(client, "hr").get("/library/questions/beh-hardest-customer/").content.decode()
    for text in (
        q.text.get("hr"),
        q.wants_to_learn.get("hr"),
        q.rubric.poor.get("hr"),
        q.rubric.adequate.get("hr"),
        q.rubric.excellent.get("hr"),
        q.follow_ups[0].get("hr"),
        q.strong_answer.text.get("hr"),
        q.weak_answer.why.get("hr"),
    ):
        assert escape(text) in html


def test_template_slots_are_shown_as_blanks_to_fill(client: Client, library: ContentLibrary) -> None:
    slotted = next(q for q in library.questions.values() if "technology" in q.slots)
    html = client.get(f"/library/questions/{slotted.id}/").content.decode()
    assert '<span class="slot" title="DNS">a technology you support</span>' in html
    assert "{technology}" not in html


def test_a_retired_question_stays_readable_but_leaves_the_list(client: Client, library: ContentLibrary) -> None:
    Question.objects.filter(slug="beh-hardest-customer").update(retired=True)
    assert client.get("/library/questions/beh-hardest-customer/").status_code == 200
    assert "This question was retired" in client.get("/library/questions/beh-hardest-customer/").content.decode()
    listed = {q.slug for q in client.get("/library/questions/?family=behavioural").context["page"]}
    assert "beh-hardest-customer" not in listed


def test_unknown_ids_are_404(client: Client, library: ContentLibrary) -> None:
    assert client.get("/library/questions/no-such-question/").status_code == 404
    assert client.get("/library/competencies/no-such-competency/").status_code == 404
    assert client.get("/library/tracks/no-such-track/").status_code == 404


def test_competency_pages_group_by_family_and_link_questions(client: Client, library: ContentLibrary) -> None:
    page = in_language(client, "sk").get("/library/competencies/")
    html = page.content.decode()
    for family in library.competency_families:
        assert escape(family.name.get("sk")) in html
    assert page.context["total"] == len(library.competencies)
    detail = in_language(client, "sk").get("/library/competencies/empathy/").content.decode()
    empathy = library.competencies["empathy"]
    assert escape(empathy.behaviours[0].get("sk")) in detail
    assert "/library/questions/beh-hardest-customer/" in detail


def test_track_and_candidate_question_pages(client: Client, library: ContentLibrary) -> None:
    track = library.tracks["call-centre"]
    html = client.get("/library/tracks/call-centre/").content.decode()
    assert escape(track.tips[0].get("en")) in html
    assert html.count('<li class="card"><a href="/library/questions/') == len(track.questions)
    asks = client.get("/library/ask/").content.decode()
    first = next(iter(library.candidate_questions.values()))
    assert escape(first.text.get("en")) in asks


def test_the_language_switcher_remembers_the_choice(client: Client, library: ContentLibrary) -> None:
    response = client.post("/i18n/setlang/", {"language": "et", "next": "/library/competencies/"})
    assert response.status_code == 302
    assert response["Location"] == "/library/competencies/"
    html = client.get("/library/competencies/").content.decode()
    assert '<html lang="et">' in html
    assert 'value="et" lang="et" selected' in html


def escape(text: str) -> str:
    from django.utils.html import escape as django_escape

    return str(django_escape(text))
