"""Analysts' link decisions, remembered so a mention resolves the same way wherever it
appears again (another sentence, another outlet, a re-crawl, a re-process).

Keys: the Turkish-folded mention as written, and a context key: "" for any sentence
(the default decision), or a hash of the folded sentence (the event's evidence) for a
decision the analyst kept to that sentence. A sentence's own decision wins over the
mention-wide one. Verdicts: "is" (the mention means the client, or no client at all when
``client_id`` is None) and "not" ("not this firm": that client is never a candidate for
the mention again). Both the review queue, which stores decisions, and the processing
stage, which applies them, use these functions, so the keys cannot drift.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from radar_core.db.models import LinkDecision
from radar_core.text import fold

ANY_CONTEXT = ""
IS, NOT = "is", "not"


def mention_key(mention: str) -> str:
    """The decision key of a mention as written: its Turkish-folded text."""
    return fold(mention)[:300]


def context_key(context: str) -> str:
    """The decision key of a context: sha1 of the folded sentence (hex)."""
    return hashlib.sha1(fold(context).encode("utf-8")).hexdigest()


@dataclass
class Remembered:
    """What analysts decided about a mention in a sentence.

    ``decided`` is True when an "is" decision applies: ``client_id`` is then the client
    (None: no client, a prospect). ``excluded`` are the clients it is known not to be.
    """

    decided: bool = False
    client_id: str | None = None
    analyst: str | None = None
    excluded: frozenset[str] = field(default_factory=frozenset)

    @property
    def empty(self) -> bool:
        return not self.decided and not self.excluded


def remembered(session: Session, mention: str, context: str) -> Remembered:
    """The decisions that apply to ``mention`` in ``context``: the sentence's own first."""
    rows = session.scalars(
        select(LinkDecision).where(
            LinkDecision.mention_key == mention_key(mention),
            LinkDecision.context_key.in_((ANY_CONTEXT, context_key(context))),
        )
    )
    return _decide(list(rows))


def _decide(rows: Sequence[LinkDecision]) -> Remembered:
    """What ``rows`` (one mention's decisions for any sentence and for this one) add up to."""
    out = Remembered(excluded=frozenset(d.client_id for d in rows if d.verdict == NOT and d.client_id))
    struck_here = {d.client_id for d in rows if d.verdict == NOT and d.context_key != ANY_CONTEXT}
    chosen = [d for d in rows if d.verdict == IS]
    if chosen:
        best = max(chosen, key=lambda d: (d.context_key != ANY_CONTEXT, d.decided_at, d.id))
        if best.context_key != ANY_CONTEXT or best.client_id not in struck_here:
            out.decided, out.client_id, out.analyst = True, best.client_id, best.analyst
    return out


class LinkMemory:
    """The decisions on a batch's mentions, read in one query instead of one per mention.

    ``recall`` answers exactly as :func:`remembered` does (both go through ``_decide``);
    it only filters in memory what ``remembered`` filters in SQL.
    """

    def __init__(self, rows: Iterable[LinkDecision]) -> None:
        self._rows: dict[str, list[LinkDecision]] = {}
        for row in rows:
            self._rows.setdefault(row.mention_key, []).append(row)

    @classmethod
    def load(cls, session: Session, mentions: Iterable[str], chunk: int = 1000) -> LinkMemory:
        """Every decision on any of ``mentions`` (any sentence), ``chunk`` keys a query."""
        keys = sorted({mention_key(m) for m in mentions})
        rows: list[LinkDecision] = []
        for offset in range(0, len(keys), chunk):
            rows += session.scalars(select(LinkDecision).where(
                LinkDecision.mention_key.in_(keys[offset:offset + chunk])))
        return cls(rows)

    def recall(self, mention: str, context: str) -> Remembered:
        """The decisions that apply to ``mention`` in ``context``: the sentence's own first."""
        rows = self._rows.get(mention_key(mention))
        if not rows:
            return Remembered()
        scopes = (ANY_CONTEXT, context_key(context))
        return _decide([d for d in rows if d.context_key in scopes])


def remembered_decision(session: Session, mention: str, context: str) -> LinkDecision | None:
    """The "is" decision for this mention in this context, if any (the sentence's own first)."""
    rows = session.scalars(
        select(LinkDecision).where(
            LinkDecision.mention_key == mention_key(mention),
            LinkDecision.context_key.in_((ANY_CONTEXT, context_key(context))),
            LinkDecision.verdict == IS,
        )
    )
    return max(rows, key=lambda d: (d.context_key != ANY_CONTEXT, d.decided_at, d.id), default=None)


def remember(session: Session, mention: str, context: str | None, verdict: str,
             client_id: str | None, analyst: str, now: datetime) -> LinkDecision:
    """Store a verdict for ``mention`` (in ``context`` only, when given; else anywhere).

    One "is" decision per mention and context: a new one replaces it. A verdict clears
    its opposite in the same scope ("is X" lifts "not X" and the reverse).
    """
    mkey = mention_key(mention)
    ckey = ANY_CONTEXT if context is None else context_key(context)
    scope = select(LinkDecision).where(LinkDecision.mention_key == mkey, LinkDecision.context_key == ckey)
    for row in session.scalars(scope):
        replaced = (verdict == IS and row.verdict == IS) or (
            row.client_id == client_id and row.verdict != verdict)
        if replaced:
            session.delete(row)
    session.flush()
    found = session.scalars(scope.where(
        LinkDecision.verdict == verdict,
        LinkDecision.client_id.is_(None) if client_id is None else LinkDecision.client_id == client_id,
    )).first()
    row = found or LinkDecision(mention_key=mkey, context_key=ckey, verdict=verdict, client_id=client_id)
    session.add(row)
    row.analyst, row.decided_at = analyst, now
    session.flush()
    return row
