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


def test_background_register_leaves_the_mentions_as_they_were() -> None:
    """``linking_forms.py --background``: the 300 firms' unknown mentions stay unknown
    (no background firm carries their words, nor a 300-firm word in a mention's sector),
    and the 300 firms' figures hold on the bigger register."""
    import random

    from benchmarks.linking_forms import (
        _SECTORS,
        _UNSEEN,
        background_records,
        build,
        generate,
        measure,
        to_records,
    )
    from radar_core.text import fold

    firms, mentions = generate(4)
    extra = background_records(firms, 3000, 4)
    assert len(extra) == 3000 and len({c.client_id for c in extra}) == 3000
    unseen = {fold(w) for w in _UNSEEN}
    distinct = {fold(f.distinct) for f in firms}
    mention_sectors = {fold(s) for s in _SECTORS} | {fold(en) for en, _ in _SECTORS.values()}
    lent = 0
    for client in extra:
        words = {fold(w) for w in client.legal_name.split()}
        assert not words & unseen, client.legal_name
        if words & distinct:
            lent += 1
            assert not words & mention_sectors, client.legal_name
    assert lent > 50  # some background firms do share a word with the 300
    records = to_records(firms, random.Random(4)) + extra
    table = measure(build(records), mentions)
    for key in ("form short", "form legal", "form english", "form suffix", "form ascii"):
        assert table[key]["precision"] >= 0.99 and table[key]["recall"] >= 0.95, key
    assert table["form unknown"]["unlinked"] == 1.0
    assert table["form unknown_sibling"]["unlinked"] == 1.0
