"""Helpers for rules tests: build event facts in a few words, load rules from text."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from radar_core.records import Amount, EventFact
from radar_core.taxonomy import polarity_of

AS_OF = datetime(2025, 6, 30, 12, 0, 0)
STARTER = Path(__file__).resolve().parents[2] / "rules" / "starter"

FactMaker = Callable[..., EventFact]


@pytest.fixture
def make_fact() -> FactMaker:
    """``make_fact("lawsuit", firm="C1", days_ago=3, source="Daily")`` -> an EventFact."""
    ids = itertools.count(1)

    def make(
        type: str,
        firm: str = "C1",
        days_ago: float = 1,
        *,
        confidence: float = 0.9,
        source: str | None = "Daily News",
        source_type: str | None = "news",
        story: str | None = None,
        amount: tuple[float, str] | None = None,
        parent: str | None = None,
        company: str | None = None,
        event_id: int | None = None,
        known_days_ago: float | None = None,
        **extra: Any,
    ) -> EventFact:
        eid = event_id if event_id is not None else next(ids)
        published = AS_OF - timedelta(days=days_ago)
        known = AS_OF - timedelta(days=known_days_ago) if known_days_ago is not None else published
        prospect = firm.startswith("prospect:")
        return EventFact(
            event_id=eid,
            type=type,
            polarity=polarity_of(type),
            firm_key=firm,
            client_id=None if prospect else firm,
            company=company or f"{firm} Sanayi A.Ş.",
            confidence=confidence,
            evidence=f"Evidence sentence {eid} about {type}.",
            document_id=1000 + eid,
            url=f"https://example.test/{eid}",
            source=source,
            source_type=source_type,
            published=published,
            known_at=known,
            amount=Amount(*amount) if amount else None,
            story_id=story,
            parent_id=parent,
            **extra,
        )

    return make


def write(tmp_path: Path, name: str, text: str) -> Path:
    """Write a YAML file into ``tmp_path`` and return the folder."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path
