"""The domain content library: schema, reading, checking and statistics of `content/`.

Pure Python (pydantic + PyYAML): it must not import Django, so the checker runs anywhere
and the Django apps, CLI and tests all read content through the same code.
"""

from tactful.content.languages import LANGUAGES
from tactful.content.reader import ContentLibrary, Problem, read_library

__all__ = ["LANGUAGES", "ContentLibrary", "Problem", "read_library"]
