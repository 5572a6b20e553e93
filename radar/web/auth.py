"""Who is asking: signed session cookies, CSRF tokens, HTTP basic for the API, and roles.

The session cookie (Starlette's ``SessionMiddleware``: itsdangerous-signed, HttpOnly,
SameSite=Lax) holds only the user id and a CSRF token. Every form carries the token and a
POST without it is refused with 403; API calls authenticated by the cookie must echo it in
``X-CSRF-Token``, while HTTP basic calls need none (a browser never sends them on its own).
Users are re-read on every request so that deactivation takes effect at once.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Iterator

from fastapi import HTTPException, Request
from sqlalchemy.orm import Session

from radar.users import authenticate
from radar_core.db import session_scope
from radar_core.db.models import User

SESSION_USER = "uid"
SESSION_CSRF = "csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class LoginRequired(Exception):
    """Raised by page dependencies; the app answers with a redirect to /login."""


def db_session(request: Request) -> Iterator[Session]:
    """A database session per request: commit on success, roll back on error."""
    with session_scope(request.app.state.sessions) as session:
        yield session


def csrf_token(request: Request) -> str:
    """This browser session's CSRF token, created on first use."""
    token = request.session.get(SESSION_CSRF)
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        request.session[SESSION_CSRF] = token
    return token


def check_csrf(request: Request, supplied: object) -> None:
    """403 unless ``supplied`` equals the session's token."""
    expected = request.session.get(SESSION_CSRF)
    if (
        not isinstance(expected, str)
        or not isinstance(supplied, str)
        or not secrets.compare_digest(expected.encode(), supplied.encode())
    ):
        raise HTTPException(status_code=403, detail="missing or invalid CSRF token")


async def check_form_csrf(request: Request) -> None:
    """Dependency for form posts: the ``csrf_token`` field must match the session."""
    form = await request.form()
    check_csrf(request, form.get(CSRF_FIELD))


def session_user(request: Request, session: Session) -> User | None:
    """The active user of the session cookie, if any."""
    uid = request.session.get(SESSION_USER)
    if not isinstance(uid, int):
        return None
    user = session.get(User, uid)
    if user is None or not user.active:
        request.session.pop(SESSION_USER, None)
        return None
    return user


def log_in(request: Request, user: User) -> None:
    """Start a fresh session for ``user`` (new CSRF token: no session fixation)."""
    request.session.clear()
    request.session[SESSION_USER] = user.id
    csrf_token(request)


def log_out(request: Request) -> None:
    request.session.clear()


def basic_credentials(request: Request) -> tuple[str, str] | None:
    """Username and password of an ``Authorization: Basic`` header, if well-formed."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, sep, password = decoded.partition(":")
    return (username, password) if sep else None


def api_user(request: Request, session: Session) -> User:
    """The API caller: HTTP basic, or the session cookie plus ``X-CSRF-Token`` on writes."""
    creds = basic_credentials(request)
    if creds is not None:
        user = authenticate(session, *creds)
        if user is None:
            raise HTTPException(401, "invalid credentials", headers={"WWW-Authenticate": 'Basic realm="radar"'})
        return user
    user = session_user(request, session)
    if user is None:
        raise HTTPException(401, "authentication required", headers={"WWW-Authenticate": 'Basic realm="radar"'})
    if request.method in UNSAFE_METHODS:
        check_csrf(request, request.headers.get(CSRF_HEADER))
    return user


def require_role(user: User, *roles: str) -> None:
    """403 unless ``user`` has one of ``roles``."""
    if user.role not in roles:
        raise HTTPException(status_code=403, detail="your role may not do this")
