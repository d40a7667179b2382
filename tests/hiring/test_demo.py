"""`tactful demo` hiring data: a portrait, its kit, an opening with candidates — made once."""

from __future__ import annotations

from tests.hiring.builders import actor


def test_it_creates_the_demo_hiring_data_once(library, people, client_for):
    from tactful.hiring.models import Candidate, Kit, Opening, Portrait
    from tactful.hiring.services.demo import demo_hiring_ensure

    alice = actor(people, "alice")
    first = demo_hiring_ensure(actor=alice)
    second = demo_hiring_ensure(actor=alice)
    assert first.portrait == second.portrait and first.kit == second.kit and first.opening == second.opening
    assert Portrait.objects.count() == 1 and Kit.objects.count() == 1 and Opening.objects.count() == 1
    assert Candidate.objects.count() == 5
    assert len({c.stage for c in first.candidates}) >= 3
    assert first.kit.explanation["must_haves_missing"] == []
    page = client_for("alice").get("/hiring/").content.decode()
    assert "Chat support agent (Tier 1)" in page and "Tier-1 chat agent" in page
