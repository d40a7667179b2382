"""Bad input comes back as an error object, never as an exception."""

from __future__ import annotations

import pytest

from tactful.analysis import MAX_WORDS, analyse


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_or_blank_text_is_an_error(text: str) -> None:
    report = analyse(text)
    assert report.to_dict()["error"] == {"code": "empty", "message": "The answer is empty."}


def test_text_over_the_word_limit_is_an_error_with_the_count() -> None:
    report = analyse("word " * (MAX_WORDS + 1))
    error = report.to_dict()["error"]
    assert error["code"] == "too_long"
    assert f"{MAX_WORDS + 1} words" in error["message"]


def test_binary_data_is_refused() -> None:
    assert analyse("PK\x03\x04\x00\x00binary").to_dict()["error"]["code"] == "not_text"


def test_an_unsupported_language_is_reported_with_the_detected_one() -> None:
    german = (
        "Letztes Jahr hat mich ein Kunde angerufen, der seit drei Tagen kein Internet hatte. "
        "Ich habe mich entschuldigt und sofort einen Techniker für den nächsten Morgen bestellt."
    )
    result = analyse(german).to_dict()
    assert result["error"]["code"] == "unsupported_language"
    assert result["language"] == "de"
    assert result["detected_language"] == "de"


def test_an_explicit_language_outside_the_five_is_refused() -> None:
    result = analyse("Bonjour, je m'appelle Marie.", language="fr").to_dict()
    assert result["error"]["code"] == "unsupported_language"
    assert "'fr'" in result["error"]["message"]


def test_an_unknown_question_is_refused() -> None:
    result = analyse("I helped a customer.", question="no-such-question").to_dict()
    assert result["error"]["code"] == "unknown_question"


def test_malicious_html_is_analysed_as_plain_text_with_offsets_into_it() -> None:
    text = "<script>alert('x')</script> Last week I helped a customer reset her router. She thanked me."
    report = analyse(text, language="en")
    assert report.ok
    assert text[report.sentences[-1].start : report.sentences[-1].end] == "She thanked me."
