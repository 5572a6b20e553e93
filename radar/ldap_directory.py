"""Sign-in against an LDAP directory (ldap3): find the user, bind as them, read their groups.

A service account (``ldap_bind_dn``) searches ``ldap_user_base`` with ``ldap_user_filter``,
the typed name escaped by ldap3's ``escape_filter_chars`` so that ``*)(uid=*`` matches
nobody rather than everybody; exactly one entry must match. The password is then checked
by binding as that entry's DN, so the directory's own policy (lockout, expiry) applies.
Groups come from the entry's ``memberOf`` or, with ``ldap_group_base``, from a group search.
An empty password is refused before any bind: LDAP treats it as an anonymous bind, which
would "succeed" for anyone.
"""

from __future__ import annotations

import logging
import ssl
from typing import Any

from ldap3 import NONE, SUBTREE, Connection, Server, Tls
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars

from radar.external_users import Identity
from radar_core.config import Settings

log = logging.getLogger(__name__)
TIMEOUT = 10  # seconds, for connecting and for each answer


class DirectoryUnavailable(Exception):
    """The directory could not be reached or refused the service account."""


def _server(settings: Settings) -> Server:
    tls = Tls(validate=ssl.CERT_REQUIRED)
    return Server(settings.ldap_url or "", get_info=NONE, tls=tls, connect_timeout=TIMEOUT)


def _bind(settings: Settings, user: str | None, password: str | None) -> Connection | None:
    """A connection bound as ``user``, or None when the directory refuses the password.

    One bind per call (no context manager, which would bind again): a directory that locks
    accounts after failed binds counts each wrong password once.
    """
    conn = Connection(_server(settings), user=user, password=password, receive_timeout=TIMEOUT,
                      raise_exceptions=False, read_only=True)
    conn.open()
    if settings.ldap_start_tls and not conn.start_tls():
        conn.unbind()
        raise DirectoryUnavailable(f"StartTLS refused: {conn.result}")
    if conn.bind():
        return conn
    conn.unbind()
    return None


def _values(entry: Any, attribute: str) -> list[str]:
    attrs = entry.get("attributes", {})
    for name, value in attrs.items():
        if name.lower() == attribute.lower():
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return []


def authenticate(settings: Settings, username: str, password: str) -> Identity | None:
    """The directory's identity for these credentials, or None when they are wrong.

    Raises ``DirectoryUnavailable`` when the directory cannot answer (not the user's fault).
    """
    if not username or not password or len(username) > 256:
        return None
    secret = settings.ldap_bind_password.get_secret_value() if settings.ldap_bind_password else None
    attributes = [settings.ldap_username_attribute, settings.ldap_email_attribute]
    if not settings.ldap_group_base:
        attributes.append("memberOf")
    try:
        service = _bind(settings, settings.ldap_bind_dn, secret)
        if service is None:
            raise DirectoryUnavailable("the directory refused the service account (ldap_bind_dn)")
        try:
            query = settings.ldap_user_filter.format(username=escape_filter_chars(username))
            service.search(settings.ldap_user_base or "", query, SUBTREE, attributes=attributes,
                           size_limit=2)
            entries = [e for e in service.response or [] if e.get("type") == "searchResEntry"]
            if len(entries) != 1:
                log.info("directory sign-in for %r: %d entries match", username, len(entries))
                return None
            entry = entries[0]
            dn = str(entry["dn"])
            if settings.ldap_group_base:
                service.search(settings.ldap_group_base,
                               settings.ldap_group_filter.format(dn=escape_filter_chars(dn)),
                               SUBTREE, attributes=["cn"])
                groups = [str(e["dn"]) for e in service.response or []
                          if e.get("type") == "searchResEntry"]
            else:
                groups = _values(entry, "memberOf")
        finally:
            service.unbind()
        as_user = _bind(settings, dn, password)
        if as_user is None:
            log.info("directory sign-in for %r: wrong password", username)
            return None
        as_user.unbind()
    except LDAPException as exc:
        raise DirectoryUnavailable(str(exc)) from exc
    names = _values(entry, settings.ldap_username_attribute)
    emails = _values(entry, settings.ldap_email_attribute)
    return Identity(source="ldap", external_id=dn, username=names[0] if names else username,
                    email=emails[0] if emails else None, groups=tuple(groups))
