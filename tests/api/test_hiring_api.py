"""The hiring API as a team uses it: plan a kit, open a position, schedule, score, decide."""

from __future__ import annotations

import io

from django.test import Client

from tests.api.conftest import World


def call(w: World, method: str, path: str, who: str | None, body: dict | None = None):
    send = getattr(Client(), method)
    if body is not None:
        return send(path, body, content_type="application/json", headers=w.headers(who))
    return send(path, headers=w.headers(who))


def test_it_plans_a_kit_for_a_new_portrait_and_explains_it(w: World) -> None:
    created = call(
        w,
        "post",
        "/api/v1/portraits",
        "rita",
        {"name": "Phone agent", "minutes": 30, "competencies": [{"key": "empathy", "weight": 5, "must_have": True}]},
    )
    assert created.status_code == 201, created.content
    portrait = created.json()
    assert portrait["competencies"][0]["key"] == "empathy" and portrait["competencies"][0]["must_have"] is True
    kit = call(w, "post", f"/api/v1/portraits/{portrait['id']}/kits", "rita", {"name": "Phone kit"})
    assert kit.status_code == 201
    body = kit.json()
    assert body["name"] == "Phone kit" and body["items"]
    assert body["minutes_used"] <= 30 + 5
    assert "empathy" in [row["key"] for row in body["coverage"]]


def test_a_stale_portrait_version_is_refused_with_409(w: World) -> None:
    path = f"/api/v1/portraits/{w.ids['portrait']}"
    version = call(w, "get", path, "alice").json()["version"]
    assert call(w, "patch", path, "alice", {"version": version, "minutes": 60}).status_code == 200
    stale = call(w, "patch", path, "rita", {"version": version, "minutes": 30})
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "stale"
    assert "Someone saved this portrait after you opened it" in stale.json()["error"]["message"]


def test_interviewers_see_only_their_interviews(w: World) -> None:
    assert [i["id"] for i in call(w, "get", "/api/v1/interviews", "bob").json()] == [w.ids["interview"]]
    assert call(w, "get", "/api/v1/interviews", "ivan").json() == []
    assert call(w, "get", "/api/v1/candidates", "ivan").json() == []
    assert [c["name"] for c in call(w, "get", "/api/v1/candidates", "bob").json()] == ["Mia Kovač"]
    assert call(w, "get", "/api/v1/interviews", "charlie").json() == []


def test_it_schedules_an_interview_for_members_only(w: World) -> None:
    body = {"candidate_id": w.ids["candidate"], "kit_id": w.ids["kit"], "interviewer_ids": [w.people["ivan"].pk]}
    created = call(w, "post", "/api/v1/interviews", "rita", body)
    assert created.status_code == 201
    assert [p["username"] for p in created.json()["interviewers"]] == ["ivan"]
    assert created.json()["questions"][0]["text"]
    outsider = call(w, "post", "/api/v1/interviews", "rita", {**body, "interviewer_ids": [w.people["dora"].pk]})
    assert outsider.status_code == 400
    assert outsider.json()["error"]["code"] == "not_member"


def test_a_stale_scorecard_save_is_a_409_with_a_clear_message(w: World) -> None:
    path = f"/api/v1/scorecards/{w.ids['scorecard']}"
    version = w.ids["scorecard_version"]
    first = call(w, "put", path, "bob", {"version": version, "comments": "Calm and concrete.", "recommendation": "yes"})
    assert first.status_code == 200 and first.json()["version"] == version + 1
    stale = call(w, "put", path, "bob", {"version": version, "comments": "Other tab"})
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "stale"
    assert "Nothing was saved" in stale.json()["error"]["message"]


