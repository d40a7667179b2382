"""PDF documents (tactful.pdf): five languages survive into the PDF's text, nothing is fetched
from outside our static files, and the download carries a safe file name."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory, override_settings
from pypdf import PdfReader

from tactful.pdf import DOCUMENT_ORIGIN, StaticFilesFetcher, attachment_header, html_to_pdf, pdf_response

TEMPLATES = [
    {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], Path(__file__).parent / "pdf_templates"]}
]
WORDS = [
    "Расскажите",
    "трудном",
    "õnnelikuks",
    "ööpäevad",
    "Čekao",
    "ćutke",
    "žurno",
    "šteđu",
    "đaka",
    "Ľudia",
    "ťažkú",
    "ňuchanie",
]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A web server on the loopback address that records every request it gets."""
    requests: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
    httpd.server_close()


@override_settings(TEMPLATES=TEMPLATES)
def test_it_renders_russian_estonian_croatian_and_slovak_text_into_the_pdf() -> None:
    response = pdf_response(RequestFactory().get("/"), "pdf_test/languages.html", {}, filename="languages.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = pdf_text(response.content)
    for word in WORDS:
        assert word in text
    # print.css came from our static files: A4 pages numbered in the footer
    assert "1 / 1" in text
    page = PdfReader(io.BytesIO(response.content)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


@override_settings(TEMPLATES=TEMPLATES)
def test_it_fetches_nothing_from_outside_even_from_an_unescaped_template(server: tuple[str, list[str]]) -> None:
    url, requests = server
    trusted = (
        f'<img src="{url}/logo.png"><link rel="stylesheet" href="{url}/evil.css">'
        f'<div style="background: url({url}/bg.png)">x</div><img src="file:///etc/hostname">'
    )
    user_text = f'<img src="{url}/tracker.png"> Я ответил спокойно'
    response = pdf_response(
        RequestFactory().get("/"),
        "pdf_test/languages.html",
        {"user_text": user_text, "trusted_html": trusted},
        filename="x.pdf",
    )
    assert response.content.startswith(b"%PDF-")
    assert requests == []
    text = pdf_text(response.content)
    assert f'<img src="{url}/tracker.png"> Я ответил спокойно' in text.replace("\n", " ")  # escaped: shown as text


def test_the_fetcher_serves_static_files_and_refuses_paths_outside_them() -> None:
    fetcher = StaticFilesFetcher(DOCUMENT_ORIGIN)
    css = fetcher.fetch(f"{DOCUMENT_ORIGIN}static/tactful/print.css")
    assert b"@page" in css.read()
    assert css.content_type == "text/css"
    assert fetcher.fetch("data:text/plain;base64,SGVsbG8=").read() == b"Hello"
    for url in (
        f"{DOCUMENT_ORIGIN}static/../settings.py",
        f"{DOCUMENT_ORIGIN}static/%2e%2e/%2e%2e/pyproject.toml",
        f"{DOCUMENT_ORIGIN}static/tactful/missing.css",
        f"{DOCUMENT_ORIGIN}admin/",
        "http://example.com/static/tactful/print.css",
        "file:///etc/passwd",
        "ftp://example.com/x",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_a_data_url_image_is_embedded() -> None:
    pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
    pdf = html_to_pdf(f'<p>Logo</p><img src="{pixel}" style="width: 2cm">')
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 1


def test_the_download_name_is_ascii_with_the_exact_utf8_name_beside_it() -> None:
    header = attachment_header("Sažetak – Ľubica Novák.pdf")
    assert header == (
        'attachment; filename="Sazetak-Lubica-Novak.pdf"; '
        "filename*=UTF-8''Sa%C5%BEetak%20%E2%80%93%20%C4%BDubica%20Nov%C3%A1k.pdf"
    )
    assert attachment_header("Итоги.pdf").startswith("attachment; filename=\"document.pdf\"; filename*=UTF-8''%D0%98")
    nasty = attachment_header('../../"evil"\r\nSet-Cookie: x.pdf')
    assert "\r" not in nasty and "\n" not in nasty and "/" not in nasty.split("filename*")[0]
    assert nasty.startswith('attachment; filename="evil-Set-Cookie-x.pdf"; ')


@override_settings(TEMPLATES=TEMPLATES)
def test_pdf_response_sends_the_file_name_header() -> None:
    response = pdf_response(RequestFactory().get("/"), "pdf_test/languages.html", {}, filename="Životopis Ľubica.pdf")
    assert response["Content-Disposition"] == (
        "attachment; filename=\"Zivotopis-Lubica.pdf\"; filename*=UTF-8''%C5%BDivotopis%20%C4%BDubica.pdf"
    )
