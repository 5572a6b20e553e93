"""Digest rendering: a multipart/alternative e-mail in the RM's language from a planned digest.

Turkish unless the digest says otherwise (``Digest.language``, the RM's choice): every
heading, label, rule text and "why" comes from the translation catalogue or the alert's
stored texts in that language, and dates and amounts are written the reader's way.

Crawled text is hostile by assumption: the HTML part is rendered with autoescape on,
and only http/https URLs ever become links (``javascript:``, ``data:`` and anything
unparseable stay plain escaped text). Rendering is deterministic for a given digest,
``created`` time and settings, so a queued e-mail can be rebuilt byte-for-byte-equivalent
after a crash, and its Message-ID (recipient + alert ids) survives retries.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
from email.header import Header, decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import jinja2
from jinja2 import pass_context
from jinja2.runtime import Context

from radar_core import i18n_jinja
from radar_core.addresses import safe_url
from radar_core.config import Settings
from radar_core.i18n import (
    N_,
    format_date,
    format_money,
    format_time,
    gettext_for,
    ngettext_for,
    zone_of,
)
from radar_core.taxonomy import label_of
from reports.digest import Digest, EvidenceItem
from reports.tokens import research_address, unsubscribe_token

TEMPLATES_DIR = Path(__file__).with_name("templates")
_SPACES = re.compile(r"\s+")

SEVERITY_LABELS = {"critical": N_("Critical"), "high": N_("High"), "medium": N_("Medium"),
                   "low": N_("Low")}
POLARITY_LABELS = {"risk": N_("Risk"), "opportunity": N_("Opportunity")}
REASON_LABELS = {
    "portfolio": N_("Client in your portfolio"),
    "group": N_("Company of a group in your portfolio"),
    "prospect": N_("Not a client (prospect)"),
    "unowned": N_("Client without a relationship manager"),
}


def one_line(value: Any, limit: int = 0) -> str:
    """Collapse whitespace (incl. newlines, which would break a header) to single spaces."""
    text = _SPACES.sub(" ", str(value or "")).strip()
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _zone(settings: Settings) -> ZoneInfo:
    return zone_of(settings.timezone)


def local_date(value: Any, zone: ZoneInfo, language: str = "tr") -> str:
    """An ISO date/datetime as the RM reads it (dd.mm.yyyy in Turkish, local day); raw text
    otherwise."""
    if not value:
        return ""
    text = str(value)
    try:
        if len(text) <= 10:
            date.fromisoformat(text)
        else:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return one_line(text, 40)
    return format_date(text, language, zone)


def score_text(score: float) -> str:
    return f"{score:.0f}" if abs(score) >= 10 else f"{score:.2f}"


def amount_text(amount: dict[str, Any] | None, language: str = "tr") -> str:
    """``1.234.567,89 TL`` (Turkish) or ``1,234,567.89 TRY`` (English); empty without a value."""
    if not amount or amount.get("value") is None:
        return ""
    try:
        value = float(amount["value"])
    except (TypeError, ValueError):
        return ""
    return format_money(value, one_line(amount.get("currency") or "", 8), language)


def mail_domain(settings: Settings) -> str:
    """The sender's domain, used on the right of Message-IDs."""
    addr = parseaddr(settings.mail_from)[1]
    domain = addr.rpartition("@")[2].strip().lower()
    return re.sub(r"[^a-z0-9.-]", "", domain) or "radar.local"


def digest_message_id(
    recipient: str, alert_ids: list[int], settings: Settings, salt: str = ""
) -> str:
    """A Message-ID that depends only on the recipient and the alert ids it carries.

    ``salt`` distinguishes digests without alerts (``send_empty_digest``), one per day.
    """
    key = f"{recipient.lower()}|{','.join(str(i) for i in sorted(alert_ids))}|{salt}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]
    return f"<radar.{digest}@{mail_domain(settings)}>"


