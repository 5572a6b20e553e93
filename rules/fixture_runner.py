"""Rule fixtures: small YAML scenarios (events, as_of, expected alerts) run against rules.

Analysts change weights and windows; fixtures pin what must still fire (and what must
not), so ``radar rules test`` catches a rule edit that silently stops an alert.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from radar_core import declared
from radar_core.errors import DeclaredError
from radar_core.records import AlertDraft, Amount, EventFact
from radar_core.taxonomy import polarity_of
from rules.engine import PriorAlert, evaluate
from rules.loader import RuleError, RuleSet
from rules.schema import SEVERITY_ORDER


class FixtureAmount(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: float = Field(gt=0)
    currency: str = Field(default="TRY", pattern=r"^[A-Z]{3}$")


class FixtureEvent(BaseModel):
    """One given event: type and firm, how many days before as_of it was published."""

    model_config = ConfigDict(extra="forbid")

    type: declared.EventType
    firm: str
    days_ago: float = Field(ge=0)
    confidence: float = Field(default=0.9, ge=0, le=1)
    source: str = "news"
    source_type: declared.SourceType = "news"
    story: str | None = None
    amount: FixtureAmount | None = None
    parent: str | None = None
    company: str | None = None



class FixturePrior(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str
    firm: str
    score: float = Field(ge=0)
    days_ago: float = Field(ge=0)
    key: str = "earlier-alert"


class Expectation(BaseModel):
    """An alert that must be raised: rule and firm, with a severity or a minimum score."""

    model_config = ConfigDict(extra="forbid")

    rule: str
    firm: str
    severity: Literal["low", "medium", "high", "critical"] | None = None
    min_score: float | None = Field(default=None, ge=0)
    notify: list[str] | None = None


class Fixture(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    as_of: datetime | date
    events: list[FixtureEvent] = Field(default_factory=list)
    history: list[FixturePrior] = Field(default_factory=list)
    expect: list[Expectation] = Field(default_factory=list)
    expect_none: list[str] = Field(default_factory=list, description="Rule ids that must not fire.")
    exact: bool = Field(default=False, description="No alerts other than the expected ones.")


class FixtureFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fixtures: list[Fixture]


@dataclass
class FixtureResult:
    file: str
    name: str
    passed: bool
    problems: list[str] = field(default_factory=list)
    alerts: list[AlertDraft] = field(default_factory=list)


def _as_of(value: datetime | date) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day, 23, 59, 59)


def build_facts(fixture: Fixture) -> list[EventFact]:
    """EventFacts for a fixture's given events (ids in listed order, prospects by prefix)."""
    as_of = _as_of(fixture.as_of)
    facts = []
    for index, ev in enumerate(fixture.events, start=1):
        when = as_of - timedelta(days=ev.days_ago)
        prospect = ev.firm.startswith("prospect:")
        facts.append(EventFact(
            event_id=index, type=ev.type, polarity=polarity_of(ev.type), firm_key=ev.firm,
            client_id=None if prospect else ev.firm, company=ev.company or ev.firm,
            confidence=ev.confidence, evidence=f"(fixture event {index}: {ev.type})",
            document_id=index, url=None, source=ev.source, source_type=ev.source_type,
            published=when, known_at=when,
            amount=Amount(ev.amount.value, ev.amount.currency) if ev.amount else None,
            story_id=ev.story, parent_id=ev.parent,
        ))
    return facts


def run_fixture(ruleset: RuleSet, fixture: Fixture, file: str = "") -> FixtureResult:
    """Evaluate one fixture and compare the alerts with its expectations."""
    as_of = _as_of(fixture.as_of)
    history = [PriorAlert(p.rule, p.firm, p.score, as_of - timedelta(days=p.days_ago), p.key)
               for p in fixture.history]
    alerts = evaluate(ruleset, build_facts(fixture), as_of=as_of, history=history)
    problems: list[str] = []
    matched: set[int] = set()
    for exp in fixture.expect:
        hits = [i for i, a in enumerate(alerts) if a.rule_id == exp.rule and a.firm_key == exp.firm]
        if not hits:
            got = ", ".join(f"{a.rule_id}/{a.firm_key}" for a in alerts) or "none"
            problems.append(f"expected {exp.rule} for {exp.firm}; got {got}")
            continue
        alert = alerts[hits[0]]
        matched.update(hits)
        if exp.severity and SEVERITY_ORDER.index(alert.severity) < SEVERITY_ORDER.index(
                exp.severity):
            problems.append(f"{exp.rule} for {exp.firm}: severity {alert.severity}, "
                            f"expected at least {exp.severity}")
        if exp.min_score is not None and alert.score < exp.min_score:
            problems.append(f"{exp.rule} for {exp.firm}: score {alert.score:.1f} < "
                            f"{exp.min_score:g}")
        if exp.notify is not None and sorted(alert.notify_client_ids) != sorted(exp.notify):
            problems.append(f"{exp.rule} for {exp.firm}: notifies {alert.notify_client_ids}, "
                            f"expected {exp.notify}")
    for rule_id in fixture.expect_none:
        if any(a.rule_id == rule_id for a in alerts):
            problems.append(f"{rule_id} fired but must not")
    if fixture.exact:
        extra = [a for i, a in enumerate(alerts) if i not in matched]
        if extra:
            problems.append("unexpected: " + ", ".join(f"{a.rule_id}/{a.firm_key}" for a in extra))
    return FixtureResult(file, fixture.name, not problems, problems, alerts)


def load_fixtures(path: Path) -> tuple[list[tuple[str, Fixture]], list[RuleError]]:
    """All fixtures in a file or folder, with file:line errors for invalid ones."""
    files = sorted(p for p in path.iterdir() if p.suffix in {".yml", ".yaml"}) \
        if path.is_dir() else [path]
    found: list[tuple[str, Fixture]] = []
    errors: list[RuleError] = []
    for file in files:
        try:
            parsed = declared.load(file, FixtureFile)
        except DeclaredError as exc:
            errors.extend(exc.problems)
            continue
        found.extend((str(file), fx) for fx in parsed.fixtures)
    return found, errors


def run_fixtures(ruleset: RuleSet, path: Path) -> tuple[list[FixtureResult], list[RuleError]]:
    """Run every fixture under ``path``; invalid fixture files come back as errors."""
    fixtures, errors = load_fixtures(path)
    return [run_fixture(ruleset, fx, file) for file, fx in fixtures], errors
