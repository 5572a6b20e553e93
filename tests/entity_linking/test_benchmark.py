"""The linking benchmark runs small and meets its quality targets on generated data."""

from __future__ import annotations

from benchmarks.linking import run


def test_small_benchmark_quality() -> None:
    report = run(firms=1500, mentions=400, baseline_sample=20, seed=3)
    ours = report["linker"]
    assert ours["mentions"] == 400
    assert ours["precision"] >= 0.97
    assert ours["recall"] >= 0.93
    assert ours["unknown_accuracy"] >= 0.85
    assert report["baseline"]["mentions"] == 20
