"""Settings: defaults here, a TOML file overrides them, ``RADAR_*`` variables override the
file, and command-line flags override everything.

Components receive a ``Settings`` object; they never read the environment themselves,
so tests can build settings explicitly. Secrets (SMTP password) come only from the
environment: a settings file that contains one is rejected.

Values are checked when they are loaded, not when a job first needs them: times of day,
the time zone, e-mail addresses and URLs. Every problem is reported at once, one
``radar.toml:7 mail_time: '25:99' is not a time of day`` per line (a value from the
environment names its variable instead of a line).
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import tomllib
from email.utils import getaddresses
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator

from radar_core import declared
from radar_core.addresses import safe_url, valid_email
from radar_core.declared import Problem
from radar_core.schedules import clock_time, cron_error, timezone_error

ENV_PREFIX = "RADAR_"
SECRET_FIELDS = frozenset({"smtp_password", "web_secret_key", "oidc_client_secret",
                           "ldap_bind_password"})
# The review queue's roles (radar.users.ROLES; the ground layer cannot import it).
SIGN_IN_ROLES = ("analyst", "rm", "admin")


WEBHOOK_POLARITIES = ("", "opportunity", "risk")
WEBHOOK_SEVERITIES = ("low", "medium", "high", "critical")
WEBHOOK_SECRET_MIN = 16


class WebhookEndpoint(BaseModel):
    """A receiver of signed alert webhooks (a CRM, a chat channel's incoming hook).

    The signing secret never sits in a settings file: it is read from the variable
    ``secret_env`` (default ``RADAR_WEBHOOK_<NAME>_SECRET``) when settings are loaded.
    """

    model_config = {"extra": "forbid"}

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$",
                      description="Short id (lower case, digits, - and _), kept on each delivery.")
    url: str = Field(description="Where alerts are POSTed: https, or http on a loopback address.")
    polarity: str = Field("", description="Only opportunity or risk alerts; empty: both.")
    min_severity: str = Field("low", description="The least severe alert sent.")
    secret_env: str | None = Field(None, description="Variable holding the signing secret.")
    secret: SecretStr | None = Field(None, description="Filled from secret_env, never a file.")

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        value = value.strip()
        if not _secure_url(value, ("https",)):
            raise ValueError(f"{value!r} is not an https URL (http only on a loopback address)")
        return value

    @field_validator("polarity")
    @classmethod
    def _polarity(cls, value: str) -> str:
        if value not in WEBHOOK_POLARITIES:
            raise ValueError("must be opportunity, risk or empty (both)")
        return value

    @field_validator("min_severity")
    @classmethod
    def _severity(cls, value: str) -> str:
        if value not in WEBHOOK_SEVERITIES:
            raise ValueError(f"must be one of {', '.join(WEBHOOK_SEVERITIES)}")
        return value

    @property
    def secret_variable(self) -> str:
        """The environment variable that holds this endpoint's secret."""
        return self.secret_env or f"{ENV_PREFIX}WEBHOOK_{re.sub(r'[^A-Z0-9]', '_', self.name.upper())}_SECRET"

    def __str__(self) -> str:
        state = "set" if self.secret is not None else "MISSING"
        return (f"{self.name} {self.url} (polarity {self.polarity or 'any'}, min severity "
                f"{self.min_severity}, secret {self.secret_variable} {state})")


class Settings(BaseModel):
    """All of Radar's settings, documented field by field (``radar config`` prints them)."""

    model_config = {"extra": "forbid"}

    data_dir: Path = Field(
        Path("radar-data"),
        description="Folder for the embedded database, the outbox and crawl state.",
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL; default sqlite:///<data_dir>/radar_core.db. "
        "PostgreSQL: postgresql+psycopg://user@host/db.",
    )
    outbox_dir: Path | None = Field(
        None, description="Where e-mails are written as .eml when no SMTP host is set."
    )
    sources_path: Path | None = Field(
        None, description="Source YAML file or folder; default: the project's crawlers/sources."
    )
    rules_path: Path | None = Field(
        None, description="Rules folder; default: the project's rules/starter."
    )
    review_base_url: str = Field(
        "http://127.0.0.1:8000",
        description="Base URL of the review queue, used for links in e-mails.",
    )
    research_mailbox: str = Field(
        "research@bank.example",
        description="Where alerts about unknown firms (prospects) are mailed.",
    )
    mail_from: str = Field("Radar <radar@bank.example>", description="Sender of alert e-mails.")
    smtp_host: str | None = Field(None, description="SMTP server; unset means write to outbox.")
    smtp_port: int = Field(25, description="SMTP port (587 for STARTTLS, 465 for TLS).")
    smtp_security: str = Field("none", description="none, starttls or tls.")
    smtp_user: str | None = Field(None, description="SMTP login name.")
    smtp_password: SecretStr | None = Field(
        None, description="SMTP password: only from the RADAR_SMTP_PASSWORD variable."
    )
    web_secret_key: SecretStr | None = Field(
        None,
        description="Key that signs review-queue session cookies (32+ characters): only from "
        "the RADAR_WEB_SECRET_KEY variable; unset means sessions end when the server restarts.",
    )
    web_idle_minutes: int = Field(
        30, ge=1, description="A review-queue session unused this many minutes ends; the user "
        "logs in again."
    )
    web_trusted_proxies: list[str] = Field(
        [], description="Addresses or networks (comma-separated) of reverse proxies whose "
        "X-Forwarded-For header names the real client, which login throttling counts by; "
        "empty: the connecting address is the client and X-Forwarded-For is ignored."
    )
    mail_time: str = Field(
        "07:30", description="Local time (HH:MM, in timezone) of the daily RM e-mails that "
        "radar scheduler sends."
    )
    redis_url: str | None = Field(
        None, description="Redis for the scheduler lock, the worker queue and distributed "
        "crawling (redis://127.0.0.1:6379/0); unset: single-machine mode, not needed."
    )
    send_empty_digest: bool = Field(False, description="Mail an RM even when nothing is new.")
    timezone: str = Field("Europe/Istanbul", description="Local time zone of the bank's RMs.")
    language: str = Field(
        "tr", description="Language (tr or en) of reports written by the CLI and the demo "
        "when no --lang is given; web pages and e-mails follow each user's own choice."
    )
    model_path: Path | None = Field(
        None,
        description="Local folder of the optional learned re-scorer (radar train --output); "
        "unset means rules only. Needs the ml extra.",
    )
    link_threshold: float = Field(
        0.0, description="Extra minimum link confidence for events (0 keeps the linker's own)."
    )
    webhooks: list[WebhookEndpoint] = Field(
        [], description="Endpoints that receive each new alert as a signed JSON POST: TOML "
        "[[radar.webhooks]] tables or a JSON list, each with name, url, polarity, min_severity "
        "and the secret in RADAR_WEBHOOK_<NAME>_SECRET (or the variable named by secret_env)."
    )
    webhook_max_attempts: int = Field(
        8, ge=1, le=50, description="Attempts per webhook delivery before it is marked failed "
        "(radar webhooks retry sends it again)."
    )
    webhook_backoff_seconds: float = Field(
        30.0, gt=0, description="Wait before the second attempt; it doubles per attempt (with "
        "jitter), up to an hour."
    )
    webhook_timeout_seconds: float = Field(
        10.0, gt=0, le=120, description="How long one webhook POST may take."
    )
    webhook_lookback_days: int = Field(
        7, ge=1, description="Alerts raised this many days back are still queued for an "
        "endpoint (a new endpoint receives the last week's alerts)."
    )
    webhook_cron: str = Field(
        "*/2 * * * *", description="When radar scheduler sends due webhooks (cron, in timezone)."
    )
    oidc_issuer: str | None = Field(
        None, description="OpenID Connect provider's issuer URL (its discovery document is "
        "ISSUER/.well-known/openid-configuration); unset: no single sign-on."
    )
    oidc_client_id: str | None = Field(None, description="Radar's client id at the OIDC provider.")
    oidc_client_secret: SecretStr | None = Field(
        None, description="Radar's client secret at the OIDC provider: only from the "
        "RADAR_OIDC_CLIENT_SECRET variable."
    )
    oidc_provider_name: str = Field(
        "single sign-on", description="Shown on the login page as 'Sign in with NAME'."
    )
    oidc_scopes: str = Field("openid email profile", description="Scopes asked of the provider.")
    oidc_username_claim: str = Field(
        "preferred_username", description="ID-token claim that gives the Radar username."
    )
    oidc_groups_claim: str = Field(
        "groups", description="ID-token claim listing the user's groups (mapped to roles)."
    )
    oidc_role_map: dict[str, str] = Field(
        {}, description="Provider groups to roles, e.g. radar-analysts=analyst,radar-rms=rm,"
        "radar-admins=admin; a user in none of them is refused."
    )
    ldap_url: str | None = Field(
        None, description="Directory server, ldap://host:389 or ldaps://host:636; unset: no "
        "directory sign-in."
    )
    ldap_start_tls: bool = Field(False, description="Upgrade an ldap:// connection with StartTLS.")
    ldap_bind_dn: str | None = Field(
        None, description="Service account that looks users up (unset: anonymous search)."
    )
    ldap_bind_password: SecretStr | None = Field(
        None, description="The service account's password: only from the "
        "RADAR_LDAP_BIND_PASSWORD variable."
    )
    ldap_user_base: str | None = Field(None, description="Where users are searched, e.g. "
                                       "ou=people,dc=bank,dc=example.")
    ldap_user_filter: str = Field(
        "(uid={username})", description="Filter that finds one user; {username} is replaced by "
        "the escaped login name."
    )
    ldap_username_attribute: str = Field("uid", description="Attribute that gives the Radar username.")
    ldap_email_attribute: str = Field("mail", description="Attribute with the user's e-mail "
                                      "(an RM's portfolio address).")
    ldap_group_base: str | None = Field(
        None, description="Where groups are searched with ldap_group_filter; unset: the user's "
        "memberOf attribute lists their groups."
    )
    ldap_group_filter: str = Field(
        "(member={dn})", description="Filter for the user's groups; {dn} is the user's escaped DN."
    )
    ldap_role_map: dict[str, str] = Field(
        {}, description="Directory groups (full DN or cn) to roles, e.g. "
        "radar-analysts=analyst,radar-rms=rm,radar-admins=admin; a user in none is refused."
    )

    @field_validator("webhooks", mode="before")
    @classmethod
    def _webhooks(cls, value: object) -> object:
        if isinstance(value, str):  # RADAR_WEBHOOKS holds a JSON list
            try:
                return json.loads(value) if value.strip() else []
            except json.JSONDecodeError as exc:
                raise ValueError(f"not a JSON list of endpoints: {exc}") from exc
        return value

    @field_validator("webhook_cron")
    @classmethod
    def _webhook_cron(cls, value: str) -> str:
        error = cron_error(value)
        if error:
            raise ValueError(error)
        return value

    @field_validator("oidc_role_map", "ldap_role_map", mode="before")
    @classmethod
    def _role_map(cls, value: object) -> object:
        return parse_role_map(value)

    @field_validator("oidc_issuer")
    @classmethod
    def _issuer(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip().rstrip("/")
        if not _secure_url(value, ("https",)):
            raise ValueError(f"{value!r} is not an https URL (http only on a loopback address)")
        return value

    @field_validator("ldap_url")
    @classmethod
    def _ldap_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if urlsplit(value).scheme not in ("ldap", "ldaps") or not urlsplit(value).hostname:
            raise ValueError(f"{value!r} is not an ldap:// or ldaps:// URL")
        return value

    @field_validator("ldap_user_filter")
    @classmethod
    def _user_filter(cls, value: str) -> str:
        return _ldap_filter(value, "username")

    @field_validator("ldap_group_filter")
    @classmethod
    def _group_filter(cls, value: str) -> str:
        return _ldap_filter(value, "dn")

    @property
    def oidc_enabled(self) -> bool:
        """True when OpenID Connect sign-in is configured."""
        return bool(self.oidc_issuer and self.oidc_client_id)

    @property
    def ldap_enabled(self) -> bool:
        """True when directory (LDAP) sign-in is configured."""
        return bool(self.ldap_url and self.ldap_user_base)

    @field_validator("web_trusted_proxies", mode="before")
    @classmethod
    def _proxies(cls, value: object) -> object:
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list):
            return value
        proxies = [str(item).strip() for item in items if str(item).strip()]
        for proxy in proxies:
            ipaddress.ip_network(proxy, strict=False)  # ValueError names the bad entry
        return proxies

    @field_validator("smtp_security")
    @classmethod
    def _security(cls, value: str) -> str:
        if value not in {"none", "starttls", "tls"}:
            raise ValueError("must be one of none, starttls, tls")
        return value

    @field_validator("mail_time")
    @classmethod
    def _mail_time(cls, value: str) -> str:
        hour, minute = clock_time(value)
        return f"{hour:02d}:{minute:02d}"

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        text = value.strip().lower()
        if text not in ("tr", "en"):
            raise ValueError("must be one of tr, en")
        return text

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        error = timezone_error(value)
        if error:
            raise ValueError(error)
        return value

    @field_validator("research_mailbox", "mail_from")
    @classmethod
    def _address(cls, value: str) -> str:
        found = getaddresses([value])  # one address, not a list: "a@x, b@y" is refused
        if "\r" in value or "\n" in value or len(found) != 1 or not valid_email(found[0][1]):
            raise ValueError(f"{value!r} is not an e-mail address "
                             "(local@domain or Name <local@domain>)")
        return value.strip()

    @field_validator("review_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if safe_url(value) is None:
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value

    @property
    def resolved_database_url(self) -> str:
        """The database URL to use, defaulting to a SQLite file in ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'radar_core.db').resolve()}"

    @property
    def resolved_outbox_dir(self) -> Path:
        return self.outbox_dir if self.outbox_dir is not None else self.data_dir / "outbox"


def parse_role_map(value: object) -> object:
    """``"group=role,group2=role"`` (or a TOML table) as a dict; each role must be known.

    A group may be a DN with commas of its own (``cn=radar-rms,ou=groups,dc=bank=rm``):
    pieces are joined until one ends in ``=ROLE``.
    """
    if isinstance(value, str):
        pairs: dict[str, str] = {}
        pending: list[str] = []
        for item in value.split(","):
            if not item.strip():
                continue
            pending.append(item.strip())
            group, sep, role = ",".join(pending).rpartition("=")
            if sep and group.strip() and role.strip() in SIGN_IN_ROLES:
                pairs[group.strip()] = role.strip()
                pending = []
        if pending:
            raise ValueError(f"{','.join(pending)!r} is not GROUP=ROLE (roles: "
                             f"{', '.join(SIGN_IN_ROLES)})")
        value = pairs
    if isinstance(value, dict):
        for group, role in value.items():
            if role not in SIGN_IN_ROLES:
                raise ValueError(f"group {group!r}: role {role!r} is not one of "
                                 f"{', '.join(SIGN_IN_ROLES)}")
    return value


def _secure_url(value: str, schemes: tuple[str, ...]) -> bool:
    parts = urlsplit(value)
    if not parts.hostname:
        return False
    if parts.scheme in schemes:
        return True
    if parts.scheme != "http":
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


def _ldap_filter(value: str, placeholder: str) -> str:
    value = value.strip()
    if not (value.startswith("(") and value.endswith(")")):
        raise ValueError(f"{value!r} is not an LDAP filter in parentheses")
    if "{" + placeholder + "}" not in value:
        raise ValueError(f"must contain {{{placeholder}}}")
    try:
        value.format(**{placeholder: "x"})
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(f"only {{{placeholder}}} may appear in braces ({exc})") from exc
    return value


def sign_in_problems(settings: Settings) -> list[tuple[str, str, str]]:
    """Settings that single sign-on or directory sign-in need together.

    Each problem is (missing field, message, the set field that needs it): a missing
    value has no line of its own, so the problem points at the one that asks for it.
    """
    found: list[tuple[str, str, str]] = []
    oidc = ("oidc_issuer", "oidc_client_id", "oidc_client_secret", "oidc_role_map")
    given = [name for name in oidc[:3] if getattr(settings, name)]
    for name in oidc if given else ():
        if not getattr(settings, name):
            found.append((name, f"needed for OpenID Connect sign-in (as {given[0]} is set)",
                          given[0]))
    ldap = ("ldap_url", "ldap_user_base", "ldap_role_map")
    given = [name for name in ldap[:2] if getattr(settings, name)]
    for name in ldap if given else ():
        if not getattr(settings, name):
            found.append((name, f"needed for directory (LDAP) sign-in (as {given[0]} is set)",
                          given[0]))
    if settings.ldap_bind_dn and settings.ldap_bind_password is None:
        found.append(("ldap_bind_password", "needed with ldap_bind_dn, from the "
                      f"{ENV_PREFIX}LDAP_BIND_PASSWORD variable", "ldap_bind_dn"))
    if settings.ldap_start_tls and (settings.ldap_url or "").startswith("ldaps:"):
        found.append(("ldap_start_tls", "ldaps:// is already encrypted: use one or the other",
                      "ldap_start_tls"))
    return found


def webhook_problems(settings: Settings, environ: dict[str, str]) -> list[tuple[str, str]]:
    """Fill each endpoint's secret from the environment; (field, message) for what is wrong.

    Names must be unique (a delivery is keyed by alert and endpoint name) and every
    endpoint needs a secret of at least ``WEBHOOK_SECRET_MIN`` characters.
    """
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for n, endpoint in enumerate(settings.webhooks):
        where = f"webhooks[{n}]"
        if endpoint.name in seen:
            found.append((f"{where}.name", f"{endpoint.name!r} is used by two endpoints"))
        seen.add(endpoint.name)
        value = environ.get(endpoint.secret_variable, "")
        endpoint.secret = SecretStr(value) if value else None
        if not value:
            found.append((f"{where}.secret", f"missing: set {endpoint.secret_variable} to the "
                          "secret shared with the receiver"))
        elif len(value) < WEBHOOK_SECRET_MIN:
            found.append((f"{where}.secret", f"{endpoint.secret_variable} is shorter than "
                          f"{WEBHOOK_SECRET_MIN} characters"))
    return found


def _file_webhook_secrets(file_values: dict[str, Any]) -> list[str]:
    """Drop ``secret`` keys from the file's webhook tables; the names of those that had one."""
    named: list[str] = []
    hooks = file_values.get("webhooks")
    for item in hooks if isinstance(hooks, list) else []:
        if isinstance(item, dict) and "secret" in item:
            del item["secret"]
            named.append(str(item.get("name", "?")))
    return named


def _env_values(environ: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in Settings.model_fields:
        key = ENV_PREFIX + name.upper()
        if key in environ and environ[key] != "":
            values[name] = environ[key]
    return values


def _toml_line(text: str, key: str) -> int | None:
    """The line that sets ``key`` in a TOML text (tomllib keeps no positions)."""
    match = re.search(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _message(error: Any) -> str:
    return declared.message(error) if error["type"] != "extra_forbidden" else "unknown setting"


def check_settings(
    config_file: Path | None = None,
    environ: dict[str, str] | None = None,
    **overrides: Any,
) -> tuple[Settings, list[Problem]]:
    """Settings from defaults < file < environment < overrides, and every problem found.

    The settings returned keep the defaults where a value was refused, so ``radar
    validate`` can still find the sources and rules; ``load_settings`` refuses any problem.
    """
    env = dict(os.environ) if environ is None else environ
    path = config_file or (Path(env["RADAR_CONFIG"]) if env.get("RADAR_CONFIG") else None)
    found: list[Problem] = []
    file_values: dict[str, Any] = {}
    text = ""
    if path is not None:
        try:
            text = path.read_bytes().decode("utf-8-sig")
            loaded = tomllib.loads(text)
        except FileNotFoundError:
            found.append(Problem(str(path), None, "(file)", "settings file not found"))
        except (OSError, UnicodeDecodeError) as exc:
            found.append(Problem(str(path), None, "(file)", f"cannot read: {exc}"))
        except tomllib.TOMLDecodeError as exc:
            at = re.search(r"line (\d+)", str(exc))
            found.append(Problem(str(path), int(at.group(1)) if at else 1, "(toml)",
                                 str(exc)))
        else:
            table = loaded.get("radar", loaded)
            file_values = table if isinstance(table, dict) else {}
        for name in sorted(SECRET_FIELDS & set(file_values)):
            found.append(Problem(str(path), _toml_line(text, name), name,
                                 f"secrets belong in the environment ({ENV_PREFIX}"
                                 f"{name.upper()}), never in a settings file"))
            del file_values[name]
        for name in _file_webhook_secrets(file_values):
            found.append(Problem(str(path), _toml_line(text, "secret"), f"webhooks[{name}].secret",
                                 "secrets belong in the environment (RADAR_WEBHOOK_<NAME>_SECRET),"
                                 " never in a settings file"))
    env_values = _env_values(env)
    flags = {k: v for k, v in overrides.items() if v is not None}
    values = {**file_values, **env_values, **flags}

    def origin(name: str) -> tuple[str, int | None]:
        if name in flags:
            return "(option)", None
        if name in env_values:
            return f"(environment {ENV_PREFIX}{name.upper()})", None
        return str(path), _toml_line(text, name)

    try:
        settings = Settings(**values)
        for name, message, set_by in sign_in_problems(settings):
            where, line = origin(set_by)
            found.append(Problem(where, line, name, message))
        for name, message in webhook_problems(settings, env):
            where, line = origin("webhooks")
            found.append(Problem(where, line, name, message))
        return settings, sorted(found, key=lambda p: (p.file, p.line or 0))
    except ValidationError as exc:
        refused = set()
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else "(root)"
            refused.add(name)
            where, line = origin(name)
            found.append(Problem(where, line, declared.loc_text(error["loc"]) or name,
                                 _message(error)))
        kept = Settings(**{k: v for k, v in values.items() if k not in refused})
        for name, message, set_by in sign_in_problems(kept):
            if name not in refused:  # a refused value is reported once, as refused
                where, line = origin(set_by)
                found.append(Problem(where, line, name, message))
        if "webhooks" not in refused:
            for name, message in webhook_problems(kept, env):
                where, line = origin("webhooks")
                found.append(Problem(where, line, name, message))
        return kept, sorted(found, key=lambda p: (p.file, p.line or 0))


def load_settings(
    config_file: Path | None = None,
    environ: dict[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build settings from defaults < file < environment < overrides (flags).

    ``environ`` defaults to ``os.environ``; pass ``{}`` in tests for isolation. Overrides
    whose value is None are ignored so that unset flags do not mask the environment.
    Any problem is a ``DeclaredError`` listing them all.
    """
    settings, found = check_settings(config_file, environ, **overrides)
    if found:
        raise declared.fail(found)
    return settings
