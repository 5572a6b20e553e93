"""Users vouched for by an OpenID Connect provider or an LDAP directory.

Such a user is created on their first sign-in and brought up to date on every later one
(just-in-time provisioning): the directory stays the one place where people are given
access. Their groups are mapped to a role by the configured role map; a person in none of
the mapped groups gets no account. An administrator's deactivation in Radar still holds,
and a local account is never taken over by an outside identity of the same name.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from radar.users import validate_user
from radar_core.addresses import valid_email
from radar_core.db.models import User
from radar_core.errors import UsageError

log = logging.getLogger(__name__)

# The most powerful role wins when a person is in several mapped groups.
ROLE_RANK = {"rm": 0, "analyst": 1, "admin": 2}
# password_hash of an outside user: not an argon2 hash, so no password ever matches it.
NO_LOCAL_PASSWORD = "!external"


@dataclass(frozen=True)
class Identity:
    """A person as the provider or directory describes them."""

    source: str  # "oidc" or "ldap"
    external_id: str  # "ISSUER SUBJECT" or the user's DN
    username: str
    email: str | None
    groups: tuple[str, ...] = field(default=())


class Refused(Exception):
    """The identity is genuine but gets no Radar account; ``reason`` is shown to the person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def map_role(groups: Iterable[str], role_map: Mapping[str, str]) -> str | None:
    """The role of the most powerful mapped group, or None.

    Groups match case-insensitively, as a whole (an LDAP DN or a provider's group name) or,
    for a DN, by its first value (``cn=radar-rms,ou=groups,...`` matches ``radar-rms``).
    """
    wanted = {key.strip().lower(): role for key, role in role_map.items()}
    roles = set()
    for group in groups:
        name = group.strip().lower()
        first = name.split(",", 1)[0].partition("=")[2].strip() if "=" in name else ""
        for key in (name, first):
            if key and key in wanted:
                roles.add(wanted[key])
    return max(roles, key=ROLE_RANK.__getitem__) if roles else None


def provision(session: Session, identity: Identity, role_map: Mapping[str, str],
              now: datetime) -> User:
    """The Radar user for ``identity``, created or updated; ``Refused`` when none may exist."""
    role = map_role(identity.groups, role_map)
    if role is None:
        raise Refused(f"{identity.username!r} is in none of the groups that give access to "
                      "Radar: ask an administrator to add you to one.")
    email = (identity.email or "").strip().lower() or None
    if email is not None and not valid_email(email):
        email = None
    if role == "rm" and email is None:
        raise Refused(f"{identity.username!r} is in a relationship managers' group but has "
                      "no e-mail address, which names their portfolio.")
    user = session.scalars(select(User).where(
        User.auth_source == identity.source, User.external_id == identity.external_id)).first()
    if user is None:
        taken = session.scalars(select(User).where(User.username == identity.username)).first()
        if taken is not None:
            raise Refused(f"the username {identity.username!r} belongs to another Radar "
                          "account: ask an administrator.")
        try:
            validate_user(identity.username, NO_LOCAL_PASSWORD * 2, role, email)
        except UsageError as exc:
            raise Refused(f"this account cannot be used in Radar: {exc}") from exc
        user = User(username=identity.username, password_hash=NO_LOCAL_PASSWORD, role=role,
                    rm_email=email if role == "rm" else None, active=True, created_at=now,
                    auth_source=identity.source, external_id=identity.external_id)
        session.add(user)
        session.flush()
        log.info("user %s created from %s with role %s", user.username, identity.source, role)
        return user
    if not user.active:
        raise Refused(f"the Radar account {user.username!r} has been deactivated.")
    if (user.role, user.rm_email) != (role, email if role == "rm" else None):
        log.info("user %s: role %s -> %s from %s groups", user.username, user.role, role,
                 identity.source)
    user.role = role
    user.rm_email = email if role == "rm" else None
    return user
