"""Records that the stages exchange, mirroring the data contracts of design.md.

Stages never import each other: the crawler produces ``DocumentRecord``s, the
signals stage turns them into ``EventRecord``s (asking a ``MentionLinker`` which
client a mention is), the rules stage turns ``EventFact``s into ``AlertDraft``s, and
the core (``radar``) stores everything. Keeping these as frozen-ish dataclasses,
not loose dicts, lets mypy check the seams between stages.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal, Protocol

LinkStatus = Literal["linked", "unknown", "ambiguous"]


@dataclass(frozen=True)
class Amount:
    """A money amount of an event: ``{"value": 250000000, "currency": "TRY"}``."""

    value: float
    currency: str

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "currency": self.currency}


@dataclass
class ClientRecord:
    """One row of the bank's client register (design.md: Client register)."""

    client_id: str
    legal_name: str
    aliases: list[str] = field(default_factory=list)
    tax_id: str | None = None
    city: str | None = None
    sector: str | None = None
    rm_email: str | None = None
    parent_id: str | None = None
    segment: str | None = None
    # Earlier legal names and aliases: a renamed firm must still match its old name.
    former_names: list[str] = field(default_factory=list)


@dataclass
class DocumentRecord:
    """A crawled document (design.md: Document); only ``id`` and ``text`` are required."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    source_type: str | None = None
    published: str | None = None
    lang: str | None = None
    title: str | None = None
    # Structured fields kept by tabular/API spiders (firm, city, amount...), so later
    # stages do not have to re-parse prose.
    fields: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> DocumentRecord:
        """Build from a design.md JSON object; unknown keys other than ``fields`` are ignored."""
        return cls(
            id=str(obj["id"]),
            text=str(obj.get("text") or ""),
            url=obj.get("url"),
            source=obj.get("source"),
            source_type=obj.get("source_type"),
            published=None if obj.get("published") is None else str(obj["published"]),
            lang=obj.get("lang"),
            title=obj.get("title"),
            fields=dict(obj.get("fields") or {}),
        )


@dataclass
class Candidate:
    """A register client that a mention might refer to, with its score (0..1)."""

    client_id: str
    score: float


@dataclass
class LinkResult:
    """The linker's answer for one mention.

    ``status`` is ``linked`` (``client_id`` set), ``unknown`` (a prospect: no client is
    good enough) or ``ambiguous`` (two candidates too close to call; ``client_id`` is
    None and the review queue decides). ``features`` explains the score.
    """

    client_id: str | None
    confidence: float
    status: LinkStatus
    candidates: list[Candidate] = field(default_factory=list)
    features: dict[str, Any] = field(default_factory=dict)

    def to_json(self, mention_id: str) -> dict[str, Any]:
        """The ``radar link`` output line for this result."""
        return {
            "id": mention_id,
            "client_id": self.client_id,
            "confidence": round(self.confidence, 4),
            "status": self.status,
            "candidates": [
                {"client_id": c.client_id, "score": round(c.score, 4)} for c in self.candidates
            ],
        }


class MentionLinker(Protocol):
    """What the signals stage needs from entity linking: mention in, client out."""

    def link(self, mention: str, context: str = "") -> LinkResult:
        """Link one mention as written, with its surrounding text as evidence."""
        ...


@dataclass
class EventRecord:
    """One business event found in a document (design.md: Extraction).

    The first eight fields are the contract of ``radar extract``; the rest are kept for
    storage and explanation (where the mention sits, how it was linked).
    """

    type: str
    polarity: str
    client_id: str | None
    company: str
    confidence: float
    evidence: str
    amount: Amount | None = None
    event_date: str | None = None
    # Extras, not part of the extract contract:
    link: LinkResult | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    evidence_start: int | None = None
    place: str | None = None
    cue: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Exactly the keys of design.md, in its order."""
        return {
            "type": self.type,
            "polarity": self.polarity,
            "client_id": self.client_id,
            "company": self.company,
            "confidence": round(float(self.confidence), 4),
            "evidence": self.evidence,
            "amount": None if self.amount is None else self.amount.to_json(),
            "event_date": self.event_date,
        }


@dataclass
class EventFact:
    """A stored event as the rules engine sees it: with its firm, source and timing.

    ``firm_key`` is the client id, or ``prospect:<folded name>`` for an unknown firm, so
    that rules can group prospects too. ``known_at`` is when Radar could first have
    known the event (max of published and fetched): as-of evaluation filters on it.
    """

    event_id: int
    type: str
    polarity: str
    firm_key: str
    client_id: str | None
    company: str
    confidence: float
    evidence: str
    document_id: int
    url: str | None
    source: str | None
    source_type: str | None
    published: datetime | None
    known_at: datetime
    amount: Amount | None = None
    event_date: date | None = None
    story_id: str | None = None
    parent_id: str | None = None


@dataclass
class AlertDraft:
    """An alert the rules engine wants raised; the core stores it idempotently.

    ``dedupe_key`` identifies the alert across runs (rule, firm, and the window or
    story it covers): storing the same key twice updates instead of duplicating.

    ``explanation`` has this shape (renderers rely on it; extra keys are allowed)::

        {"rule": {"id", "version", "kind", "description"},
         "why": "plain words: why call today",
         "events": [{"event_id", "type", "company", "client_id", "evidence", "url",
                     "source", "source_type", "published", "amount", "event_date"}],
         "sources": [source names],
         "score": {"total", "formula", "components": [{"name", "value", "weight", "detail"}]},
         "severity": "low" | "medium" | "high" | "critical"}
    """

    rule_id: str
    rule_version: str
    polarity: str
    firm_key: str
    client_id: str | None
    company: str
    score: float
    severity: str
    title: str
    dedupe_key: str
    event_ids: list[int]
    explanation: dict[str, Any]
    # For group rules: the alert is about ``client_id`` but addressed to this group too.
    notify_client_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
