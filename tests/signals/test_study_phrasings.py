"""Phrasings from two studies of real pages outside the real-text set (session 30): how
outlets write workforce cuts, administrations and share-price moves, and legal complaints
that no customer wrote. Every sentence here is invented for this file.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from signals.mentions import find_legal_names
from signals.shapes import find_name_spans
from signals.tokens import tokenize
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("text", "expected"), [
    ("Orvane Foods Inc. will reduce its workforce by 10 percent.",
     {("layoffs_closure", "Orvane Foods Inc.")}),
    ("Orvane Foods Inc. announced a reduction of 3,500 workers.",
     {("layoffs_closure", "Orvane Foods Inc.")}),
    ("Orvane Foods Inc. will be cutting 11% of its workforce.",
     {("layoffs_closure", "Orvane Foods Inc.")}),
    ("Orvane Foods Inc. will shut down its Ohio plant.",
     {("layoffs_closure", "Orvane Foods Inc.")}),
    # A share price closing down is no closure.
    ("Orvane Foods Inc. shares closed down 1.2% on Monday.", set()),
    ("The stock of Orvane Foods Inc. closed down 61 cents.", set()),
])
def test_workforce_cuts_and_share_prices(extractor: Extractor, text: str,
                                         expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Orvane Stores Ltd called in administrators on Monday.", "Orvane Stores Ltd"),
    ("Orvane Stores Ltd was placed in administration.", "Orvane Stores Ltd"),
    # A bare name with a verb group ("had fallen into") or an appositive before the verb.
    ("Tarvel Cards had fallen into administration.", "Tarvel Cards"),
    ("Quillaby, the 160-year-old clothing company, fell into administration.", "Quillaby"),
])
def test_administrations_called_in_or_fallen_into(extractor: Extractor, text: str,
                                                 name: str) -> None:
    assert firms(extractor, text, "en") == {("insolvency", name)}


def test_more_than_doubled_capacity(extractor: Extractor) -> None:
    assert firms(extractor, "Quillaby more than doubled its capacity in Ireland.", "en") == {
        ("capacity_expansion", "Quillaby")}


def test_a_class_action_complaint_is_no_customers(extractor: Extractor) -> None:
    text = "A shareholder class action complaint against Orvane Foods Inc. was dismissed."
    assert ("customer_complaint", "Orvane Foods Inc.") not in firms(extractor, text, "en")


@pytest.mark.parametrize(("text", "name"), [
    ("Deniz Oto, üretime geçici olarak ara verecek.", "Deniz Oto"),
    ("Deniz Oto, 3-10 Mart arasında üretime ara verecek.", "Deniz Oto"),
    # The plant's town is no part of the name; a span of months neither.
    ("Deniz Oto Bursa fabrikasında otomobil üretimine ara verdi.", "Deniz Oto"),
    ("Kartal Oto Ocak-Nisan döneminde 26 gün üretime ara verecek.", "Kartal Oto"),
])
def test_production_paused_in_other_words(extractor: Extractor, text: str, name: str) -> None:
    assert firms(extractor, text, "tr") == {("layoffs_closure", name)}


@pytest.mark.parametrize(("text", "expected"), [
    # A trustee appointed in a criminal probe runs a firm that is not insolvent.
    ("Ada Holding ve Deniz Holding'e yönelik soruşturmalar kapsamında şirketlere kayyum "
     "atandı.", {("lawsuit", "Ada Holding"), ("lawsuit", "Deniz Holding")}),
    ("Konkordato ilan eden Ada Tekstil'e kayyum atandı.", {("insolvency", "Ada Tekstil")}),
])
def test_a_trustee_in_a_criminal_probe_is_no_insolvency(extractor: Extractor, text: str,
                                                        expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Orvane Foods Inc. will spend $40 million to create a distribution center at its Ohio "
     "site.", {("investment_announcement", "Orvane Foods Inc.")}),
    ("Orvane Foods Inc. is putting $40 million into a new manufacturing site.",
     {("investment_announcement", "Orvane Foods Inc.")}),
    ("Orvane Foods Inc. has started construction on a $40 million facility in Dayton.",
     {("investment_announcement", "Orvane Foods Inc.")}),
    ("Orvane Foods Inc. has raised $40 million through its share purchase plan.",
     {("capital_increase", "Orvane Foods Inc.")}),
    # A ruling in a patent dispute grants no patent; a firm bought is no land bought.
    ("Orvane Foods Inc. received a favorable ruling in a patent dispute.", set()),
    ("Orvane Foods Inc. was acquired by private equity firm Kessler Partners LLC.", set()),
    ("The Dayton warehouse was acquired by Kessler Logistics Inc.",
     {("land_acquisition", "Kessler Logistics Inc.")}),
])
def test_investments_raises_and_what_is_no_event(extractor: Extractor, text: str,
                                                 expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kaya Holding 4 milyar dolarlık rafineri kuracak.",
     {("investment_announcement", "Kaya Holding")}),
    ("Kaya Seramik fabrikasının temel atma töreni yapıldı.",
     {("investment_announcement", "Kaya Seramik")}),
    ("Ay Beyaz Eşya'nın 450 milyon liralık fabrikasının açılışı yapıldı.",
     {("investment_announcement", "Ay Beyaz Eşya")}),
    ("Ece Kimya tesis için ihale sürecine başladı.", {("tender_opened", "Ece Kimya")}),
    # The members of a consortium win its tender; a sector word before "ve" ends a firm.
    ("Kaya İnşaat ve Berg AG'nin oluşturduğu konsorsiyum ihaleyi kazandı.",
     {("contract_won", "Kaya İnşaat"), ("contract_won", "Berg AG")}),
])
def test_turkish_plants_tenders_and_consortia(extractor: Extractor, text: str,
                                              expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Homeform has filed a notice of intention to appoint administrators.",
     {("insolvency", "Homeform")}),
    ("Habitat collapsed and Homeform filed for administration.", {("insolvency", "Homeform")}),
    ("Honda Motor Co. says suspension of production at its plants will last through Sunday.",
     {("layoffs_closure", "Honda Motor Co.")}),
    ("One of the companies approved to receive incentives is Orvane Foods Inc.",
     {("investment_incentive", "Orvane Foods Inc.")}),
])
def test_notices_suspensions_and_incentive_lists(extractor: Extractor, text: str,
                                                 expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("lang", "second", "expected"), [
    ("en", "Attorneys general of 10 states sued the company on Tuesday.", "Orvane Foods Inc."),
    ("en", "The lawsuit, filed in U.S. District Court in Miami, alleges that the retailer misled "
     "investors.", "Orvane Foods Inc."),
    ("tr", "Firma hakkında suç duyurusunda bulunuldu.", "Orvan Gıda A.Ş."),
])
def test_suits_told_of_the_firm_named_before(extractor: Extractor, lang: str, second: str,
                                             expected: str) -> None:
    first = ("Orvane Foods Inc. reported weak sales." if lang == "en"
             else "Orvan Gıda A.Ş. satışlarını açıkladı.")
    assert firms(extractor, f"{first} {second}", lang) == {("lawsuit", expected)}


def test_a_suit_in_a_turkish_headline(extractor: Extractor) -> None:
    assert firms(extractor, "Orvan Gıda'ya dava şoku", "tr") == {("lawsuit", "Orvan Gıda")}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Orvane Foods Inc. CEO John Marsh to retire", "Orvane Foods Inc."),
    ("en", "Orvane Foods Inc. replaced CEO John Marsh with Jane Roe.", "Orvane Foods Inc."),
    ("en", "John Marsh will retire as chief executive of Orvane Foods Inc. in March.",
     "Orvane Foods Inc."),
    ("tr", "Orvan Gıda'nın CEO'su Ahmet Yılmaz'ın görev süresi sona erdi.", "Orvan Gıda"),
    ("tr", "Orvan Gıda'da Ahmet Yılmaz dönemi sona erdi.", "Orvan Gıda"),
])
def test_executives_retired_replaced_or_whose_term_ended(extractor: Extractor, lang: str,
                                                        text: str, name: str) -> None:
    assert firms(extractor, text, lang) == {("management_exit", name)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Orvane Foods Inc. paid $4 million for a 12-acre parcel next to its plant.",
     {("land_acquisition", "Orvane Foods Inc.")}),
    ("en", "The city council approved the sale of 40 acres to Orvane Foods Inc.",
     {("land_acquisition", "Orvane Foods Inc.")}),
    ("en", "A 200,000-square-foot warehouse in Dayton has been sold to Orvane Foods Inc.",
     {("land_acquisition", "Orvane Foods Inc.")}),
    ("en", "Orvane Foods Inc. finalized a land deal with the county.",
     {("land_acquisition", "Orvane Foods Inc.")}),
    # A firm's name labelling a building is no party.
    ("en", "Orvane Foods Inc. bought the former Sears building downtown for $12 million.",
     {("land_acquisition", "Orvane Foods Inc.")}),
    ("tr", "Orvan Gıda, fabrikası için Çorlu'da arazi satın alma sözleşmesi imzaladı.",
     {("land_acquisition", "Orvan Gıda")}),
])
def test_land_bought_in_other_words(extractor: Extractor, lang: str, text: str,
                                    expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarvel Deere plans a $70 million excavator factory in North Carolina.",
     {("investment_announcement", "Tarvel Deere")}),
    ("Orvane Automation Inc. is developing a large campus in Wisconsin.",
     {("investment_announcement", "Orvane Automation Inc.")}),
    ("Orvane Foods Inc. has no plans for a new factory.", set()),
    ("Orvane Foods Inc. will shutter 40 restaurants in Ohio.",
     {("layoffs_closure", "Orvane Foods Inc.")}),
])
def test_planned_and_developed_plants_and_shuttered_sites(extractor: Extractor, text: str,
                                                         expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The first of a list after a colon; "T.C." opens a bank's name.
    ("Notu düşürülen bankalar: Alfabank, T.C. Beta Bankası, Gama Bank ve Delta Bank.",
     {("rating_downgrade", n) for n in ("Alfabank", "T.C. Beta Bankası", "Gama Bank",
                                        "Delta Bank")}),
    # "Anılan teşebbüsler" names the list, joined by "ile", of the sentence before.
    ("Kurul, Alfa Kimya San. ve Tic. AŞ, Beta Kimya San. ve Tic. AŞ ile Gama Boya Limited "
     "Şirketi firmalarının rekabeti ihlal ettiğini tespit etti. Anılan teşebbüslere toplam 5 "
     "milyon TL idari para cezası uygulanmasına karar verildi.",
     {("regulatory_fine", n) for n in ("Alfa Kimya San. ve Tic. AŞ", "Beta Kimya San. ve Tic. AŞ",
                                       "Gama Boya Limited Şirketi")}),
    # Who reports is no party; a prosecutor's glued case ends before the firm.
    ("Beta Haber'in aktardığına göre Fitch, Türkiye'nin notunu düşürdü.", set()),
    ("Ankara Cumhuriyet Başsavcılığınca Alfa Rafineri AŞ hakkında soruşturma başlatıldı.",
     {("lawsuit", "Alfa Rafineri AŞ")}),
    ("Alfa Giyim, fabrikalarını ve mağazalarını geçici bir süre kapatma kararı aldı.",
     {("layoffs_closure", "Alfa Giyim")}),
])
def test_turkish_lists_sources_and_prosecutors(extractor: Extractor, text: str,
                                               expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Settling with an agency costs money: a fine.
    ("Orvane Capital LLC has agreed to pay the EPA $1 million for selling uncertified engines.",
     {("regulatory_fine", "Orvane Capital LLC")}),
    ("The attorney general reached a $5 million settlement with Orvane Capital LLC.",
     {("regulatory_fine", "Orvane Capital LLC")}),
    ("Orvane Capital LLC and Kenet Securities LLC were ordered to return $5 million to "
     "consumers.", {("regulatory_fine", "Orvane Capital LLC"),
                    ("regulatory_fine", "Kenet Securities LLC")}),
    ("OSHA cited Orvane Roofing LLC for hazards resulting in $57,000 in penalties.",
     {("regulatory_fine", "Orvane Roofing LLC")}),
    ("The biggest fine was £137m on Orvane Bank.", {("regulatory_fine", "Orvane Bank")}),
    # A prosecutor's complaint is no customer's; waste disposed of is no asset sold.
    ("The federal complaint accused Orvane Capital LLC of fraud.",
     {("lawsuit", "Orvane Capital LLC")}),
    ("Orvane Chemicals Inc. was fined for improper disposal of hazardous waste.",
     {("regulatory_fine", "Orvane Chemicals Inc.")}),
])
def test_agency_settlements_and_what_is_no_complaint(extractor: Extractor, text: str,
                                                     expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("AM Best has downgraded the Financial Strength Rating to B+ from B++ of Orvane "
     "Insurance Company (OIC) (Dallas, TX).", {("rating_downgrade", "Orvane Insurance Company")}),
    ("Orvane Defense Corp. clinched a substantial $2.3bn contract from the Navy.",
     {("contract_won", "Orvane Defense Corp.")}),
    ("Workers filed a lawsuit claiming that Orvane Foods Inc. failed to pay them.",
     {("lawsuit", "Orvane Foods Inc.")}),
])
def test_rater_releases_clinched_contracts_and_suits_claiming(
        extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "name"), [
    # A rater's bullets: the name, a colon, the rating's acronym; "was cut to" a grade.
    ("- Orvane Assicurazioni S.p.A.: IFSR downgraded to A3 from A2",
     "Orvane Assicurazioni S.p.A."),
    ("- Orvane Air Inc. was cut to BBB+.", "Orvane Air Inc."),
])
def test_rating_bullets(extractor: Extractor, text: str, name: str) -> None:
    assert firms(extractor, text, "en") == {("rating_downgrade", name)}


def test_a_price_cut_to_an_amount_is_no_rating(extractor: Extractor) -> None:
    assert firms(extractor, "Prices were cut to $5 a unit at Orvane Foods Inc.", "en") == set()


def test_outlooks_of_a_list_revised_to_negative(extractor: Extractor) -> None:
    text = ("The outlooks on Orvane Bank, Kenet Bank and Tarvel Bank were revised to negative "
            "from stable.")
    assert firms(extractor, text, "en") == {
        ("rating_downgrade", n) for n in ("Orvane Bank", "Kenet Bank", "Tarvel Bank")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Orvane Corp., Dayton, Ohio (N00024-20-C-1234), is awarded a $40,000,000 "
     "modification to a previously awarded contract.", {("contract_won", "Orvane Corp.")}),
    # A firm hired to supply is the winner, not an agent; the project it builds is no
    # investment of its own.
    ("en", "Orvane Corp. has been tapped to supply rail cars to Amtrak.",
     {("contract_won", "Orvane Corp.")}),
    ("en", "Orvane Corp. won the bid to build the new terminal.",
     {("contract_won", "Orvane Corp.")}),
    ("en", "Orvane Corp. beat out two rivals for the $40 million contract.",
     {("contract_won", "Orvane Corp.")}),
    ("en", "The Navy picked Orvane Corp. for a $40 million drone contract.",
     {("contract_won", "Orvane Corp.")}),
    ("tr", "Orvan İnşaat, 120 milyon liralık ihalenin yüklenicisi oldu.",
     {("contract_won", "Orvan İnşaat")}),
    ("tr", "120 milyon liralık ihaleyi Orvan İnşaat ile Kenet Yapı ortaklığı kazandı.",
     {("contract_won", "Orvan İnşaat"), ("contract_won", "Kenet Yapı")}),
    ("tr", "Orvan Makine'ye 20 milyon euroluk sipariş", {("contract_won", "Orvan Makine")}),
])
def test_contracts_in_other_words(extractor: Extractor, lang: str, text: str,
                                  expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_a_search_for_a_new_chief_executive(extractor: Extractor) -> None:
    text = "Orvane Foods Inc. is searching for a new CEO after John Marsh departed."
    assert firms(extractor, text, "en") == {("management_exit", "Orvane Foods Inc.")}


def test_an_investment_in_plants_it_has_is_capacity(extractor: Extractor) -> None:
    text = ("Orvane Packaging Inc. has announced an investment of $12m in its Kingsport, "
            "Tennessee and Tolleson, Arizona facilities to meet demand.")
    assert firms(extractor, text, "en") == {("capacity_expansion", "Orvane Packaging Inc.")}


@pytest.mark.parametrize(("lang", "text"), [
    # Found in review: each of these once made an event or a wrong name.
    ("en", "Acme Widgets Inc. said prices were cut to a minimum."),
    ("en", "The Navy ordered staff of Orvane Foods Inc. to return to the office."),
    ("en", "CEO John Smith said he will not retire from Orvane Foods Inc."),
    ("en", "Orvane Foods Inc. will cut payroll taxes for its workers."),
    ("en", "The closely held retailer Orvane Stores Inc. runs 40 stores."),
    ("tr", "Yıldırım Kablo'nun kampanya dönemi sona erdi."),
])
def test_what_review_found_is_no_event(extractor: Extractor, lang: str, text: str) -> None:
    assert firms(extractor, text, lang) == set()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "- Orvane Assicurazioni S.p.A.: IFSR lowered to A3 from A2",
     {("rating_downgrade", "Orvane Assicurazioni S.p.A.")}),
    ("en", "The FTC fined Orvane Widgets Inc., which owns retailer Pellory Trading and grocer "
     "Quennet Metals LLC.", {("regulatory_fine", "Orvane Widgets Inc.")}),
    ("tr", "Mavikent Gıda'nın yönetimine kayyum atandı; operasyonel işler sürüyor.",
     {("insolvency", "K2")}),
    ("tr", "Alfa İnşaat ve Beta Yapı'nın kurduğu iş ortaklığı ihaleyi kazandı.",
     {("contract_won", "Alfa İnşaat"), ("contract_won", "Beta Yapı")}),
    ("tr", "Yıldırım Kablo ile Polat Yapı İstanbul'daki ihaleyi kazandı.",
     {("contract_won", "K7")}),
])
def test_what_review_found_is_read_right(extractor: Extractor, lang: str, text: str,
                                         expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_names_review_found() -> None:
    tokens = tokenize("Sales in the U.S. a year ago were strong.")
    assert find_legal_names(tokens, 0, len(tokens), "en") == []
    tokens = tokenize("The Grand Bank of Ireland headquarters will close.")
    spans = find_name_spans(tokens, set(), set(), set(), set(), "en")
    assert all(tokens[b - 1].base != "of" for _, b in spans)