def review_links(settings: Settings, recipient: str) -> dict[str, str]:
    """Base, preferences and unsubscribe URLs of the review queue.

    With ``web_secret_key`` set, the unsubscribe URL carries the signed one-click token
    (radar.web.preferences explains the scheme) and ``one_click`` is ``"yes"``; the
    research mailbox, which cannot unsubscribe, never gets one.
    """
    base = settings.review_base_url.rstrip("/")
    who = quote(recipient, safe="@")
    token = None if recipient.lower() == research_address(settings) else unsubscribe_token(
        settings, recipient)
    return {
        "base": base,
        "manage": f"{base}/preferences?email={who}",
        "unsubscribe": f"{base}/unsubscribe?email={who}" + (f"&token={token}" if token else ""),
        "one_click": "yes" if token else "",
    }


def subject_for(digest: Digest, when: datetime, zone: ZoneInfo) -> str:
    """Counts first (what needs attention), then the firms, in one header-safe line."""
    _, ngettext = gettext_for(digest.language), ngettext_for(digest.language)
    day = format_date(when.replace(tzinfo=UTC), digest.language, zone)
    risks, opps = len(digest.risks), len(digest.opportunities)
    if not digest.alerts:
        return _("Radar daily digest {day}: no new alerts").format(day=day)
    counts = ", ".join(
        part for part in (
            ngettext("{n} risk", "{n} risks", risks).format(n=risks) if risks else "",
            ngettext("{n} opportunity", "{n} opportunities", opps).format(n=opps) if opps else "",
        )
        if part
    )
    firms: list[str] = []
    for alert in digest.alerts:
        name = one_line(alert.company, 40)
        if name and name not in firms:
            firms.append(name)
    shown = ", ".join(firms[:3]) + (f" +{len(firms) - 3}" if len(firms) > 3 else "")
    return one_line(f"Radar {day}: {counts} – {shown}", 180)


class MailRenderer:
    """Jinja2 environments for the two parts; autoescape is on for HTML only."""

    def __init__(self, settings: Settings, templates: Path = TEMPLATES_DIR) -> None:
        self.settings = settings
        self.zone = _zone(settings)
        loader = jinja2.FileSystemLoader(str(templates))
        self.html = jinja2.Environment(
            loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
            trim_blocks=True, lstrip_blocks=True,
        )
        self.text = jinja2.Environment(
            loader=loader, autoescape=False, undefined=jinja2.StrictUndefined,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        )
        for env in (self.html, self.text):
            i18n_jinja.install(env, settings.timezone)
            env.filters.update(
                safe_url=safe_url, one_line=one_line, score=score_text,
                amount=_in_language(amount_text),
                local_date=_in_language(lambda v, lang: local_date(v, self.zone, lang)),
                severity=_labelled(SEVERITY_LABELS), polarity=_labelled(POLARITY_LABELS),
                event_type=_in_language(lambda v, lang: label_of(str(v), lang)),
                reason=_labelled(REASON_LABELS),
                meta=_in_language(self.evidence_meta),
            )

    def evidence_meta(self, item: EvidenceItem, language: str = "tr") -> str:
        """``type; source, date; amount`` of an evidence sentence, in one line."""
        parts = []
        if item.event_type:
            parts.append(one_line(label_of(item.event_type, language), 60))
        where = ", ".join(
            p for p in (one_line(item.source or "", 80),
                        local_date(item.published, self.zone, language)) if p
        )
        if where:
            parts.append(where)
        if amount_text(item.amount, language):
            _ = gettext_for(language)
            parts.append(_("amount {amount}").format(amount=amount_text(item.amount, language)))
        return "; ".join(parts)

    def context(self, digest: Digest, created: datetime) -> dict[str, Any]:
        _ = gettext_for(digest.language)
        links = review_links(self.settings, digest.recipient)
        return {
            "digest": digest,
            "language": digest.language,
            "day": format_date(created.replace(tzinfo=UTC), digest.language, self.zone),
            "prepared": format_time(created, digest.language, self.zone),
            "links": links,
            "alert_url": lambda alert_id: f"{links['base']}/alerts/{int(alert_id)}",
            # The review queue's stored copy of an evidence document (radar.web.evidence).
            "evidence_url": lambda event_id: f"{links['base']}/evidence/{int(event_id)}#evidence",
            "sections": [
                (_("Risks – review the client"), digest.risks),
                (_("Opportunities – call today"), digest.opportunities),
            ],
        }

    def render(
        self, digest: Digest, created: datetime, message_id: str | None = None
    ) -> EmailMessage:
        """Build the e-mail; ``created`` (naive UTC) is its Date and must be kept for retries."""
        ctx = self.context(digest, created)
        text_body = self.text.get_template("digest.txt.j2").render(ctx)
        html_body = self.html.get_template("digest.html.j2").render(ctx)
        msg = EmailMessage()
        set_subject(msg, subject_for(digest, created, self.zone))
        msg["From"] = _address(self.settings.mail_from)
        msg["To"] = Address(one_line(digest.recipient_name or ""), addr_spec=digest.recipient)
        msg["Date"] = format_datetime(created.replace(tzinfo=UTC))
        message_id = message_id or digest_message_id(
            digest.recipient, digest.alert_ids, self.settings
        )
        msg["Message-ID"] = message_id
        from_addr = parseaddr(self.settings.mail_from)[1]
        msg["List-Unsubscribe"] = (
            f"<{ctx['links']['unsubscribe']}>, <mailto:{from_addr}?subject=unsubscribe>"
        )
        if ctx["links"]["one_click"]:
            # RFC 8058: only promised when the URL's token makes a bare POST work.
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["X-Radar-Alert-Ids"] = ",".join(str(i) for i in digest.alert_ids) or "-"
        msg["Auto-Submitted"] = "auto-generated"
        msg.set_content(text_body, charset="utf-8")
        msg.add_alternative(html_body, subtype="html", charset="utf-8")
        # A boundary from the Message-ID instead of a random one keeps re-rendering
        # byte-identical, so a rebuilt retry equals the spooled original.
        token = hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:24]
        msg.set_boundary(f"==radar-{token}==")
        return msg


