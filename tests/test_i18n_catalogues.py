"""Every UI string is translated into ru, et, hr and sk, and the compiled catalogues are current."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[1] / "src" / "tactful" / "locale"
PLURALS = {"ru": 3, "et": 2, "hr": 3, "sk": 3}


@pytest.mark.parametrize("language", sorted(PLURALS))
def test_catalogue_is_complete_with_no_fuzzy_entries(language: str) -> None:
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert len(po) > 50
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert f"nplurals={PLURALS[language]}" in po.metadata["Plural-Forms"]
    for entry in po:
        for placeholder in ("%(counter)s", "%(minutes)s", "%(tier)s", "%(number)s", "%(pages)s"):
            if placeholder in entry.msgid:
                translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
                assert all(placeholder in t for t in translations), entry.msgid


@pytest.mark.parametrize("language", sorted(PLURALS))
def test_compiled_catalogue_matches_its_source(language: str) -> None:
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in mo if not e.msgid_plural}
    assert {(e.msgctxt, e.msgid): e.msgstr for e in po if not e.msgid_plural and not e.obsolete} == compiled


@pytest.mark.parametrize(
    "language,expected",
    [
        ("et", "23. november 2026 15:57"),
        ("sk", "23. 11. 2026 15:57"),  # numeric: Django has no genitive month names for Slovak
        ("hr", "23. studenoga 2026. 15:57"),
        ("en", "Nov. 23, 2026, 3:57 p.m."),
    ],
)
def test_dates_with_a_time_follow_each_language(language: str, expected: str) -> None:
    from datetime import UTC, datetime

    from django.utils.formats import date_format

    with translation.override(language):
        assert date_format(datetime(2026, 11, 23, 15, 57, tzinfo=UTC), "DATETIME_FORMAT") == expected


def test_plural_forms_follow_each_language() -> None:
    with translation.override("ru"):
        assert (
            translation.ngettext("%(counter)s question", "%(counter)s questions", 21) % {"counter": 21} == "21 вопрос"
        )
        assert translation.ngettext("%(counter)s question", "%(counter)s questions", 3) % {"counter": 3} == "3 вопроса"
        assert (
            translation.ngettext("%(counter)s question", "%(counter)s questions", 11) % {"counter": 11} == "11 вопросов"
        )
    with translation.override("sk"):
        assert translation.ngettext("%(counter)s question", "%(counter)s questions", 4) % {"counter": 4} == "4 otázky"
