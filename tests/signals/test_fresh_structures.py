"""Structures from the errors of the fifth fresh real-text set's studied half (session 30):
a firm described at length at a sentence's start ("The troubled teen and tween retailer
said ..."), agents retained to dispose of stock, a founder's possessive opening a trade name
("Shearer's Foods"), a place-adjective before a legal-form name ("IA-based X, LLC"), weak
names listed beside a firm, and compound nouns (products, plants) that are no firms. Every
sentence here is invented for this file.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from signals.mentions import known_firm_spans
from signals.shapes import find_name_spans
from signals.tokens import tokenize
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("second", "expected"), [
    ("The troubled teen and tween retailer said Friday that it would close its stores.",
     {("layoffs_closure", "Marlow Stores Inc.")}),
    ("The privately held company will close its plant in Ohio.",
     {("layoffs_closure", "Marlow Stores Inc.")}),
    # A preposition between: the retailer is no subject of the sentence.
    ("The move by the retailer will close its stores.", set()),
])
def test_a_firm_described_at_length_opening_a_sentence(extractor: Extractor, second: str,
                                                       expected: set) -> None:
    text = f"Marlow Stores Inc. reported weak sales. {second}"
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tessaly Partners LLC has been retained to dispose of merchandise, fixtures and "
     "equipment.", set()),
    ("Orvane Metals Inc. plans to dispose of its Ohio foundry.",
     {("asset_sale", "Orvane Metals Inc.")}),
])
def test_disposing_of_stock_in_trade_is_no_asset_sale(extractor: Extractor, text: str,
                                                       expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Pellory’s Foods, LLC is planning a $33 million expansion of its plant in Ohio.",
     "Pellory’s Foods, LLC"),
    ("Pellory's Foods is planning a $33 million expansion of its plant in Ohio.",
     "Pellory's Foods"),
])
def test_a_founders_possessive_opens_a_trade_name(extractor: Extractor, text: str,
                                                  name: str) -> None:
    assert firms(extractor, text, "en") == {("capacity_expansion", name)}


def test_a_place_adjective_is_no_part_of_a_legal_name(extractor: Extractor) -> None:
    text = "Dubuque, IA-based Tarvel Robotics, LLC will build a $5 million plant in Iowa."
    assert firms(extractor, text, "en") == {("investment_announcement", "Tarvel Robotics, LLC")}


def test_weak_names_listed_beside_a_firm_are_firms(extractor: Extractor) -> None:
    text = ("Rekabet Kurulu kararını açıkladı. Orvan Çimento, Kadir Tekin Beton, K.K. Tarla "
            "Kardeşler ve Belintaş 90 milyon lira cezaya çarptırıldı.")
    assert firms(extractor, text, "tr") == {
        ("regulatory_fine", n) for n in (
            "Orvan Çimento", "Kadir Tekin Beton", "K.K. Tarla Kardeşler", "Belintaş")}


def test_a_compound_noun_listed_beside_a_firm_stays_weak(extractor: Extractor) -> None:
    text = ("Lodz'daki Bulaşık Yıkama Makinesi ve Pişirici Cihazlar İşletmesi ve Plastik "
            "Yan Sanayi İşletmesi'nin kapatılmasına karar verildi.")
    assert not any(name.startswith("Bulaşık") for _, name in firms(extractor, text, "tr"))


@pytest.mark.parametrize(("text", "expected"), [
    # A name no dictionary knows opens the sentence; a place and a long object come before
    # the verb (countries such as Oman are in the gazetteer).
    ("Tarkol Umman'da 126 kilometre yol inşaatı için açılan 325 milyon dolarlık ihaleyi "
     "kazandı.", {("contract_won", "Tarkol")}),
    # A postposition right after the bare name makes it an object, not the subject.
    ("Tarkol için açılan 325 milyon dolarlık ihaleyi kazandı.", set()),
])
def test_a_rare_name_opening_a_turkish_sentence_before_a_place(
        extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("tr", "Avukat Hıdır Kalender ise tüketicilerin şikayet dilekçesi vermesini istedi."),
    ("en", "Later Prof Tarkel Vennor complained about the delays."),
])
def test_a_titled_person_is_no_name(lang: str, text: str) -> None:
    tokens = tokenize(text)
    spans = find_name_spans(tokens, set(), set(), set(), set(), lang)
    assert not any(tokens[a].base in ("avukat", "dr") for a, _ in spans)


def test_our_own_plants_are_no_firm(extractor: Extractor) -> None:
    text = "Çayırhan Sodyum Sülfat Tesislerimizde kapasite artışı yapılacaktır."
    assert firms(extractor, text, "tr") == set()


def test_a_name_with_dots_written_twice_is_a_firm(extractor: Extractor) -> None:
    text = ("U.K. Telco flooded with complaints over new billing system\n"
            "By Dana Whitlow of the Harbor Courier\n"
            "U.K. Telco customers are being hit with double bills.")
    assert firms(extractor, text, "en") == {("customer_complaint", "U.K. Telco")}


def test_a_civil_penalty_paid_after_other_spending(extractor: Extractor) -> None:
    text = ("Harlow Energy will also spend $6 million on mitigation projects and pay a "
            "$1.5 million civil penalty.")
    assert firms(extractor, text, "en") == {("regulatory_fine", "Harlow Energy")}


@pytest.mark.parametrize(("text", "expected"), [
    # The adviser hired to run the tender is no tender opener.
    ("Harlow Power and Light has issued a request for proposals for 600MW. It has retained "
     "Quarry Energy Advisors, Inc. (Quarry) to manage the RFP process.",
     {("tender_opened", "Harlow Power and Light")}),
    # A utility retiring its plants closes them.
    ("Harlow Power and Light plans to retire three coal-fired power plants.",
     {("layoffs_closure", "Harlow Power and Light")}),
])
def test_hired_advisers_and_retired_plants(extractor: Extractor, text: str,
                                           expected: set) -> None:
    assert firms(extractor, text, "en") == expected


def test_a_lone_letter_is_no_known_firm() -> None:
    tokens = tokenize("WP&L issues RFP for 600MW")
    assert known_firm_spans(tokens, set(), set(), "en") == []


def test_a_denied_rumour_denies_that_claim_only(extractor: Extractor) -> None:
    text = ("Harlow Group has debunked rumors that its cinema chain Quarrel Cinemas Inc. is "
            "facing possible bankruptcy. The conglomerate denied the reports. In the US, "
            "Quarrel Cinemas Inc. had closed more than 1,000 of its cinemas.")
    assert firms(extractor, text, "en") == {("layoffs_closure", "Quarrel Cinemas Inc.")}


def test_an_acronym_opening_a_credible_name_is_its_short_name(extractor: Extractor) -> None:
    text = ("Its cinema chain subsidiary QRC Entertainment is struggling. In the US, QRC had "
            "closed more than 1,000 of its cinemas.")
    assert firms(extractor, text, "en") == {("layoffs_closure", "QRC Entertainment")}


def test_a_brand_with_a_lower_case_first_letter(extractor: Extractor) -> None:
    text = "iVELTRA, a subsidiary of P&G, said it will lay off all of its employees."
    assert firms(extractor, text, "en") == {("layoffs_closure", "iVELTRA")}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), [
    # A crawled document keeps its headline apart: the headline's event is read there.
    ("tr", "Orvan Gıda'ya dava şoku", "Tüketiciler mahkemeye başvurdu.",
     {("lawsuit", "Orvan Gıda")}),
    ("en", "Quillaby Foods hit with class action over labels",
     "The complaint was filed on Friday in Ohio.", {("lawsuit", "Quillaby Foods")}),
    # The headline's short name is the body's firm: one event, the full name.
    ("en", "German machine-tool maker Rheinfeld files for insolvency",
     "Rheinfeld Maschinenbau GmbH, a maker of bending machines, filed for insolvency on "
     "28 July.", {("insolvency", "Rheinfeld Maschinenbau GmbH")}),
    # A headline's rumour stays a rumour when the body confirms nothing.
    ("tr", "Kulis: Erciyes Plastik'in fabrikasını satışa çıkaracağı konuşuluyor",
     "Bazı emlakçılar görüşme yapıldığını ileri sürüyor, ancak iddiaları doğrulayan herhangi "
     "bir belge ya da resmi açıklama bulunmuyor.", set()),
])
def test_the_headline_is_read_apart_from_the_body(extractor: Extractor, lang: str,
                                                  title: str, text: str,
                                                  expected: set) -> None:
    assert firms(extractor, text, lang, title=title) == expected


@pytest.mark.parametrize("text", [
    "Konkordatodan çıkan Tahıl Ovası, Polatlı'ya un fabrikası kuruyor.",
    "Pınar Kaynak, Bolu'daki dolum tesisi yatırımını askıya aldı.",
])
def test_leaving_konkordato_and_suspended_plans_are_no_events(extractor: Extractor,
                                                              text: str) -> None:
    assert not {t for t, _ in firms(extractor, text, "tr")} & {
        "insolvency", "land_acquisition"}
