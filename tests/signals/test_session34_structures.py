"""Structures found in session 34: a firm written with its possessive right before what it
owns ("X's new plant") is the owner, not the name of a site. Every sentence here is
invented.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Commission approved state aid for Corvana Steel's new plant in Gdansk.",
     {("investment_incentive", "Corvana Steel")}),
    ("tr", "Bakanlık, Korvana Çelik'in Gebze'deki yeni fabrikası için yatırım teşvik belgesi "
           "verdi.",
     {("investment_incentive", "Korvana Çelik")}),
])
def test_the_owner_of_a_plant_written_with_its_possessive(extractor: Extractor, lang: str,
                                                          text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The town before the site noun is no firm: the possessive owner is.
    ("en", "Ford's Dover assembly plant will close next year.",
     {("layoffs_closure", "Ford")}),
])
def test_a_site_named_after_its_town_stays_a_site(extractor: Extractor, lang: str, text: str,
                                                  expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An appositive that says what the firm owns keeps it a firm, and "announced a filing"
    # puts the event in the object.
    ("en", "Corvale Steak Houses, owner of the Ridgeway and Tallow restaurant chains, "
           "announced a Chapter 11 bankruptcy filing on Wednesday.",
     {("insolvency", "Corvale Steak Houses")}),
    ("en", "Brody Kessler, the former owner, announced a Chapter 11 bankruptcy filing.", set()),
    # A store's name that ends in "'s", before a verb: the ending is part of the name.
    ("en", "Regional department store Halvery's filed for bankruptcy.",
     {("insolvency", "Halvery")}),
    ("tr", "Bölgesel mağaza zinciri Halveri'nin iflasına karar verildi.",
     {("insolvency", "Halveri")}),
])
def test_appositives_and_names_with_an_s(extractor: Extractor, lang: str, text: str,
                                         expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # Page furniture: a counter after a word is no firm for "the chain" to mean.
    ("en", "Archives\n| | Comments (0) | TrackBacks (0)\n\nThe chain had already closed 26 "
           "stores and put their locations up for sale."),
    # A clock time's unit in a tender notice.
    ("en", "Tender notice: the dairy invites sealed bids until 14:00 HRS on 15.09.2020."),
])
def test_page_furniture_and_clock_units_are_no_firms(extractor: Extractor, lang: str,
                                                     text: str) -> None:
    assert firms(extractor, text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), [
    # A call for an exit is no exit.
    ("en", "MPs said the chief executive of Harcourt Capital should resign."),
    ("en", "Investors urged Harcourt Capital's chief executive to step down."),
    ("tr", "Milletvekilleri, Harkurt Yatırım'ın genel müdürünün istifa etmesi gerektiğini "
           "söyledi."),
    ("tr", "Sendika, Harkurt Yatırım genel müdürünü istifaya çağırdı."),
])
def test_a_call_to_resign_is_no_exit(extractor: Extractor, lang: str, text: str) -> None:
    assert firms(extractor, text, lang) == set()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Harcourt Capital's chief executive resigned on Monday.",
     {("management_exit", "Harcourt Capital")}),
    ("tr", "Harkurt Yatırım genel müdürü Ali Kaya istifa etti.",
     {("management_exit", "Harkurt Yatırım")}),
])
def test_an_exit_stays_an_exit(extractor: Extractor, lang: str, text: str,
                               expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A fine told as the amount imposed on the firm, and a list of penalties "for" firms.
    ("en", "The largest penalty this year was the £80m imposed on Harcourt Bank in March.",
     {("regulatory_fine", "Harcourt Bank")}),
    ("en", "Other penalties included £12m for Dunmore Insurance and £9m for Felsted Telecom.",
     {("regulatory_fine", "Dunmore Insurance"), ("regulatory_fine", "Felsted Telecom")}),
    ("tr", "En yüksek ceza 80 milyon lira ile Harkurt Bankası'na verildi.",
     {("regulatory_fine", "Harkurt Bankası")}),
])
def test_fines_told_by_their_amount(extractor: Extractor, lang: str, text: str,
                                    expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A legal name, then its short name between commas: the legal name acts.
    ("en", "Halvern District Milk Producers' Union Limited, Halvern Dairy, invites sealed "
           "bids for the expansion of its plant.",
     {("tender_opened", "Halvern District Milk Producers' Union Limited")}),
    # ... but a list of firms stays a list.
    ("en", "Harlow Systems Ltd, Dunmore Bank, Felsted plc and Kirkby AG were fined by the "
           "regulator.",
     {("regulatory_fine", "Harlow Systems Ltd"), ("regulatory_fine", "Dunmore Bank"),
      ("regulatory_fine", "Felsted plc"), ("regulatory_fine", "Kirkby AG")}),
])
def test_a_short_name_between_commas(extractor: Extractor, lang: str, text: str,
                                     expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A brand written in lower case before its legal form; its board acts for it; the bank
    # that accompanies the deal is no party.
    ("en", "The Executive Board of corvantix AG decided today to increase the capital stock "
           "of the company. The capital increase is accompanied by halvernet Bank AG.",
     {("capital_increase", "corvantix AG")}),
    # A Turkish subsidiary written in lower case after "iştiraklerinden olan".
    ("tr", "Belediye iştiraklerinden olan metrokent ihaleyi kazandı.",
     {("contract_won", "metrokent")}),
])
def test_lower_case_brands_and_organs(extractor: Extractor, lang: str, text: str,
                                      expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Land sold to a firm by a board or a county: the firm buys.
    ("en", "The county agreed to sell 12 acres of land to Corvex, a chemicals maker.",
     {("land_acquisition", "Corvex")}),
    ("en", "The park board approved the sale of a shell building and 10 acres of land in "
           "the park to Corvex, a chemicals company.",
     {("land_acquisition", "Corvex")}),
    # A public grant for a firm's plant is an incentive; a patent's grant is not.
    ("en", "The state is providing a $28 million grant to Corvex Tyres for its first plant.",
     {("investment_incentive", "Corvex Tyres")}),
    ("en", "Corvex said this grant related to a key process of its coating.", set()),
    ("tr", "Bakanlık, Korvex Lastik'e yeni fabrikası için 28 milyon liralık hibe verdi.",
     {("investment_incentive", "Korvex Lastik")}),
])
def test_land_sold_to_a_firm_and_grants(extractor: Extractor, lang: str, text: str,
                                        expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Customers' petitions and objections to bills are complaints.
    ("tr", "Bölgenin elektrik dağıtımını yapan Lodos Elektrik Perakende Satış A.Ş. için "
           "aboneler internette imza kampanyası başlattı.",
     {("customer_complaint", "Lodos Elektrik Perakende Satış A.Ş.")}),
    ("en", "Customers of Lodos Energy Ltd started a petition against its estimated bills.",
     {("customer_complaint", "Lodos Energy Ltd")}),
    ("tr", "Belediye, ağaçlandırma için imza kampanyası başlattı.", set()),
])
def test_petitions_against_a_firm(extractor: Extractor, lang: str, text: str,
                                  expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_a_lost_line_break_splits_words(extractor: Extractor) -> None:
    # "verildiKorvan": the line break between a sentence and the next name was lost.
    text = ("Şirkete üç ay süre verildiKorvan Peyzaj Metal İnşaat Sanayi ve Ticaret Limited "
            "Şirketi'nin açtığı konkordato davasında mahkeme geçici mühlet verdi.")
    assert firms(extractor, text, "tr") == {
        ("insolvency", "Korvan Peyzaj Metal İnşaat Sanayi ve Ticaret Limited Şirketi")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A credible one-word name counts as one firm word inside a cue's gap.
    ("en", "The Pentagon has awarded a 4.4-billion-dollar contract over ten years to Korvane, "
           "a small American logistics company.", {("contract_won", "Korvane")}),
    # A public buyer signs with the supplier.
    ("en", "The ministry signed a $40 million contract with Korvane Construction for the new "
           "terminal.", {("contract_won", "Korvane Construction")}),
    ("tr", "Bakanlık, terminal inşaatı için Korvan İnşaat ile 40 milyon liralık sözleşme "
           "imzaladı.", {("contract_won", "Korvan İnşaat")}),
    # Two firms: the subject signs ("A, B ile ... sözleşme imzaladı").
    ("tr", "Korvan Gıda, Halvern Market ile tedarik sözleşmesi imzaladı.",
     {("contract_won", "Korvan Gıda")}),
    # Building under a deal; a contract provided to the firm.
    ("en", "Korvane Construction will build the terminal under a $40 million deal with the "
           "airport.", {("contract_won", "Korvane Construction")}),
    ("en", "Korvane Logistics was provided an indefinite quantity contract for support of "
           "the fleet.", {("contract_won", "Korvane Logistics")}),
])
def test_contracts_as_outlets_write_them(extractor: Extractor, lang: str, text: str,
                                         expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A list of names, then what they all are: every one is a fined firm.
    ("tr", "Beyaz et soruşturmasında 13 firmaya idari para cezası verildi. Korvit, Erpak, "
           "Keskin Tavuk, Hasbey; ceza uygulanan firmalardan bazıları.",
     {("regulatory_fine", "Korvit"), ("regulatory_fine", "Erpak"),
      ("regulatory_fine", "Keskin Tavuk"), ("regulatory_fine", "Hasbey")}),
    ("en", "The regulator fined 13 poultry firms. Korvit, Erpak, Keskin Poultry and Hasbey "
           "are among the fined companies.",
     {("regulatory_fine", "Korvit"), ("regulatory_fine", "Erpak"),
      ("regulatory_fine", "Keskin Poultry"), ("regulatory_fine", "Hasbey")}),
])
def test_a_list_then_what_its_members_are(extractor: Extractor, lang: str, text: str,
                                          expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A holding's name is complete before "ve"; a list's last member takes the legal form
    # alone; a short name in brackets stands between the genitive and what it owns.
    ("tr", "Korvan Gıda, Halvern Kimya, Koç Holding ve Marmara Cam Sanayi A.Ş.'nin (Marcam) "
           "notları Baa3'ten Ba1'e indi.",
     {("rating_downgrade", "Korvan Gıda"), ("rating_downgrade", "Halvern Kimya"),
      ("rating_downgrade", "Koç Holding"), ("rating_downgrade", "Marmara Cam Sanayi A.Ş.")}),
    ("tr", "Korvan Gıda, Halvern Kimya ve Marmara Cam Sanayi A.Ş. hakkında iflas kararı "
           "verildi.",
     {("insolvency", "Korvan Gıda"), ("insolvency", "Halvern Kimya"),
      ("insolvency", "Marmara Cam Sanayi A.Ş.")}),
    ("en", "Korvan Foods, Halvern Chemicals and Marmara Glass Industries Inc. were "
           "downgraded by Moody's.",
     {("rating_downgrade", "Korvan Foods"), ("rating_downgrade", "Halvern Chemicals"),
      ("rating_downgrade", "Marmara Glass Industries Inc.")}),
])
def test_lists_ending_in_a_legal_form(extractor: Extractor, lang: str, text: str,
                                      expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "ile" closing a list that commas opened joins its last member.
    ("tr", "Korvan İplik AŞ, Halvern Elyaf AŞ ile Marmara Tekstil AŞ için konkordato talep "
           "edildi.",
     {("insolvency", "Korvan İplik AŞ"), ("insolvency", "Halvern Elyaf AŞ"),
      ("insolvency", "Marmara Tekstil AŞ")}),
    # Two names with "ile ... arasında" stay a contract's parties, not a list.
    ("tr", "Korvan İplik AŞ ile Marmara Tekstil AŞ arasında sözleşme imzalandı.",
     {("contract_won", "Marmara Tekstil AŞ")}),
])
def test_ile_closing_a_list(extractor: Extractor, lang: str, text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A KAP tangible-asset purchase is land only when the asset is land.
    ("tr", "Taşkent Gayrimenkul Yatırım Ortaklığı A.Ş. – Maddi Duran Varlık Alımı: Kocaeli "
           "Dilovası'ndaki 14.250 m² arsanın alımı tamamlandı.",
     {("land_acquisition", "Taşkent Gayrimenkul Yatırım Ortaklığı A.Ş.")}),
    ("tr", "Korvan Makine A.Ş. – Maddi Duran Varlık Alımı: iki adet CNC tezgahı satın alındı.",
     set()),
    # "X'e yönelik soruşturma": the dative of "yönelik" is the investigated firm.
    ("tr", "Savcılık, Varol Holding'e yönelik soruşturma başlattı.",
     {("lawsuit", "Varol Holding")}),
    # A pause of activities at the firm's own plant.
    ("tr", "Korvan Otomotiv A.Ş. Bursa tesisinde 10-21 Şubat tarihleri arasında faaliyetlere "
           "ara verileceğini açıkladı.",
     {("layoffs_closure", "Korvan Otomotiv A.Ş.")}),
])
def test_kap_forms_investigations_and_pauses(extractor: Extractor, lang: str, text: str,
                                             expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A missed coupon is insolvency; a broker's stock call is no credit rating action.
    ("en", "Jinhai Land did not pay a $41m coupon due Monday.", {("insolvency", "Jinhai Land")}),
    ("en", "Pellham Securities downgraded Oxbury Retail to neutral from buy.", set()),
    ("en", "Fitch downgraded Oxbury Retail to BB from BBB.",
     {("rating_downgrade", "Oxbury Retail")}),
    ("en", "Larkspur Software's board removed chief executive Dana Wirth.",
     {("management_exit", "Larkspur Software")}),
    ("tr", "Avrasya Kredi Derecelendirme A.Ş., Tosunoğlu Un Sanayi'nin notunu 'A-'dan "
           "'BBB+'ya çekti.", {("rating_downgrade", "Tosunoğlu Un Sanayi")}),
    ("tr", "SPK, Kavacık GYO ve Doğancı Enerji paylarında işlem yapan 11 yatırımcıya idari para "
           "cezası verdi.", set()),
])
def test_coupons_stock_calls_raters_and_traded_shares(extractor: Extractor, lang: str, text: str,
                                                      expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Counter-examples from the review of this session's cues: none of these is the event
    # a new cue was written for.
    ("en", "Korvane Foods sells cheese in its stores.", set()),
    ("en", "The county agreed to sell a lot of surplus equipment to Korvane Foods Inc.", set()),
    ("en", "Korvane Foods was given a court order to stop.", set()),
    ("en", "Korvane Foods completed a private placement of $300 million of senior notes.",
     set()),
    ("en", "The government will grant licences to Korvane Telecom.", set()),
    ("en", "Waste Management of Texas Inc. filed for bankruptcy.",
     {("insolvency", "Waste Management of Texas Inc.")}),
    ("en", "Korvane Foods said in a press release its CEO will resign.",
     {("management_exit", "Korvane Foods")}),
    ("tr", "TURKCELL İletişim Hizmetleri A.Ş. konkordato ilan etti.",
     {("insolvency", "TURKCELL İletişim Hizmetleri A.Ş.")}),
    ("tr", "Mavikent Gıda, okullara 2 milyon liralık hibe verdi.", set()),
    ("tr", "Halvern Bankası'nın geri ödenmeyen kredileri arttı.", set()),
    ("tr", "Mavikent Gıda Yönetim Kurulu, Halvern Lojistik ile nakliye sözleşmesi imzaladı.",
     {("contract_won", "K2")}),  # Mavikent Gıda is a client of the test register
    ("tr", "Geçen hafta merkezi Halvern Taşımacılık konkordato ilan etti.",
     {("insolvency", "Halvern Taşımacılık")}),
])
def test_review_counter_examples_session_34(extractor: Extractor, lang: str, text: str,
                                            expected: set) -> None:
    assert firms(extractor, text, lang) == expected
