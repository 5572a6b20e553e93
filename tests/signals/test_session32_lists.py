"""Lists as outlets print them, found on the studied half of the seventh fresh real-text set
(session 32): a header line that says more than a few words, a whole list on one line with
each bank's short name in brackets, a row whose title the name finder does not take for a
firm's, a header that only names the group an earlier sentence told the event of. Every
sentence here is invented for this file.
"""

from __future__ import annotations

import pytest

from entity_linking import Linker
from radar_core.records import ClientRecord
from signals import Extractor
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The whole list on one line, short names in brackets, "ile" before the last member.
    ("tr", "Notları düşürülen bankalar şunlar:\n"
           "Doruk Bankası A.Ş. (Doruk), Mavi Katılım Bankası A.Ş. (Mavi Katılım), "
           "Yalın Yatırım Bankası T.A.O. (Yalın) ile Kuzey Kalkınma Bankası A.Ş. (Kuzeybank).",
     {("rating_downgrade", "Doruk Bankası A.Ş."), ("rating_downgrade", "Mavi Katılım Bankası A.Ş."),
      ("rating_downgrade", "Yalın Yatırım Bankası T.A.O."),
      ("rating_downgrade", "Kuzey Kalkınma Bankası A.Ş.")}),
    ("en", "The banks downgraded are:\n"
           "Doruk Bank A.S. (Doruk), Mavi Participation Bank A.S. (Mavi), "
           "Yalin Investment Bank Inc. (Yalin) and North Development Bank plc (Northbank).",
     {("rating_downgrade", "Doruk Bank A.S."), ("rating_downgrade", "Mavi Participation Bank A.S."),
      ("rating_downgrade", "Yalin Investment Bank Inc."),
      ("rating_downgrade", "North Development Bank plc")}),
])
def test_a_list_on_one_line_under_its_header(extractor: Extractor, lang: str, text: str,
                                             expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A header that says more than a few words before its colon, and a row whose title
    # ("... Kurumu") is no firm's shape but carries its short name in brackets.
    ("tr", "Ajans açıklamasında iki şirketin notunun B1'e düşürüldüğünü ve görünümün "
           "negatif tutulduğunu, incelemenin ise önümüzdeki haftalarda süreceğini bildirdi:\n"
           "Ordu Yardımlaşma Kurumu (OYAK)\n"
           "Serin Süt Mamulleri A.Ş.",
     {("rating_downgrade", "OYAK"), ("rating_downgrade", "K12")}),
    ("en", "The agency said in its statement that it had cut the ratings of two companies to B1, "
           "kept the outlook negative and that its review would go on in the coming weeks:\n"
           "Army Mutual Assistance Association (OYAK)\n"
           "Serin Sut Mamulleri A.S.",
     {("rating_downgrade", "OYAK"), ("rating_downgrade", "K12")}),
])
def test_long_headers_and_bracketed_short_names_in_rows(extractor: Extractor, lang: str,
                                                        text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "13 bankanın notunu düşürdü ... 12 banka şunlar:": the header names only the group.
    ("tr", "Ajans 3 bankanın kredi notlarını düşürdü. "
           "Yabancı para notu etkilenen 3 banka şunlar:\n"
           "Doruk Bankası A.Ş., Mavi Katılım Bankası A.Ş. ve Kuzey Kalkınma Bankası A.Ş.",
     {("rating_downgrade", "Doruk Bankası A.Ş."), ("rating_downgrade", "Mavi Katılım Bankası A.Ş."),
      ("rating_downgrade", "Kuzey Kalkınma Bankası A.Ş.")}),
    ("en", "The agency cut the ratings of three banks. The three banks affected are:\n"
           "Doruk Bank A.S., Mavi Participation Bank A.S. and North Development Bank plc",
     {("rating_downgrade", "Doruk Bank A.S."), ("rating_downgrade", "Mavi Participation Bank A.S."),
      ("rating_downgrade", "North Development Bank plc")}),
    # A header naming a group after prose with no event is no list of one.
    ("tr", "Ajans yıllık raporunu yayımladı. İncelenen 3 banka şunlar:\n"
           "Doruk Bankası A.Ş., Mavi Katılım Bankası A.Ş. ve Kuzey Kalkınma Bankası A.Ş.",
     set()),
    ("en", "The agency published its annual report. The three banks reviewed are:\n"
           "Doruk Bank A.S., Mavi Participation Bank A.S. and North Development Bank plc",
     set()),
])
def test_a_header_lists_the_group_the_sentence_before_told_of(
        extractor: Extractor, lang: str, text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A page's buttons under a list are no row.
    ("tr", "Notları düşürülen şirketler:\nSerin Süt Mamulleri A.Ş.\nYORUM YAZ",
     {("rating_downgrade", "K12")}),
    ("en", "Companies downgraded:\nSerin Sut Mamulleri A.S.\nLEAVE A COMMENT",
     {("rating_downgrade", "K12")}),
    # A parent and its subsidiary in one list both keep the event (rows a line apart).
    ("tr", "Notları düşürülen şirketler:\nKorupark Holding A.Ş.\nKorupark Cam Sanayi A.Ş.",
     {("rating_downgrade", "K9"), ("rating_downgrade", "K10")}),
    ("en", "Companies downgraded:\nKorupark Holding A.S.\nKorupark Cam Sanayi A.S.",
     {("rating_downgrade", "K9"), ("rating_downgrade", "K10")}),
])
def test_rows_buttons_and_a_parent_beside_its_subsidiary(extractor: Extractor, lang: str,
                                                         text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Each member carries the case in harmony with its own name ("'e", "'na", "'ya").
    ("tr", "Kurul, Defne'ye 12 milyon TL, Korupark Holding'e 4 milyon TL ve Ergüven Makine'ye "
           "2 milyon TL idari para cezası verdi.",
     {("regulatory_fine", "K4"), ("regulatory_fine", "K9"), ("regulatory_fine", "K8")}),
    ("tr", "Kurul, Serin Süt'e 12 milyon TL, Kaymakoğlu Gıda'ya 4 milyon TL ve Ergüven "
           "Makine'ye 2 milyon TL idari para cezası verdi.",
     {("regulatory_fine", "K12"), ("regulatory_fine", "Kaymakoğlu Gıda"),
      ("regulatory_fine", "K8")}),
])
def test_a_gapped_list_with_the_case_in_harmony(extractor: Extractor, lang: str, text: str,
                                                expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("tr", "Notları düşürülen şirketler:\nAnadolu Havacılık Anonim Ortaklığı\n"
           "Bereket Vakıf Bankası T.A.O.",
     {("rating_downgrade", "Anadolu Havacılık Anonim Ortaklığı"),
      ("rating_downgrade", "Bereket Vakıf Bankası T.A.O.")}),
])
def test_turkish_joint_stock_corporation_forms(extractor: Extractor, lang: str, text: str,
                                               expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.fixture(scope="module")
def airline_register() -> Extractor:
    """A register whose client goes by a nationality word ("American", "Türk")."""
    clients = [ClientRecord("AA", "American Airlines Inc.", ["American Airlines", "American"]),
               ClientRecord("TH", "Türk Havacılık Anonim Ortaklığı", ["Türk Havacılık"])]
    return Extractor(clients, Linker.from_clients(clients))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A nationality before another name, or after an article, is no airline.
    ("en", "S&P lowered its rating on U.S. publisher American Media on Monday.",
     {("rating_downgrade", "American Media")}),
    ("en", "The company plans to build a new headquarters for its American business.", set()),
    ("en", "S&P lowered its rating on American on Monday.", {("rating_downgrade", "AA")}),
    # "11 Türk şirketi" is no short name of "Türk Havacılık A.O." named later.
    ("tr", "Ajans 11 Türk şirketinin kredi notunu düşürdü. Ajans daha önce 18 Türk "
           "bankasının notunu düşürmüştü. Notları düşürülen şirketler:\n"
           "Türk Havacılık Anonim Ortaklığı\nSerin Süt Mamulleri A.Ş.",
     {("rating_downgrade", "TH"), ("rating_downgrade", "Serin Süt Mamulleri A.Ş.")}),
])
def test_nationality_words_are_no_short_names(airline_register: Extractor, lang: str,
                                              text: str, expected: set) -> None:
    assert firms(airline_register, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A dateline with its agency names a place; a brand's inner capital makes a firm; a
    # currency code is money.
    ("en", "Hanoi (VNA) - NamBank has increased its charter capital to 14 trillion VND. "
           "The bank said it would raise more capital this year.",
     {("capital_increase", "NamBank")}),
    ("tr", "Ankara (AA) - NamBank sermayesini 14 milyar liraya artırdı.",
     {("capital_increase", "NamBank")}),
    # "Shares of" is no part of the name that follows.
    ("en", "Shares of Good Fortune Steel rose 5 percent as the company said it would build "
           "a new plant.", {("investment_announcement", "Good Fortune Steel")}),
])
def test_datelines_brands_and_currency_codes(extractor: Extractor, lang: str, text: str,
                                             expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize("word", ["VPBank", "PayPal", "CarrefourSA", "DenizBank"])
def test_an_inner_capital_marks_a_brand(word: str) -> None:
    from signals.shapes import _camel_case

    assert _camel_case(word)


@pytest.mark.parametrize("word", ["McCarthy", "MacDonald", "Istanbul", "IBM", "KAPa", "USD",
                                  "SPKdan", "EPDKnın", "THYnin"])
def test_surnames_words_acronyms_and_unwritten_apostrophes_are_no_brands(word: str) -> None:
    from signals.shapes import _camel_case

    assert not _camel_case(word)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Three one-word names or more with a conjunction are firms by themselves...
    ("tr", "Rekabet Kurumu, sektörün kart devleri Kartix, Menuvo, Lunchly ve Fooderra hakkında "
           "soruşturma başlattı.",
     {("lawsuit", "Kartix"), ("lawsuit", "Menuvo"), ("lawsuit", "Lunchly"),
      ("lawsuit", "Fooderra")}),
    ("en", "The regulator opened an investigation into Kartix, Menuvo, Lunchly and Fooderra.",
     {("lawsuit", "Kartix"), ("lawsuit", "Menuvo"), ("lawsuit", "Lunchly"),
      ("lawsuit", "Fooderra")}),
    # ... people, months and places are not.
    ("tr", "Savcılık, Ahmet, Mehmet ve Ayşe hakkında soruşturma başlattı.", set()),
    ("en", "Prosecutors opened an investigation into John, Paul and George.", set()),
    ("en", "The regulator opened an investigation into pricing in Texas, Ohio and Utah.", set()),
])
def test_a_list_of_unknown_one_word_names(extractor: Extractor, lang: str, text: str,
                                          expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An acronym opening a name with a word no dictionary knows is a firm's name...
    ("en", "TKN Driveshaft has confirmed that it will suspend production at its plant.",
     {("layoffs_closure", "TKN Driveshaft")}),
    ("tr", "TKN Kardanmak üretimi durdurdu.", {("layoffs_closure", "TKN Kardanmak")}),
    # ... not a title before a person.
    ("en", "MD Tony Marcetti said the company would expand capacity.", set()),
    # The firm after "to", however long the date and awarding body before it.
    ("en", "The contract was awarded on February 6, 2018 by the Central Tenders Board to "
           "Palmiste Retail Limited at a total cost of $40 million.",
     {("contract_won", "Palmiste Retail Limited")}),
])
def test_acronym_names_halted_operations_and_late_winners(extractor: Extractor, lang: str,
                                                          text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The top bid of a tender wins it; bidding alone does not.
    ("tr", "İhalede açık artırma yöntemiyle en yüksek teklifi 2 milyar lira ile Serin Süt "
           "Mamulleri A.Ş. verdi.", {("contract_won", "K12")}),
    ("tr", "İhaleye katılan Serin Süt Mamulleri A.Ş. ve Polat Yapı Taahhüt A.Ş. teklif verdi.",
     set()),
    ("tr", "İhaleye en yüksek teklifi verecek firmalar arasında Serin Süt Mamulleri A.Ş. de "
           "var.", set()),
    # A plot bought beside the certificate stays a purchase.
    ("tr", "Serin Süt Mamulleri A.Ş., Adana'da 50 dönümlük arsa satın aldı ve fabrika yatırımı "
           "için teşvik belgesi aldı.",
     {("land_acquisition", "K12"), ("investment_incentive", "K12")}),
    # "teşvik belgesi aldı": what was received is the certificate, not the plant.
    ("tr", "Serin Süt Mamulleri A.Ş., Adana'daki üretim tesisi yatırımı için teşvik belgesi "
           "aldı.", {("investment_incentive", "K12")}),
])
def test_top_bids_and_certificates_received(extractor: Extractor, lang: str, text: str,
                                            expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An ellipsis after the cue gives its firm the same event.
    ("en", "Serin Sut Mamulleri A.S. has filed for Chapter 11 bankruptcy protection, as has "
           "its affiliated company Korupark Cam Sanayi A.S.",
     {("insolvency", "K12"), ("insolvency", "K10")}),
    ("en", "Serin Sut Mamulleri A.S. cut 500 jobs on Monday, as did Polat Yapi Taahhut A.S.",
     {("layoffs_closure", "K12"), ("layoffs_closure", "K7")}),
    ("en", "Serin Sut Mamulleri A.S. cut 500 jobs on Monday, as expected by Polat Yapi "
           "Taahhut A.S.", {("layoffs_closure", "K12")}),
])
def test_as_has_and_as_did(extractor: Extractor, lang: str, text: str, expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_a_name_among_firms_is_one(extractor: Extractor) -> None:
    # "şirketler arasında X": the sentence counts an unknown two-word name among firms.
    text = "Yatırım teşvik belgesi düzenlenen şirketler arasında, Kiler Tektsilo de yer aldı."
    assert firms(extractor, text, "tr") == {("investment_incentive", "Kiler Tektsilo")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Found by a review of this change: none of these may give a firm an event it lacks.
    ("en", "Serin Sut Mamulleri A.S. cut 500 jobs on Monday, as was first reported by Dow "
           "Jones Newswires.", {("layoffs_closure", "K12")}),
    ("en", "Moody's downgraded Serin Sut Mamulleri A.S. to B1 on Monday, as did rival agency "
           "Harlow Ratings Inc.", {("rating_downgrade", "K12")}),
    ("en", "Serin Sut Mamulleri A.S. was awarded the $40 million contract last week, according "
           "to Polat Yapi Taahhut A.S.", {("contract_won", "K12")}),
    ("en", "The retailer filed for Chapter 11 bankruptcy protection on Monday. The company said "
           "in a statement:\nCustomers, suppliers and employees will be paid in full.", set()),
    ("tr", "Para cezası verilen yöneticiler:\nAhmet Yılmaz (Korupark Holding)", set()),
    ("en", "The agency said on Thursday that it had downgraded several lenders by one notch "
           "because of rising bad loans, adding:\nSeparately, the outlook on the sector "
           "remains negative.", set()),
    ("tr", "EPDKnın 5 milyon TL para cezası verdiği öğrenildi.", set()),
    ("en", "FBI Agent Marcetti sued the company for $5 million.", set()),
    ("en", "Harlow Partners (HRLW) - filed for Chapter 11 bankruptcy on Monday.",
     {("insolvency", "Harlow Partners")}),
    ("tr", "Savcılık, Kemerli, Toprakçı ve Yazıcıoğlu hakkında soruşturma başlattı.", set()),
])
def test_what_the_new_list_rules_must_not_do(extractor: Extractor, lang: str, text: str,
                                             expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A new plant is an investment, whatever capacity it adds (design.md) ...
    ("en", "The new facility will enable Serin Sut Mamulleri A.S. to double its capacity.",
     {("investment_announcement", "K12")}),
    ("tr", "Serin Süt Mamulleri A.S. yeni fabrikasıyla üretim kapasitesini iki katına "
           "çıkaracak.", {("investment_announcement", "K12")}),
    # ... more capacity at an existing site, with a new line, is capacity.
    ("tr", "Serin Süt Mamulleri A.Ş.'de yeni hatla birlikte fabrikanın üretim kapasitesi "
           "yüzde 50 artırılacak.", {("capacity_expansion", "K12")}),
])
def test_a_new_plant_is_an_investment(extractor: Extractor, lang: str, text: str,
                                      expected: set) -> None:
    assert firms(extractor, text, lang) == expected
