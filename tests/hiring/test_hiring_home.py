"""The hiring home page: a manager's portraits, kits and open positions; nothing of another organisation."""

from __future__ import annotations

from tests.hiring.builders import actor, chat_portrait


def test_it_invites_a_new_team_to_draw_its_first_portrait(library, client_for):
    page = client_for("alice").get("/hiring/").content.decode()
    assert "New portrait" in page and "No portraits yet." in page and "No open positions yet." in page


def test_it_lists_only_the_organisations_own_portraits_kits_and_openings(library, people, client_for):
    from tactful.hiring.services.kits import kit_create
    from tactful.hiring.services.openings import opening_create

    alice = actor(people, "alice")
    portrait = chat_portrait(alice, name="Org A chat agent")
    kit = kit_create(actor=alice, portrait=portrait, name="Org A chat kit")
    opening_create(actor=alice, title="Org A opening", portrait=portrait, kit=kit)
    own = client_for("rita").get("/hiring/").content.decode()
    assert "Org A chat agent" in own and "Org A chat kit" in own and "Org A opening" in own
    other = client_for("charlie").get("/hiring/").content.decode()
    assert "Org A" not in other.replace("Org A Support", "")
    assert client_for("charlie").get(f"/hiring/kits/{kit.pk}/pdf/").status_code == 404


def test_it_shows_an_interviewer_no_manager_tools(library, client_for):
    page = client_for("ivan").get("/hiring/").content.decode()
    assert "Your upcoming interviews" in page and "No interviews are assigned to you right now." in page
    assert "New portrait" not in page
