"""The web application: `create_app(db_url)` gives the FastAPI app that `tally serve` runs.

    from tally.serve import create_app
    app = create_app("sqlite:///tally.db")        # or a PostgreSQL URL

The JSON API lives under /api (its OpenAPI document at /openapi.json, browsable at /docs),
exports under /api/export, Atom feeds under /feeds, and the pages everywhere else.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from tally.serve import api_export, api_read, api_write, pages
from tally.serve.cache import Answers
from tally.store import Accounts, Store

#: Environment variable with the key that signs session cookies; without it a random key is
#: made at start (sessions then end when the server restarts).
SECRET_ENV = "TALLY_SECRET"
STATIC = Path(__file__).with_name("static")
#: How long a browser session lasts, in seconds.
SESSION_SECONDS = 12 * 3600


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api", "/feeds", "/openapi")):
        return False
    return "text/html" in request.headers.get("accept", "")


def _readable(errors: Any) -> str:
    """FastAPI's validation errors as one line: "limit: must be at most 500; sort: ..."."""
    parts = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {error.get('msg', 'is not valid')}")
    return "; ".join(parts) or "The request is not valid."


def create_app(db_url: str, *, public: bool = True, secret: str | None = None) -> FastAPI:
    """The app on the database at `db_url` (brought up to date). `public`: whether anonymous
    visitors may read (never write); `secret` signs session cookies (default: $TALLY_SECRET,
    else a random key)."""
    store = Store.open(db_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="tally",
        summary="Casualty claims, incidents and tolls read from conflict reports.",
        description=(
            "Reads are open to anonymous visitors unless the server is private; writes need an "
            "account. Send an API token as `Authorization: Bearer TOKEN` (make one with "
            "`tally users token NAME`). Lists are cut into pages: pass a page's `next` back as "
            '`cursor`. Errors answer `{"detail": "what is wrong, in words"}`.'
        ),
        version="1",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.accounts = Accounts(store.engine)
    app.state.public = public
    app.state.answers = Answers()
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret or os.environ.get(SECRET_ENV) or secrets.token_urlsafe(32),
        session_cookie="tally_session",
        max_age=SESSION_SECONDS,
        same_site="lax",
    )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _wants_html(request):
            if exc.status_code == 401:
                target = quote(
                    request.url.path + (f"?{request.url.query}" if request.url.query else "")
                )
                return RedirectResponse(f"/login?next={target}", status_code=303)
            return pages.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse(
            {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        message = _readable(exc.errors())
        if _wants_html(request):
            return pages.error_page(request, 422, message)
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        return JSONResponse({"detail": message, "errors": errors}, status_code=422)

    app.include_router(api_read.router)
    app.include_router(api_write.router)
    app.include_router(api_export.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
