"""``radar eval``: score predicted events against a labelled gold file."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.option("--gold", "gold_path", required=True, type=click.Path(path_type=Path),
              help="Gold events, JSON Lines ({id, events}).")
@click.option("--pred", "pred_path", required=True, type=click.Path(path_type=Path),
              help="Predicted events (radar extract output).")
@click.option("--docs", "docs_path", type=click.Path(path_type=Path),
              help="Documents, to report scores per language.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--errors", "show_errors", is_flag=True, help="List every false positive/negative.")
def command(gold_path: Path, pred_path: Path, docs_path: Path | None, as_json: bool,
            show_errors: bool) -> None:
    """Precision, recall and F1 per event type, per language and overall (micro and macro).

    \b
    Example:
      radar eval --gold gold.jsonl --pred events.jsonl --docs docs.jsonl
    """
    from signals.evaluate import evaluate, format_report, read_jsonl

    langs = None
    if docs_path is not None:
        langs = {str(d.get("id")): str(d.get("lang") or "?") for d in read_jsonl(docs_path)}
    report = evaluate(read_jsonl(gold_path), read_jsonl(pred_path), langs)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(format_report(report))
    if show_errors:
        for err in report.errors:
            click.echo(f"{err['kind']} {err['id']} {err['type']} {err['client_id']} "
                       f"{err['company']}")
