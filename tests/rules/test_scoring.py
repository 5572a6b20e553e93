"""Score parts: recency, reliability lookup, corroboration, severity bands, formula."""

from __future__ import annotations

import pytest

from rules.schema import ScoringConfig
from rules.scoring import (
    Component,
    Feedback,
    SourceReliability,
    combine,
    corroboration,
    recency,
    severity_of,
    to_try,
)


def test_recency_halves_every_half_life() -> None:
    assert recency(0, 14) == 1.0
    assert recency(14, 14) == pytest.approx(0.5)
    assert recency(28, 14) == pytest.approx(0.25)
    assert recency(-3, 14) == 1.0  # a clock skew never boosts a score


def test_reliability_prefers_source_name_then_type_then_default() -> None:
    rel = SourceReliability(sources={"Dünya Gazetesi": 0.9}, source_types={"social": 0.3},
                            default=0.5)
    assert rel.of("DUNYA gazetesi", "social") == (0.9, "source DUNYA gazetesi")
    assert rel.of("Someone", "social") == (0.3, "source type social")
    assert rel.of(None, None) == (0.5, "default")


def test_corroboration_and_fx() -> None:
    config = ScoringConfig(corroboration_step=0.1, corroboration_max=1.25,
                           fx_to_try={"TRY": 1, "USD": 40})
    assert [corroboration(n, config) for n in (1, 2, 3, 9)] == pytest.approx([1, 1.1, 1.2, 1.25])
    assert to_try(10, "usd", config) == 400
    assert to_try(10, "JPY", config) is None


def test_severity_bands_and_floor() -> None:
    config = ScoringConfig()
    assert severity_of(10, config) == "low"
    assert severity_of(35, config) == "medium"
    assert severity_of(75, config) == "critical"
    assert severity_of(10, config, "high") == "high"
    assert severity_of(80, config, "medium") == "critical"


def test_bands_must_rise() -> None:
    with pytest.raises(ValueError, match="must rise"):
        ScoringConfig(severity={"low": 0, "medium": 60, "high": 50, "critical": 80})


def test_combine_shows_the_arithmetic_and_caps() -> None:
    total, formula = combine([Component("rule_weight", 0.5, 1, ""),
                              Component("confidence", 0.9, 2, "")])
    assert total == pytest.approx(100 * 0.5 * 0.81)
    assert "confidence^2" in formula and "0.90^2" in formula
    capped, text = combine([Component("rule_weight", 2.0, 1, "")])
    assert capped == 100 and "capped at 100" in text


def test_feedback_counts_and_ignores_unknown_decisions() -> None:
    fb = Feedback.from_reviews([("r", "f", "reject"), ("r", "f", "forward"),
                                ("r", "g", "snooze")])
    assert fb.by_rule["r"].rejected == 1 and fb.by_rule["r"].accepted == 1
    assert "g" not in fb.by_firm
    assert fb.damping("r", "f", min_reviews=1, floor=0.1)[0] == pytest.approx(2 / 3)
