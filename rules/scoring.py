"""Score parts of an alert: source reliability, recency, corroboration, feedback damping.

The score is ``100 x product(component ** exponent)``, capped at 100; every component
keeps a readable detail so the explanation can show the arithmetic an analyst checks.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from radar_core.clock import naive_utc
from radar_core.i18n import (
    Phrase,
    decimal_text,
    format_date,
    format_time,
    gettext_for,
    translate,
)
from radar_core.records import EventFact, ScoreComponent
from radar_core.text import fold

if TYPE_CHECKING:
    from rules.schema import FeedbackPrior, ReliabilityConfig, ScoringConfig

ACCEPT_DECISIONS = frozenset({"accept", "accepted", "forward", "forwarded"})
REJECT_DECISIONS = frozenset({"reject", "rejected"})

#: Stored on every alert so back-tests can tell scores of different arithmetic apart.
#: v1 (rows before migration 0008): recency from fetch time; 3 rejections cut a rule to
#: the floor at once, existing alerts included. v2: recency from the event date, else the
#: publication date, else fetch time; Beta-smoothed feedback, only from decisions made
#: before the alert was raised.
SCORING_VERSION = "v2"


# One factor of a score, as the explanation shows it (the record lives in the ground).
Component = ScoreComponent


@dataclass
class SourceReliability:
    """How much an outlet is trusted (0..1): by source name first, then source type."""

    sources: dict[str, float] = field(default_factory=dict)
    source_types: dict[str, float] = field(default_factory=dict)
    default: float = 0.6

    def __post_init__(self) -> None:
        # names are matched folded, so "Dünya" and "dunya" are the same outlet
        self._folded = {fold(k): v for k, v in self.sources.items()}

    @classmethod
    def from_config(cls, config: ReliabilityConfig) -> SourceReliability:
        return cls(dict(config.sources), dict(config.source_types), config.default)

    def of(self, source: str | None, source_type: str | None) -> tuple[float, str]:
        """The reliability of one outlet and where the number came from."""
        if source and fold(source) in self._folded:
            return self._folded[fold(source)], Phrase(
                lambda lang: translate(lang, "source {name}").format(name=source))
        if source_type and source_type in self.source_types:
            return self.source_types[source_type], Phrase(
                lambda lang: translate(lang, "source type {name}").format(name=source_type))
        return self.default, Phrase(lambda lang: translate(lang, "default"))


@dataclass(frozen=True)
class Counts:
    """Accepted and rejected decisions of one scope, as of some moment."""

    accepted: int = 0
    rejected: int = 0


@dataclass
class Decisions:
    """When one scope's alerts were accepted and rejected, kept sorted: counting the
    decisions made by any moment is then a bisect."""

    accepted_at: list[datetime] = field(default_factory=list)
    rejected_at: list[datetime] = field(default_factory=list)

    def counts(self, until: datetime | None = None) -> Counts:
        """Decisions made at or before ``until`` (all of them when ``until`` is None)."""
        if until is None:
            return Counts(len(self.accepted_at), len(self.rejected_at))
        return Counts(bisect.bisect_right(self.accepted_at, until),
                      bisect.bisect_right(self.rejected_at, until))

    @property
    def accepted(self) -> int:
        return len(self.accepted_at)

    @property
    def rejected(self) -> int:
        return len(self.rejected_at)


Review = tuple[str, str, str] | tuple[str, str, str, datetime | None]


def beta_factor(counts: Counts, prior: FeedbackPrior) -> tuple[float, float]:
    """(posterior mean of the accept share, that mean over the prior mean).

    Beta(accepted, rejected) prior updated by the decisions; dividing by the prior mean
    makes "no decisions" exactly 1.0, and each decision moves the factor a little, so the
    floor is only reached with many rejections and few accepts.
    """
    a, b = prior.accepted, prior.rejected
    mean = (counts.accepted + a) / (counts.accepted + counts.rejected + a + b)
    return mean, mean / (a / (a + b))


@dataclass
class Feedback:
    """Analysts' accept/reject decisions per rule id, per firm key and per (rule, firm).

    Each decision keeps its time, so an alert is damped only by decisions made by the time
    it was raised: a rejection never lowers alerts that already exist.
    """

    by_rule: dict[str, Decisions] = field(default_factory=dict)
    by_firm: dict[str, Decisions] = field(default_factory=dict)
    by_rule_firm: dict[tuple[str, str], Decisions] = field(default_factory=dict)

    @classmethod
    def from_reviews(cls, reviews: Iterable[Review]) -> Feedback:
        """Build from ``(rule_id, firm_key, decision[, decided_at])`` rows; forwards count as
        accepts; a row without a time counts for every alert."""
        fb = cls()
        for review in reviews:
            rule_id, firm_key, decision = review[0], review[1], review[2]
            fb.add(rule_id, firm_key, decision, review[3] if len(review) > 3 else None)
        return fb

    def add(self, rule_id: str, firm_key: str, decision: str,
            decided_at: datetime | None = None) -> None:
        d = decision.lower()
        if d not in ACCEPT_DECISIONS and d not in REJECT_DECISIONS:
            return
        when = datetime.min if decided_at is None else naive_utc(decided_at)
        for scope in (self.by_rule.setdefault(rule_id, Decisions()),
                      self.by_firm.setdefault(firm_key, Decisions()),
                      self.by_rule_firm.setdefault((rule_id, firm_key), Decisions())):
            bisect.insort(scope.accepted_at if d in ACCEPT_DECISIONS else scope.rejected_at, when)

    def damping(self, rule_id: str, firm_key: str, prior: FeedbackPrior, floor: float,
                until: datetime | None = None) -> tuple[float, str]:
        """Multiplier (floor..1) from the decisions made by ``until``, with the arithmetic.

        Each scope (the rule, the firm, the rule for the firm) gets its Beta factor; the
        lowest one applies, so a rule analysts keep rejecting is damped for every firm.
        """
        a, b = prior.accepted, prior.rejected
        scopes: list[tuple[str, Decisions | None]] = [
            ("rule", self.by_rule.get(rule_id)),
            ("firm", self.by_firm.get(firm_key)),
            ("both", self.by_rule_firm.get((rule_id, firm_key))),
        ]
        best: tuple[float, float, str, Counts] | None = None
        for scope, decisions in scopes:
            counts = decisions.counts(until) if decisions is not None else Counts()
            if counts.accepted + counts.rejected == 0:
                continue
            mean, factor = beta_factor(counts, prior)
            if best is None or factor < best[1]:
                best = (mean, factor, scope, counts)

        def by(lang: str) -> str:
            if until is None:
                return ""
            when = f"{until:%Y-%m-%d %H:%M}" if lang == "en" else format_time(until, lang)
            return translate(lang, " by {time}").format(time=when)

        def num(value: float, spec: str, lang: str) -> str:
            return decimal_text(value, spec, lang)

        if best is None:
            return 1.0, Phrase(lambda lang: translate(lang,
                "no decisions on rule {rule} or firm {firm}{by}: Beta({a}, {b}) prior alone, "
                "factor 1").format(rule=rule_id, firm=firm_key, by=by(lang),
                                   a=num(a, "g", lang), b=num(b, "g", lang)))
        mean, factor, scope, counts = best

        def detail(lang: str, ending: str = "") -> str:
            _ = gettext_for(lang)
            label = {"rule": _("rule {rule}"), "firm": _("firm {firm}"),
                     "both": _("this rule for this firm")}[scope].format(rule=rule_id, firm=firm_key)
            return _("{scope}: {rejected} rejected, {accepted} accepted{by}; Beta({a}, {b}) "
                     "prior: ({accepted} + {a}) / ({accepted} + {rejected} + {a} + {b}) = "
                     "{mean}, / prior mean {prior} = {factor}").format(
                scope=label, rejected=counts.rejected, accepted=counts.accepted, by=by(lang),
                a=num(a, "g", lang), b=num(b, "g", lang), mean=num(mean, ".3f", lang),
                prior=num(a / (a + b), ".2f", lang), factor=num(factor, ".2f", lang)) + ending

        if factor > 1.0:
            return 1.0, Phrase(lambda lang: detail(
                lang, translate(lang, ", capped at 1 (feedback only damps)")))
        if factor < floor:
            return floor, Phrase(lambda lang: detail(
                lang, translate(lang, ", raised to the floor {floor}").format(
                    floor=num(floor, "g", lang))))
        return factor, Phrase(detail)


def recency(age_days: float, half_life_days: float) -> float:
    """Half-life decay: 1.0 today, 0.5 after one half-life; future dates count as today."""
    return float(0.5 ** (max(0.0, age_days) / half_life_days))


def stated_date(fact: EventFact) -> tuple[datetime, str] | None:
    """The event date the text states, when it is not after the fact was known.

    A date later than the report is a plan ("the plant opens in 2027"), not when the news
    happened, so recency then falls back to the publication date.
    """
    if fact.event_date is None:
        return None
    day = datetime(fact.event_date.year, fact.event_date.month, fact.event_date.day)
    if day > naive_utc(fact.known_at):
        return None
    stated = fact.event_date
    return day, Phrase(lambda lang: translate(lang, "event date {date}").format(
        date=format_date(stated, lang)))


def recency_basis(fact: EventFact) -> tuple[datetime, str]:
    """When recency starts counting for a fact, and which date that is.

    The event date when known, else the publication date, else when Radar fetched it: a
    40-day-old incentive certificate crawled today is 40 days old, not fresh.
    """
    stated = stated_date(fact)
    if stated is not None:
        return stated
    known = naive_utc(fact.known_at)
    if fact.published is not None:
        published = min(naive_utc(fact.published), known)
        return published, Phrase(lambda lang: translate(lang, "publication date {date}").format(
            date=f"{published:%Y-%m-%d}" if lang == "en" else format_date(published, lang)))
    return known, Phrase(lambda lang: translate(lang,
        "fetch time {time} (no event or publication date)").format(
        time=f"{known:%Y-%m-%d %H:%M}" if lang == "en" else format_time(known, lang)))


def corroboration(n_sources: int, config: ScoringConfig) -> float:
    """Bonus for independent outlets: 1 + step per extra source, capped."""
    return min(config.corroboration_max, 1.0 + config.corroboration_step * max(0, n_sources - 1))


def to_try(value: float, currency: str, config: ScoringConfig) -> float | None:
    """Convert with the declared rates; None when the currency has no rate."""
    rate = config.fx_to_try.get(currency.upper())
    return None if rate is None else value * rate


def severity_of(score: float, config: ScoringConfig, floor: str | None = None) -> str:
    """The highest band whose threshold the score reaches, raised to the rule's floor."""
    from rules.schema import SEVERITY_ORDER

    band = "low"
    for name in SEVERITY_ORDER:
        if score >= config.severity[name]:
            band = name
    if floor is not None and SEVERITY_ORDER.index(floor) > SEVERITY_ORDER.index(band):
        band = floor
    return band


def combine(components: list[Component]) -> tuple[float, str]:
    """Total score (0..100) and the formula with the numbers filled in."""
    total = 100.0
    parts = []
    for c in components:
        total *= c.value ** c.weight
        parts.append(f"{c.value:.2f}" if c.weight == 1 else f"{c.value:.2f}^{c.weight:g}")
    capped = min(100.0, total)
    formula = "100 x " + " x ".join(parts) + f" = {total:.1f}"
    if capped < total:
        formula += " (capped at 100)"
    names = " x ".join(c.name if c.weight == 1 else f"{c.name}^{c.weight:g}" for c in components)
    return round(capped, 2), f"score = 100 x {names}; {formula}"