def test_colleagues_scorecards_stay_hidden_until_mine_is_submitted(w: World) -> None:
    from tactful.hiring.models import Scorecard

    # ivan joins the panel of the same candidate's second interview and starts his card.
    body = {"candidate_id": w.ids["candidate"], "kit_id": w.ids["kit"], "interviewer_ids": [w.people["ivan"].pk]}
    second = call(w, "post", "/api/v1/interviews", "alice", body).json()
    submitted = call(
        w, "post", f"/api/v1/scorecards/{w.ids['scorecard']}/submit", "bob", {"version": w.ids["scorecard_version"]}
    )
    assert submitted.status_code == 200 and submitted.json()["status"] == "submitted"
    path = f"/api/v1/candidates/{w.ids['candidate']}/scorecards"
    ivan_card = call(w, "get", f"/api/v1/interviews/{second['id']}/scorecard", "ivan").json()
    before = call(w, "get", path, "ivan").json()
    assert [c["interviewer"]["username"] for c in before["scorecards"]] == ["ivan"]
    assert before["hidden"] == 1
    answers = [{"kit_item_id": q["kit_item_id"], "rating": 3} for q in second["questions"]]
    saved = call(
        w,
        "put",
        f"/api/v1/scorecards/{ivan_card['id']}",
        "ivan",
        {"version": ivan_card["version"], "answers": answers, "recommendation": "no"},
    )
    assert saved.status_code == 200
    done = call(w, "post", f"/api/v1/scorecards/{ivan_card['id']}/submit", "ivan", {"version": saved.json()["version"]})
    assert done.status_code == 200
    after = call(w, "get", path, "ivan").json()
    assert sorted(c["interviewer"]["username"] for c in after["scorecards"]) == ["bob", "ivan"]
    assert after["hidden"] == 0
    assert Scorecard.objects.filter(status="submitted").count() == 2
    everything = call(w, "get", path, "rita").json()
    assert len(everything["scorecards"]) == 2


def test_submitting_an_incomplete_scorecard_lists_what_is_missing(w: World) -> None:
    body = {"candidate_id": w.ids["candidate"], "kit_id": w.ids["kit"], "interviewer_ids": [w.people["ivan"].pk]}
    interview = call(w, "post", "/api/v1/interviews", "alice", body).json()
    card = call(w, "get", f"/api/v1/interviews/{interview['id']}/scorecard", "ivan").json()
    refused = call(w, "post", f"/api/v1/scorecards/{card['id']}/submit", "ivan", {"version": card["version"]})
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "incomplete"
    assert "recommendation" in refused.json()["error"]["fields"]


def test_a_decision_is_recorded_with_its_reason_and_moves_the_candidate(w: World) -> None:
    path = f"/api/v1/candidates/{w.ids['candidate']}/decisions"
    empty = call(w, "post", path, "alice", {"outcome": "hire", "reason": "  "})
    assert empty.status_code == 400 and empty.json()["error"]["code"] == "no_reason"
    made = call(w, "post", path, "alice", {"outcome": "hire", "reason": "Clear, calm, concrete."})
    assert made.status_code == 201 and made.json()["decided_by"] == "alice"
    assert call(w, "get", path, "rita").json()[0]["reason"] == "Clear, calm, concrete."
    assert call(w, "get", f"/api/v1/candidates/{w.ids['candidate']}", "rita").json()["stage"] == "hired"


def test_csv_import_is_all_or_nothing(w: World) -> None:
    path = f"/api/v1/openings/{w.ids['opening']}/candidates/import"
    good = io.BytesIO("name,email\nAna Horvat,ana@example.test\nIvo Babić,ivo@example.test\n".encode())
    good.name = "candidates.csv"
    response = Client().post(path, {"file": good}, headers=w.headers("rita"))
    assert response.status_code == 201, response.content
    assert [c["name"] for c in response.json()["created"]] == ["Ana Horvat", "Ivo Babić"]
    bad = io.BytesIO(b"name,email\nAna Two,ana@example.test\n,nobody@example.test\n")
    bad.name = "bad.csv"
    refused = Client().post(path, {"file": bad}, headers=w.headers("rita"))
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "csv_invalid"
    assert refused.json()["error"]["rows"]
    names = [c["name"] for c in call(w, "get", f"/api/v1/candidates?opening_id={w.ids['opening']}", "rita").json()]
    assert "Ana Two" not in names


def test_replanning_a_kit_already_used_in_a_scored_interview_is_refused_clearly(w: World) -> None:
    response = call(w, "post", f"/api/v1/kits/{w.ids['kit']}/optimise", "alice")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "in_use"
