"""Structures found on the studied half of the eighth fresh real-text set (session 33): an
officer's firm named first in a sentence, people whose surname is a sector word, a town
written before its state as an adjective, a notice that invites bidders under a numbered
heading, contracts a firm signs as the client (a lease, an engagement), the winner of a
sale by auction, a building's own name, the firm whose site is bought, nearness that is no
closure, and a short form of a prospect's legal name. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An unknown one-word name opening the sentence, then its officer: the officer's firm.
    ("tr", "Kuşkanat'ın CEO'su Ahmet Demir istifa etti.",
     {("management_exit", "Kuşkanat")}),
    ("tr", "Sosyal paylaşım sitesi Kuşkanat'ın Üst Yöneticisi (CEO) Ahmet Demir'in istifa etti.",
     {("management_exit", "Kuşkanat")}),
    ("en", "Kuskanat CEO Ahmet Demir resigned on Friday.",
     {("management_exit", "Kuskanat")}),
])
def test_the_officers_firm_opens_the_sentence(extractor: Extractor, lang: str, text: str,
                                              expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # "Demir" (iron), "Çelik" (steel), "Power": surnames, not a founder's firm.
    ("tr", "Dün Ahmet Demir istifa etti."),
    ("tr", "Toplantıda Mehmet Çelik görevden alındı."),
    ("en", "Yesterday Samantha Power resigned from the board."),
])
def test_a_surname_that_is_a_sector_word_names_a_person(extractor: Extractor, lang: str,
                                                        text: str) -> None:
    assert firms(extractor, text, lang) == set()


def test_a_founders_firm_still_needs_more_than_a_surname(extractor: Extractor) -> None:
    # A given name before a sector word that is no surname stays a founder's firm.
    assert firms(extractor, "Dün Meltem Ambalaj konkordato ilan etti.", "tr") == {
        ("insolvency", "Meltem Ambalaj")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Norland Outlets Inc. filed for bankruptcy protection. The Columbus, Ohio-based "
           "company says it filed for Chapter 11 in Delaware.",
     {("insolvency", "Norland Outlets Inc.")}),
    ("en", "The Akron, Ohio-based Dunmore Tooling plans to expand its plant and double capacity.",
     {("capacity_expansion", "Dunmore Tooling")}),
])
def test_a_town_before_its_state_as_an_adjective_is_no_firm(extractor: Extractor, lang: str,
                                                             text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize("text", [
    "NOTICE INVITING TENDER. Kaveri Power Corporation Private Limited (KPCPL) (hereinafter "
    "referred to as the \"Owner\") invites eligible national and international bidders to bid "
    "for the boiler package.",
    # A numbered heading in capitals before the name, as a scanned notice runs them on.
    "NOTICE INVITING TENDER (International Competitive Bidding) 1.0 INTRODUCTION Kaveri Power "
    "Corporation Private Limited (KPCPL) invites eligible National and International Bidders "
    "with requisite technical capability to bid for the boiler package.",
])
def test_a_notice_inviting_bidders_opens_a_tender(extractor: Extractor, text: str) -> None:
    assert firms(extractor, text, "en") == {
        ("tender_opened", "Kaveri Power Corporation Private Limited")}


@pytest.mark.parametrize(("lang", "text"), [
    # The firm is the client of these contracts: it wins nothing.
    ("tr", "Bağlı ortaklığımız Yeşil Enerji A.Ş., santral projesi için 20 hektar arazinin "
           "kiralama sözleşmesini imzalamıştır."),
    ("tr", "Kartal Yapı A.Ş., danışman banka ile münhasır görevlendirme sözleşmesi imzaladı."),
    ("en", "Dunmore Tooling Inc. signed an engagement agreement with an investment bank."),
    ("en", "Dunmore Tooling Inc. signed a ten-year lease agreement for a warehouse in Akron."),
])
def test_contracts_signed_as_the_client_are_no_contract_won(extractor: Extractor, lang: str,
                                                            text: str) -> None:
    assert ("contract_won" not in {t for t, _ in firms(extractor, text, lang)})


def test_the_winner_of_a_sale_by_auction_buys_the_property(extractor: Extractor) -> None:
    text = ("Boğaz'daki Yalı Oteli, dijital açık artırma usulüyle satışa çıkarıldı. İhaleyi, "
            "3 milyar lira teklif eden Kerem Yıldız'ın şirketi Deniz Varlık Yönetim kazandı. "
            "Ancak otelin eski sahibi Ünal Aysal, satışta usulsüzlük olduğunu belirterek dava "
            "açacağını açıkladı.")
    assert firms(extractor, text, "tr") == {("land_acquisition", "Deniz Varlık Yönetim")}
    # A tender for works stays a contract won.
    assert firms(extractor, "Karayolları'nın açtığı köprü ihalesini Yılmaz İnşaat A.Ş. kazandı.",
                 "tr") == {("contract_won", "Yılmaz İnşaat A.Ş.")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The building's own name after "binası"; the owner decided to sell.
    ("tr", "Açıldığından beri ilgi görmeyen İstanbul'un en yüksek binası Safir, satışa "
           "çıkarıldı. Kartal Gayrimenkul Yatırım Ortaklığı (GYO) binada mülkiyetinde bulunan "
           "tüm kısımları toplu satma kararı aldı.",
     {("asset_sale", "Kartal Gayrimenkul Yatırım Ortaklığı")}),
    ("en", "The hotel Aurora was put up for sale by Kestrel Hospitality Ltd.",
     {("asset_sale", "Kestrel Hospitality Ltd.")}),
])
def test_a_buildings_own_name_is_no_firm(extractor: Extractor, lang: str, text: str,
                                         expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_the_firm_whose_site_is_bought_is_not_the_buyer(extractor: Extractor) -> None:
    text = ("Northfield Stone and Lime Co. bought the 13.7-acre property from a trust. Halvern "
            "Holdings Corp., which owns the plant, will lease space until spring. Northfield "
            "bought the Halvern site because it is so close to its quarry.")
    assert firms(extractor, text, "en") == {
        ("land_acquisition", "Northfield Stone and Lime Co.")}


@pytest.mark.parametrize(("text", "expected"), [
    # Nearness is no closure; a plant that will close is.
    ("Dunmore Medical Inc. said the site is so close to the port that it will expand it.",
     set()),
    ("Dunmore Medical Inc. said its Clarence plant is set to close by March.",
     {("layoffs_closure", "Dunmore Medical Inc.")}),
])
def test_a_site_close_to_something_is_not_closing(extractor: Extractor, text: str,
                                                  expected: set) -> None:
    assert {e for e in firms(extractor, text, "en") if e[0] == "layoffs_closure"} == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "New Field Stone and Lime Co. bought the property. New Field Stone said it also "
           "bought another plot of land next door.",
     {("land_acquisition", "New Field Stone and Lime Co.")}),
    ("tr", "Yeni Ufuk Taş ve Kireç Sanayi A.Ş. arsayı satın aldı. Yeni Ufuk Taş ayrıca "
           "yanındaki araziyi de satın aldığını açıkladı.",
     {("land_acquisition", "Yeni Ufuk Taş ve Kireç Sanayi A.Ş.")}),
])
def test_the_first_words_of_a_legal_name_are_that_firm(extractor: Extractor, lang: str,
                                                       text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected
