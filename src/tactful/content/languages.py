"""The languages every content text must exist in; English is the source language."""

LANGUAGES: tuple[str, ...] = ("en", "ru", "et", "hr", "sk")
SOURCE_LANGUAGE = "en"
