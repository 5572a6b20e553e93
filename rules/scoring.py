"""Score parts of an alert: source reliability, recency, corroboration, feedback damping.

The score is ``100 x product(component ** exponent)``, capped at 100; every component
keeps a readable detail so the explanation can show the arithmetic an analyst checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from radar_core.records import ScoreComponent
from radar_core.text import fold

if TYPE_CHECKING:
    from rules.schema import ReliabilityConfig, ScoringConfig

ACCEPT_DECISIONS = frozenset({"accept", "accepted", "forward", "forwarded"})
REJECT_DECISIONS = frozenset({"reject", "rejected"})


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
            return self._folded[fold(source)], f"source {source}"
        if source_type and source_type in self.source_types:
            return self.source_types[source_type], f"source type {source_type}"
        return self.default, "default"


@dataclass
class Counts:
    accepted: int = 0
    rejected: int = 0


@dataclass
class Feedback:
    """Analysts' accept/reject counts per rule id, per firm key and per (rule, firm)."""

    by_rule: dict[str, Counts] = field(default_factory=dict)
    by_firm: dict[str, Counts] = field(default_factory=dict)
    by_rule_firm: dict[tuple[str, str], Counts] = field(default_factory=dict)

    @classmethod
    def from_reviews(cls, reviews: Iterable[tuple[str, str, str]]) -> Feedback:
        """Build from ``(rule_id, firm_key, decision)`` rows; forwards count as accepts."""
        fb = cls()
        for rule_id, firm_key, decision in reviews:
            fb.add(rule_id, firm_key, decision)
        return fb

    def add(self, rule_id: str, firm_key: str, decision: str) -> None:
        d = decision.lower()
        if d not in ACCEPT_DECISIONS and d not in REJECT_DECISIONS:
            return
        for counts in (self.by_rule.setdefault(rule_id, Counts()),
                       self.by_firm.setdefault(firm_key, Counts()),
                       self.by_rule_firm.setdefault((rule_id, firm_key), Counts())):
            if d in ACCEPT_DECISIONS:
                counts.accepted += 1
            else:
                counts.rejected += 1

    def damping(self, rule_id: str, firm_key: str, min_reviews: int,
                floor: float) -> tuple[float, str]:
        """Multiplier below 1 when analysts keep rejecting this rule, firm or pair."""
        factor, notes = 1.0, []
        scopes: list[tuple[str, Counts | None]] = [
            (f"rule {rule_id}", self.by_rule.get(rule_id)),
            (f"firm {firm_key}", self.by_firm.get(firm_key)),
            ("this rule for this firm", self.by_rule_firm.get((rule_id, firm_key))),
        ]
        for label, counts in scopes:
            if counts is None or counts.rejected < min_reviews:
                continue
            # share of accepts, smoothed: 3 rejects/0 accepts -> 0.25, 3/3 -> 0.57
            share = (counts.accepted + 1) / (counts.accepted + counts.rejected + 1)
            if share < factor:
                factor = share
                notes = [f"{label}: {counts.rejected} rejected, {counts.accepted} accepted"]
        factor = max(floor, factor)
        return factor, (notes[0] if notes else "no rejections to damp")


def recency(age_days: float, half_life_days: float) -> float:
    """Half-life decay: 1.0 today, 0.5 after one half-life; future dates count as today."""
    return float(0.5 ** (max(0.0, age_days) / half_life_days))


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
