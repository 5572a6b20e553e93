"""Firm mentions: register variants, suffixes, ASCII spellings, capitalisation, legal forms."""

from __future__ import annotations

from signals.mentions import RegisterIndex, find_mentions, name_tokens
from signals.sentences import split_sentences
from signals.tokens import FoldedText, tokenize, word_bases

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


# -- fast paths must agree with the plain tokenizer --------------------------------------

TRICKY_NAMES = [
    "Yıldırım Kablo San. ve Tic. A.Ş.", "YILDIRIM KABLO'NUN", "Koç Holding’e", "'Negatif' görüş",
    "Akyildiz Gida", "İSTANBUL", "Ekin_Un A.S.", "Kaya'nın'ki", "' yalnız tırnak",
    "3.5 milyon TL'lik", "Türk-Alman Ltd.Şti.", "Arçelik`in", "ŞEN & ORTAKLARI", "",
]


def test_name_tokens_are_the_word_bases_of_tokenize() -> None:
    cache: dict[str, str] = {}
    for name in TRICKY_NAMES:
        expected = tuple(t.base for t in tokenize(name) if t.is_word)
        assert name_tokens(name) == expected, name
        assert name_tokens(name, cache) == expected, name  # with a warm fold cache too
        assert word_bases(name, cache) == expected, name


def test_token_flags() -> None:
    first, second, third = tokenize("Kaya 12 ve.")[:3]
    assert first.is_word and first.is_upper_initial and not first.is_all_caps
    assert second.is_word and second.is_upper_initial
    assert third.is_word and not third.is_upper_initial
    dot = tokenize("Kaya.")[1]
    assert not dot.is_word and dot.text == "."
    assert tokenize("ABC")[0].is_all_caps
    assert tokenize("Kaya")[0] == tokenize("Kaya")[0]


def test_folded_text_maps_offsets_back_to_tokens() -> None:
    tokens = tokenize("Mavikent Gıda'ya ait depo, İzmir'de satıldı.")
    plain = FoldedText(tokens)
    assert plain.text == "mavikent gida'ya ait depo , izmir'de satildi ."
    for i, word in enumerate(plain.text.split(" ")):
        assert plain.token_at(plain.starts[i]) == i
        assert plain.token_at(plain.starts[i] + len(word) - 1) == i
    collapsed = FoldedText(tokens, [(0, 2)])
    assert collapsed.text.startswith("xfirmx ait")
    assert collapsed.token_at(collapsed.text.index("ait")) == 2
    assert FoldedText([]).text == "" and FoldedText([]).token_at(0) == 0


def test_pipeline_mentions_equal_direct_search() -> None:
    from signals.cues import CompiledPatterns, default_patterns
    from signals.pipeline import build_pipeline, run_pipeline

    text = "Mavikent Gıda'ya ait depo satıldı. Ilgaz Enerji yeni türbin aldı."
    doc = run_pipeline(build_pipeline("tr", INDEX, CompiledPatterns(default_patterns("tr"))), text)
    assert doc._.radar_sents == split_sentences(text)
    assert [(m.text, m.client_ids) for m in doc._.radar_mentions] == mentions(text)
    assert len(doc._.radar_cues) == len(doc._.radar_sents)
