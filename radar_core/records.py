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

from radar_core.clock import naive_utc

LinkStatus = Literal["linked", "unknown", "ambiguous"]



REVIEW_PREFIX = "review:"


def needs_link_review(firm_key: str | None) -> bool:
    """True for an event or alert whose firm is one of several clients, not yet decided.

    Such an alert is for the analysts (the /links page), never for the prospect mailbox.
    """
    return bool(firm_key) and str(firm_key).startswith(REVIEW_PREFIX)


def parse_when(value: Any) -> datetime | None:
    """An ISO date or date-time from a JSON edge; ``None`` when absent or unreadable.

    A bare date means its midnight; an offset-aware value is converted to naive UTC, the
    convention of every timestamp inside Radar.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and value.strip():
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return naive_utc(moment)


def known_time(fetched: datetime, published: datetime | None) -> datetime:
    """When a fact could first have been known: fetched, and published, by then.

    The no-look-ahead rule of back-testing and as-of runs: a story published later, or one
    Radar only fetched later, did not exist before. Every stage and query uses this one rule.
    """
    return max(fetched, published) if published is not None else fetched

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
    # False when ``tax_id`` failed its check (a typo in the register): the firm is kept,
    # but the number is not trusted to identify it (the linker ignores it).
    tax_id_verified: bool = True


@dataclass
class DocumentRecord:
    """A crawled document (design.md: Document); only ``id`` and ``text`` are required."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    source_type: str | None = None
    # A datetime inside the process; ISO text only in the JSON Lines of design.md.
    published: datetime | None = None
    lang: str | None = None
    title: str | None = None
    # Structured fields kept by tabular/API spiders (firm, city, amount...), so later
    # stages do not have to re-parse prose.
    fields: dict[str, Any] = field(default_factory=dict)
    # Text still unreadable after the crawler's encoding repair (optional, default False):
    # missing events in it are expected, and its evidence should be read with care.
    garbled: bool = False

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> DocumentRecord:
        """Build from a design.md JSON object; unknown keys other than ``fields`` and the
        optional ``garbled`` are ignored."""
        return cls(
            id=str(obj["id"]),
            text=str(obj.get("text") or ""),
            url=obj.get("url"),
            source=obj.get("source"),
            source_type=obj.get("source_type"),
            published=parse_when(obj.get("published")),
            lang=obj.get("lang"),
            title=obj.get("title"),
            fields=dict(obj.get("fields") or {}),
            garbled=obj.get("garbled") is True,
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
    event_date: date | None = None
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
            "event_date": None if self.event_date is None else self.event_date.isoformat(),
        }


