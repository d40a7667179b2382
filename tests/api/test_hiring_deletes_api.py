"""Renaming and deleting kits and portraits through the API: what a client is told."""

from __future__ import annotations

from tests.api.conftest import World
from tests.api.test_hiring_api import call


def test_it_renames_a_kit_and_returns_it(w: World) -> None:
    response = call(w, "patch", f"/api/v1/kits/{w.ids['spare_kit']}", "rita", {"name": "Second round"})
    assert response.status_code == 200
    assert response.json()["name"] == "Second round"
    refused = call(w, "patch", f"/api/v1/kits/{w.ids['spare_kit']}", "rita", {"name": "  "})
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "name_required"


def test_it_deletes_a_free_kit_and_refuses_one_that_an_interview_uses(w: World) -> None:
    assert call(w, "delete", f"/api/v1/kits/{w.ids['spare_kit']}", "alice").status_code == 204
    assert call(w, "get", f"/api/v1/kits/{w.ids['spare_kit']}", "alice").status_code == 404
    refused = call(w, "delete", f"/api/v1/kits/{w.ids['kit']}", "alice")
    assert refused.status_code == 409
    assert refused.json()["error"] == {
        "code": "in_use",
        "message": "1 interview uses this kit, so it cannot be deleted.",
    }
    assert call(w, "get", f"/api/v1/kits/{w.ids['kit']}", "alice").status_code == 200


def test_it_deletes_a_free_portrait_and_names_the_openings_of_one_in_use(w: World) -> None:
    assert call(w, "delete", f"/api/v1/portraits/{w.ids['spare_portrait']}", "rita").status_code == 204
    assert call(w, "get", f"/api/v1/portraits/{w.ids['spare_portrait']}", "rita").status_code == 404
    refused = call(w, "delete", f"/api/v1/portraits/{w.ids['portrait']}", "rita")
    assert refused.status_code == 409
    error = refused.json()["error"]
    assert error["code"] == "in_use"
    assert "the opening “Chat agent” hires for it" in error["message"]
