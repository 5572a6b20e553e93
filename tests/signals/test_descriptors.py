"""Structures from the studied half of the real-text set (session 29): a firm named again
by its trade, intransitive closures, listed investments, places written with a suffix,
authorities and given names that are no firms, sales told from the buyer's side, enforcement
notices, backdrops dated this week, "Chapter 11 for X", awarded contracts.

News introduces a firm with its trade ("injection molder X", "X, a Korean automaker,") and
then says "the molder" or "the automaker's"; a plant "will shut down" with no verb of the
firm's; a minister lists the investments he announced ("açıkladığı yatırımlar arasında A, B
ve C yer alıyor"). Every sentence here is invented for this file.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from signals.shapes import find_name_spans
from signals.tokens import tokenize
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("text", "expected"), [
    # "the molder" is the firm introduced as a molder, named later in the same sentence.
    ("Baxter Foods ended its contract with molder Tarlow Plastics in May, and the molder "
     "then closed its two plants in Ohio.", {("layoffs_closure", "Tarlow Plastics")}),
    # The firm described as the automaker, not the steel maker named last.
    ("Kessler Motors, a German automaker, won backing from Ardent Steel, a Swedish steel "
     "maker, for the automaker's planned battery plant in Texas.",
     {("investment_announcement", "Kessler Motors")}),
])
def test_the_trade_a_firm_was_introduced_with_names_it_again(extractor: Extractor, text: str,
                                                              expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dorval Paper Inc.'s plant in Akron will shut down for two weeks in March.",
     {("layoffs_closure", "Dorval Paper Inc.")}),
    ("Two Harlan Foods stores in Ohio will close next month.",
     {("layoffs_closure", "Harlan Foods")}),
])
def test_a_plant_that_will_close_is_its_firms_closure(extractor: Extractor, text: str,
                                                      expected: set) -> None:
    assert firms(extractor, text, "en") == expected


def test_a_well_known_name_is_known_without_its_hyphen(extractor: Extractor) -> None:
    # The gazetteer writes "Georgia-Pacific"; outlets also write it without the hyphen.
    assert firms(extractor, "Georgia Pacific will lay off 200 workers at its mill.", "en") \
        == {("layoffs_closure", "Georgia Pacific")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The order came from Posco Holdings, South Korea's largest steel maker."),
    ("tr", "Anlaşma Güney Kore'nin en büyük çelik üreticisiyle imzalandı."),
])
def test_a_place_of_two_words_with_a_suffix_is_no_name(lang: str, text: str) -> None:
    tokens = tokenize(text)
    names = {" ".join(t.text for t in tokens[a:b])
             for a, b in find_name_spans(tokens, set(), set(), set(), set(), lang)}
    assert not {"South", "Güney"} & names


def test_the_investments_a_minister_listed_are_each_firms(extractor: Extractor) -> None:
    text = ("Bakanın açıkladığı yeni yatırımlar arasında Delta Boru, Aksu Tekstil ve Yıldız "
            "Kimya gibi firmalar yer alıyor.")
    assert firms(extractor, text, "tr") == {
        ("investment_announcement", "Delta Boru"), ("investment_announcement", "Aksu Tekstil"),
        ("investment_announcement", "Yıldız Kimya")}


def test_a_safety_citations_proposed_penalties_are_a_fine(extractor: Extractor) -> None:
    text = ("Norbeck Castings in Dayton was cited for nine serious and two repeat violations "
            "with proposed penalties totaling $96,200.")
    assert firms(extractor, text, "en") == {("regulatory_fine", "Norbeck Castings")}


@pytest.mark.parametrize(("lang", "text", "head"), [
    ("en", "Norbeck Castings Inc. may contest the proposed penalties before the independent "
           "Occupational Safety and Health Review Commission.", "Occupational Safety"),
    ("tr", "Karar Sağlık ve Sosyal Güvenlik Bakanlığı tarafından açıklandı.", "Sağlık"),
])
def test_the_head_of_an_authority_joined_by_and_is_no_name(lang: str, text: str,
                                                            head: str) -> None:
    tokens = tokenize(text)
    names = {" ".join(t.text for t in tokens[a:b])
             for a, b in find_name_spans(tokens, set(), set(), set(), set(), lang)}
    assert not any(name.startswith(head) for name in names)


def test_a_complainants_given_name_is_no_firm(extractor: Extractor) -> None:
    # Named again and again, a person's first name looks like the document's main firm.
    text = ("Wendy ordered a spa from an online store in May. \"They keep delaying it,\" "
            "Wendy said. Wendy is now demanding her money back. Dozens of customers have "
            "filed complaints about the company with the Better Business Bureau.")
    assert firms(extractor, text, "en") == set()
    # The chain is written with its possessive; the person without it.
    assert firms(extractor, "Wendy's was fined $2 million over overtime pay.", "en") == {
        ("regulatory_fine", "Wendy")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A word no dictionary knows, opening the sentence before a comma, is its subject.
    ("tr", "Kelvcem, yatırım tamamlandığında kapasitesini 4 milyon tona çıkaracak.",
     {("capacity_expansion", "Kelvcem")}),
    # A time adverbial between such a name and its verb group.
    ("en", "Zupreto on Friday filed for Chapter 11 bankruptcy protection.",
     {("insolvency", "Zupreto")}),
    # The place of the plant between the plant and the verb.
    ("tr", "Unilever, Türkiye'deki ikinci fabrikasını Manisa Organize Sanayi Bölgesi'nde kuracak.",
     {("investment_announcement", "Unilever")}),
])
def test_a_name_no_dictionary_knows_opening_the_sentence(extractor: Extractor, lang: str,
                                                         text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_a_surname_filing_for_bankruptcy_stays_a_person(extractor: Extractor) -> None:
    assert firms(extractor, "Smith on Friday filed for bankruptcy.", "en") == set()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A pluperfect dated this week tells recent news; dated years ago it is a backdrop.
    ("tr", "Kuruluş Salı günü Marmara Bankası'nın notunu düşürdüğünü açıklamıştı.",
     {("rating_downgrade", "Marmara Bankası")}),
    ("tr", "Kuruluş 2016 yılında Marmara Bankası'nın notunu düşürmüştü.", set()),
    # Investments "A ve B tarafından yapılacak": the agents invest.
    ("tr", "Delta Boru A.Ş. ve Aksu Kağıt A.Ş. tarafından yapılacak yatırımlarla ilgili yeni "
           "gelişmeler yaşandı.",
     {("investment_announcement", "Delta Boru A.Ş."), ("investment_announcement", "Aksu Kağıt A.Ş.")}),
    # What is awarded is a patent, not a contract.
    ("en", "Harlow Instruments Inc. was awarded a U.S. patent for its sensor coating.",
     {("patent_granted", "Harlow Instruments Inc.")}),
])
def test_dates_agents_and_awards(extractor: Extractor, lang: str, text: str,
                                 expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("text", "name"), [
    # A common noun with a possessive and a case ending is no name no dictionary knows.
    ("Kapasitemizi gelecek yıl iki katına çıkaracağız.", "Kapasitemizi"),
    # A multilateral lender finances firms' investments; it is no firm with an event.
    ("Dünya Bankası, Türkiye'ye 2 milyar dolarlık yatırım yapmayı planlıyor.", "Dünya Bankası"),
])
def test_words_and_institutions_are_no_firms(extractor: Extractor, text: str,
                                             name: str) -> None:
    assert name not in {company for _, company in firms(extractor, text, "tr")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A sale told from the buyer's side: the owner in the genitive sells.
    ("tr", "Delta Boru A.Ş., Aksu Kağıt'ın Manisa fabrikasını 40 milyon euroya alıyor.",
     {("asset_sale", "Aksu Kağıt")}),
    ("tr", "Delta Boru A.Ş., Aksu Kağıt'ın genel merkez binasını ve arsasını satın aldı.",
     {("asset_sale", "Aksu Kağıt"), ("land_acquisition", "Delta Boru A.Ş.")}),
    ("en", "Harlow Foods Inc. agreed to buy Marlow Industries Inc.'s Dayton plant.",
     {("asset_sale", "Marlow Industries Inc."), ("land_acquisition", "Harlow Foods Inc.")}),
    # Commissioning one's own plant is no purchase.
    ("tr", "Delta Boru A.Ş. yeni fabrikasını devreye aldı.",
     {("investment_announcement", "Delta Boru A.Ş.")}),
])
def test_the_owner_of_a_bought_asset_sells_it(extractor: Extractor, lang: str, text: str,
                                              expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_chapter_11_for_a_firm_is_its_filing(extractor: Extractor) -> None:
    # "Chapter 11 for X": the firm after "for" files, not the one named before.
    text = "Toshiba Throws In Nuclear Towel: Chapter 11 for Marlow Industries Inc."
    assert firms(extractor, text, "en") == {("insolvency", "Marlow Industries Inc.")}


def test_the_owner_of_record_in_an_enforcement_sale_is_the_debtor(extractor: Extractor) -> None:
    notice = ("T.C. Nizip İcra Dairesi fabrikayı açık artırmayla satıyor. Satışa konu taşınmaz "
              "Nizip tapusunda Delta Gıda ve Kimya Anonim Şirketi adına tam hisse ile kayıtlı "
              "olup, arsa alanı 64.250 m2 dir.")
    assert firms(extractor, notice, "tr") == {
        ("insolvency", "Delta Gıda ve Kimya Anonim Şirketi")}
    # Outside an enforcement notice the owner of record is just the owner.
    registry = "Arsa tapuda Delta Gıda ve Kimya Anonim Şirketi adına kayıtlı."
    assert firms(extractor, registry, "tr") == set()


@pytest.mark.parametrize(("text", "expected"), [
    # The winner after "to", however long the contract's description before it.
    ("The Army has awarded a maximum 4.4-billion-dollar contract over ten years to Harlow "
     "Logistics Inc., a small supplier.", {("contract_won", "Harlow Logistics Inc.")}),
    # "to build" is no winner; the object before the contract is.
    ("The Navy has awarded Harlow Logistics Inc. a $61 million contract to build a depot.",
     {("contract_won", "Harlow Logistics Inc.")}),
])
def test_the_winner_of_an_awarded_contract(extractor: Extractor, text: str,
                                           expected: set) -> None:
    assert firms(extractor, text, "en") == expected
