"""Password sign-in, local or through the directory, for the login form and HTTP basic.

A local account (``radar users add``) is checked by its argon2 hash, so a small install or
a break-glass administrator needs no directory. Any other name goes to the LDAP directory
when one is configured, and its user is provisioned from the entry and its groups.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from radar import ldap_directory
from radar.external_users import provision
from radar.users import authenticate
from radar_core.config import Settings
from radar_core.db.models import User


def password_sign_in(session: Session, settings: Settings, username: str, password: str,
                     now: datetime) -> User | None:
    """The user these credentials belong to, or None.

    Raises ``external_users.Refused`` (right password, no access) and
    ``ldap_directory.DirectoryUnavailable`` (the directory did not answer).
    """
    known = session.scalars(select(User).where(User.username == username)).first()
    if settings.ldap_enabled and (known is None or known.auth_source == "ldap"):
        identity = ldap_directory.authenticate(settings, username, password)
        if identity is None:
            return None
        return provision(session, identity, settings.ldap_role_map, now)
    return authenticate(session, username, password)
