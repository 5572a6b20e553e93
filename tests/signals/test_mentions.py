"""Firm mentions: register variants, suffixes, ASCII spellings, capitalisation, legal forms."""

from __future__ import annotations

from signals.mentions import RegisterIndex, find_mentions
from signals.sentences import split_sentences
from signals.tokens import tokenize

from .conftest import CLIENTS

INDEX = RegisterIndex(CLIENTS)


def mentions(text: str) -> list[tuple[str, tuple[str, ...]]]:
    sents = [tokenize(text[a:b], a) for a, b in split_sentences(text)]
    return [(m.text, m.client_ids) for m in find_mentions(sents, text, INDEX)]


def test_suffix_all_caps_and_ascii_spellings() -> None:
    found = mentions("Geçen hafta YILDIRIM KABLO SAN. VE TİC. A.Ş. ile Yildirim Kablo'nun "
                     "bayisi ve Mavikent Gıda'ya ait depo konuşuldu.")
    assert found == [("YILDIRIM KABLO SAN. VE TİC. A.Ş.", ("K1",)),
                     ("Yildirim Kablo'nun", ("K1",)), ("Mavikent Gıda'ya", ("K2",))]


def test_distinctive_prefix_of_legal_name() -> None:
    assert mentions("Ilgaz Enerji yeni türbin aldı.") == [("Ilgaz Enerji", ("K3",))]
    assert mentions("Bu ay Ergüven Makine büyüdü.") == [("Ergüven Makine", ("K8",))]


def test_common_word_alias_needs_capital_and_not_sentence_start() -> None:
    assert mentions("Bahçede defne ağacı ve seren direği var.") == []
    assert mentions("Defne yaprakları kurudu.") == []
    assert mentions("Bu yıl Defne'nin ihracatı arttı.") == [("Defne'nin", ("K4",))]


def test_sentence_start_alias_kept_when_firm_named_strongly() -> None:
    text = "Defne Tekstil A.Ş. yeni hat kurdu. Defne bu yıl büyüyecek."
    assert [m[1] for m in mentions(text)] == [("K4",), ("K4",)]


def test_unknown_firm_by_legal_form() -> None:
    found = mentions("Ankara merkezli Karaduman Plastik San. ve Tic. Ltd. Şti.'nin tesisi ile "
                     "Vantor Systems GmbH satıldı.")
    assert found == [("Karaduman Plastik San. ve Tic. Ltd. Şti.'nin", ()),
                     ("Vantor Systems GmbH", ())]


def test_prospect_short_reference_is_local_alias() -> None:
    text = "Brenvik Medikal Ltd. Şti. dava açtı. Brenvik'in avukatı konuştu."
    sents = [tokenize(text[a:b], a) for a, b in split_sentences(text)]
    found = find_mentions(sents, text, INDEX)
    assert [m.text for m in found] == ["Brenvik Medikal Ltd. Şti.", "Brenvik'in"]
    assert found[1].origin is found[0]
