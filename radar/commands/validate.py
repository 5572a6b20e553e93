"""``radar validate``: settings, sources and rules checked together, every problem listed.

Each part has its own check (``radar sources validate``, ``radar rules validate``, settings
at every start); before a deployment or in CI one run should list every problem of all
three at once, so that fixing them is one pass, not one error per attempt.
"""

from __future__ import annotations

from pathlib import Path

import click

from crawlers import default_sources_path, load_sources
from radar.commands.crawl import parse_vars
from radar.context import AppContext
from radar.pipeline import default_rules_path
from radar_core.declared import Problem
from radar_core.errors import ConfigError, DeclaredError


@click.command("validate")
@click.option("--sources", "sources_path", type=click.Path(path_type=Path),
              help="Source YAML file or folder (default: settings, else crawlers/sources).")
@click.option("--rules", "rules_path", type=click.Path(path_type=Path),
              help="Rules folder or file (default: settings, else rules/starter).")
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE",
              help="Value of a ${NAME} placeholder in source files (repeatable).")
@click.pass_obj
def command(app: AppContext, sources_path: Path | None, rules_path: Path | None,
            variables: tuple[str, ...]) -> None:
    """Check the settings, the source files and the rule files; print every problem as
    file:line field: message, one a line, and exit 2 when there is any.

    \b
    Examples:
      radar validate
      radar --config radar.toml validate --sources my-sources/ --rules my-rules/
    """
    import rules

    problems: list[Problem] = list(app.extras.get("config_problems", []))
    sources_at = sources_path or app.settings.sources_path or default_sources_path()
    count = 0
    try:
        count = len(load_sources(sources_at, parse_vars(variables), placeholders=True))
    except DeclaredError as exc:
        problems.extend(exc.problems)
    except ConfigError as exc:
        problems.append(Problem(str(sources_at), None, "(file)", exc.message))
    rules_at = rules_path or default_rules_path(app.settings)
    if rules_at.exists():
        loaded = rules.load_rules(rules_at)
        problems.extend(loaded.errors)
        rule_count = len(loaded.ruleset.rules)
    else:
        problems.append(Problem(str(rules_at), None, "(file)", "no such file or folder"))
        rule_count = 0
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        raise ConfigError(f"{len(problems)} problem(s) in settings, sources and rules")
    click.echo(f"ok: settings, {count} source(s) in {sources_at}, {rule_count} rule(s) "
               f"in {rules_at}", err=True)
