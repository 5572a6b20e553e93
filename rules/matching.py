"""Find where a rule matches: stories for single and group rules, windows for combination
and rate rules. Matching is pure and deterministic; scoring and cool-down come later.

A *story* is one happening told by several outlets: facts that share ``story_id``, or
(for single, group and combination rules) the same firm and event type within
``story_days`` of the story's first report. A story raises one alert listing all sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from radar_core.clock import naive_utc
from radar_core.records import EventFact
from rules.schema import CombinationRule, GroupRule, RateRule, Rule, ScoringConfig
from rules.scoring import recency_basis, stated_date, to_try


def event_time(fact: EventFact) -> datetime:
    """When the event became public: published, else known_at.

    known_at (max of published and fetched) decides visibility for as-of, but a
    backfilled two-year-old article must not look like fresh news to windows. Recency
    goes further and starts at the event date when a report states one (``Story.dated``).
    """
    known = naive_utc(fact.known_at)
    if fact.published is None:
        return known
    return min(naive_utc(fact.published), known)


@dataclass
class Story:
    """Facts about one happening for one firm; the anchor is its first report."""

    facts: list[EventFact]

    @property
    def anchor(self) -> EventFact:
        return self.facts[0]

    @property
    def time(self) -> datetime:
        return event_time(self.anchor)

    @property
    def latest(self) -> datetime:
        return max(event_time(f) for f in self.facts)

    @property
    def dated(self) -> tuple[datetime, str]:
        """When recency starts for the story, and which date that is: the event date any
        report states, else the first report's publication date, else its fetch time."""
        for fact in self.facts:
            stated = stated_date(fact)
            if stated is not None:
                return stated
        return recency_basis(self.anchor)

    @property
    def type(self) -> str:
        return self.anchor.type

    @property
    def confidence(self) -> float:
        return max(f.confidence for f in self.facts)


@dataclass
class Match:
    """A place where a rule fires, before scoring: the stories it rests on and its anchor."""

    rule: Rule
    firm_key: str
    stories: list[Story]
    anchor: str
    trigger_time: datetime
    recency_time: datetime
    recency_basis: str  # which date recency_time is, in words for the explanation
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def facts(self) -> list[EventFact]:
        return [f for s in self.stories for f in s.facts]

    @property
    def event_ids(self) -> list[int]:
        return sorted({f.event_id for f in self.facts})


def eligible(rule: Rule, fact: EventFact, scoring: ScoringConfig) -> bool:
    """Does this single fact pass the rule's per-event filters?"""
    if fact.type not in rule.events or fact.confidence < rule.min_confidence:
        return False
    if rule.source_types is not None and fact.source_type not in rule.source_types:
        return False
    # a mention that may be one of several clients is judged as a client: an analyst decides
    if fact.client_id is None and not fact.candidates and not rule.allows_prospects:
        return False
    if isinstance(rule, GroupRule) and (not fact.parent_id or fact.parent_id == fact.client_id):
        return False
    if rule.amount is not None:
        if fact.amount is None:
            return False
        value = to_try(fact.amount.value, fact.amount.currency, scoring)
        floor = to_try(rule.amount.min, rule.amount.currency, scoring)
        if value is None or floor is None or value < floor:
            return False
    return True


def _order(fact: EventFact) -> tuple[datetime, int]:
    return event_time(fact), fact.event_id


def stories(facts: Sequence[EventFact], story_days: float, join_by_time: bool) -> list[Story]:
    """Group one firm's facts into stories, greedily in time order (stable as data grows)."""
    found: list[Story] = []
    by_story_id: dict[str, Story] = {}
    for fact in sorted(facts, key=_order):
        target = by_story_id.get(fact.story_id) if fact.story_id else None
        if target is None and join_by_time:
            limit = timedelta(days=story_days)
            target = next(
                (s for s in reversed(found)
                 if s.type == fact.type and event_time(fact) - s.time <= limit),
                None,
            )
        if target is None:
            target = Story([fact])
            found.append(target)
        else:
            target.facts.append(fact)
        if fact.story_id:
            by_story_id.setdefault(fact.story_id, target)
    return found


