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
