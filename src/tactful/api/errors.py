"""One error shape for the whole API: `{"error": {"code": "...", "message": "..."}}` with a 4xx.

`ApiError` is raised by routers (and by the auth classes); `install(api)` teaches the NinjaAPI
to render it, the services' own error values, and ninja's 401 in that shape.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError

from tactful.accounts.services import AccountsError


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Problem(Schema):
    """The body of every 4xx the API answers on purpose."""

    error: dict[str, str]


def problem(api: NinjaAPI, request: HttpRequest, status: int, code: str, message: str) -> HttpResponse:
    return api.create_response(request, {"error": {"code": code, "message": message}}, status=status)


def install(api: NinjaAPI) -> None:
    def on_api_error(request: HttpRequest, exc: Any) -> HttpResponse:
        return problem(api, request, exc.status, exc.code, exc.message)

    def on_unauthenticated(request: HttpRequest, exc: Any) -> HttpResponse:
        message = _("Missing or invalid token: send the header Authorization: Bearer <token>.")
        return problem(api, request, 401, "unauthorized", message)

    api.add_exception_handler(ApiError, on_api_error)
    api.add_exception_handler(AccountsError, on_api_error)
    api.add_exception_handler(AuthenticationError, on_unauthenticated)
