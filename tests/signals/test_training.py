"""Examples from labelled files and reviews, fine-tuning a tiny model, and ``radar train``."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from radar_core.errors import InputError
from signals.training import Example, load_examples, split_heldout, split_sentences
from tests.signals.test_rescorer import build_tiny_model

POSITIVE = [
    "Firma iflas etti.",
    "Şirket bugün iflas etti.",
    "The company filed for bankruptcy.",
    "Fabrika ile firma konkordato başvurdu.",
    "Bir firma bugün iflas açıkladı.",
    "The company filed for bankruptcy today.",
]
NEGATIVE = [
    "Hava güzel.",
    "Şirket bugün toplantı yaptı.",
    "The weather is nice today.",
    "Firma yeni hat açıkladı.",
    "The company met today.",
    "Bugün hava güzel ve firma toplantı yaptı.",
]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def separable_rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for _ in range(3):
        rows += [{"type": "insolvency", "sentence": s, "label": 1} for s in POSITIVE]
        rows += [{"type": "insolvency", "sentence": s, "label": 0} for s in NEGATIVE]
    return rows


def separable_examples() -> list[Example]:
    # Repeated copies with distinct origins: small, but enough steps for a visible loss drop.
    return [Example("insolvency", s, 1, f"p{i}") for i in range(3) for s in POSITIVE] + [
        Example("insolvency", s, 0, f"n{i}") for i in range(3) for s in NEGATIVE
    ]


@pytest.fixture
def tiny_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    return build_tiny_model(tmp_path / "tiny")


# --- examples -------------------------------------------------------------------------


def test_split_sentences_keeps_legal_forms_together() -> None:
    text = "Deneme Yapı A.Ş. arsa aldı. Ltd. Şti. ortakları sevindi! Yeni Ürün Ltd. Şti. kapandı."
    assert split_sentences(text) == [
        "Deneme Yapı A.Ş. arsa aldı.",
        "Ltd. Şti. ortakları sevindi!",
        "Yeni Ürün Ltd. Şti. kapandı.",
    ]


def test_labelled_lines_and_reviews(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "l.jsonl", [
        {"type": "insolvency", "sentence": "Firma iflas etti.", "label": 1},
        {"type": "insolvency", "sentence": "Firma iflas etti.", "label": 1},
        {"type": "lawsuit", "sentence": "Dava reddedildi.", "label": 0},
    ])
    reviewed = [("capital_increase", "Sermaye 10 milyon arttı.", 1),
                ("unknown_type", "ignored", 1)]
    examples = load_examples([data], reviewed=reviewed)
    assert [(e.type, e.label) for e in examples] == [
        ("insolvency", 1), ("lawsuit", 0), ("capital_increase", 1)
    ]
    assert examples[-1].origin == "review"


def test_gold_with_documents_gives_evidence_positives_and_cue_negatives(tmp_path: Path) -> None:
    text = ("Örnek Kimya A.Ş. ihaleyi kazandı ve sözleşme imzaladı. "
            "Belediye geçen ay ihale açmıştı. Hava bugün güzeldi. "
            "Eski rakip firma iflas etmemişti.")
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "d1", "events": [{"type": "contract_won",
                                 "evidence": "Örnek Kimya A.Ş. ihaleyi kazandı ve sözleşme "
                                             "imzaladı."}]},
        {"id": "d2", "events": []},
    ])
    docs = write_jsonl(tmp_path / "docs.jsonl", [
        {"id": "d1", "text": text},
        {"id": "d2", "text": "Sektörde konkordato ilanları arttı. Yazın satışlar iyi."},
    ])
    got = {(e.type, e.sentence, e.label) for e in load_examples([gold, docs])}
    evidence = "Örnek Kimya A.Ş. ihaleyi kazandı ve sözleşme imzaladı."
    assert ("contract_won", evidence, 1) in got
    # The same sentence says "ihale" but is no tender the firm opened: a hard negative.
    assert ("tender_opened", evidence, 0) in got
    assert ("contract_won", evidence, 0) not in got
    assert ("contract_won", "Belediye geçen ay ihale açmıştı.", 0) in got
    assert ("insolvency", "Eski rakip firma iflas etmemişti.", 0) in got
    assert ("insolvency", "Sektörde konkordato ilanları arttı.", 0) in got
    assert not any("Hava" in s or "Yazın" in s for _, s, _ in got)


def test_gold_without_documents_gives_positives_only(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "d1", "events": [{"type": "lawsuit", "evidence": "Firmaya dava açıldı."}]},
    ])
    assert [(e.type, e.label) for e in load_examples([gold])] == [("lawsuit", 1)]


@pytest.mark.parametrize(("row", "message"), [
    ({"type": "insolvency", "sentence": "x", "label": 2}, r"bad\.jsonl:2 label: .*0 or 1"),
    ({"type": "bankrupt", "sentence": "x", "label": 1}, r"bad\.jsonl:2 type: .*unknown"),
    ({"sentence": "x", "label": 1}, r"bad\.jsonl:2 type: "),
    ({"foo": 1}, r"bad\.jsonl:2: unknown line"),
])
def test_bad_lines_name_file_line_and_field(tmp_path: Path, row: dict[str, object],
                                            message: str) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl",
                       [{"type": "insolvency", "sentence": "ok", "label": 1}, row])
    with pytest.raises(InputError, match=message):
        load_examples([path])


def test_heldout_split_is_seeded_and_stratified() -> None:
    examples = separable_examples()
    train, held = split_heldout(examples, 0.25, seed=3)
    assert split_heldout(examples, 0.25, seed=3) == (train, held)
    assert sorted(e.label for e in held) == [0] * 4 + [1] * 4
    assert len(train) + len(held) == len(examples)


# --- fine-tuning ----------------------------------------------------------------------


def test_fine_tune_lowers_loss_and_saves_a_loadable_model(tiny_model: Path,
                                                          tmp_path: Path) -> None:
    from signals.rescorer import Rescorer
    from signals.training import fine_tune

    out = tmp_path / "out"
    report = fine_tune(tiny_model, separable_examples(), out, epochs=6, batch_size=8,
                       lr=2e-3, seed=7, heldout_fraction=0.25)
    assert len(report.epoch_losses) == 6
    assert report.epoch_losses[-1] < report.epoch_losses[0]
    assert report.train_loss_after < report.train_loss_before
    assert report.heldout_size == 8 and report.heldout_accuracy is not None
    assert json.loads((out / "radar_training.json").read_text())["seed"] == 7

    rescorer = Rescorer.load(out)
    pos = rescorer.score([("insolvency", s) for s in POSITIVE])
    neg = rescorer.score([("insolvency", s) for s in NEGATIVE])
    assert sum(pos) / len(pos) > sum(neg) / len(neg)


def test_fine_tune_is_deterministic(tiny_model: Path, tmp_path: Path) -> None:
    from signals.training import fine_tune

    first = fine_tune(tiny_model, separable_examples(), tmp_path / "a", epochs=2, batch_size=8,
                      lr=1e-3, seed=5)
    second = fine_tune(tiny_model, separable_examples(), tmp_path / "b", epochs=2, batch_size=8,
                       lr=1e-3, seed=5)
    assert first.epoch_losses == second.epoch_losses


def test_fine_tune_needs_both_labels(tiny_model: Path, tmp_path: Path) -> None:
    from signals.training import fine_tune

    only_positive = [Example("insolvency", s, 1) for s in POSITIVE]
    with pytest.raises(InputError, match="positive and negative"):
        fine_tune(tiny_model, only_positive, tmp_path / "out")


# --- radar train ----------------------------------------------------------------------


def test_radar_train_end_to_end(tiny_model: Path, tmp_path: Path) -> None:
    from radar.cli import cli

    data = write_jsonl(tmp_path / "labelled.jsonl", separable_rows())
    out = tmp_path / "trained"
    result = CliRunner().invoke(cli, [
        "--db", f"sqlite:///{tmp_path / 'radar_core.db'}", "train", "--base", str(tiny_model),
        "--data", str(data), "--output", str(out), "--epochs", "2", "--lr", "1e-3",
    ])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["examples"] == 12 and len(report["epoch_losses"]) == 2
    assert (out / "config.json").is_file()


def test_radar_train_from_reviews(tiny_model: Path, tmp_path: Path) -> None:
    from radar.cli import cli
    from radar_core.db import connect, session_scope
    from radar_core.db.models import Alert, Review

    url = f"sqlite:///{tmp_path / 'radar_core.db'}"
    now = datetime(2025, 6, 30, 9, 0)
    with session_scope(connect(url)) as session:
        for i, (sentence, decision, reason) in enumerate([
            ("Firma iflas etti.", "accept", None),
            ("The company filed for bankruptcy.", "accept", None),
            ("Hava güzel.", "reject", "not_an_event"),
            ("Şirket bugün toplantı yaptı.", "reject", "wrong_firm"),
            ("Firma yeni hat açıkladı.", "reject", "duplicate"),
        ]):
            alert = Alert(dedupe_key=f"k{i}", rule_id="r", rule_version="1", polarity="risk",
                          firm_key=f"f{i}", company="Firma", title="t", score=1.0,
                          severity="high", created_at=now, updated_at=now, as_of=now,
                          explanation={"events": [{"type": "insolvency", "evidence": sentence}]})
            session.add(alert)
            session.flush()
            session.add(Review(alert_id=alert.id, decision=decision, reason=reason,
                               analyst="a", created_at=now))

    from radar.commands.train import reviewed_examples

    got = sorted(reviewed_examples(connect(url)), key=lambda row: (row[2], row[1]))
    assert got == [
        ("insolvency", "Hava güzel.", 0),
        ("insolvency", "Şirket bugün toplantı yaptı.", 0),
        ("insolvency", "Firma iflas etti.", 1),
        ("insolvency", "The company filed for bankruptcy.", 1),
    ]
    result = CliRunner().invoke(cli, [
        "--db", url, "train", "--base", str(tiny_model), "--from-reviews",
        "--output", str(tmp_path / "out"), "--epochs", "1", "--holdout", "0",
    ])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["examples"] == 4


def test_radar_train_usage_errors_exit_2(tiny_model: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from radar.cli import main

    db = ["--db", f"sqlite:///{tmp_path / 'radar_core.db'}"]
    assert main([*db, "train", "--base", str(tiny_model), "--output", str(tmp_path / "o")]) == 2
    assert "nothing to train on" in capsys.readouterr().err
    assert main([*db, "train", "--base", str(tmp_path / "none"), "--data", "x.jsonl",
                 "--output", str(tmp_path / "o")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_radar_train_without_ml_extra_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from radar.cli import main

    monkeypatch.setitem(sys.modules, "transformers", None)
    code = main(["--db", f"sqlite:///{tmp_path / 'radar_core.db'}", "train", "--base", str(tmp_path),
                 "--data", "x.jsonl", "--output", str(tmp_path / "o")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "pip install radar-signals[ml]" in err[0]
