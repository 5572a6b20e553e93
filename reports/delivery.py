"""Delivery of rendered e-mails: ``.eml`` files in an outbox folder, or real SMTP.

Both take the wire bytes of one message and one recipient, and raise ``DeliveryError``
saying whether the failure is worth retrying and whether the server as a whole is
unreachable (then the caller stops trying for this run instead of waiting on every
message). Settings arrive in the constructor; the SMTP password only ever comes from
``settings.smtp_password``, which the settings loader accepts from the environment only.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import smtplib
import ssl
import tempfile
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self

from radar_core.config import Settings
from radar_core.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0


class DeliveryError(Exception):
    """A message was not delivered.

    ``transient``: retrying later may work (4xx, connection trouble); a permanent error
    (5xx, e.g. unknown mailbox) will not fix itself. ``connection``: the server is
    unreachable or refused the session, so the rest of the run would fail the same way.
    """

    def __init__(self, message: str, *, transient: bool = True, connection: bool = False) -> None:
        super().__init__(message)
        self.transient = transient
        self.connection = connection


class Delivery(Protocol):
    """Sends one message; used as a context manager around a run's messages."""

    name: str

    def __enter__(self) -> Delivery: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def send(
        self, data: bytes, sender: str, recipient: str, message_id: str, created: datetime
    ) -> str | None:
        """Deliver ``data``; return where it went (a file path) or None."""
        ...


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a crash never leaves half an e-mail."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def outbox_name(created: datetime, recipient: str, message_id: str) -> str:
    """``YYYYmmdd-HHMMSS_<recipient>_<hash>.eml``: sortable, readable and stable per message."""
    who = re.sub(r"[^A-Za-z0-9@._-]+", "_", recipient.lower())[:80]
    digest = hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:12]
    return f"{created:%Y%m%d-%H%M%S}_{who}_{digest}.eml"


class _Session:
    """A delivery is used as a context manager: whatever happens, ``close`` runs."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        return None


class OutboxDelivery(_Session):
    """Writes each message as an ``.eml`` file; writing the same message twice is a no-op."""

    name = "outbox"

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)

    def send(
        self, data: bytes, sender: str, recipient: str, message_id: str, created: datetime
    ) -> str | None:
        path = self.folder / outbox_name(created, recipient, message_id)
        try:
            if path.exists() and path.read_bytes() == data:
                return str(path)
            write_atomic(path, data)
        except OSError as exc:
            raise DeliveryError(f"outbox {self.folder}: {exc}", connection=True) from exc
        log.info("wrote %s", path)
        return str(path)


class SmtpDelivery(_Session):
    """Sends over one SMTP session per run (plain, STARTTLS or implicit TLS, optional login)."""

    name = "smtp"

    def __init__(self, settings: Settings, timeout: float = DEFAULT_TIMEOUT,
                 tls_context: ssl.SSLContext | None = None) -> None:
        if not settings.smtp_host:
            raise ConfigError("smtp_host: not set (unset means: use the outbox)")
        if settings.smtp_user and settings.smtp_password is None:
            raise ConfigError("smtp_user is set but RADAR_SMTP_PASSWORD is not")
        self.host = settings.smtp_host
        self.port = settings.smtp_port
        self.security = settings.smtp_security
        self.user = settings.smtp_user
        self._password = settings.smtp_password
        self.timeout = timeout
        self.tls_context = tls_context
        self._smtp: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def _connect(self) -> smtplib.SMTP:
        context = self.tls_context or ssl.create_default_context()
        smtp: smtplib.SMTP
        try:
            if self.security == "tls":
                smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                        context=context)
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            try:
                smtp.ehlo()
                if self.security == "starttls":
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if self.user and self._password is not None:
                    smtp.login(self.user, self._password.get_secret_value())
            except BaseException:
                smtp.close()
                raise
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"SMTP {self.where}: login refused ({exc.smtp_code})",
                                transient=False, connection=True) from exc
        except UnicodeEncodeError as exc:
            # smtplib sends AUTH credentials as ASCII only; say so without echoing them.
            raise DeliveryError(f"SMTP {self.where}: user name and password must be ASCII",
                                transient=False, connection=True) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"SMTP {self.where} unreachable: {exc}",
                                connection=True) from exc
        log.info("connected to SMTP %s (%s)", self.where, self.security)
        return smtp

    def close(self) -> None:
        if self._smtp is None:
            return
        try:
            self._smtp.quit()
        except (smtplib.SMTPException, OSError):
            self._smtp.close()
        self._smtp = None

    def send(
        self, data: bytes, sender: str, recipient: str, message_id: str, created: datetime
    ) -> str | None:
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            refused = self._smtp.sendmail(sender, [recipient], data)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = exc.recipients.get(recipient, (550, b"refused"))
            raise DeliveryError(_reply(recipient, code, text), transient=400 <= code < 500) from exc
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            raise DeliveryError(_reply(recipient, exc.smtp_code, exc.smtp_error),
                                transient=400 <= exc.smtp_code < 500) from exc
        except (UnicodeEncodeError, smtplib.SMTPNotSupportedError) as exc:
            raise DeliveryError(f"{recipient}: address needs SMTPUTF8: {exc}",
                                transient=False) from exc
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._smtp.close()
            self._smtp = None
            raise DeliveryError(f"SMTP {self.where} dropped the connection: {exc}",
                                connection=True) from exc
        except smtplib.SMTPException as exc:
            raise DeliveryError(f"SMTP {self.where}: {exc}") from exc
        if refused:
            code, text = refused.get(recipient, (550, b"refused"))
            raise DeliveryError(_reply(recipient, code, text), transient=400 <= code < 500)
        log.info("sent %s to %s", message_id, recipient)
        return None


def _reply(recipient: str, code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{recipient}: {code} {text}"


def choose_delivery(settings: Settings, outbox_dir: Path | None = None) -> OutboxDelivery | SmtpDelivery:
    """An explicit outbox folder wins, then SMTP when ``smtp_host`` is set, else the outbox."""
    if outbox_dir is not None:
        return OutboxDelivery(outbox_dir)
    if settings.smtp_host:
        return SmtpDelivery(settings)
    return OutboxDelivery(settings.resolved_outbox_dir)
