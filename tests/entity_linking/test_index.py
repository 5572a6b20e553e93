"""Blocking index: postings, IDF weights, typo neighbours through the deletion block."""

from __future__ import annotations

from entity_linking import Linker
from entity_linking.index import NameIndex
from radar_core.records import ClientRecord


def records() -> list[ClientRecord]:
    names = ["Erensu Ambalaj A.Ş.", "Erçesu Eğitim A.Ş.", "Tepeli Gıda A.Ş.", "Dorukhan Gıda A.Ş.",
             "Ayvazoğlu Gıda Ltd. Şti."]
    return [ClientRecord(client_id=f"I{n}", legal_name=name) for n, name in enumerate(names)]


def test_postings_and_idf() -> None:
    index = NameIndex(records())
    assert len(index.postings["gida"]) == 3
    assert index.weight("gida") < index.weight("tepeli") < index.weight("never-seen") + 1e-9
    assert index.by_key["erensu ambalaj"]


def test_typo_keeps_every_equally_close_token() -> None:
    index = NameIndex(records())
    resolved = index.resolve_token("ernesu")   # transposition: one edit from both
    assert resolved is not None
    alternatives, similarity = resolved
    assert {"erensu", "ercesu"} <= set(alternatives) and similarity < 1.0
    assert index.resolve_token("gida") == (("gida",), 1.0)
    assert index.resolve_token("zzzzzzz") is None


def test_other_words_pick_among_typo_alternatives() -> None:
    linker = Linker.from_clients(records())
    assert linker.link("Ernesu Ambalaj").client_id == "I0"
    assert linker.link("Ernesu Eğitim").client_id == "I1"
