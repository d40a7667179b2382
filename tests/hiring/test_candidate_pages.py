"""Openings and candidates: create an opening from a portrait, add candidates, move them through
the pipeline, filter by stage; interviewers see only the candidates they interview."""

from __future__ import annotations

import pytest

from tests.hiring.builders import actor, chat_portrait


@pytest.fixture
def opening(library, people):
    from tactful.hiring.services.openings import opening_create

    alice = actor(people, "alice")
    return opening_create(actor=alice, title="Chat agent", portrait=chat_portrait(alice))


def add(opening, people, name, email="", stage="applied"):
    from tactful.hiring.services.candidates import candidate_create

    return candidate_create(actor=actor(people, "rita"), opening=opening, name=name, email=email, stage=stage)


def assign(candidate, people, interviewer):
    from tactful.hiring.models import Interview, InterviewAssignment
    from tactful.hiring.services.kits import kit_create

    kit = candidate.opening.kit or kit_create(actor=actor(people, "alice"), portrait=candidate.opening.portrait)
    interview = Interview.objects.create(organisation=candidate.organisation, candidate=candidate, kit=kit)
    InterviewAssignment.objects.create(interview=interview, interviewer=people[interviewer])


def test_it_opens_a_position_from_a_portrait(library, people, client_for):
    from tactful.hiring.models import Opening

    portrait = chat_portrait(actor(people, "alice"))
    client = client_for("rita")
    assert (
        f'value="{portrait.pk}" selected'
        in client.get(f"/hiring/openings/new/?portrait={portrait.pk}").content.decode()
    )
    response = client.post(
        "/hiring/openings/new/", {"title": "Chat agent, Tallinn", "portrait": portrait.pk, "status": "open"}
    )
    opening = Opening.objects.get()
    assert response.status_code == 302 and opening.portrait == portrait and opening.status == "open"
    client.post(
        f"/hiring/openings/{opening.pk}/edit/", {"title": "Chat agent", "portrait": portrait.pk, "status": "closed"}
    )
    opening.refresh_from_db()
    assert opening.status == "closed" and opening.title == "Chat agent"


def test_it_does_not_offer_another_organisations_portrait(library, people, client_for):
    other = chat_portrait(actor(people, "charlie"), name="Org B role")
    response = client_for("alice").post(
        "/hiring/openings/new/", {"title": "Sneaky", "portrait": other.pk, "status": "open"}
    )
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()


def test_it_adds_a_candidate_and_refuses_a_duplicate_email(opening, client_for):
    client = client_for("rita")
    url = f"/hiring/openings/{opening.pk}/candidates/new/"
    assert client.post(url, {"name": "Mari Tamm", "email": "Mari@Example.com", "source": "LinkedIn"}).status_code == 302
    again = client.post(url, {"name": "Mari T.", "email": "mari@example.com"})
    assert again.status_code == 400 and "already applied for this opening" in again.content.decode()
    bad = client.post(url, {"name": "", "email": "not-an-email"})
    assert bad.status_code == 400 and "Enter a valid email address." in bad.content.decode()
    assert opening.candidates.count() == 1 and opening.candidates.get().email == "mari@example.com"


def test_it_moves_a_candidate_through_the_pipeline_and_filters_by_stage(opening, people, client_for):
    mari = add(opening, people, "Mari Tamm")
    add(opening, people, "Ivan Petrov")
    client = client_for("alice")
    assert client.post(f"/hiring/candidates/{mari.pk}/stage/", {"stage": "interview"}).status_code == 302
    mari.refresh_from_db()
    assert mari.stage == "interview"
    page = client.get(f"/hiring/openings/{opening.pk}/?stage=interview").content.decode()
    assert "Mari Tamm" in page and "Ivan Petrov" not in page
    home = client.get("/hiring/").content.decode()
    assert "Chat agent" in home and "Interview <strong>1</strong>" in home and "Applied <strong>1</strong>" in home


def test_it_edits_a_candidate(opening, people, client_for):
    mari = add(opening, people, "Mari Tamm")
    client_for("alice").post(f"/hiring/candidates/{mari.pk}/edit/", {"name": "Mari Tamm", "phone": "+372 555"})
    mari.refresh_from_db()
    assert mari.phone == "+372 555"


def test_it_shows_an_interviewer_only_the_candidates_they_interview(opening, people, client_for):
    from tactful.hiring.selectors.candidates import candidate_list

    mari = add(opening, people, "Mari Tamm")
    add(opening, people, "Ivan Petrov")
    assign(mari, people, "bob")
    assert list(candidate_list(actor=actor(people, "bob"))) == [mari]
    assert list(candidate_list(actor=actor(people, "ivan"))) == []
    assert candidate_list(actor=actor(people, "rita")).count() == 2
    page = client_for("bob").get("/hiring/candidates/").content.decode()
    assert "Mari Tamm" in page and "Ivan Petrov" not in page and "Move" not in page
    assert "Ivan Petrov" not in client_for("ivan").get("/hiring/candidates/").content.decode()
    assert "Mari Tamm" not in client_for("charlie").get("/hiring/candidates/").content.decode()


@pytest.mark.parametrize("name,status", [("bob", 403), ("charlie", 404)])
def test_it_refuses_changes_from_interviewers_and_other_organisations(opening, people, client_for, name, status):
    mari = add(opening, people, "Mari Tamm")
    assign(mari, people, "bob")
    client = client_for(name)
    assert client.get(f"/hiring/openings/{opening.pk}/").status_code == status
    assert (
        client.post(
            f"/hiring/openings/{opening.pk}/edit/", {"title": "X", "portrait": opening.portrait_id, "status": "closed"}
        ).status_code
        == status
    )
    assert client.post(f"/hiring/openings/{opening.pk}/candidates/new/", {"name": "Eve"}).status_code == status
    assert client.post(f"/hiring/candidates/{mari.pk}/stage/", {"stage": "hired"}).status_code == status
    assert client.post(f"/hiring/candidates/{mari.pk}/edit/", {"name": "Renamed"}).status_code == status
    mari.refresh_from_db()
    assert mari.stage == "applied" and mari.name == "Mari Tamm" and opening.candidates.count() == 1


def test_it_escapes_html_in_a_candidate_name(opening, people, client_for):
    add(opening, people, '<img src=x onerror="alert(1)">')
    page = client_for("alice").get(f"/hiring/openings/{opening.pk}/").content.decode()
    assert "<img src=x" not in page and "&lt;img src=x" in page


def test_an_interviewer_sees_their_upcoming_interviews_on_the_home_page(opening, people, client_for):
    mari = add(opening, people, "Mari Tamm")
    assign(mari, people, "bob")
    page = client_for("bob").get("/hiring/").content.decode()
    assert "Your upcoming interviews" in page and "Mari Tamm" in page and "New portrait" not in page
    assert "Mari Tamm" not in client_for("ivan").get("/hiring/").content.decode()


def test_the_home_page_needs_a_login(client):
    response = client.get("/hiring/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
