"""Well-known firms nobody registered (signals/data/known_firms.txt) and the prospect names
one document writes in two ways.

Outlets name big firms bare ("Google'a ceza", "Deere will invest"): no legal form, often a
word any dictionary knows, sometimes a name alone at the sentence's start. Every sentence
here is invented for this file.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from signals.lexicon import known_firms
from signals.mentions import known_firm_spans
from signals.tokens import tokenize
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("tr", "Rekabet Kurulu, Google'a 98 milyon lira idari para cezası verdi.",
     {("regulatory_fine", "Google")}),
    ("tr", "Kurul, bağımsız denetim pazarında Deloitte, PwC, EY ve KPMG hakkında soruşturma "
           "başlattı.",
     {("lawsuit", "Deloitte"), ("lawsuit", "PwC"), ("lawsuit", "EY"), ("lawsuit", "KPMG")}),
    ("en", "The state fined Walmart $3 million over overtime pay.",
     {("regulatory_fine", "Walmart")}),
    ("en", "Moody's cut its outlook on Amazon.com to negative on Monday.",
     {("rating_downgrade", "Amazon.com")}),
])
def test_a_well_known_firm_in_an_event_role_is_a_firm(extractor: Extractor, lang: str,
                                                      text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A known name run on into more capitalised words: the longer name is the firm.
    ("en", "Peloton Interactive said it will lay off 500 workers.",
     {("layoffs_closure", "Peloton Interactive")}),
    ("tr", "Bedelsiz sermaye artırımı için onay alan Sarkuysan Elektrolitik Bakır Sanayi ve "
           "Ticaret, sermayesini 600 milyon liraya çıkardı.",
     {("capital_increase", "Sarkuysan Elektrolitik Bakır Sanayi ve Ticaret")}),
])
def test_a_longer_name_that_starts_with_a_known_firm_is_one_firm(
        extractor: Extractor, lang: str, text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_people_and_everyday_words_are_no_known_firms() -> None:
    def spans(text: str, lang: str = "en") -> list[str]:
        tokens = tokenize(text)
        return [text[tokens[a].start:tokens[b - 1].end]
                for a, b in known_firm_spans(tokens, set(), set(), lang)]

    assert spans("Michael Dell and Harrison Ford attended.") == []
    assert spans("Dün Google'a ceza verildi.", "tr") == ["Google'a"]
    assert spans("Target revenue rose, and Target stores closed early.") == ["Target"]
    assert spans("Shell Türkiye ile anlaştı.", "tr") == ["Shell Türkiye"]  # listed itself
    prefixes: set[int] = set()
    assert known_firm_spans(tokenize("Ekip Google Cloud ile anlaştı."), set(), prefixes) == []
    assert prefixes == {1}  # left to the longer name, which counts as known
    assert spans("AT&T and H-E-B signed.") == ["AT&T", "H-E-B"]
    assert ("google",) in known_firms()["google"]


@pytest.mark.parametrize(("lang", "text", "title", "expected"), [
    # The headline's short name and the body's full one are one firm, one event.
    ("en", "Moody's Investors Service cut its outlook on Amazon.com from stable to negative.",
     "Moody's cuts Amazon outlook", {("rating_downgrade", "Amazon.com")}),
    # One name written with and without its space.
    ("tr", "Balıkesirli süt üreticisi Kay Süt konkordato talep etti. Yarım asırlık Kaysüt "
           "iflas bayrağını çekti.", None, {("insolvency", "Kay Süt")}),
    ("en", "Dorn Valley Foods filed for bankruptcy. DornValley Foods owes $40 million.", None,
     {("insolvency", "Dorn Valley Foods")}),
])
def test_one_prospect_written_two_ways_gets_one_event(extractor: Extractor, lang: str, text: str,
                                                     title: str | None, expected: set) -> None:
    doc = {"title": title} if title else {}
    got = firms(extractor, text, lang, **doc)
    assert {t for t, _ in got} == {t for t, _ in expected} and len(got) == len(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The firm the previous sentence opened with a pronoun is the fine's subject.
    ("tr", "Rekabet Kurulu, Google hakkında yürüttüğü soruşturmayı tamamladı. Firmanın, "
           "pazardaki hâkim durumunu kötüye kullandığı tespit edildi. Bu nedenle 98 milyon "
           "lira idari para cezası uygulanmasına karar verildi.",
     {("regulatory_fine", "Google")}),
    ("tr", "Kurul, Mavikent Gıda hakkındaki incelemesini bitirdi. Şirketin, fiyatları "
           "rakipleriyle birlikte belirlediği tespit edildi. Bu nedenle 12 milyon lira idari "
           "para cezası uygulanmasına karar verildi.",
     {("regulatory_fine", "K2")}),
])
def test_a_pronoun_opening_the_previous_sentence_is_the_implicit_subject(
        extractor: Extractor, lang: str, text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A sentence opening with a word no dictionary knows, run on into lower case: a name.
    ("en", "Dorvexa is investing $40 million in a new radar plant in Ohio.",
     {("investment_announcement", "Dorvexa")}),
    ("en", "KVX is investing $50 million in a new plant in Idaho.",
     {("investment_announcement", "KVX")}),
    ("tr", "Kaysüt iflas bayrağını çekti.", {("insolvency", "Kaysüt")}),
    # Inflected or everyday words opening a sentence stay words.
    ("tr", "Tekstilde işten çıkarmalar sürüyor.", set()),
    ("en", "Exiting the market, several lenders filed claims.", set()),
])
def test_an_unknown_word_opening_a_sentence_is_a_weak_name(extractor: Extractor, lang: str,
                                                           text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The first object inside "awarded X a contract" is the winner, whoever acts before it;
    # "a potential $61.7 million contract" is a real award with a ceiling, not a possibility.
    ("en", "The U.S. Navy has awarded Harlow Brenton a potential $61.7 million contract to "
           "build a communications centre.", {("contract_won", "Harlow Brenton")}),
    ("en", "Harlow Brenton is a potential bidder for the Navy contract.", set()),
    # Turkish says it with "üzerine": the work was tendered onto the firm.
    ("tr", "Altyapı yapım işi 710 milyon TL bedelle Dorukkaya Mühendislik İnşaat Sanayi ve "
           "Ticaret Limited Şirketi üzerine ihale edildi.",
     {("contract_won", "Dorukkaya Mühendislik İnşaat Sanayi ve Ticaret Limited Şirketi")}),
])
def test_the_winner_inside_an_award(extractor: Extractor, lang: str, text: str,
                                    expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_a_name_written_with_and_without_its_space_is_the_documents_main_firm(
        extractor: Extractor) -> None:
    # Named twice (two spellings), the prospect outweighs a client named once after it.
    text = ("Elli yıllık süt üreticisi Kay Süt konkordato talep etti. 1970'te kurulan Kaysüt "
            "iflas bayrağını çekti. Bir döneme damga vuran firma konkordato başvurusu yaptı. "
            "Marka daha sonra Mavikent Gıda'ya geçmişti.")
    got = firms(extractor, text, "tr")
    assert ("insolvency", "K2") not in got and {t for t, _ in got} == {"insolvency"}
