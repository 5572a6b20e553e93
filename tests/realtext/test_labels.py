"""The real-text labels stay well-formed: taxonomy types, known clients, one event per firm."""

from __future__ import annotations

import json
from pathlib import Path

from entity_linking.register import read_register
from radar_core.taxonomy import EVENT_TYPES, SOURCE_TYPES

HERE = Path(__file__).resolve().parent


def test_labels_use_the_taxonomy_and_the_register() -> None:
    ids: set[str] = set()
    for lang in ("tr", "en"):
        register = read_register(HERE / f"clients_{lang}.csv")
        assert not register.errors
        ids |= {c.client_id for c in register.clients}
    seen: set[str] = set()
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").open(encoding="utf-8")]
    assert len(labels) >= 100
    for lab in labels:
        assert lab["id"] not in seen
        seen.add(lab["id"])
        assert lab["url"].startswith("http") and lab["lang"] in ("tr", "en")
        assert lab["source_type"] in SOURCE_TYPES
        assert "text" not in lab and "title" not in lab  # third-party text stays out
        pairs = set()
        for event in lab["events"]:
            assert event["type"] in EVENT_TYPES
            assert event["client_id"] is None or event["client_id"] in ids
            assert "evidence" not in event
            pair = (event["type"], event["client_id"] or event["company"].casefold())
            assert pair not in pairs, (lab["id"], pair)
            pairs.add(pair)
    assert {e["type"] for lab in labels for e in lab["events"]} == set(EVENT_TYPES)
