"""Each rule kind: single filters, combination windows, rate baselines, group propagation."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules import RuleSet, evaluate, load_rules
from tests.rules.conftest import AS_OF, FactMaker, write

RULES = """\
rules:
  - id: big_suit
    version: 1
    kind: single
    description: Lawsuit of at least 10 million TRY from news or court.
    title: "Big suit: {company}"
    events: [lawsuit]
    weight: 1
    min_confidence: 0.5
    source_types: [news, court]
    amount: {min: 10000000, currency: TRY}
  - id: prep
    version: 1
    kind: combination
    description: Incentive and land within 90 days.
    title: "Prep: {company}"
    events: [investment_incentive, land_acquisition]
    within_days: 90
    max_age_days: 30
    weight: 1
  - id: ordered_prep
    version: 1
    kind: combination
    description: Tender first, then a won contract, within 60 days.
    title: "Ordered: {company}"
    events: [tender_opened, contract_won]
    ordered: true
    within_days: 60
    weight: 1
  - id: surge
    version: 1
    kind: rate
    description: Complaints 3x normal.
    title: "Surge: {company} x{ratio}"
    events: [customer_complaint]
    window_days: 30
    baseline_days: 180
    factor: 3
    min_count: 3
    min_baseline_days: 60
    weight: 1
  - id: group
    version: 1
    kind: group
    description: Subsidiary risk goes to the group.
    title: "Group {parent}: {company}"
    events: [insolvency]
    weight: 1
"""
SCORING = """\
scoring:
  min_score: 0
  half_life_days: 10000
  fx_to_try: {TRY: 1, USD: 40}
