"""The portrait builder: settings and terms, weighted competencies from the library or a track,
own competencies and questions; stale saves refused; only the organisation's managers."""

from __future__ import annotations

import pytest

from tests.hiring.builders import actor, chat_portrait


def settings_form(portrait, **changes):
    data = {
        "name": portrait.name,
        "description": portrait.description,
        "language": portrait.language,
        "tier": portrait.tier or "",
        "minutes": portrait.minutes,
        "version": portrait.version,
    }
    data.update(changes)
    return data


def test_it_creates_a_portrait_from_a_practice_track(library, client_for):
    from tactful.hiring.models import Portrait

    response = client_for("rita").post(
        "/hiring/portraits/new/",
        {
            "name": "Chat agent",
            "language": "et",
            "tier": "1",
            "minutes": "40",
            "track": "chat-email",
            "slot_product": "our router app",
        },
    )
    portrait = Portrait.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/hiring/portraits/{portrait.pk}/"
    assert portrait.language == "et" and portrait.tier == 1 and portrait.minutes == 40
    assert portrait.slot_values == {"product": "our router app"}
    assert 5 <= portrait.competencies.count() <= 10
    assert portrait.competencies.filter(weight=5).count() == 3
    page = client_for("rita").get(f"/hiring/portraits/{portrait.pk}/").content.decode()
    assert "Writing skills" in page and 'value="our router app"' in page


def test_it_shows_one_term_input_per_slot_with_its_example(library, client_for):
    page = client_for("alice").get("/hiring/portraits/new/").content.decode()
    assert 'name="slot_technology"' in page and 'name="slot_company"' in page
    assert 'placeholder="Northwind Telecom"' in page
    assert ">Your company</label>" in page  # the slot's label ("your company") starts a label here


def test_the_competency_table_headers_line_up_with_the_rows(library, people, client_for):
    import re

    portrait = chat_portrait(actor(people, "alice"))
    page = client_for("alice").get(f"/hiring/portraits/{portrait.pk}/").content.decode()
    table = page[page.index('<section id="competencies">') :].split("</table>")[0]

    def spans(row: str) -> list[int]:
        return [int(span or 1) for span in re.findall(r'<t[hd](?: colspan="(\d+)")?[ >]', row)]

    header, first = table.split("</thead>")[0], table.split("<tbody>")[1].split("</tr>")[0]
    # The weight form spans three columns: its header does too, or the titles float over nothing.
    assert spans(header) == spans(first) == [1, 3]


def test_it_weights_and_removes_competencies(library, people, client_for):
    portrait = chat_portrait(actor(people, "alice"))
    client = client_for("alice")
    url = f"/hiring/portraits/{portrait.pk}/competencies/set/"
    client.post(url, {"key": "patience", "weight": "2", "must_have": "on"})
    row = portrait.competencies.get(competency__slug="patience")
    assert row.weight == 2 and row.must_have
    client.post(url, {"key": "patience", "weight": "4", "action": "remove"})
    assert not portrait.competencies.filter(competency__slug="patience").exists()
    client.post(url, {"key": "no-such-thing", "weight": "3"})
    assert portrait.competencies.count() == len(portrait.competencies.all())


