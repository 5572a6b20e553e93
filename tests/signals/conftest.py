"""Shared fixtures of the signals tests: an invented register and a small test-double linker."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from radar_core.records import Candidate, ClientRecord, LinkResult
from radar_core.text import fold
from signals import Extractor
from signals.mentions import core_tokens, name_tokens

CLIENTS = [
    ClientRecord("K1", "Yıldırım Kablo Sanayi ve Ticaret A.Ş.", ["Yıldırım Kablo", "YLDKB"]),
    ClientRecord("K2", "Mavikent Gıda Ürünleri A.Ş.", ["Mavikent Gıda", "Mavikent"]),
    ClientRecord("K3", "Ilgaz Enerji Üretim A.Ş.", ["Ilgaz Enerji"]),
    ClientRecord("K4", "Defne Tekstil A.Ş.", ["Defne"]),
    ClientRecord("K5", "Halkapınar Lojistik A.Ş.", ["Halkapınar Lojistik"]),
    ClientRecord("K6", "Seren Otelcilik Turizm A.Ş.", ["Seren Otel", "Seren"]),
    ClientRecord("K7", "Polat Yapı Taahhüt A.Ş.", ["Polat Yapı"]),
    ClientRecord("K8", "Ergüven Makine Sanayi A.Ş.", ["Ergüven Makine"]),
    ClientRecord("K9", "Korupark Holding A.Ş.", ["Korupark Holding"]),
    ClientRecord("K10", "Korupark Cam Sanayi A.Ş.", ["Korupark Cam"], parent_id="K9"),
    ClientRecord("K11", "Lodestar Analytics A.Ş.", ["Lodestar"]),
    ClientRecord("K12", "Serin Süt Mamulleri A.Ş.", ["Serin Süt"]),
]


class DictLinker:
    """Test double of the entity linker: exact match of folded core names, nothing fuzzy."""

    def __init__(self, clients: list[ClientRecord]) -> None:
        self.names: dict[str, set[str]] = {}
        for c in clients:
            for name in [c.legal_name, *c.aliases]:
                for key in {fold(name), " ".join(core_tokens(name_tokens(name)))}:
                    self.names.setdefault(key, set()).add(c.client_id)
        self.calls: list[tuple[str, str]] = []

    def link(self, mention: str, context: str = "") -> LinkResult:
        self.calls.append((mention, context))
        ids = self.names.get(fold(mention)) or self.names.get(
            " ".join(core_tokens(name_tokens(mention)))) or set()
        if len(ids) == 1:
            cid = next(iter(ids))
            return LinkResult(cid, 0.95, "linked", [Candidate(cid, 0.95)])
        if ids:
            return LinkResult(None, 0.5, "ambiguous", [Candidate(i, 0.5) for i in sorted(ids)])
        return LinkResult(None, 0.0, "unknown")


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(CLIENTS, DictLinker(CLIENTS))


def heldout_sentences(lang: str) -> list[str]:
    """The folded sentences of the held-out set's documents in ``lang`` (for tests that
    compare a fast path with a plain regex run on real-looking sentences)."""
    docs = Path(__file__).parent.parent / "eval" / "heldout" / "docs.jsonl"
    texts = [json.loads(line) for line in docs.open(encoding="utf-8")]
    return [fold(s) for doc in texts if doc["lang"] == lang
            for s in re.split(r"(?<=[.!?])\s+", doc["text"])]
