"""Score parts: recency and its basis, reliability lookup, corroboration, severity bands,
formula, Beta-smoothed feedback."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from rules.schema import FeedbackPrior, ScoringConfig
from rules.scoring import (
    Component,
    Counts,
    Feedback,
    SourceReliability,
    combine,
    corroboration,
    recency,
    recency_basis,
    severity_of,
    to_try,
)
from tests.rules.conftest import FactMaker


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
    # one accept, one reject: the Beta(2, 2) posterior mean is still the prior mean
    assert fb.damping("r", "f", PRIOR, floor=0.1)[0] == pytest.approx(1.0)


PRIOR = FeedbackPrior(accepted=2, rejected=2)


def test_no_decisions_leave_the_score_alone() -> None:
    factor, detail = Feedback().damping("r", "f", PRIOR, floor=0.3)
    assert factor == 1.0 and "no decisions" in detail and "Beta(2, 2)" in detail


@pytest.mark.parametrize("rejected", [1, 2, 3, 5, 9])
def test_rejections_damp_gradually_as_the_beta_mean_says(rejected: int) -> None:
    fb = Feedback.from_reviews([("r", f"F{i}", "reject") for i in range(rejected)])
    factor, detail = fb.damping("r", "other", PRIOR, floor=0.3)
    expected = (0 + 2) / (0 + rejected + 2 + 2) / 0.5
    assert factor == pytest.approx(expected)
    assert f"rule r: {rejected} rejected, 0 accepted" in detail
    assert f"(0 + 2) / (0 + {rejected} + 2 + 2) = {expected / 2:.3f}" in detail
    assert f"/ prior mean 0.50 = {expected:.2f}" in detail
    one_less = Feedback.from_reviews([("r", f"F{i}", "reject") for i in range(rejected - 1)])
    assert one_less.damping("r", "other", PRIOR, floor=0.3)[0] > factor  # each one counts


def test_the_floor_needs_evidence() -> None:
    def factor(rejected: int, accepted: int = 0) -> float:
        rows = ([("r", "f", "reject")] * rejected + [("r", "f", "accept")] * accepted)
        return Feedback.from_reviews(rows).damping("r", "f", PRIOR, floor=0.3)[0]

    # (2 / (9 + 4)) / 0.5 = 0.31 is still above the floor; the tenth rejection reaches it
    assert factor(3) == pytest.approx(4 / 7) and factor(3) > 0.3
    assert factor(9) == pytest.approx(4 / 13) and factor(9) > 0.3
    assert factor(10) == 0.3 and factor(40) == 0.3
    # accepts pull it back: ten rejections and ten accepts are no evidence against the rule
    assert factor(10, 10) == pytest.approx(1.0)
    _, detail = Feedback.from_reviews([("r", "f", "reject")] * 10).damping(
        "r", "f", PRIOR, floor=0.3)
    assert "raised to the floor 0.3" in detail
    # a stronger prior needs more evidence for the same damping
    strong = FeedbackPrior(accepted=10, rejected=10)
    rows = [("r", "f", "reject")] * 3
    assert Feedback.from_reviews(rows).damping("r", "f", strong, floor=0.3)[0] == \
        pytest.approx(10 / 23 / 0.5)


def test_accepts_never_boost_and_the_weakest_scope_applies() -> None:
    fb = Feedback.from_reviews([("r", "f", "accept")] * 5 + [("other", "f", "reject")] * 3)
    factor, detail = fb.damping("r", "f", PRIOR, floor=0.3)
    # rule r: (5 + 2) / 9 / 0.5 = 1.56 -> capped; firm f: (5 + 2) / (8 + 4) / 0.5 = 1.17 -> 1;
    # only a scope below 1 damps
    assert factor == 1.0 and "capped at 1" in detail
    fb.add("other", "g", "reject")
    assert fb.damping("other", "g", PRIOR, floor=0.3)[0] == pytest.approx(2 / 8 / 0.5)


def test_only_decisions_made_by_the_alert_time_count() -> None:
    day = datetime(2025, 6, 1)
    fb = Feedback.from_reviews([("r", "f", "reject", day + timedelta(days=i)) for i in range(3)])
    assert fb.damping("r", "f", PRIOR, floor=0.3, until=day - timedelta(hours=1))[0] == 1.0
    assert fb.damping("r", "f", PRIOR, floor=0.3, until=day)[0] == pytest.approx(2 / 5 / 0.5)
    assert fb.damping("r", "f", PRIOR, floor=0.3,
                      until=day + timedelta(days=5))[0] == pytest.approx(2 / 7 / 0.5)
    assert fb.by_rule["r"].counts(day + timedelta(days=1)) == Counts(accepted=0, rejected=2)


def test_recency_starts_at_the_event_date_then_publication_then_fetch(
        make_fact: FactMaker) -> None:
    fetched = datetime(2025, 6, 30, 9, 0)
    certificate = make_fact("investment_incentive", days_ago=0,
                            event_date=date(2025, 5, 21))
    assert recency_basis(certificate) == (datetime(2025, 5, 21), "event date 2025-05-21")
    published = replace(certificate, event_date=None, published=datetime(2025, 6, 10, 8, 0),
                        known_at=fetched)
    assert recency_basis(published) == (datetime(2025, 6, 10, 8, 0), "publication date 2025-06-10")
    undated = replace(published, published=None)
    when, basis = recency_basis(undated)
    assert when == fetched and basis.startswith("fetch time 2025-06-30 09:00")
    # a date after the report is a plan, not the news: publication date instead
    plan = replace(published, event_date=date(2027, 1, 1))
    assert recency_basis(plan)[1] == "publication date 2025-06-10"
