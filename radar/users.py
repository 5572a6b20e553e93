"""Review-queue users and roles: argon2 password hashes, one row per person.

Roles: ``analyst`` triages alerts and resolves links, ``rm`` sees only their own
portfolio, ``admin`` does everything and manages users. The ``User`` model lives with the
other models in ``radar_core.db.models``.
"""

from __future__ import annotations

import logging
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from radar_core.db.models import User
from radar_core.errors import UsageError
from radar_core.i18n import LANGUAGES

log = logging.getLogger(__name__)

ROLES: tuple[str, ...] = ("analyst", "rm", "admin")
MIN_PASSWORD_LENGTH = 8


def _hasher() -> PasswordHasher:
    # argon2-cffi's defaults follow RFC 9106's low-memory profile; built per call, no global.
    return PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted, self-describing)."""
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when ``password`` matches; a malformed hash counts as a mismatch."""
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def validate_language(language: str | None) -> None:
    """Raise ``UsageError`` unless ``language`` is a supported one (or None: the default)."""
    if language is not None and language not in LANGUAGES:
        raise UsageError(f"language: must be one of {', '.join(LANGUAGES)}")


def validate_user(username: str, password: str, role: str, rm_email: str | None) -> None:
    """Raise ``UsageError`` for an unusable account definition."""
    if not username or len(username) > 100 or any(ch.isspace() for ch in username):
        raise UsageError("username: 1-100 characters, no spaces")
    if role not in ROLES:
        raise UsageError(f"role: must be one of {', '.join(ROLES)}")
    if role == "rm" and not rm_email:
        raise UsageError("rm_email: an rm account needs --rm-email (their portfolio)")
    if rm_email is not None and "@" not in rm_email:
        raise UsageError("rm_email: not an e-mail address")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UsageError(f"password: at least {MIN_PASSWORD_LENGTH} characters")


def add_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    now: datetime,
    rm_email: str | None = None,
    language: str | None = None,
) -> User:
    """Create a user; a taken username is a ``UsageError``.

    ``language`` is the user's pages and digest language; None reads the default (Turkish).
    """
    rm_email = (rm_email or "").strip().lower() or None
    validate_user(username, password, role, rm_email)
    validate_language(language)
    if session.scalars(select(User).where(User.username == username)).first() is not None:
        raise UsageError(f"username: {username!r} already exists")
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=role,
        rm_email=rm_email,
        active=True,
        created_at=now,
        language=language,
    )
    session.add(user)
    session.flush()
    log.info("user %s added with role %s", username, role)
    return user


def set_password(user: User, password: str) -> None:
    """Replace a user's password (same length rule as for new users)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UsageError(f"password: at least {MIN_PASSWORD_LENGTH} characters")
    user.password_hash = hash_password(password)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active local user with these credentials, or None."""
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        # Hash anyway so that unknown names take as long as wrong passwords.
        verify_password(hash_password("timing-equaliser"), password)
        return None
    if not user.active or user.auth_source != "local":
        # An OIDC or directory user's password is checked there, never here.
        verify_password(hash_password("timing-equaliser"), password)
        return None
    if not verify_password(user.password_hash, password):
        return None
    return user


def list_users(session: Session) -> list[User]:
    """All users, by name."""
    return list(session.scalars(select(User).order_by(User.username)))
