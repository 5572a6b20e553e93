"""Quality gate: extraction on labelled sets must not drop below pinned floors.

Two sets are scored: the development set (``../shared/eval/`` relative to the repository
root, or ``$RADAR_EVAL_DIR``; skipped with a reason when absent) and the independent
held-out set shipped in ``tests/eval/heldout`` (written by another author, never tuned on
as a whole). Floors live in ``baseline.json`` per set; lower one only deliberately: edit
the file with a written ``reason``. A floor given as ``null`` is not checked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from radar_core.records import DocumentRecord

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))
FILES = ("clients.csv", "docs.jsonl", "gold.jsonl")


def eval_dir() -> Path:
    return Path(os.environ.get("RADAR_EVAL_DIR") or ROOT.parent / "shared" / "eval")


def set_dir(name: str) -> Path:
    return eval_dir() if name == "dev" else Path(__file__).parent / "heldout"


def score(folder: Path):  # type: ignore[no-untyped-def]
    """Run the extractor over one labelled folder and evaluate it against its gold file."""
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


@pytest.fixture(scope="module", params=["dev", "heldout"])
def case(request):  # type: ignore[no-untyped-def]
    name = request.param
    folder = set_dir(name)
    if not all((folder / f).exists() for f in FILES):
        pytest.skip(f"{name} set not found in {folder} (set RADAR_EVAL_DIR for dev)")
    return name, score(folder), BASELINE[name]


def test_overall_floors(case) -> None:  # type: ignore[no-untyped-def]
    name, report, floors = case
    got = {"micro_f1": report.overall.f1, "precision": report.overall.precision,
           "recall": report.overall.recall, "macro_f1": report.macro_f1}
    low = {k: round(v, 3) for k, v in got.items()
           if floors["overall"].get(k) is not None and v < floors["overall"][k]}
    assert not low, f"{name}: below floors {floors['overall']}: {low}"


def test_per_type_floor(case) -> None:  # type: ignore[no-untyped-def]
    name, report, floors = case
    floor = floors.get("per_type_f1")
    if floor is None:
        pytest.skip(f"{name}: no per-type floor")
    low = {t: round(c.f1, 3) for t, c in report.by_type.items()
           if c.tp + c.fn > 0 and c.f1 < floor}
    assert not low, f"{name}: event types below F1 {floor}: {low}"


def test_per_language_floor(case) -> None:  # type: ignore[no-untyped-def]
    name, report, floors = case
    floor = floors.get("per_language_f1")
    if floor is None:
        pytest.skip(f"{name}: no per-language floor")
    low = {lang: round(c.f1, 3) for lang, c in report.by_lang.items() if c.f1 < floor}
    assert not low, f"{name}: languages below F1 {floor}: {low}"


def test_baseline_names_both_sets() -> None:
    for name in ("dev", "heldout"):
        assert set(BASELINE[name]["overall"]) <= {"micro_f1", "precision", "recall", "macro_f1"}
        assert BASELINE[name]["overall"]["micro_f1"] is not None
