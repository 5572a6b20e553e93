"""SQLAlchemy 2.0 models: Radar's whole state, portable between SQLite and PostgreSQL.

Conventions: timestamps are naive UTC (SQLite has no time zones; mixing aware and
naive values is a classic bug); JSON columns hold structured extras; every table that
a re-run could fill twice has a natural unique key, so idempotence comes from the
schema rather than from luck.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    false,
    or_,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates
from sqlalchemy.sql.elements import ColumnElement

from radar_core.records import Explanation, known_time, severity_rank


class Base(DeclarativeBase):
    """Declarative base; ``type_annotation_map`` makes ``dict`` columns JSON."""

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """A declared source (crawlers/sources/*.yml), mirrored here for run statistics."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    family: Mapped[str] = mapped_column(String(40))
    source_type: Mapped[str] = mapped_column(String(40))
    lang: Mapped[str | None] = mapped_column(String(8))
    reliability: Mapped[float] = mapped_column(Float, default=1.0)
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    broken: Mapped[bool] = mapped_column(Boolean, default=False)
    broken_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CrawlRun(Base):
    """One crawl of one source, with its statistics (pages, new/changed/duplicate, errors)."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Document(Base):
    """A crawled (or imported) document; ``canonical_url`` is its identity across crawls."""

    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_content_hash", "content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(500), unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(String(1000), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    source_type: Mapped[str | None] = mapped_column(String(40))
    published: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    # feed, page, text or fetch: a wrong date breaks every window rule and back-test.
    published_from: Mapped[str | None] = mapped_column(String(20))
    fetched: Mapped[datetime] = mapped_column(DateTime, index=True)
    lang: Mapped[str | None] = mapped_column(String(8))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    flags: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Text still unreadable after encoding repair (``flags["garbled"]`` says how much);
    # a column, so that ``radar sources status`` counts them per source cheaply.
    garbled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    story_id: Mapped[str | None] = mapped_column(String(64), index=True)
    processed_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)

    mentions: Mapped[list[Mention]] = relationship(back_populates="document")
    events: Mapped[list[Event]] = relationship(back_populates="document")

    @property
    def known_at(self) -> datetime:
        """When Radar could first have known this document (see ``known_time``)."""
        return known_time(self.fetched, self.published)

    @classmethod
    def known_by(cls, as_of: datetime) -> ColumnElement[bool]:
        """SQL condition equal to ``known_at <= as_of``, written so the indexes serve it."""
        return and_(cls.fetched <= as_of, or_(cls.published.is_(None), cls.published <= as_of))


class Client(Base):
    """A firm of the bank's register (design.md: Client register)."""

    __tablename__ = "clients"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    legal_name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    tax_id: Mapped[str | None] = mapped_column(String(20), index=True)
    # False: the register's number failed its check digit; kept, never used to identify.
    tax_id_verified: Mapped[bool] = mapped_column(Boolean, default=True,
                                                  server_default=true())
    city: Mapped[str | None] = mapped_column(String(100))
    sector: Mapped[str | None] = mapped_column(String(200))
    rm_email: Mapped[str | None] = mapped_column(String(320), index=True)
    # ``rm_email`` trimmed and lower-cased, as mailboxes are compared (kept by a validator):
    # an RM's portfolio is an index lookup, not a scan of the register.
    rm_key: Mapped[str | None] = mapped_column(String(320), index=True)
    parent_id: Mapped[str | None] = mapped_column(String(64), index=True)
    segment: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    @validates("rm_email")
    def _rm_key(self, _key: str, value: str | None) -> str | None:
        self.rm_key = (value or "").strip().lower() or None
        return value

    names: Mapped[list[ClientName]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )


class ClientName(Base):
    """Every name a client has carried (legal, alias, former): renamed firms still match."""

    __tablename__ = "client_names"
    __table_args__ = (UniqueConstraint("client_id", "name", name="uq_client_names"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.client_id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))  # legal, alias, former
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)

    client: Mapped[Client] = relationship(back_populates="names")


class Mention(Base):
    """A company mention in a document, as written, with where it stands."""

    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("document_id", "start", "end", name="uq_mentions_span"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="register")

    document: Mapped[Document] = relationship(back_populates="mentions")
    link: Mapped[EntityLink | None] = relationship(back_populates="mention")


class EntityLink(Base):
    """The linker's decision for a mention, with candidates and explaining features."""

    __tablename__ = "entity_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"), unique=True)
    client_id: Mapped[str | None] = mapped_column(String(64), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20))  # linked, unknown, ambiguous, manual
    candidates: Mapped[list[Any]] = mapped_column(default=list)
    features: Mapped[dict[str, Any]] = mapped_column(default=dict)

    mention: Mapped[Mention] = relationship(back_populates="link")


class LinkDecision(Base):
    """An analyst's verdict on a mention, reused wherever the mention appears again.

    ``context_key`` "" means any sentence; a sentence hash narrows the decision to that
    sentence (and wins over a mention-wide one). ``verdict`` "is": the mention means
    ``client_id`` (no client, a prospect, when None); "not": it does not mean ``client_id``.
    """

    __tablename__ = "link_decisions"
    __table_args__ = (
        UniqueConstraint("mention_key", "context_key", "verdict", "client_id", name="uq_link_decisions"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_key: Mapped[str] = mapped_column(String(300))
    context_key: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(8), default="is", server_default="is")
    client_id: Mapped[str | None] = mapped_column(String(64))
    analyst: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class Event(Base):
    """A business event; one per (document, type, firm) as design.md's labelling rules say."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("document_id", "type", "firm_key", name="uq_events_doc_type_firm"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    mention_id: Mapped[int | None] = mapped_column(ForeignKey("mentions.id"))
    type: Mapped[str] = mapped_column(String(40), index=True)
    polarity: Mapped[str] = mapped_column(String(20))
    client_id: Mapped[str | None] = mapped_column(String(64), index=True)
    firm_key: Mapped[str] = mapped_column(String(300), index=True)
    company: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text)
    amount_value: Mapped[float | None] = mapped_column(Float)
    amount_currency: Mapped[str | None] = mapped_column(String(8))
    event_date: Mapped[date | None] = mapped_column(Date)
    link_status: Mapped[str | None] = mapped_column(String(20))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    document: Mapped[Document] = relationship(back_populates="events")


class Alert(Base):
    """A scored, explained alert; ``dedupe_key`` makes re-processing idempotent."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(500), unique=True)
    rule_id: Mapped[str] = mapped_column(String(100), index=True)
    rule_version: Mapped[str] = mapped_column(String(40))
    polarity: Mapped[str] = mapped_column(String(20), index=True)
    client_id: Mapped[str | None] = mapped_column(String(64), index=True)
    firm_key: Mapped[str] = mapped_column(String(300), index=True)
    company: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    severity: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    explanation: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notify_client_ids: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    as_of: Mapped[datetime] = mapped_column(DateTime)
    # The scoring arithmetic that produced ``score`` (rules.scoring.SCORING_VERSION), so
    # back-tests can compare versions; None only for rows written outside the engine.
    scoring_version: Mapped[str | None] = mapped_column(String(40), index=True)
    # ``severity`` as a number (radar_core.records.severity_rank), kept by a validator, so
    # the queue sorts on an index instead of a CASE over every row.
    severity_rank: Mapped[int] = mapped_column(Integer, default=-1, server_default="-1")

    events: Mapped[list[AlertEvent]] = relationship(cascade="all, delete-orphan")
    reviews: Mapped[list[Review]] = relationship(back_populates="alert")
    notify_rows: Mapped[list[AlertNotify]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        # Queue order (severity, score, recency, id), with and without a status filter, and
        # per client for RMs: keyset pages read only the rows they show. The per-client
        # index ends with ``firm_key`` so an RM's alerts are found, counted and ordered
        # from the index alone (the visibility rule excludes ``review:`` firms).
        Index("ix_alerts_queue_status", "status", "severity_rank", "score", "created_at", "id"),
        Index("ix_alerts_queue_order", "severity_rank", "score", "created_at", "id"),
        Index("ix_alerts_queue_client", "client_id", "status", "severity_rank", "score",
              "created_at", "id", "firm_key"),
    )

    @validates("severity")
    def _rank_severity(self, _key: str, value: str) -> str:
        self.severity_rank = severity_rank(value)
        return value

    @validates("notify_client_ids")
    def _notify_rows(self, _key: str, value: list[Any]) -> list[Any]:
        """Mirror the JSON list into ``alert_notify`` rows (kept rows stay, no churn)."""
        wanted = sorted({str(c) for c in value or [] if c})
        keep = [row for row in self.notify_rows if row.client_id in wanted]
        have = {row.client_id for row in keep}
        self.notify_rows = keep + [AlertNotify(client_id=c) for c in wanted if c not in have]
        return value

    @property
    def explained(self) -> Explanation:
        """The stored explanation as a typed record (tolerant of older rows)."""
        return Explanation.from_json(self.explanation)


class AlertNotify(Base):
    """A group an alert is addressed to besides its own firm: ``Alert.notify_client_ids``
    as rows, so that who may see an alert is an indexed join rather than a JSON scan."""

    __tablename__ = "alert_notify"

    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class AlertEvent(Base):
    """Which events an alert rests on (many-to-many)."""

    __tablename__ = "alert_events"

    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)


class Review(Base):
    """An analyst's decision on an alert; the audit log and the rules engine's damping input."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    decision: Mapped[str] = mapped_column(String(20))  # accept, reject, forward
    reason: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    analyst: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    alert: Mapped[Alert] = relationship(back_populates="reviews")


class Outcome(Base):
    """A business outcome for back-testing (design.md: Outcomes)."""

    __tablename__ = "outcomes"
    __table_args__ = (
        UniqueConstraint("client_id", "kind", "date", "amount", name="uq_outcomes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    date: Mapped[date] = mapped_column(Date)
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(String(100))
    competitor: Mapped[str | None] = mapped_column(String(200))
    offered_price: Mapped[float | None] = mapped_column(Float)


class EmailMessage(Base):
    """An alert e-mail to one recipient: queued, then sent exactly once.

    ``lease_owner``/``lease_until`` say which ``radar mail`` run is sending it and until
    when: another run leaves it alone until the lease expires (the sender crashed).
    """

    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    recipient: Mapped[str] = mapped_column(String(320), index=True)
    subject: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)


class EmailAlert(Base):
    """An alert delivered (or queued) to a recipient: the exactly-once ledger."""

    __tablename__ = "email_alerts"
    __table_args__ = (UniqueConstraint("alert_id", "recipient", name="uq_email_alerts"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(320))
    email_id: Mapped[int] = mapped_column(ForeignKey("emails.id"), index=True)


class JobRun(Base):
    """One run of a job (crawl, process, mail, backtest): start, end, status, counts."""

    __tablename__ = "job_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(100), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    error: Mapped[str | None] = mapped_column(Text)


class User(Base):
    """A person who may log in to the review queue (roles: analyst, rm, admin)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))  # analyst, rm, admin
    rm_email: Mapped[str | None] = mapped_column(String(320), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Pages and the RM's digest e-mail in this language (radar_core.i18n.LANGUAGES);
    # None means the default, Turkish.
    language: Mapped[str | None] = mapped_column(String(8))
    # Who vouches for the password: "local" (password_hash), "oidc" or "ldap" (the
    # provider or directory; password_hash is then unusable). ``external_id`` is the
    # provider's "ISSUER SUBJECT" or the directory DN, so a renamed account stays one user.
    auth_source: Mapped[str] = mapped_column(String(10), default="local", server_default="local")
    external_id: Mapped[str | None] = mapped_column(String(600), index=True)


class WebSession(Base):
    """A logged-in browser: the server's half of a session cookie.

    The cookie carries a random token; only its SHA-256 is stored, so a copy of the
    database does not yield usable cookies. Logging out deletes the row, which revokes
    every copy of the cookie; ``last_seen`` drives the idle timeout.
    """

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime, index=True)


class ThrottleBucket(Base):
    """Failed-password bookkeeping for one bucket: a client address, or an address and account.

    There is deliberately no bucket for an account alone: a limit that anyone could reach
    by guessing from elsewhere would let an outsider lock a user out. ``blocked_until`` is
    when the bucket's next attempt may be considered; a row whose ``expires_at`` has passed
    counts as empty and is purged (see ``radar.web.throttle``).
    """

    __tablename__ = "login_throttle"
    __table_args__ = (UniqueConstraint("kind", "client", "account", name="uq_login_throttle_bucket"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # "address" or "account" (address + account)
    client: Mapped[str] = mapped_column(String(64))
    account: Mapped[str] = mapped_column(String(100), default="")
    failures: Mapped[int] = mapped_column(Integer, default=0)
    blocked_until: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class MailPreference(Base):
    """An RM's e-mail choices: subscribed or not, and the least severe alert worth a mail.

    No row means the defaults (subscribed, every severity). ``email`` is stored lower-cased,
    like the mail ledger's recipients, so ``Ayse@Bank`` and ``ayse@bank`` share one row.
    """

    __tablename__ = "mail_preferences"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    subscribed: Mapped[bool] = mapped_column(Boolean, default=True)
    min_severity: Mapped[str] = mapped_column(String(20), default="low")  # low, medium, high, critical
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    @validates("email")
    def _lower_email(self, _key: str, value: str) -> str:
        return value.strip().lower()


class WebhookDelivery(Base):
    """One alert for one webhook endpoint: the outbox that makes delivery exactly once.

    The unique (alert, endpoint) key means an alert is queued for an endpoint once, ever.
    A sender claims a row with a compare-and-set UPDATE (``lease_owner``/``lease_until``,
    like the mail ledger), so two senders never post the same delivery; a failed attempt
    sets ``next_attempt_at`` (exponential backoff) until ``max attempts``, then ``failed``.
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("alert_id", "endpoint", name="uq_webhook_deliveries"),
        Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    endpoint: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending, delivered, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime)
    last_status: Mapped[int | None] = mapped_column(Integer)  # the receiver's HTTP status
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)