def test_it_filters_library_competencies_live(library, people, client_for):
    portrait = chat_portrait(actor(people, "alice"))
    client = client_for("alice")
    page = client.get(
        f"/hiring/portraits/{portrait.pk}/competencies/?q=patien", HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "Perseverance and patience" in page and 'value="networking"' not in page and "<html" not in page
    page = client.get(f"/hiring/portraits/{portrait.pk}/competencies/?family=technical_skills").content.decode()
    assert 'value="networking"' in page and 'value="patience"' not in page
    already_chosen = client.get(f"/hiring/portraits/{portrait.pk}/competencies/?q=empathy").content.decode()
    assert 'value="empathy"' not in already_chosen


def test_it_adds_an_own_competency_with_behaviours(library, people, client_for):
    from tactful.hiring.models import CustomCompetency

    portrait = chat_portrait(actor(people, "alice"))
    response = client_for("alice").post(
        f"/hiring/portraits/{portrait.pk}/own-competency/",
        {
            "own-name": "Router know-how",
            "own-definition": "Sets up our routers.",
            "own-behaviours": "Explains the lights\n\nResets without losing settings\n",
            "own-weight": "4",
            "own-must_have": "on",
        },
    )
    assert response.status_code == 302
    own = CustomCompetency.objects.get()
    assert own.behaviours == ["Explains the lights", "Resets without losing settings"]
    row = portrait.competencies.get(custom_competency=own)
    assert row.weight == 4 and row.must_have and row.key == f"custom-{own.pk}"
    again = client_for("alice").post(
        f"/hiring/portraits/{portrait.pk}/own-competency/", {"own-name": "router KNOW-how", "own-weight": "3"}
    )
    assert again.status_code == 400 and "already has a competency" in again.content.decode()


def test_it_adds_an_own_question_with_rubric_and_follow_ups(library, people, client_for):
    from tactful.hiring.models import CustomQuestion

    portrait = chat_portrait(actor(people, "alice"))
    response = client_for("rita").post(
        f"/hiring/portraits/{portrait.pk}/own-question/",
        {
            "family": "situational",
            "text": "A customer's router blinks red. What do you ask first?",
            "wants_to_learn": "Calm, structured questions",
            "rubric_1": "Guesses",
            "rubric_3": "Asks some",
            "rubric_5": "Asks in order and explains",
            "follow_ups": "And then?\nWhat if it still blinks?",
            "minutes": "4",
            "competencies": ["troubleshooting", "empathy"],
        },
    )
    assert response.status_code == 302
    question = CustomQuestion.objects.get()
    assert question.language == portrait.language and question.minutes == 4
    assert question.rubric == {"1": "Guesses", "3": "Asks some", "5": "Asks in order and explains"}
    assert question.follow_ups == ["And then?", "What if it still blinks?"]
    assert sorted(c.slug for c in question.competencies.all()) == ["empathy", "troubleshooting"]
    missing = client_for("rita").post(f"/hiring/portraits/{portrait.pk}/own-question/", {"family": "situational"})
    assert missing.status_code == 200 and "This field is required." in missing.content.decode()


def test_it_saves_settings_and_refuses_a_stale_save_keeping_the_typed_values(library, people, client_for):
    portrait = chat_portrait(actor(people, "alice"))
    stale = settings_form(portrait)
    client = client_for("alice")
    assert client.post(f"/hiring/portraits/{portrait.pk}/", settings_form(portrait, minutes=50)).status_code == 302
    portrait.refresh_from_db()
    assert portrait.minutes == 50 and portrait.version == 2
    response = client_for("rita").post(f"/hiring/portraits/{portrait.pk}/", {**stale, "name": "Rita's typed name"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone saved this portrait after you opened it" in page
    assert 'value="Rita&#x27;s typed name"' in page
    portrait.refresh_from_db()
    assert portrait.name == "Tier-1 chat agent" and portrait.version == 2


def test_the_stale_check_is_in_the_service(library, people):
    from tactful.hiring.errors import HiringError
    from tactful.hiring.services.portraits import portrait_update

    alice = actor(people, "alice")
    portrait = chat_portrait(alice)
    portrait_update(actor=alice, portrait=portrait, version=1, minutes=30)
    with pytest.raises(HiringError) as caught:
        portrait_update(actor=alice, portrait=portrait, version=1, minutes=60)
    assert caught.value.code == "stale"


@pytest.mark.parametrize("name,status", [("bob", 403), ("charlie", 404), ("dora", 403)])
def test_it_refuses_interviewers_and_other_organisations(library, people, client_for, name, status):
    portrait = chat_portrait(actor(people, "alice"))
    client = client_for(name)
    base = f"/hiring/portraits/{portrait.pk}"
    assert client.get(f"{base}/").status_code == status
    assert client.post(f"{base}/", settings_form(portrait, name="Hacked")).status_code == status
    assert client.post(f"{base}/competencies/set/", {"key": "patience", "weight": "5"}).status_code == status
    assert client.post(f"{base}/own-question/", {}).status_code == status
    assert client.post(f"{base}/kits/new/").status_code == status
    portrait.refresh_from_db()
    assert portrait.name == "Tier-1 chat agent"
    if status == 403:
        assert client.get("/hiring/portraits/new/").status_code == 403


def test_it_escapes_html_in_a_portrait_name(library, people, client_for):
    from tactful.hiring.services.kits import kit_create

    alice = actor(people, "alice")
    portrait = chat_portrait(alice, name="<script>alert(1)</script>")
    kit = kit_create(actor=alice, portrait=portrait)
    for url in ("/hiring/", f"/hiring/portraits/{portrait.pk}/", f"/hiring/kits/{kit.pk}/print/"):
        page = client_for("alice").get(url).content.decode()
        assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page, url
