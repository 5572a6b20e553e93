"""``radar rules``: validate rule files and run rule fixtures, with no database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from radar.context import AppContext
from radar_core.errors import ConfigError, RunError, UsageError

if TYPE_CHECKING:
    from rules import RuleSet


def _rules_path(app: AppContext | None, path: Path | None) -> Path:
    if path is not None:
        return path
    from radar.pipeline import default_rules_path

    if app is not None:
        return default_rules_path(app.settings)
    import rules

    return Path(rules.__file__).resolve().parent / "starter"


def _load(path: Path) -> RuleSet:
    import rules

    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    result = rules.load_rules(path)
    for error in result.errors:
        click.echo(str(error), err=True)
    if result.errors:
        raise ConfigError(f"{len(result.errors)} error(s) in rules at {path}")
    return result.ruleset


@click.group("rules")
def command() -> None:
    """Check and test the alert rules (YAML in rules/starter).

    \b
    Examples:
      radar rules validate                 check the configured rules folder
      radar rules validate my-rules/       check another folder (exit 2 on errors)
      radar rules test                     run rules/fixtures against the rules
    """


@command.command("validate")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.pass_obj
def validate(app: AppContext | None, path: Path | None) -> None:
    """Validate rule, scoring and reliability files; print file:line errors, exit 2 on any."""
    folder = _rules_path(app, path)
    ruleset = _load(folder)
    for rule in ruleset.rules:
        click.echo(f"{rule.id}\tv{rule.version}\t{rule.kind}\t{rule.resolved_polarity}")
    click.echo(f"ok: {len(ruleset.rules)} rules in {len(ruleset.files)} files", err=True)


@command.command("test")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path),
              help="Rules folder to test (default: the configured rules).")
@click.pass_obj
def test(app: AppContext | None, path: Path | None, rules_dir: Path | None) -> None:
    """Run rule fixtures (default rules/fixtures); print PASS/FAIL each, exit 1 on a failure."""
    import rules
    from rules.fixture_runner import run_fixtures

    ruleset = _load(_rules_path(app, rules_dir))
    fixtures = path or Path(rules.__file__).resolve().parent / "fixtures"
    if not fixtures.exists():
        raise UsageError(f"{fixtures}: no such file or folder")
    results, errors = run_fixtures(ruleset, fixtures)
    for error in errors:
        click.echo(str(error), err=True)
    if errors:
        raise ConfigError(f"{len(errors)} error(s) in fixtures at {fixtures}")
    for result in results:
        status = "PASS" if result.passed else "FAIL"
        click.echo(f"{status}\t{result.name}")
        for problem in result.problems:
            click.echo(f"\t{problem}")
    failed = sum(not r.passed for r in results)
    click.echo(f"{len(results) - failed} passed, {failed} failed", err=True)
    if failed:
        raise RunError(f"{failed} of {len(results)} rule fixture(s) failed")
