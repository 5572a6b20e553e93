"""English structures found missing in a study of real news (2026-12-06): a stock ticker in
brackets after a bare name, a one-word name in a title-case headline that the body names
too, an abbreviation defined in brackets that is no ticker. Every sentence here is invented
for this file.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("text", "expected"), [
    ("Trelloway (TRLW) said it would sell its European hosiery unit.",
     {("asset_sale", "Trelloway")}),
    ("Marvale (NYSE: MRV) will close its plant in Ohio next year.",
     {("layoffs_closure", "Marvale")}),
    # A given name with a ticker is a firm.
    ("Gail (GAIL.NS) has issued a tender to buy LNG cargoes.", {("tender_opened", "Gail")}),
])
def test_a_ticker_after_a_bare_name_makes_it_a_firm(extractor: Extractor, text: str,
                                                    expected: set) -> None:
    assert firms(extractor, text, "en") == expected


def test_an_abbreviation_defined_in_brackets_is_no_ticker(extractor: Extractor) -> None:
    text = ("Fitch revised to negative the outlook on the Long-Term Local Currency (LTLC) "
            "ratings of eight banks.")
    assert firms(extractor, text, "en") == set()


def test_a_one_word_name_in_a_title_case_headline(extractor: Extractor) -> None:
    text = ("Moody's Downgrades Vantorrik To Junk\n"
            "Moody's on Monday cut the rating of Finnish steel maker Vantorrik Oyj to Ba3.")
    assert ("rating_downgrade", "Vantorrik Oyj") in firms(extractor, text, "en")


def test_a_known_firm_opening_a_turkish_sentence_before_a_comma(extractor: Extractor) -> None:
    assert firms(extractor, "Ülker, Gebze'deki fabrikasını sattı.", "tr") == {
        ("asset_sale", "Ülker")}


@pytest.mark.parametrize(("text", "expected"), [
    # A watch for a possible downgrade is a rating action, not a possibility.
    ("Moody's placed Harlow Energy Inc. on review for possible downgrade.",
     {("rating_downgrade", "Harlow Energy Inc.")}),
    ("Harlow Energy Inc. may possibly build a plant in Ohio.", set()),
    # Vouchers instead of cash; refunds the firm will not give.
    ("Customers of Harlow Travel Ltd. were given vouchers rather than cash refunds.",
     {("refund_problem", "Harlow Travel Ltd.")}),
    ("Harlow Travel Ltd. said it would not be giving customers a cash refund.",
     {("refund_problem", "Harlow Travel Ltd.")}),
    # Calls for tenders in their other words.
    ("Harlow Energy Inc. has issued a request for proposals for emergency power.",
     {("tender_opened", "Harlow Energy Inc.")}),
    ("Harlow Port Ltd. invited qualified contractors to submit sealed bids for the pier.",
     {("tender_opened", "Harlow Port Ltd.")}),
])
def test_rating_watches_refunds_and_tenders(extractor: Extractor, text: str,
                                            expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow Foods Inc. was smacked on Friday with a proposed class action.",
     {("lawsuit", "Harlow Foods Inc.")}),
    ("The commission decided to probe Harlow Foods Inc. over its pricing.",
     {("lawsuit", "Harlow Foods Inc.")}),
])
def test_suits_and_probes_in_other_words(extractor: Extractor, text: str,
                                         expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The seller is Alderman Furniture Co., based in High Point.",
     {("asset_sale", "Alderman Furniture Co.")}),
    ("Harlow Stores Inc. said it plans to close and liquidate all its company-owned stores.",
     {("layoffs_closure", "Harlow Stores Inc."), ("insolvency", "Harlow Stores Inc.")}),
])
def test_sellers_and_liquidated_stores(extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize("text", [
    "Harlow Brands Inc. completed the sale of Natrol LLC to a private equity firm.",
    "Harlow Brands Inc. will sell Footasylum Ltd. to Aurelius Group.",
])
def test_a_named_subsidiary_sold_is_its_parents_sale(extractor: Extractor, text: str) -> None:
    assert firms(extractor, text, "en") == {("asset_sale", "Harlow Brands Inc.")}


@pytest.mark.parametrize("text", [
    "Customers of Harlow Travel Ltd. cannot get refunds.",
    "Customers say they are unable to get their money back from Harlow Travel Ltd.",
])
def test_refunds_customers_cannot_get(extractor: Extractor, text: str) -> None:
    assert firms(extractor, text, "en") == {("refund_problem", "Harlow Travel Ltd.")}


def test_a_tender_issued_with_a_long_description(extractor: Extractor) -> None:
    text = "Harlow Gas Ltd. has issued a short-term LNG supply tender for March."
    assert firms(extractor, text, "en") == {("tender_opened", "Harlow Gas Ltd.")}


@pytest.mark.parametrize("second", [
    "On Monday the Dallas-based company said it would cut 500 jobs.",
    "The U.S. tech giant said it would cut 500 jobs.",
])
def test_the_firm_named_again_with_a_descriptor(extractor: Extractor, second: str) -> None:
    text = "Harlow Tech Inc. reported weak sales for a third quarter. " + second
    assert firms(extractor, text, "en") == {("layoffs_closure", "Harlow Tech Inc.")}
