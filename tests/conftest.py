"""Shared fixtures: the shipped content library loaded into the test database."""

from __future__ import annotations

import os
from functools import cache

import pytest

from tactful.content import ContentLibrary, read_library

# Playwright's sync API runs an event loop in the test thread; Django allows ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@cache
def shipped_library() -> ContentLibrary:
    from tactful.settings import CONTENT_DIR

    library, problems = read_library(CONTENT_DIR)
    assert not problems, [str(p) for p in problems]
    return library


@pytest.fixture
def library(db: None) -> ContentLibrary:
    """The real content, synced into the database (again after a transactional test flushed it)."""
    from tactful.library.models import Question
    from tactful.library.services import content_sync

    lib = shipped_library()
    if not Question.objects.exists():
        content_sync(library=lib)
    return lib
