"""Each source's health from its crawl runs: last run, broken or not, why, and since when.

``radar sources status`` and ``radar status`` both show it. "Since" is the start of the
first broken run of the current streak (the broken runs after the last ``ok`` one), so
an operator sees whether a source broke this morning or has been dead for weeks. Runs
of a shared frontier that got nothing to do (``idle``) and unfinished runs do not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from radar_core.db.models import CrawlRun, Source

JUDGED = ("ok", "broken")


@dataclass
class SourceHealth:
    """One source as ``radar sources status`` lists it."""

    name: str
    last_run: datetime | None
    stats: dict[str, Any] = field(default_factory=dict)
    broken: bool = False
    cause: str | None = None
    reason: str | None = None
    since: datetime | None = None

    @property
    def errors(self) -> int:
        return sum((self.stats.get("errors") or {}).values())

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.name,
                "last_run": self.last_run.isoformat(timespec="seconds") if self.last_run
                else None,
                **{k: int(self.stats.get(k, 0)) for k in ("pages", "new", "changed",
                                                           "unchanged")},
                "errors": self.errors, "errors_by_kind": dict(self.stats.get("errors") or {}),
                "broken": self.broken, "cause": self.cause, "reason": self.reason,
                "since": self.since.isoformat(timespec="seconds") if self.since else None}


def broken_since(session: Session, source_id: int) -> tuple[datetime | None, str | None]:
    """Start of the current broken streak, and the cause its newest broken run recorded."""
    last_ok = session.scalar(select(func.max(CrawlRun.id)).where(
        CrawlRun.source_id == source_id, CrawlRun.status == "ok")) or 0
    streak = select(CrawlRun).where(CrawlRun.source_id == source_id,
                                    CrawlRun.status == "broken", CrawlRun.id > last_ok)
    first = session.scalars(streak.order_by(CrawlRun.id).limit(1)).first()
    if first is None:
        return None, None
    newest = session.scalars(streak.order_by(CrawlRun.id.desc()).limit(1)).one()
    return first.started_at, (newest.stats or {}).get("cause")


def source_health(session: Session, *, broken_only: bool = False) -> list[SourceHealth]:
    """Every source (or only broken ones), by name, with its newest judged run."""
    query = select(Source).order_by(Source.name)
    if broken_only:
        query = query.where(Source.broken.is_(True))
    out = []
    for source in session.scalars(query):
        run = session.scalars(select(CrawlRun).where(
            CrawlRun.source_id == source.id, CrawlRun.status.in_(JUDGED))
            .order_by(CrawlRun.id.desc()).limit(1)).first()
        health = SourceHealth(source.name, run.started_at if run else None,
                              dict(run.stats or {}) if run else {}, bool(source.broken))
        if source.broken:
            health.reason = source.broken_reason or "no reason recorded"
            health.since, health.cause = broken_since(session, source.id)
            health.cause = health.cause or "unknown"
        out.append(health)
    return out
