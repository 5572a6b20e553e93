"""Normalisation rules: Turkish folding, legal forms, suffixes, abbreviations, tickers."""

from __future__ import annotations

import pytest

from entity_linking.normalize import is_ticker, normalize_name


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ISPARTA GÜL", "isparta gul"),          # dotless I folds to i
        ("İzmir Halı", "izmir hali"),             # dotted İ folds to i
        ("Arcelik", "arcelik"),
        ("Arçelik", "arcelik"),                    # diacritic-insensitive
        ("Koç Holding'e", "koc holding"),          # apostrophe suffix stripped
        ("Arçelik'in", "arcelik"),
        ("Türk Telekom’un", "turk telekom"),       # typographic apostrophe
        ("Foo Ltd. Şti.'nin", "foo"),              # suffix after a legal form
    ],
)
def test_folding_and_suffixes(text: str, key: str) -> None:
    assert normalize_name(text).key == key


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("Ekin Un A.Ş.", "as"),
        ("Ekin Un AŞ", "as"),
        ("Ekin Un Anonim Şirketi", "as"),
        ("EKİN UN ANONİM ŞİRKETİ", "as"),
        ("Ekin Un Ltd. Şti.", "ltd"),
        ("Ekin Un Limited Şirketi", "ltd"),
        ("EKİN UN LİMİTED ŞİRKETİ", "ltd"),
        ("Ekin Un Inc.", "inc"),
        ("Ekin Un Corp.", "corp"),
        ("Ekin Un LLC", "llc"),
        ("Ekin Un Ltd", "ltd"),
        ("Ekin Un GmbH", "gmbh"),
        ("Ekin Un AG", "ag"),
        ("Ekin Un PLC", "plc"),
        ("Ekin Un S.A.", "sa"),
        ("Ekin Un B.V.", "bv"),
    ],
)
def test_legal_forms_recognised(text: str, legal: str) -> None:
    norm = normalize_name(text)
    assert norm.core == ("ekin", "un")
    assert legal in norm.legal


def test_title_filler_is_not_core() -> None:
    for text in ("Ekin Un San. ve Tic. A.Ş.", "Ekin Un Sanayi ve Ticaret A.Ş.",
                 "EKİN UN SAN. VE TİC. A.Ş.", "Ekin Un Tic. Ltd. Şti."):
        assert normalize_name(text).key == "ekin un", text


def test_holding_stays_in_core_and_is_flagged() -> None:
    norm = normalize_name("Ekin Holding A.Ş.")
    assert norm.core == ("ekin", "holding")
    assert "holding" in norm.legal


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ekin Müh. Ltd.", "ekin muhendislik"),
        ("Ekin Gıda Ürn. A.Ş.", "ekin gida urunleri"),
        ("Ekin İnş. A.Ş.", "ekin insaat"),
        ("Ekin Bilgi Tek. A.Ş.", "ekin bilgi teknoloji"),
        ("Ekin Kimya San. A.Ş.", "ekin kimya"),
        ("Ekin Makina", "ekin makine"),
    ],
)
def test_abbreviations_expanded(text: str, key: str) -> None:
    assert normalize_name(text).key == key


def test_abbreviation_not_expanded_as_first_word() -> None:
    assert normalize_name("Tek Gıda").core[0] == "tek"


def test_legal_family() -> None:
    assert normalize_name("Ekin Un A.Ş.").legal_family == "stock"
    assert normalize_name("Ekin Un Ltd. Şti.").legal_family == "limited"
    assert normalize_name("Ekin Un").legal_family is None


def test_tickers() -> None:
    assert is_ticker("KRDMD") and is_ticker("ORKDE") and is_ticker("ŞİŞE")
    assert not is_ticker("Orkide") and not is_ticker("AB") and not is_ticker("ABCDEFG")
    assert normalize_name("ORKDE").ticker == "orkde"
    assert normalize_name("Orkide Yazılım").ticker is None
    # A mention of a code with its legal form is still the code ("İAR A.Ş."); a name is
    # not, and a register name in capitals stays a name ("TÜPRAŞ A.Ş.").
    assert normalize_name("ORKDE A.Ş.", mention=True).ticker == "orkde"
    assert normalize_name("Orkide A.Ş.", mention=True).ticker is None
    assert normalize_name("ORKDE Yazılım A.Ş.", mention=True).ticker is None
    assert normalize_name("ORKDE A.Ş.").ticker is None


def test_group_words_unified() -> None:
    assert normalize_name("Ekin Group").key == normalize_name("Ekin Grubu").key
    assert normalize_name("Ekin Holdings Inc.").key == "ekin holding"