"""


@pytest.fixture
def ruleset(tmp_path: Path) -> RuleSet:
    write(tmp_path, "scoring.yml", SCORING)
    result = load_rules(write(tmp_path, "rules.yml", RULES))
    assert result.errors == []
    return result.ruleset


def fired(ruleset: RuleSet, facts: list, rule_id: str) -> list:
    return [d for d in evaluate(ruleset, facts, as_of=AS_OF) if d.rule_id == rule_id]


def test_single_amount_threshold_converts_currency(ruleset: RuleSet, make_fact: FactMaker) -> None:
    facts = [
        make_fact("lawsuit", "A", amount=(9_000_000, "TRY")),
        make_fact("lawsuit", "B", amount=(10_000_000, "TRY")),
        make_fact("lawsuit", "C", amount=(300_000, "USD")),  # 12M TRY
        make_fact("lawsuit", "D", amount=(5_000_000, "XYZ")),  # no rate: not comparable
        make_fact("lawsuit", "E"),  # no amount
    ]
    assert sorted(d.firm_key for d in fired(ruleset, facts, "big_suit")) == ["B", "C"]


def test_single_confidence_and_source_type_filters(ruleset: RuleSet, make_fact: FactMaker) -> None:
    facts = [
        make_fact("lawsuit", "A", amount=(2e7, "TRY"), confidence=0.49),
        make_fact("lawsuit", "B", amount=(2e7, "TRY"), source_type="social"),
        make_fact("lawsuit", "C", amount=(2e7, "TRY"), source_type="court"),
    ]
    assert [d.firm_key for d in fired(ruleset, facts, "big_suit")] == ["C"]


@pytest.mark.parametrize(("gap_days", "fires"), [(89, True), (90, True), (91, False)])
def test_combination_window_boundary(ruleset: RuleSet, make_fact: FactMaker, gap_days: int,
                                     fires: bool) -> None:
    facts = [make_fact("investment_incentive", "A", days_ago=1 + gap_days),
             make_fact("land_acquisition", "A", days_ago=1)]
    assert bool(fired(ruleset, facts, "prep")) is fires


def test_combination_in_any_order_and_rests_on_both(ruleset: RuleSet,
                                                    make_fact: FactMaker) -> None:
    facts = [make_fact("land_acquisition", "A", days_ago=40),
             make_fact("investment_incentive", "A", days_ago=3)]
    (alert,) = fired(ruleset, facts, "prep")
    assert alert.event_ids == [1, 2]
    assert {e.type for e in alert.explanation.events} == {"land_acquisition",
                                                                  "investment_incentive"}


def test_combination_needs_same_firm_and_recent_trigger(ruleset: RuleSet,
                                                        make_fact: FactMaker) -> None:
    other_firm = [make_fact("investment_incentive", "A", days_ago=10),
                  make_fact("land_acquisition", "B", days_ago=1)]
    assert fired(ruleset, other_firm, "prep") == []
    stale = [make_fact("investment_incentive", "A", days_ago=70),
             make_fact("land_acquisition", "A", days_ago=40)]  # complete, but 40 days ago
    assert fired(ruleset, stale, "prep") == []


def test_ordered_combination_respects_order(ruleset: RuleSet, make_fact: FactMaker) -> None:
    in_order = [make_fact("tender_opened", "A", days_ago=20),
                make_fact("contract_won", "A", days_ago=2)]
    reversed_ = [make_fact("contract_won", "B", days_ago=20),
                 make_fact("tender_opened", "B", days_ago=2)]
    assert [d.firm_key for d in fired(ruleset, in_order + reversed_, "ordered_prep")] == ["A"]


def complaints(make_fact: FactMaker, firm: str, days: list[float]) -> list:
    return [make_fact("customer_complaint", firm, days_ago=d, story=f"{firm}-{d}",
                      source="Complaints", source_type="complaint") for d in days]


def test_rate_against_own_baseline(ruleset: RuleSet, make_fact: FactMaker) -> None:
    # Baseline: 12 complaints in 180 days = 2 per 30 days -> threshold 3 x 2 = 6. Another
    # event type 215 days ago shows the whole baseline period was observed.
    baseline = [35 + 15 * i for i in range(12)]
    history = [make_fact("contract_won", f, days_ago=215) for f in ("A", "B")]
    five = complaints(make_fact, "A", baseline + [1, 3, 5, 7, 9])
    assert fired(ruleset, five + history, "surge") == []
    seven = complaints(make_fact, "B", baseline + [1, 3, 5, 7, 9, 11, 13])
    (alert,) = fired(ruleset, seven + history, "surge")
    match = alert.explanation.match
    assert match["count"] == 7 and match["expected"] == 2.0 and match["fallback"] is False
    # The stored title is the Turkish one (decimal comma); English sits in the texts.
    assert alert.title == "Surge: B Sanayi A.Ş. x3,5"
    assert alert.explanation.texts["en"]["title"] == "Surge: B Sanayi A.Ş. x3.5"
    assert "3.5x its normal" in alert.explanation.why
    assert "olağan düzeyi olan 2 değerinin 3,5 katı" in alert.explanation.texts["tr"]["why"]


def test_rate_with_too_little_history_falls_back_to_min_count(ruleset: RuleSet,
                                                              make_fact: FactMaker) -> None:
    # First ever event 40 days before the window: under min_baseline_days (60).
    young_two = complaints(make_fact, "A", [70, 2, 4])
    assert fired(ruleset, young_two, "surge") == []
    young_three = complaints(make_fact, "B", [70, 2, 4, 6])
    (alert,) = fired(ruleset, young_three, "surge")
    assert alert.explanation.match["fallback"] is True
    assert alert.explanation.match["threshold"] == 3
    assert "too little history" in alert.explanation.why
    assert "referans için geçmiş yetersiz" in alert.explanation.texts["tr"]["why"]


def test_rate_counts_stories_not_outlets(ruleset: RuleSet, make_fact: FactMaker) -> None:
    one_story_many_outlets = [
        make_fact("customer_complaint", "A", days_ago=2, story="s", source=f"Outlet {i}")
        for i in range(5)
    ]
    assert fired(ruleset, one_story_many_outlets, "surge") == []


def test_group_rule_notifies_parent(ruleset: RuleSet, make_fact: FactMaker) -> None:
    facts = [make_fact("insolvency", "SUB", parent="HOLD"), make_fact("insolvency", "SOLO")]
    (alert,) = fired(ruleset, facts, "group")
    assert alert.firm_key == "SUB" and alert.client_id == "SUB"
    assert alert.notify_client_ids == ["HOLD"]
    assert alert.title == "Group HOLD: SUB Sanayi A.Ş."
