"""Near-misses that must stay silent and roles that must not flip (invented sentences).

Each case stands for a class of error seen on unseen text: working capital read as a
capital increase, a patent "award" read as a contract, the buyer of an awarded contract
taken for its winner, a press report citing unnamed staff taken for a fact.
"""

from __future__ import annotations

from datetime import datetime

from radar_core.records import DocumentRecord
from signals import Extractor


def events(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str | None]]:
    doc = DocumentRecord(id="p", text=text, lang=lang, source_type="news", published=datetime(2026, 3, 10))
    return {(e.type, e.client_id) for e in extractor.extract(doc)}


def test_working_capital_needs_are_not_a_capital_increase(extractor):
    text = ("Derecelendirme kuruluşu, Defne Tekstil A.Ş.'nin artan işletme sermayesi ihtiyacı ve "
            "kur farkı giderlerinin borçluluk oranını yükselttiğini belirtti.")
    assert not {e for e in events(extractor, text, "tr") if e[0] == "capital_increase"}


def test_paid_in_capital_raised_still_counts(extractor):
    text = "Defne Tekstil A.Ş.'nin genel kurulu, şirket sermayesinin 50 milyon liradan 80 milyon liraya artırılmasını onayladı."
    assert ("capital_increase", "K4") in events(extractor, text, "tr")


def test_a_patent_award_is_not_a_contract(extractor):
    text = ("Lodestar Analytics A.Ş. has been awarded a European patent for its method of "
            "compressing sensor data, the company said on Monday.")
    found = events(extractor, text, "en")
    assert ("contract_won", "K11") not in found
    assert ("patent_granted", "K11") in found


def test_the_firm_that_awards_a_contract_is_not_its_winner(extractor):
    text = ("Ilgaz Enerji Üretim A.Ş. has awarded the contract for two new turbines at its Sivas "
            "plant to Hanse Turbinenbau GmbH after a tender it launched in May.")
    assert ("contract_won", "K3") not in events(extractor, text, "en")


def test_a_passive_award_still_makes_the_winner(extractor):
    text = "Polat Yapi Taahhut A.S. was awarded a 300 million lira contract to build a hospital in Van."
    assert ("contract_won", "K7") in events(extractor, text, "en")


def test_a_report_citing_unnamed_employees_is_a_rumour(extractor):
    text = ("A local paper reported on Tuesday, citing unnamed employees, that Mavikent Gida "
            "would close its Duzce plant and move production abroad.")
    assert not {e for e in events(extractor, text, "en") if e[0] == "layoffs_closure"}


def test_taking_on_the_job_at_a_price_is_winning_it(extractor):
    text = ("Belediyenin açtığı ihalede en düşük teklifi veren Polat Yapı Taahhüt A.Ş., işi 640 "
            "milyon lira bedelle üstlendi.")
    assert ("contract_won", "K7") in events(extractor, text, "tr")


def _companies(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    doc = DocumentRecord(id="p", text=text, lang=lang, source_type="news",
                         published=datetime(2026, 3, 10))
    return {(e.type, e.client_id or e.company) for e in extractor.extract(doc)}


def test_courts_law_articles_roads_and_form_labels_are_no_firms(extractor):
    # A court notice's chamber, a law's acronym and article, a form label in capitals.
    text = ("T.C.\nİSTANBUL BÖLGE ADLİYE MAHKEMESİ\n17. HUKUK DAİRESİ\nKARAR TARİHİ: 08/04/2019\n"
            "DAVA: KONKORDATO (İİK 285 ila 308)\nDavacı vekili, müvekkilinin ödeme güçlüğüne "
            "düştüğünden bahisle İİK 285 ve TTK 286 maddeleri gereği konkordato mühleti talep "
            "etmiştir.\nMahkemece, şirketin vergi dairesine borcu olduğu belirtilerek davacının "
            "re'sen iflasına karar verilmiştir.")
    assert _companies(extractor, text, "tr") == set()
    text = "The buyer acquired 40 acres at 1200 E. Lone Oak Road in Cooke County for a store."
    assert _companies(extractor, text, "en") == set()
    text = "Son Dakika: Toprakkale Küçük Sanayi Sitesi ihalesi sonuçlandı."
    assert not {e for e in _companies(extractor, text, "tr") if e[0] == "contract_won"}


def test_an_agency_fining_unnamed_firms_is_no_firm_fined(extractor):
    text = "The EPA fined 14 companies a total of $2 million for emissions violations."
    assert _companies(extractor, text, "en") == set()


def test_a_regulators_enforcement_proceedings_are_no_insolvency(extractor):
    text = ("Defne Tekstil said it agreed to pay a fine of $350,000 to settle SEC enforcement "
            "proceedings over late filings.")
    assert ("insolvency", "K4") not in _companies(extractor, text, "en")
    assert ("regulatory_fine", "K4") in _companies(extractor, text, "en")
