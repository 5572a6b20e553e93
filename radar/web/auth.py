"""Who is asking: signed session cookies, CSRF tokens, HTTP basic for the API, and roles.

The session cookie (Starlette's ``SessionMiddleware``: itsdangerous-signed, HttpOnly,
SameSite=Lax) holds only the user id, a random session token and a CSRF token. A signed
cookie alone cannot be revoked, so each login also stores the token's hash in
``web_sessions``: logging out deletes that row, so every copy of the cookie stops working,
and a session unused for ``web_idle_minutes`` (or older than ``SESSION_MAX_AGE``) ends.
Every form carries the CSRF token and a POST without it is refused with 403; API calls authenticated by the cookie must echo it in
``X-CSRF-Token``, while HTTP basic calls need none (a browser never sends them on its own).
Passwords, from the form or HTTP basic, are checked behind ``radar.web.throttle``.
Users are re-read on every request so that deactivation takes effect at once.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from collections.abc import Iterator
from datetime import datetime, timedelta

from fastapi import HTTPException, Request
from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from radar.external_users import Refused
from radar.ldap_directory import DirectoryUnavailable
from radar.sign_in import password_sign_in
from radar.web.texts import SESSION_LANGUAGE
from radar.web.throttle import LoginThrottle, Throttled
from radar_core.db import session_scope
from radar_core.db.models import User, WebSession
from radar_core.i18n import N_, language_of

SESSION_MAX_AGE = 12 * 3600  # seconds: one working day, idle or not
SESSION_USER = "uid"
SESSION_TOKEN = "sid"
# last_seen is written at most this often, not on every request.
TOUCH_EVERY = timedelta(minutes=1)
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
        raise HTTPException(status_code=403, detail=N_("missing or invalid CSRF token"))


async def check_form_csrf(request: Request) -> None:
    """Dependency for form posts: the ``csrf_token`` field must match the session."""
    form = await request.form()
    check_csrf(request, form.get(CSRF_FIELD))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _expired(request: Request, row: WebSession, now: datetime) -> bool:
    idle = timedelta(minutes=request.app.state.settings.web_idle_minutes)
    return now - row.last_seen > idle or now - row.created_at > timedelta(seconds=SESSION_MAX_AGE)


def _forget(request: Request) -> None:
    request.session.pop(SESSION_USER, None)
    request.session.pop(SESSION_TOKEN, None)


def session_user(request: Request, session: Session) -> User | None:
    """The active user of the session cookie, if its server-side session is still live."""
    uid, token = request.session.get(SESSION_USER), request.session.get(SESSION_TOKEN)
    if not isinstance(uid, int) or not isinstance(token, str):
        _forget(request)
        return None
    row = session.scalar(select(WebSession).where(WebSession.token_hash == _token_hash(token)))
    now: datetime = request.app.state.clock()
    if row is None or row.user_id != uid or _expired(request, row, now):
        if row is not None:
            session.delete(row)
        _forget(request)
        return None
    user = session.get(User, uid)
    if user is None or not user.active:
        _forget(request)
        return None
    if now - row.last_seen >= TOUCH_EVERY:
        row.last_seen = now
    return user


def log_in(request: Request, session: Session, user: User) -> None:
    """Start a fresh session for ``user`` (new token and CSRF token: no session fixation).

    Expired sessions of every user are purged here, so the table stays small.
    """
    now: datetime = request.app.state.clock()
    idle = timedelta(minutes=request.app.state.settings.web_idle_minutes)
    session.execute(delete(WebSession).where(or_(
        WebSession.last_seen < now - idle,
        WebSession.created_at < now - timedelta(seconds=SESSION_MAX_AGE))))
    request.session.clear()
    token = secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=_token_hash(token), user_id=user.id, created_at=now,
                           last_seen=now))
    request.session[SESSION_USER] = user.id
    request.session[SESSION_TOKEN] = token
    # Error pages (rendered without the user) speak the user's language from the first one.
    request.session[SESSION_LANGUAGE] = language_of(user.language)
    csrf_token(request)
    # Commit now: the request's own commit may run after the redirect has been sent, and
    # the browser's next request must find the session.
    session.commit()


def log_out(request: Request, session: Session) -> None:
    """End this session on the server too: a copy of the cookie no longer logs anyone in."""
    token = request.session.get(SESSION_TOKEN)
    if isinstance(token, str):
        session.execute(delete(WebSession).where(WebSession.token_hash == _token_hash(token)))
        session.commit()  # revoked before the response leaves, not after
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


def throttled_authenticate(request: Request, session: Session, username: str, password: str) -> User | None:
    """``authenticate`` behind the login throttle; raises ``Throttled`` when this client must wait.

    The client is ``request.client``: the connecting address, or the one a trusted proxy
    names (``web_trusted_proxies``; the app rewrites the client before any handler runs).
    With an LDAP directory configured, names without a local account are checked there
    (``radar.sign_in``); ``Refused`` and ``DirectoryUnavailable`` pass through, counted
    as failures.
    """
    throttle: LoginThrottle = request.app.state.login_throttle
    attempt = throttle.begin(request.client.host if request.client else None, username)
    user: User | None = None
    try:
        user = password_sign_in(session, request.app.state.settings, username, password,
                                request.app.state.clock())
    finally:
        if user is None:
            throttle.failed(attempt)
        else:
            # A user provisioned from the directory is committed first: the throttle writes
            # in its own transaction, and SQLite has one writer.
            session.commit()
            throttle.succeeded(attempt)
    return user


def api_user(request: Request, session: Session) -> User:
    """The API caller: HTTP basic, or the session cookie plus ``X-CSRF-Token`` on writes.

    Basic credentials go through the same throttle as the login form: 429 and
    ``Retry-After`` while this client must wait.
    """
    creds = basic_credentials(request)
    if creds is not None:
        try:
            user = throttled_authenticate(request, session, *creds)
        except Throttled as exc:
            raise HTTPException(429, N_("too many failed attempts from this address: retry later"),
                                headers={"Retry-After": str(exc.retry_after)}) from exc
        except Refused as exc:
            raise HTTPException(403, exc.reason) from exc
        except DirectoryUnavailable as exc:
            raise HTTPException(503, N_("the directory cannot be reached: retry later")) from exc
        if user is None:
            raise HTTPException(401, N_("invalid credentials"), headers={"WWW-Authenticate": 'Basic realm="radar"'})
        return user
    user = session_user(request, session)
    if user is None:
        raise HTTPException(401, N_("authentication required"), headers={"WWW-Authenticate": 'Basic realm="radar"'})
    if request.method in UNSAFE_METHODS:
        check_csrf(request, request.headers.get(CSRF_HEADER))
    return user


def require_role(user: User, *roles: str) -> None:
    """403 unless ``user`` has one of ``roles``."""
    if user.role not in roles:
        raise HTTPException(status_code=403, detail=N_("your role may not do this"))
