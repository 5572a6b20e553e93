"""The starter rule set: covers the taxonomy, each rule fires on a minimal event, docs agree."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from radar_core.records import EventFact
from radar_core.taxonomy import EVENT_TYPES
from rules import evaluate, load_rules
from rules.fixture_runner import run_fixtures
from rules.schema import (
    RULE_KINDS,
    CombinationRule,
    GroupRule,
    RateRule,
    ReliabilityConfig,
    Rule,
    ScoringConfig,
)
from tests.rules.conftest import AS_OF, STARTER, FactMaker

RULESET = load_rules(STARTER).ruleset
README = (STARTER.parent / "README.md").read_text(encoding="utf-8")


def minimal_facts(rule: Rule, make_fact: FactMaker) -> list[EventFact]:
    """The fewest events that should make ``rule`` fire."""
    source_type = rule.source_types[0] if rule.source_types else "news"
    amount = None
    if rule.amount is not None:
        amount = (rule.amount.min * 2, rule.amount.currency)
    parent = "GROUP1" if isinstance(rule, GroupRule) else None
    kw = {"source_type": source_type, "amount": amount, "parent": parent,
          "confidence": max(0.9, rule.min_confidence)}
    if isinstance(rule, CombinationRule):
        return [make_fact(t, "F1", days_ago=len(rule.events) - i, **kw)
                for i, t in enumerate(rule.events)]
    if isinstance(rule, RateRule):
        return [make_fact(rule.events[0], "F1", days_ago=i + 0.5, story=f"s{i}", **kw)
                for i in range(rule.min_count)]
    return [make_fact(rule.events[0], "F1", days_ago=0.5, **kw)]


def test_every_event_type_has_a_single_rule() -> None:
    covered = {e for r in RULESET.rules if r.kind == "single" for e in r.events}
    assert covered == set(EVENT_TYPES)


@pytest.mark.parametrize("rule_id", [r.id for r in RULESET.rules])
def test_each_starter_rule_fires_on_a_minimal_event(rule_id: str, make_fact: FactMaker) -> None:
    rule = RULESET.get(rule_id)
    assert rule is not None
    alerts = evaluate(RULESET, minimal_facts(rule, make_fact), as_of=AS_OF)
    mine = [a for a in alerts if a.rule_id == rule_id]
    assert len(mine) == 1, [a.rule_id for a in alerts]
    assert mine[0].title and mine[0].explanation.why


def test_banking_priorities_hold(make_fact: FactMaker) -> None:
    def score(rule_id: str) -> tuple[float, str]:
        rule = RULESET.get(rule_id)
        assert rule is not None
        alert = next(a for a in evaluate(RULESET, minimal_facts(rule, make_fact), as_of=AS_OF)
                     if a.rule_id == rule_id)
        return alert.score, alert.severity

    assert score("insolvency")[1] == "critical"
    assert score("large_lawsuit")[0] > score("lawsuit")[0]
    assert score("complaint_surge")[1] == "high" and score("customer_complaint")[1] == "low"
    assert score("investment_preparation")[0] > score("investment_incentive")[0]
    assert score("investment_preparation")[1] in {"high", "critical"}


def test_prospects_get_opportunity_alerts_only(make_fact: FactMaker) -> None:
    facts = [make_fact("investment_incentive", "prospect:x", days_ago=1),
             make_fact("insolvency", "prospect:y", days_ago=1)]
    assert [a.rule_id for a in evaluate(RULESET, facts, as_of=AS_OF)] == ["investment_incentive"]


def test_starter_fixtures_pass() -> None:
    results, errors = run_fixtures(RULESET, STARTER.parent / "fixtures")
    assert errors == []
    assert results and all(r.passed for r in results), [r.problems for r in results]


def test_readme_documents_every_rule_and_field() -> None:
    for rule in RULESET.rules:
        assert f"`{rule.id}`" in README, rule.id
    fields = {name for model in RULE_KINDS.values() for name in model.model_fields}
    fields |= set(ScoringConfig.model_fields) | set(ReliabilityConfig.model_fields)
    missing = [f for f in fields if not re.search(rf"`{f}`", README)]
    assert missing == []


def test_a_year_of_quiet_news_raises_nothing_old(make_fact: FactMaker) -> None:
    facts = [make_fact("contract_won", f"F{i}", days_ago=60 + i) for i in range(30)]
    assert evaluate(RULESET, facts, as_of=AS_OF) == []
    assert evaluate(RULESET, facts, as_of=AS_OF - timedelta(days=75))  # they were fresh then