@dataclass
class EventFact:
    """A stored event as the rules engine sees it: with its firm, source and timing.

    ``firm_key`` is the client id, ``prospect:<folded name>`` for an unknown firm, or
    ``review:<folded name>`` for a mention that may be one of several clients
    (``candidates``) until an analyst says which, so that rules can group those too. ``known_at`` is when Radar could first have
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
    # The register clients an ambiguous mention may mean: non-empty only for a
    # ``review:`` firm, whose alert waits for an analyst instead of going to prospects.
    candidates: tuple[str, ...] = ()


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _texts(value: Any) -> dict[str, str]:
    """A ``{language: text}`` mapping from stored JSON; anything else is empty."""
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _day(value: Any) -> date | None:
    moment = parse_when(value)
    return moment.date() if moment is not None else None


def _amount(value: Any) -> Amount | None:
    if isinstance(value, dict) and _number(value.get("value")) is not None:
        return Amount(float(value["value"]), _text(value.get("currency")) or "TRY")
    return None


@dataclass(frozen=True)
class RuleRef:
    """Which rule raised an alert, as the explanation names it."""

    id: str
    version: str
    kind: str
    description: str = ""


@dataclass(frozen=True)
class ExplainedEvent:
    """One event an alert rests on, with its evidence sentence and where it was read."""

    event_id: int | None
    type: str
    company: str
    client_id: str | None
    evidence: str
    url: str | None = None
    source: str | None = None
    source_type: str | None = None
    published: datetime | None = None
    amount: Amount | None = None
    event_date: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "type": self.type, "company": self.company,
            "client_id": self.client_id, "evidence": self.evidence, "url": self.url,
            "source": self.source, "source_type": self.source_type,
            "published": None if self.published is None else self.published.isoformat(),
            "amount": None if self.amount is None else self.amount.to_json(),
            "event_date": None if self.event_date is None else self.event_date.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ExplainedEvent:
        event_id = data.get("event_id")
        return cls(
            event_id=event_id if isinstance(event_id, int) else None,
            type=_text(data.get("type")), company=_text(data.get("company")),
            client_id=data.get("client_id") if isinstance(data.get("client_id"), str) else None,
            evidence=_text(data.get("evidence")),
            url=data.get("url") if isinstance(data.get("url"), str) else None,
            source=data.get("source") if isinstance(data.get("source"), str) else None,
            source_type=data.get("source_type") if isinstance(data.get("source_type"), str)
            else None,
            published=parse_when(data.get("published")), amount=_amount(data.get("amount")),
            event_date=_day(data.get("event_date")),
        )


@dataclass(frozen=True)
class ScoreComponent:
    """One factor of a score: its value, its weight and a readable detail."""

    name: str
    value: float
    weight: float
    detail: str = ""
    # ``detail`` per language ({"tr": ..., "en": ...}); ``detail`` itself is the English.
    texts: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "value": round(self.value, 4),
                                "weight": self.weight, "detail": str(self.detail)}
        if self.texts:
            data["texts"] = dict(self.texts)
        return data


@dataclass(frozen=True)
class Explanation:
    """Why an alert was raised: the rule, plain words, the events, the score arithmetic.

    Stored as JSON on the alert (``to_json``) and read back by mail, web and commands through
    ``from_json``, the one place that tolerates rows written by older versions.
    """

    rule: RuleRef
    why: str
    events: tuple[ExplainedEvent, ...]
    sources: tuple[str, ...]
    score_total: float
    score_formula: str
    components: tuple[ScoreComponent, ...]
    severity: str
    match: dict[str, Any] = field(default_factory=dict)
    score_rose_from: float | None = None
    # The reader-facing texts per language: {"tr": {"title", "why", "description"}, "en": ...}.
    # ``why`` and ``rule.description`` above stay the English ones older readers know.
    texts: dict[str, dict[str, str]] = field(default_factory=dict)

    def text(self, language: str, key: str, fallback: str = "") -> str:
        """``key`` ("title", "why", "description") in ``language``; older rows fall back."""
        value = self.texts.get(language, {}).get(key)
        if value:
            return value
        if key == "why":
            return self.why or fallback
        if key == "description":
            return self.rule.description or fallback
        return fallback

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": {"id": self.rule.id, "version": self.rule.version, "kind": self.rule.kind,
                     "description": self.rule.description},
            "why": self.why,
            "events": [e.to_json() for e in self.events],
            "sources": list(self.sources),
            "score": {"total": self.score_total, "formula": self.score_formula,
                      "components": [c.to_json() for c in self.components]},
            "severity": self.severity,
            "match": dict(self.match),
        }
        if self.score_rose_from is not None:
            data["score_rose_from"] = self.score_rose_from
        if self.texts:
            data["texts"] = {lang: dict(values) for lang, values in self.texts.items()}
        return data

    @classmethod
    def from_json(cls, data: Any) -> Explanation:
        """Decode a stored explanation; missing or malformed parts become empty, never errors."""
        data = data if isinstance(data, dict) else {}
        rule = data.get("rule") if isinstance(data.get("rule"), dict) else {}
        score = data.get("score") if isinstance(data.get("score"), dict) else {}
        components = tuple(
            ScoreComponent(_text(c.get("name")), _number(c.get("value")) or 0.0,
                           _number(c.get("weight")) or 0.0, _text(c.get("detail")),
                           _texts(c.get("texts")))
            for c in score.get("components") or [] if isinstance(c, dict))
        events = data.get("events") if isinstance(data.get("events"), list) else []
        sources = data.get("sources") if isinstance(data.get("sources"), list) else []
        match = data.get("match") if isinstance(data.get("match"), dict) else {}
        raw_texts = data.get("texts") if isinstance(data.get("texts"), dict) else {}
        texts = {
            str(lang): {str(k): v for k, v in values.items() if isinstance(v, str)}
            for lang, values in raw_texts.items() if isinstance(values, dict)
        }
        return cls(
            rule=RuleRef(_text(rule.get("id")), _text(rule.get("version")),
                         _text(rule.get("kind")), _text(rule.get("description"))),
            why=_text(data.get("why")),
            events=tuple(ExplainedEvent.from_json(e) for e in events if isinstance(e, dict)),
            sources=tuple(_text(s) for s in sources),
            score_total=_number(score.get("total")) or 0.0,
            score_formula=_text(score.get("formula")),
            components=components,
            severity=_text(data.get("severity")),
            match=dict(match),
            score_rose_from=_number(data.get("score_rose_from")),
            texts=texts,
        )


#: Alert severities, least to most severe; the rank orders queues and e-mail minimums.
SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}


def severity_rank(severity: str | None) -> int:
    """The stored rank of a severity: higher is more severe; unknown ones rank -1 (last)."""
    return SEVERITY_RANK.get(str(severity or ""), -1)


@dataclass
class AlertDraft:
    """An alert the rules engine wants raised; the core stores it idempotently.

    ``dedupe_key`` identifies the alert across runs (rule, firm, and the window or
    story it covers): storing the same key twice updates instead of duplicating.

    ``explanation`` is stored as ``Explanation.to_json()`` and read back with
    ``Explanation.from_json``.
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
    explanation: Explanation
    # For group rules: the alert is about ``client_id`` but addressed to this group too.
    notify_client_ids: list[str] = field(default_factory=list)
    # Which scoring arithmetic produced ``score`` (rules.scoring.SCORING_VERSION).
    scoring_version: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class UpsertStats:
    """What an idempotent import did: rows created, updated, or found unchanged."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def count(self, changed: bool) -> None:
        """Count an existing row as updated or unchanged."""
        if changed:
            self.updated += 1
        else:
            self.unchanged += 1

    def as_dict(self) -> dict[str, int]:
        return asdict(self)
