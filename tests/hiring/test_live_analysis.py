"""The analysis beside the notes: STAR parts, flags and evidence while the interviewer types."""

from __future__ import annotations

import re

import pytest

from tests.hiring.builders import interview_world

ENGLISH = (
    "Last spring a customer called because his internet had been down for three days. "
    "I apologised, checked the line and booked a technician for the same afternoon. "
    "The connection was back by five o'clock and he thanked us. "
    "Honestly it was my colleague's fault, he never checks anything."
)
CROATIAN = (
    "Prošle godine nazvao je klijent jer mu internet nije radio tri dana. "
    "Ispričao sam se, provjerio liniju i poslao tehničara isti dan. "
    "Veza je proradila do pet sati. Klijent je bio stvarno glup, ali nije moja krivnja."
)


def url(world) -> str:
    return f"/hiring/interviews/{world['interview'].pk}/questions/{world['items'][0].pk}/analyse/"


def post(client, world, notes, **headers):
    return client.post(url(world), {f"notes-{world['items'][0].pk}": notes}, **headers)


def present(html: str) -> list[str]:
    return re.findall(r'<mark class="star-(\w+)" title="present">', html)


@pytest.mark.parametrize("language", ["en"])
def test_it_shows_star_parts_flags_and_evidence_for_english_notes(library, orgs, people, client_for, language):
    world = interview_world(orgs, people, language=language)
    response = post(client_for("bob"), world, ENGLISH)
    html = response.content.decode()
    assert response.status_code == 200
    assert present(html) == ["situation", "action", "result"]
    assert "Not heard yet:" in html and "Task" in html
    assert "Blaming others" in html
    assert "<q>colleague&#x27;s fault, he never checks</q>" in html
    assert "The answer puts the blame on the customer or on others." in html
    assert "<strong>Empathy</strong>: <q>apologised</q>" in html


def test_it_reads_croatian_notes_for_a_croatian_kit(library, orgs, people, client_for):
    world = interview_world(orgs, people, language="hr")
    html = post(client_for("bob"), world, CROATIAN).content.decode()
    assert present(html) == ["situation", "action", "result"]
    assert 'title="Situation"' in html
    assert "<q>Klijent je bio stvarno glup</q>" in html
    assert "The answer puts the blame on the customer or on others." in html
    in_croatian = post(client_for("bob"), world, CROATIAN, HTTP_ACCEPT_LANGUAGE="hr").content.decode()
    assert "Odgovor prebacuje krivnju na klijenta ili na druge." in in_croatian


def test_empty_or_foreign_notes_get_a_gentle_hint(library, orgs, people, client_for):
    world = interview_world(orgs, people)
    client = client_for("bob")
    empty = post(client, world, "   ")
    assert empty.status_code == 200
    assert "Type your notes: what the candidate said" in empty.content.decode()
    too_long = post(client, world, "word " * 5001)
    assert "too long to analyse" in too_long.content.decode()


def test_only_the_interviewers_on_the_panel_get_the_analysis(library, orgs, people, client_for):
    world = interview_world(orgs, people)
    assert post(client_for("ivan"), world, ENGLISH).status_code == 200
    assert post(client_for("rita"), world, ENGLISH).status_code == 404
    assert post(client_for("dora"), world, ENGLISH).status_code == 404
    assert client_for("bob").get(url(world)).status_code == 405


def test_notes_in_another_of_the_five_languages_are_read_in_that_language(library, orgs, people, client_for):
    world = interview_world(orgs, people, language="hr")
    html = post(client_for("bob"), world, ENGLISH).content.decode()
    assert "These notes look like English, so they were read as English; the interview is in Croatian." in html
    assert "<q>colleague&#x27;s fault, he never checks</q>" in html
    short = post(client_for("bob"), world, "Mirna, konkretna, dobar primjer.").content.decode()
    assert "These notes look like" not in short
