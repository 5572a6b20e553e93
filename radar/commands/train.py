"""``radar train``: fine-tune the optional re-scorer on labelled data and analysts' reviews."""

from __future__ import annotations

import json
from pathlib import Path

import click
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from radar.context import AppContext
from radar_core.db import session_scope
from radar_core.db.models import Alert, Review
from radar_core.errors import UsageError

# Rejections that say the sentence does not state the event for its firm; other reasons
# (duplicate, not_relevant, ...) say nothing about the sentence, so they are not used.
NEGATIVE_REASONS = frozenset({"not_an_event", "wrong_firm"})


def reviewed_examples(sessions: sessionmaker[Session]) -> list[tuple[str, str, int]]:
    """(type, evidence sentence, label) from each reviewed alert's latest decision.

    accept -> 1 for every event of the alert; reject with reason not_an_event or wrong_firm
    -> 0; forwards and other rejections are skipped.
    """
    latest: dict[int, tuple[Review, Alert]] = {}
    with session_scope(sessions) as session:
        rows = session.execute(
            select(Review, Alert).join(Alert, Review.alert_id == Alert.id)
            .order_by(Review.created_at, Review.id)
        ).all()
        for review, alert in rows:
            latest[alert.id] = (review, alert)
        examples: list[tuple[str, str, int]] = []
        for review, alert in latest.values():
            if review.decision == "accept":
                label = 1
            elif review.decision == "reject" and review.reason in NEGATIVE_REASONS:
                label = 0
            else:
                continue
            for event in alert.explained.events:
                if event.type and event.evidence:
                    examples.append((event.type, event.evidence, label))
    return examples


@click.command("train")
@click.option("--base", "base", required=True,
              type=click.Path(path_type=Path),
              help="Local folder of the model to start from (save_pretrained format).")
@click.option("--data", "data", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Labelled JSONL: type/sentence/label lines, or gold id/events lines. "
                   "Repeatable.")
@click.option("--docs", "docs", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Documents JSONL for gold files: non-evidence cue sentences become negatives.")
@click.option("--from-reviews", is_flag=True,
              help="Add reviewed alerts from the database (accept=1, reject as "
                   "not_an_event/wrong_firm=0).")
@click.option("--output", "output", required=True, type=click.Path(path_type=Path),
              help="Folder to write the fine-tuned model to (point RADAR_MODEL_PATH here).")
@click.option("--epochs", default=3, show_default=True, type=click.IntRange(min=1))
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(min=1))
@click.option("--lr", default=5e-5, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Learning rate.")
@click.option("--seed", default=13, show_default=True, type=int, help="Random seed.")
@click.option("--holdout", default=0.2, show_default=True,
              type=click.FloatRange(0.0, 0.9), help="Fraction held out for accuracy.")
@click.pass_obj
def command(app: AppContext, base: Path, data: tuple[Path, ...], docs: tuple[Path, ...],
            from_reviews: bool, output: Path, epochs: int, batch_size: int, lr: float,
            seed: int, holdout: float) -> None:
    """Fine-tune the optional event re-scorer (needs the ml extra) and save it to --output.

    Prints the training report as JSON on stdout; the loss per epoch goes to stderr.

    \b
    Examples:
      radar train --base models/bert-tr --data labelled.jsonl --output models/rescorer
      radar train --base models/rescorer --data gold.jsonl --docs docs.jsonl \\
                  --from-reviews --output models/rescorer-v2 --epochs 4
    """
    from signals.rescorer import check_model_dir, require_ml

    require_ml()
    check_model_dir(base)
    if not data and not from_reviews:
        raise UsageError("nothing to train on: give --data FILE and/or --from-reviews")
    if output.resolve() == base.resolve():
        raise UsageError("--output must differ from --base (the base model would be overwritten)")
    for path in (*data, *docs):
        if not path.is_file():
            raise UsageError(f"{path}: file not found")

    from signals.training import fine_tune, load_examples

    reviewed = reviewed_examples(app.sessions) if from_reviews else None
    if reviewed is not None:
        click.echo(f"reviews: {len(reviewed)} example(s) from reviewed alerts", err=True)
    examples = load_examples([*data, *docs], reviewed=reviewed)
    positives = sum(e.label for e in examples)
    click.echo(f"examples: {len(examples)} (positive {positives}, "
               f"negative {len(examples) - positives})", err=True)

    def progress(epoch: int, loss: float) -> None:
        if app.verbosity >= 0:
            click.echo(f"epoch {epoch}/{epochs}: loss {loss:.4f}", err=True)

    report = fine_tune(base, examples, output, epochs=epochs, batch_size=batch_size, lr=lr,
                       seed=seed, heldout_fraction=holdout, progress=progress)
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    click.echo(f"saved to {output}", err=True)
