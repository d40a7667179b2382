"""The one error type hiring services raise for mistakes a user can make.

`HiringError(code, message)`: `code` is a stable machine word the API returns as is
(`"stale"`, `"not_found"`, `"csv_not_text"`, ...); `message` is translated text a page can show.
Bugs stay ordinary exceptions.
"""

from __future__ import annotations


class HiringError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = str(message)

    def __str__(self) -> str:
        return self.message

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}