def match_stories(rule: Rule, firm_key: str, units: list[Story], as_of: datetime) -> list[Match]:
    """Single and group rules: each recent story is one match."""
    since = as_of - timedelta(days=rule.max_age_days)
    return [
        Match(rule, firm_key, [s], f"e{s.anchor.event_id}", s.time, *s.dated)
        for s in units if s.time >= since
    ]


def match_combination(rule: CombinationRule, firm_key: str, units: list[Story],
                      as_of: datetime) -> list[Match]:
    """Every event type within ``within_days`` (in rule order if ``ordered``), per trigger."""
    since = as_of - timedelta(days=rule.max_age_days)
    window = timedelta(days=rule.within_days)
    out: list[Match] = []
    seen: set[str] = set()
    for trigger in units:
        if trigger.time < since:
            continue
        if rule.ordered and trigger.type != rule.events[-1]:
            continue
        earlier = [u for u in units if u.time <= trigger.time
                   and (u.time, u.anchor.event_id) <= (trigger.time, trigger.anchor.event_id)
                   and trigger.time - u.time <= window]
        chosen: dict[str, Story] = {trigger.type: trigger}
        if rule.ordered:
            bound = trigger
            for etype in reversed(rule.events[:-1]):
                prior = [u for u in earlier if u.type == etype and u.time <= bound.time
                         and u is not bound]
                if not prior:
                    break
                bound = max(prior, key=lambda u: (u.time, u.anchor.event_id))
                chosen[etype] = bound
        else:
            for etype in rule.events:
                prior = [u for u in earlier if u.type == etype]
                if etype not in chosen and prior:
                    chosen[etype] = max(prior, key=lambda u: (u.time, u.anchor.event_id))
        if len(chosen) < len(rule.events):
            continue
        picked = [chosen[e] for e in rule.events]
        anchor = "+".join(f"e{u.anchor.event_id}" for u in picked)
        if anchor in seen:
            continue
        seen.add(anchor)
        first = min(u.time for u in picked)
        out.append(Match(rule, firm_key, picked, anchor, trigger.time, *trigger.dated,
                         {"span_days": (trigger.time - first).total_seconds() / 86400}))
    return out


def match_rate(rule: RateRule, firm_key: str, units: list[Story], firm_first: datetime,
               as_of: datetime) -> list[Match]:
    """Count in the window against the firm's own baseline; fall back to min_count."""
    window_start = as_of - timedelta(days=rule.window_days)
    base_start = window_start - timedelta(days=rule.baseline_days)
    in_window = [u for u in units if window_start < u.time <= as_of]
    if not in_window:
        return []
    latest = max(u.time for u in in_window)
    if latest < as_of - timedelta(days=rule.max_age_days):
        return []
    in_base = [u for u in units if base_start < u.time <= window_start]
    history_days = (window_start - firm_first).total_seconds() / 86400
    count = len(in_window)
    info: dict[str, Any] = {"count": count, "baseline_count": len(in_base),
                            "history_days": round(max(0.0, history_days), 1)}
    if history_days >= max(rule.min_baseline_days, 1):
        observed = min(float(rule.baseline_days), history_days)
        expected = len(in_base) * rule.window_days / observed
        threshold = max(float(rule.min_count), rule.factor * expected)
        info.update(expected=round(expected, 2), fallback=False,
                    ratio=round(count / expected, 2) if expected > 0 else None)
    else:
        threshold = float(rule.min_count)
        info.update(expected=None, fallback=True, ratio=None)
    info["threshold"] = round(threshold, 2)
    if count < threshold:
        return []
    anchor = "+".join(f"e{u.anchor.event_id}" for u in in_window)
    newest = max((u.dated for u in in_window), key=lambda d: d[0])
    return [Match(rule, firm_key, in_window, anchor, latest, *newest, info)]
