"""CSV import of candidates: UTF-8 with or without BOM, `,` or `;`, localised headers; a report
of every bad row, and nothing imported unless every row is good."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.hiring.builders import actor, chat_portrait


@pytest.fixture
def opening(library, people):
    from tactful.hiring.services.openings import opening_create

    alice = actor(people, "alice")
    return opening_create(actor=alice, title="Chat agent", portrait=chat_portrait(alice))


def upload(client, opening, content: bytes, name="candidates.csv"):
    return client.post(
        f"/hiring/openings/{opening.pk}/candidates/import/", {"file": SimpleUploadedFile(name, content, "text/csv")}
    )


GOOD = (
    "name,email,phone,source,notes\nMari Tamm,mari@example.com,+372 5555,LinkedIn,Speaks Russian too\nIvan Petrov,,,,\n"
)


def test_it_imports_a_good_file(opening, client_for):
    client = client_for("rita")
    response = upload(client, opening, GOOD.encode())
    assert response.status_code == 302
    assert sorted(opening.candidates.values_list("name", flat=True)) == ["Ivan Petrov", "Mari Tamm"]
    mari = opening.candidates.get(name="Mari Tamm")
    assert (mari.phone, mari.source, mari.notes, mari.stage) == (
        "+372 5555",
        "LinkedIn",
        "Speaks Russian too",
        "applied",
    )
    assert "2 candidates imported." in client.get(f"/hiring/openings/{opening.pk}/").content.decode()


def test_it_imports_semicolons_a_bom_and_localised_headers(opening, people):
    from tactful.hiring.services.candidates import candidates_import_csv

    text = "\ufeffNimi;E-post;Telefon\nMari Tamm;mari@example.com;+372 5555\nJüri Kask;juri@example.com;\n"
    report = candidates_import_csv(actor=actor(people, "alice"), opening=opening, file=text.encode("utf-8"))
    assert report.ok and report.delimiter == ";" and len(report.created) == 2
    assert opening.candidates.get(email="juri@example.com").name == "Jüri Kask"


def test_the_report_names_a_localised_column_as_the_file_does(opening, people):
    from tactful.hiring.services.candidates import candidates_import_csv

    text = "Nimi;E-post\nMari Tamm;mari-at-example\n"
    report = candidates_import_csv(actor=actor(people, "alice"), opening=opening, file=text.encode("utf-8"))
    [error] = report.errors
    assert (error.row, error.column, error.heading) == (2, "email", "E-post")  # the API keeps "email"


def test_it_lists_every_bad_row_and_imports_nothing(opening, people, client_for):
    from tactful.hiring.services.candidates import candidate_create

    candidate_create(actor=actor(people, "alice"), opening=opening, name="Already Here", email="here@example.com")
    content = (
        "Name;Email\n"
        "Good Person;good@example.com\n"  # row 2
        ";nobody@example.com\n"  # row 3: no name
        "Bad Mail;not-an-address\n"  # row 4
        "Twin One;twin@example.com\n"  # row 5
        "Twin Two;TWIN@example.com\n"  # row 6: same e-mail as row 5
        "Again;here@example.com\n"  # row 7: already in the opening
    )
    response = upload(client_for("alice"), opening, content.encode())
    page = response.content.decode()
    assert response.status_code == 400
    assert "4 problems found — nothing was imported" in page
    # The column as the file names it, so that it can be found in the sheet.
    assert "<td>3</td><td>Name</td><td>The name is missing.</td>" in page
    assert "<td>4</td><td>Email</td>" in page and "is not an e-mail address" in page
    assert "<td>6</td><td>Email</td><td>The same e-mail is already in row 5.</td>" in page
    assert "<td>7</td><td>Email</td><td>This candidate already applied for this opening.</td>" in page
    assert list(opening.candidates.values_list("name", flat=True)) == ["Already Here"]


@pytest.mark.parametrize(
    "content,message",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "This is not a CSV text file"),
        ("name\nJürgen\n".encode("latin-1"), "The file is not in UTF-8"),
        (b"", "file is empty"),
        (b"email,phone\nx@example.com,1\n", "with at least"),
        (b"name\n" + b"x" * (1024 * 1024), "larger than 1 MB"),
        (b"name\n" + b"Someone\n" * 2001, "more than 2000 candidates"),
    ],
)
def test_it_refuses_files_it_cannot_read_with_a_clear_message(opening, client_for, content, message):
    response = upload(client_for("alice"), opening, content)
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert opening.candidates.count() == 0


@pytest.mark.parametrize("name,status", [("bob", 403), ("charlie", 404)])
def test_it_refuses_imports_from_interviewers_and_other_organisations(opening, client_for, name, status):
    assert upload(client_for(name), opening, GOOD.encode()).status_code == status
    assert opening.candidates.count() == 0
