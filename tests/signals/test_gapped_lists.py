"""Enumerations outlets write loosely. Gapped ones: the verb and its amount are written
once, each later firm keeps only its own amount ("A agreed to pay $1m, B $860,000 and C
$400,000"), and an amount's currency or number right before a name is no part of that
name. Members with their trade before them ("fashion retailer B"), and a group a cue names
("fined four suppliers") whose members the next sentence lists. Every sentence here is
invented for this file.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.test_real_structures import firms

_THREE = {("regulatory_fine", "Orvane Widgets Inc."), ("regulatory_fine", "Pellory Trading Corp."),
          ("regulatory_fine", "Quennet Metals LLC")}


@pytest.mark.parametrize("text", [
    "The commission said Orvane Widgets Inc. agreed to pay a $2 million penalty, "
    "Pellory Trading Corp. $750,000 and Quennet Metals LLC $300,000.",
    "Orvane Widgets Inc. was fined $2 million, Pellory Trading Corp. 750,000 euros "
    "and Quennet Metals LLC £300,000 by the regulator.",
])
def test_each_member_of_an_english_gapped_list(extractor: Extractor, text: str) -> None:
    assert firms(extractor, text, "en") == _THREE


def test_a_year_after_the_next_name_is_no_gapped_amount(extractor: Extractor) -> None:
    text = ("Orvane Widgets Inc. agreed to pay a $2 million penalty, and Pellory Trading Corp. "
            "2025 results were strong.")
    assert firms(extractor, text, "en") == {("regulatory_fine", "Orvane Widgets Inc.")}


def test_a_currency_before_a_turkish_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = ("Kurul, Orvan Gıda A.Ş.'ye 2 milyon TL, Pelor Tekstil A.Ş.'ye 750 bin TL ve "
            "Kenet Metal Ltd. Şti.'ne 300 bin TL idari para cezası verdi.")
    assert firms(extractor, text, "tr") == {
        ("regulatory_fine", "Orvan Gıda A.Ş."), ("regulatory_fine", "Pelor Tekstil A.Ş."),
        ("regulatory_fine", "Kenet Metal Ltd. Şti.")}


def test_list_members_with_their_trade_written_before(extractor: Extractor) -> None:
    text = ("Several retailers are closing stores, including Harvel Home Ltd, fashion retailer "
            "Quinby Ltd, floor-coverings group Carpet Barn Ltd and the grocer Fenwick Stores Ltd.")
    assert firms(extractor, text, "en") == {
        ("layoffs_closure", n) for n in (
            "Harvel Home Ltd", "Quinby Ltd", "Carpet Barn Ltd", "Fenwick Stores Ltd.")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The regulator fined four suppliers $120 million on Tuesday. The cartel comprised "
     "Koral Steel, Vesta Metals and Tamsin Wire.",
     {("regulatory_fine", n) for n in ("Koral Steel", "Vesta Metals", "Tamsin Wire")}),
    ("tr", "Fitch 12 bankanın notunu düşürdü. Bunlar Ada Bank, Yurt Bankası, Deniz Bank ve "
     "Kaya Bank.",
     {("rating_downgrade", n) for n in ("Ada Bank", "Yurt Bankası", "Deniz Bank", "Kaya Bank")}),
    # A list that does not present the group's members inherits nothing.
    ("en", "The regulator fined four suppliers $120 million on Tuesday. Koral Steel, Vesta "
     "Metals and Tamsin Wire reported higher profits.", set()),
])
def test_a_group_named_by_the_cue_and_listed_next(extractor: Extractor, lang: str, text: str,
                                                  expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Every member carries the case; short names in brackets stand between members.
    ("en", "Fitch has downgraded Orvane Bank's, Kenet Bank's and Tarvel Bank's Long-Term IDRs "
     "to 'B'.", {"Orvane Bank", "Kenet Bank", "Tarvel Bank"}),
    ("tr", "Fitch, Orvan Bank'ın, Kenet Bank'ın ve Tarvel Bankası'nın notlarını düşürdü.",
     {"Orvan Bank", "Kenet Bank", "Tarvel Bankası"}),
    ("en", "Fitch downgraded the long-term IDRs of Orvane Bank A.S., Kenet Bankasi A.S. "
     "(Kenet) and Tarvel Bankasi A.S. (Tarvel) to 'B' from 'B+'.",
     {"Orvane Bank A.S.", "Kenet Bankasi A.S.", "Tarvel Bankasi A.S."}),
])
def test_lists_whose_members_all_carry_the_case_or_a_short_name(
        extractor: Extractor, lang: str, text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == {("rating_downgrade", n) for n in expected}


def test_a_subject_with_its_short_name_is_no_member(extractor: Extractor) -> None:
    text = ("Orvan Varlık Fonu (OVF), Kenet Bankası, Tarvel Bankası ve Halen Bankası'nın "
            "sermayelerinin 10 milyar lira artırılması için çalışmaları tamamladığını duyurdu.")
    assert firms(extractor, text, "tr") == {
        ("capital_increase", n) for n in ("Kenet Bankası", "Tarvel Bankası", "Halen Bankası")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Amounts in brackets after each member; "£3m" is no 3M.
    ("en", "Fines were imposed on Orvane Bank (£5m), Kenet Bank (£3m) and Tarvel Bank (£1m).",
     {"Orvane Bank", "Kenet Bank", "Tarvel Bank"}),
    # A Turkish passive in -n- ("uygulandı") leaves the list without a subject.
    ("tr", "Orvan Gıda, Kenet Süt ve Tarvel Tekstil'e toplam 100 milyon lira idari para cezası "
     "uygulandı.", {"Orvan Gıda", "Kenet Süt", "Tarvel Tekstil"}),
    # A plural reference opening the next sentence names the list again.
    ("en", "Orvane Capital LLC and Kenet Securities LLC reported results. The firms were fined "
     "$2 million each.", {"Orvane Capital LLC", "Kenet Securities LLC"}),
])
def test_fines_on_lists_written_around_amounts_and_references(
        extractor: Extractor, lang: str, text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == {("regulatory_fine", n) for n in expected}


def test_a_plural_reference_to_a_list_in_turkish(extractor: Extractor) -> None:
    text = ("Kurul, Orvan Gıda, Kenet Süt ve Tarvel Tekstil hakkında soruşturma açtı. Söz "
            "konusu şirketlere toplam 100 milyon lira idari para cezası verildi.")
    assert {n for t, n in firms(extractor, text, "tr") if t == "regulatory_fine"} == {
        "Orvan Gıda", "Kenet Süt", "Tarvel Tekstil"}


@pytest.mark.parametrize(("text", "expected"), [
    # Each member's home between it and its amount; European legal forms in capitals.
    ("The Commission fined Orvane SA of Italy €272m; Kenet BV of the Netherlands €160m; and "
     "Tarvel Inc of the US €64m.", {"Orvane SA", "Kenet BV", "Tarvel Inc"}),
    # Where each is based before it; "the firms" then pay.
    ("The SEC charged three firms — New York-based Orvane Capital LLC, Phoenix-based Kenet "
     "Securities LLC and Atlanta-based Tarvel Advisors LLC — with failures. The firms agreed "
     "to pay $7.5 million in civil penalties.",
     {"Orvane Capital LLC", "Kenet Securities LLC", "Tarvel Advisors LLC"}),
    ("Penalties will be paid by Orvane Roofing LLC and Kenet Builders LLC, the agency said.",
     {"Orvane Roofing LLC", "Kenet Builders LLC"}),
    # Earlier sweeps are background.
    ("In previous sweeps, agencies fined banks including Orvane Bank, Kenet Bank and Tarvel "
     "Bank.", set()),
])
def test_fine_roundups(extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "en") == {("regulatory_fine", n) for n in expected}
