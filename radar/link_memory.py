"""Analysts' link decisions, remembered so the same mention in the same context resolves
the same way next time (another outlet repeating the story, a re-crawl, a re-process).

Keys: the Turkish-folded mention as written, and a hash of the folded context sentence
(the event's evidence sentence). Both the review queue, which stores decisions, and the
processing stage, which applies them, use these functions, so the keys cannot drift.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from radar_core.db.models import LinkDecision
from radar_core.text import fold


def mention_key(mention: str) -> str:
    """The decision key of a mention as written: its Turkish-folded text."""
    return fold(mention)[:300]


def context_key(context: str) -> str:
    """The decision key of a context: sha1 of the folded sentence (hex)."""
    return hashlib.sha1(fold(context).encode("utf-8")).hexdigest()


def remembered_decision(session: Session, mention: str, context: str) -> LinkDecision | None:
    """An analyst's earlier decision for this mention in this context, if any.

    ``decision.client_id`` is the chosen client, or None when the analyst marked the firm
    unknown (a prospect).
    """
    return session.scalars(
        select(LinkDecision).where(
            LinkDecision.mention_key == mention_key(mention),
            LinkDecision.context_key == context_key(context),
        )
    ).first()