def _in_language(func: Any) -> Any:
    """A filter ``func(value, language)`` that takes the language from the render context."""

    @pass_context
    def apply(context: Context, value: Any) -> Any:
        return func(value, i18n_jinja.context_language(context))

    return apply


def _labelled(labels: dict[str, str]) -> Any:
    """A filter that shows a code through ``labels`` in the reader's language."""
    return _in_language(
        lambda v, lang: gettext_for(lang)(labels[str(v)]) if str(v) in labels else str(v))


def set_subject(msg: EmailMessage, subject: str) -> None:
    """Store the Subject as ready-folded RFC 2047 words.

    CPython's header folder drops the space before a fold between an ASCII word and an
    encoded word ("Birinci AŞ" arrives as "BirinciAŞ"); encoding it ourselves, each
    space inside an encoded word, makes the subject survive any parser.
    """
    if subject.isascii():
        msg["Subject"] = subject
        return
    encoded = Header(subject, "utf-8", header_name="Subject").encode(linesep="\n")
    msg.set_raw("Subject", encoded)


def subject_of(msg: EmailMessage) -> str:
    """The decoded Subject of a message built by ``set_subject`` (or parsed from bytes)."""
    return str(make_header(decode_header(str(msg["Subject"]))))


def _address(value: str) -> Address:
    name, addr = parseaddr(value)
    return Address(one_line(name), addr_spec=addr or value.strip())


def render_digest(
    digest: Digest, settings: Settings, created: datetime, message_id: str | None = None
) -> EmailMessage:
    """Render one digest to a multipart/alternative e-mail (convenience for the demo)."""
    return MailRenderer(settings).render(digest, created, message_id)


def message_bytes(msg: EmailMessage) -> bytes:
    """Wire form with CRLF line ends, as SMTP and ``.eml`` readers expect."""
    from email import policy

    return msg.as_bytes(policy=policy.SMTP)
