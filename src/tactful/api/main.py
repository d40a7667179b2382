"""The API instance: routers of each part, mounted at /api/v1/ by tactful.urls.

Schema at /api/v1/openapi.json, interactive docs at /api/v1/docs."""

from __future__ import annotations

from ninja import NinjaAPI

from tactful.api import errors
from tactful.api.accounts import router as accounts_router
from tactful.api.analyse import router as analyse_router
from tactful.api.interviews import router as interviews_router
from tactful.api.openings import router as openings_router
from tactful.api.portraits import router as portraits_router
from tactful.api.practice import router as practice_router

api = NinjaAPI(
    title="Tactful API",
    version="1",
    description=(
        "Answer analysis and practice interviews for customer-support candidates, and the hiring "
        "workflow of an organisation: portraits, kits, openings, candidates, interviews, scorecards, "
        "decisions. Organisation endpoints need a member: a personal token from /accounts/tokens/ as "
        "`Authorization: Bearer tct_...`, or the browser session (with the CSRF header on writes). "
        'Errors are `{"error": {"code", "message"}}`: 401 no or bad credential, 403 role not allowed, '
        "404 not in your organisation, 409 stale version or conflicting state."
    ),
    urls_namespace="api",
)
api.add_router("/", analyse_router)
api.add_router("/practice/", practice_router)
api.add_router("/accounts/", accounts_router)
api.add_router("/", portraits_router)
api.add_router("/", openings_router)
api.add_router("/", interviews_router)
errors.install(api)
