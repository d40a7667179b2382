"""One error shape for the whole API: `{"error": {"code": "...", "message": "..."}}` with a 4xx.

`ApiError` is raised by routers (and by the auth classes); `install(api)` teaches the NinjaAPI
to render it, the services' own errors (`AccountsError`, `HiringError` with its status by
code) and ninja's 401 in that shape. Routers therefore just call services and let them raise.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError

from tactful.accounts.services import AccountsError
from tactful.hiring.errors import HiringError

# HTTP status of each hiring error code; any other code is a 400 (the request can be fixed).
HIRING_STATUS = {
    "forbidden": 403,
    "not_assigned": 403,
    "not_found": 404,
    "stale": 409,
    "submitted": 409,
    "in_use": 409,
    "duplicate": 409,
    "duplicate_email": 409,
    "already_done": 409,
    "cancelled": 409,
}


class ApiError(Exception):
    """A refusal the client can fix; `details` go into the error object beside code and message."""

    def __init__(self, status: int, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


class Problem(Schema):
    """The body of every 4xx the API answers on purpose: `{"error": {"code", "message"}}`."""

    error: dict[str, Any]


def not_found(message: str) -> ApiError:
    """A 404 for an id the actor cannot see (another organisation's, or not theirs to see)."""
    return ApiError(404, "not_found", message)


def problem(api: NinjaAPI, request: HttpRequest, status: int, code: str, message: str) -> HttpResponse:
    return api.create_response(request, {"error": {"code": code, "message": message}}, status=status)


def install(api: NinjaAPI) -> None:
    def on_api_error(request: HttpRequest, exc: Any) -> HttpResponse:
        body = {"code": exc.code, "message": exc.message, **getattr(exc, "details", {})}
        return api.create_response(request, {"error": body}, status=exc.status)

    def on_unauthenticated(request: HttpRequest, exc: Any) -> HttpResponse:
        message = _("Missing or invalid token: send the header Authorization: Bearer <token>.")
        return problem(api, request, 401, "unauthorized", message)

    def on_hiring_error(request: HttpRequest, exc: Any) -> HttpResponse:
        status = HIRING_STATUS.get(exc.code, 400)
        return api.create_response(request, {"error": exc.as_dict()}, status=status)

    api.add_exception_handler(ApiError, on_api_error)
    api.add_exception_handler(HiringError, on_hiring_error)
    api.add_exception_handler(AccountsError, on_api_error)
    api.add_exception_handler(AuthenticationError, on_unauthenticated)
