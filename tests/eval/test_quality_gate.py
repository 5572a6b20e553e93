"""Quality gate: extraction on the labelled development set must not drop below pinned floors.

Reads ``../shared/eval/`` relative to the repository root (or ``$RADAR_EVAL_DIR``) and
skips with a reason when the set is absent. Floors live in ``baseline.json``; lower one
only deliberately: edit the file with a written ``reason``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from radar.records import DocumentRecord

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))


def eval_dir() -> Path:
    return Path(os.environ.get("RADAR_EVAL_DIR") or ROOT.parent / "shared" / "eval")


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    folder = eval_dir()
    if not all((folder / name).exists() for name in ("clients.csv", "docs.jsonl", "gold.jsonl")):
        pytest.skip(f"development set not found in {folder} (set RADAR_EVAL_DIR)")
    from radar.commands.extract import build_linker, read_clients
    from signals import Extractor
    from signals.evaluate import evaluate, read_jsonl

    clients = read_clients(folder / "clients.csv")
    extractor = Extractor(clients, build_linker(clients))
    docs = read_jsonl(folder / "docs.jsonl")
    pred = [{"id": d["id"], "events": [e.to_json() for e in
                                      extractor.extract(DocumentRecord.from_json(d))]}
            for d in docs]
    return evaluate(read_jsonl(folder / "gold.jsonl"), pred,
                    {str(d["id"]): str(d.get("lang")) for d in docs})


def test_overall_floors(report) -> None:  # type: ignore[no-untyped-def]
    floors = BASELINE["overall"]
    got = {"micro_f1": report.overall.f1, "precision": report.overall.precision,
           "recall": report.overall.recall, "macro_f1": report.macro_f1}
    low = {k: round(v, 3) for k, v in got.items() if v < floors[k]}
    assert not low, f"below floors {floors}: {low}"


def test_per_type_floor(report) -> None:  # type: ignore[no-untyped-def]
    floor = BASELINE["per_type_f1"]
    low = {t: round(c.f1, 3) for t, c in report.by_type.items()
           if c.tp + c.fn > 0 and c.f1 < floor}
    assert not low, f"event types below F1 {floor}: {low}"


def test_per_language_floor(report) -> None:  # type: ignore[no-untyped-def]
    floor = BASELINE["per_language_f1"]
    low = {lang: round(c.f1, 3) for lang, c in report.by_lang.items() if c.f1 < floor}
    assert not low, f"languages below F1 {floor}: {low}"
