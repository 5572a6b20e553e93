"""Load a rules folder (rule, scoring and reliability YAML) with errors naming file:line.

A bad rule is reported and skipped, so one typo never silences the other rules; the
caller decides whether any error is fatal (``radar process`` refuses to run,
``radar rules validate`` lists them and exits 2).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from radar_core import declared
from radar_core.declared import Problem, line_of, loc_text
from radar_core.errors import DeclaredError
from rules.schema import (
    RULE_KINDS,
    CombinationRule,
    RateRule,
    ReliabilityFile,
    Rule,
    ScoringConfig,
    ScoringFile,
)
from rules.scoring import SourceReliability

log = logging.getLogger(__name__)


# One problem in a rule or fixture file: ``rules/starter/risk.yml:42 rules[3].within_days: ...``.
RuleError = Problem


@dataclass
class RuleSet:
    """Validated rules plus the scoring settings and source reliability they use."""

    rules: list[Rule] = field(default_factory=list)
    scoring: ScoringConfig = field(default_factory=lambda: ScoringConfig())
    reliability: SourceReliability = field(default_factory=SourceReliability)
    files: list[str] = field(default_factory=list)

    @property
    def max_lookback_days(self) -> int:
        """How far back the core must load facts so every window and baseline is complete."""
        days = [30]
        for rule in self.rules:
            days.append(rule.max_age_days + int(rule.half_life_days or 0))
            if isinstance(rule, CombinationRule):
                days.append(rule.within_days + rule.max_age_days)
            if isinstance(rule, RateRule):
                days.append(rule.window_days + rule.baseline_days + rule.min_baseline_days)
        return max(days) + 1

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


@dataclass
class LoadResult:
    ruleset: RuleSet
    errors: list[RuleError] = field(default_factory=list)


def _validate(model: type[BaseModel], data: Any, file: str, root: yaml.Node | None,
              prefix: Sequence[str | int], errors: list[RuleError]) -> BaseModel | None:
    try:
        return declared.validate(data, model, file, root, prefix)
    except DeclaredError as exc:
        errors.extend(exc.problems)
        return None


def _load_rules(data: dict[str, Any], file: str, root: yaml.Node, ruleset: RuleSet,
                errors: list[RuleError]) -> None:
    items = data.get("rules")
    if not isinstance(items, list):
        errors.append(RuleError(file, line_of(root, ["rules"]), "rules",
                                "must be a list of rules"))
        return
    for index, item in enumerate(items):
        prefix: list[str | int] = ["rules", index]
        line = line_of(root, prefix)
        if not isinstance(item, dict):
            errors.append(RuleError(file, line, loc_text(prefix), "must be a mapping"))
            continue
        kind = item.get("kind")
        model = RULE_KINDS.get(str(kind))
        if model is None:
            errors.append(RuleError(file, line_of(root, [*prefix, "kind"]),
                                    loc_text([*prefix, "kind"]),
                                    f"must be one of {', '.join(RULE_KINDS)} (got {kind!r})"))
            continue
        rule = _validate(model, item, file, root, prefix, errors)
        if rule is None:
            continue
        if ruleset.get(rule.id) is not None:  # type: ignore[attr-defined]
            errors.append(RuleError(file, line_of(root, [*prefix, "id"]),
                                    loc_text([*prefix, "id"]),
                                    f"duplicate rule id {rule.id!r}"))  # type: ignore[attr-defined]
            continue
        ruleset.rules.append(rule)  # type: ignore[arg-type]


def _load_file(path: Path, ruleset: RuleSet, errors: list[RuleError]) -> None:
    file = str(path)
    try:
        root, data = declared.read(path)
    except DeclaredError as exc:
        errors.extend(exc.problems)
        return
    if root is None or not isinstance(data, dict):
        errors.append(RuleError(file, 1, "(root)", "expected a mapping with rules:, scoring: "
                                                   "or reliability:"))
        return
    if "rules" in data:
        _load_rules(data, file, root, ruleset, errors)
    elif "scoring" in data:
        parsed = _validate(ScoringFile, data, file, root, [], errors)
        if isinstance(parsed, ScoringFile):
            ruleset.scoring = parsed.scoring
    elif "reliability" in data:
        rel = _validate(ReliabilityFile, data, file, root, [], errors)
        if isinstance(rel, ReliabilityFile):
            ruleset.reliability = SourceReliability.from_config(rel.reliability)
    else:
        errors.append(RuleError(file, 1, "(root)", "expected a top-level rules:, scoring: "
                                                   "or reliability: key"))
        return
    ruleset.files.append(file)


def _check_references(ruleset: RuleSet, errors: list[RuleError]) -> None:
    ids = {r.id for r in ruleset.rules}
    for rule in ruleset.rules:
        for other in rule.supersedes:
            if other not in ids:
                errors.append(RuleError("<ruleset>", 1, f"{rule.id}.supersedes",
                                        f"unknown rule id {other!r}"))
        if rule.amount is not None and rule.amount.currency not in ruleset.scoring.fx_to_try:
            errors.append(RuleError("<ruleset>", 1, f"{rule.id}.amount.currency",
                                    f"no rate for {rule.amount.currency} in scoring.fx_to_try"))


def load_rules(path: Path) -> LoadResult:
    """Load every ``*.yml``/``*.yaml`` in ``path`` (or the one file ``path``), in name order."""
    path = Path(path)
    ruleset = RuleSet()
    errors: list[RuleError] = []
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in {".yml", ".yaml"})
    elif path.is_file():
        files = [path]
    else:
        return LoadResult(ruleset, [RuleError(str(path), 1, "(file)", "no such file or folder")])
    # scoring first, so currency checks and defaults see it whatever the file names are
    files.sort(key=lambda p: (0 if p.stem in {"scoring", "reliability"} else 1, p.name))
    for file in files:
        _load_file(file, ruleset, errors)
    _check_references(ruleset, errors)
    log.debug("loaded %d rules from %d files (%d errors)", len(ruleset.rules), len(files),
             len(errors))
    return LoadResult(ruleset, errors)
