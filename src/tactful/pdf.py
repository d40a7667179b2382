"""PDF documents from Django templates, rendered offline by WeasyPrint.

`html_to_pdf` turns HTML into PDF bytes; `pdf_response` renders a template and sends the PDF
as a download. Rendering never leaves the machine: the URL fetcher serves our own static files
(found like `collectstatic` finds them) and `data:` URLs, and refuses everything else, so an
address in user text (`<img src="http://...">`, `file:///etc/...`) is never fetched even if a
template forgot to escape it. This module renders; it knows nothing of who may see a document.
"""

from __future__ import annotations

import mimetypes
import posixpath
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

# Relative URLs in a document (`/static/...` from `{% static %}`) resolve against this origin.
# `.invalid` is reserved (RFC 2606) and never resolves, and the fetcher below answers it from
# disk anyway: nothing is ever requested from it.
DOCUMENT_ORIGIN = "http://tactful.invalid/"


class RefusedURL(ValueError):
    """A document asked for something other than our static files or a data: URL."""


class StaticFilesFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no type hints
    """Serves `<static URL>/<path>` from the static files and `data:` URLs; refuses the rest.

    WeasyPrint catches the refusal, logs a warning and renders the document without that
    resource (an image is left out, a stylesheet ignored)."""

    def __init__(self, base_url: str) -> None:
        # Only data: may reach urllib; static files are read here, before it.
        super().__init__(allowed_protocols=("data",), allow_redirects=False)
        self.static_prefix = urljoin(base_url, settings.STATIC_URL or "/static/")

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = self.static_file(url)
        if path is None:  # WeasyPrint logs the refusal as a warning
            raise RefusedURL(f"Only static files and data: URLs are allowed, not {url[:200]}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    def static_file(self, url: str) -> Path | None:
        if not url.startswith(self.static_prefix):
            return None
        relative = unquote(urlsplit(url[len(self.static_prefix) :]).path)
        relative = posixpath.normpath(relative).lstrip("/")
        if relative in ("", ".") or relative.startswith("..") or "\x00" in relative:
            return None
        found = finders.find(relative)
        if isinstance(found, str):
            return Path(found)
        if settings.STATIC_ROOT:
            root = Path(settings.STATIC_ROOT).resolve()
            candidate = (root / relative).resolve()
            if candidate.is_relative_to(root) and candidate.is_file():
                return candidate
        return None


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """PDF bytes of `html`. Relative URLs resolve against `base_url` (default: an internal
    origin); only static files and data: URLs are loaded, whatever the base."""
    base = base_url or DOCUMENT_ORIGIN
    document = HTML(string=html, base_url=base, url_fetcher=StaticFilesFetcher(base))
    pdf = document.write_pdf()
    assert pdf is not None  # no target given: WeasyPrint returns the bytes
    return bytes(pdf)


def attachment_header(filename: str) -> str:
    """`attachment` with an ASCII `filename` for old clients and the exact UTF-8 name in
    `filename*` (RFC 6266), with no path, quote or control character from the caller."""
    name = unicodedata.normalize("NFC", filename).replace("/", "-").replace("\\", "-")
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip(" .") or "document.pdf"
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, "pdf"
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    ascii_stem = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_stem).strip("-.") or "document"
    ascii_extension = re.sub(r"[^A-Za-z0-9]+", "", extension) or "pdf"
    return f"attachment; filename=\"{ascii_stem}.{ascii_extension}\"; filename*=UTF-8''{quote(f'{stem}.{extension}')}"


def pdf_response(request: HttpRequest, template_name: str, context: dict[str, Any], *, filename: str) -> HttpResponse:
    """Render `template_name` (extend `pdf/base.html`) and send it as a PDF download."""
    html = render_to_string(template_name, context, request=request)
    response = HttpResponse(html_to_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = attachment_header(filename)
    return response
