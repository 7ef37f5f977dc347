"""Who is asking, and what they may do.

A request is made by an account when it carries an API token (`Authorization: Bearer TOKEN`, made
with `tally users token`) or the session cookie of a signed-in browser; otherwise it is anonymous.
Anonymous requests may read what a viewer reads (unless the server runs with `--private`) and
never write. Writes from a browser session must carry its CSRF token (a form field `csrf_token` or
an `X-CSRF-Token` header), so another site cannot make a signed-in reviewer's browser act.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable

from fastapi import HTTPException, Request

from tally.store.accounts import ROLES, Accounts, User

#: Session key holding the signed-in account's id, and the one holding its CSRF token.
SESSION_USER = "user_id"
SESSION_CSRF = "csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


def accounts(request: Request) -> Accounts:
    found: Accounts = request.app.state.accounts
    return found


def csrf_token(request: Request) -> str:
    """The browser session's CSRF token, made on first use."""
    token = request.session.get(SESSION_CSRF)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(24)
        request.session[SESSION_CSRF] = token
    return token


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(
            401,
            "The Authorization header must read 'Bearer TOKEN', with a token made by "
            "`tally users token NAME`.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return token.strip()


def current_user(request: Request) -> User | None:
    """The account making the request, None when anonymous; 401 for a token that is not valid."""
    try:
        known: User | None = request.state.user
        return known
    except AttributeError:
        pass
    token = _bearer(request)
    user: User | None = None
    if token is not None:
        user = accounts(request).by_token(token)
        if user is None:
            raise HTTPException(
                401,
                "This API token is not valid: it is unknown, revoked, or its account is disabled.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        request.state.by_token = True
    else:
        user_id = request.session.get(SESSION_USER)
        if isinstance(user_id, int):
            user = accounts(request).by_id(user_id)
            if user is None:
                request.session.pop(SESSION_USER, None)
        request.state.by_token = False
    request.state.user = user
    return user


def reader(request: Request) -> User | None:
    """For what anyone may read: the account, or None when anonymous reading is allowed."""
    user = current_user(request)
    if user is None and not request.app.state.public:
        raise HTTPException(
            401,
            "This server is private: sign in, or send an API token (Authorization: Bearer TOKEN).",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


def may(user: User | None, role: str) -> bool:
    """Whether the account (None: anonymous) has `role` or a more trusted one."""
    return user is not None and user.can(role)


async def _check_csrf(request: Request) -> None:
    if request.method in ("GET", "HEAD", "OPTIONS") or request.state.by_token:
        return
    expected = request.session.get(SESSION_CSRF)
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not isinstance(expected, str) or not given or not hmac.compare_digest(expected, given):
        raise HTTPException(
            403,
            "The form's security token is missing or out of date (CSRF check): reload the page "
            "and try again.",
        )


def require(role: str) -> Callable[[Request], Awaitable[User]]:
    """A dependency letting through only accounts with `role` or above (401 anonymous, 403 too
    little), checking the CSRF token of browser sessions on writes."""
    assert role in ROLES

    async def dependency(request: Request) -> User:
        user = current_user(request)
        if user is None:
            raise HTTPException(
                401,
                f"Sign in, or send an API token (Authorization: Bearer TOKEN): this needs the "
                f"{role} role or above.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if not user.can(role):
            raise HTTPException(
                403, f"Your role, {user.role}, cannot do this: it needs the {role} role or above."
            )
        await _check_csrf(request)
        return user

    return dependency
