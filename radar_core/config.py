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
import os
import re
import tomllib
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator

from radar_core import declared
from radar_core.addresses import safe_url, valid_email
from radar_core.declared import Problem
from radar_core.schedules import clock_time, timezone_error

ENV_PREFIX = "RADAR_"
SECRET_FIELDS = frozenset({"smtp_password", "web_secret_key"})


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
    model_path: Path | None = Field(
        None,
        description="Local folder of the optional learned re-scorer (radar train --output); "
        "unset means rules only. Needs the ml extra.",
    )
    link_threshold: float = Field(
        0.0, description="Extra minimum link confidence for events (0 keeps the linker's own)."
    )

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
        return Settings(**values), sorted(found, key=lambda p: (p.file, p.line or 0))
    except ValidationError as exc:
        refused = set()
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else "(root)"
            refused.add(name)
            where, line = origin(name)
            found.append(Problem(where, line, declared.loc_text(error["loc"]) or name,
                                 _message(error)))
        kept = {k: v for k, v in values.items() if k not in refused}
        return Settings(**kept), sorted(found, key=lambda p: (p.file, p.line or 0))


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
