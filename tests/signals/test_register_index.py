"""The extractor's register index as a trie: names, bare prefixes and misses, and pickling."""

from __future__ import annotations

import pickle

from radar_core.records import ClientRecord
from signals.mentions import RegisterIndex

CLIENTS = [
    ClientRecord("K1", "Karadeniz Çelik Sanayi ve Ticaret A.Ş.", ["KRDMD"]),
    ClientRecord("K2", "Karadeniz Yıldız Gemi A.Ş."),
    ClientRecord("K3", "Karadeniz Çelik Sanayi A.Ş."),
]


def test_lookup_tells_names_from_prefixes_and_misses() -> None:
    index = RegisterIndex(CLIENTS)
    # "karadeniz celik" is the core of K1 and K3 (trade words and legal form dropped).
    assert sorted(index.lookup("karadeniz celik") or ()) == ["K1", "K3"]
    assert index.lookup("karadeniz") == ()  # only a prefix of names
    assert index.lookup("karadeniz yildiz gemi") == ("K2",)
    assert index.lookup("karadeniz demir") is None
    assert index.lookup("krdmd") == ("K1",)
    assert index.size == 3


def test_a_pickled_index_answers_the_same() -> None:
    index = RegisterIndex(CLIENTS)
    loaded = pickle.loads(pickle.dumps(index, protocol=5))
    for words in ("karadeniz", "karadeniz celik", "karadeniz yildiz gemi", "krdmd", "yok"):
        assert loaded.lookup(words) == index.lookup(words)
    assert loaded.single_caps == index.single_caps


def test_an_empty_register_matches_nothing() -> None:
    index = RegisterIndex([])
    assert index.lookup("karadeniz") is None
    assert index.size == 0
