"""Event extraction end to end on invented texts: every type in both languages, and the hard cases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from radar_core.records import DocumentRecord
from signals import Extractor


def events(extractor: Extractor, text: str, lang: str = "tr", source_type: str = "news",
           title: str | None = None) -> set[tuple[str, str | None]]:
    doc = DocumentRecord(id="t", text=text, lang=lang, source_type=source_type, title=title,
                         published=datetime(2025, 5, 20))
    return {(e.type, e.client_id) for e in extractor.extract(doc)}


TR_CASES = [
    ("investment_incentive", "Mavikent Gıda Ürünleri A.Ş., Bolu'daki yeni makarna tesisi için yatırım teşvik belgesi aldı.", "K2"),
    ("capacity_expansion", "Yıldırım Kablo, Gebze fabrikasında üretim kapasitesini yüzde 40 artıracak.", "K1"),
    ("tender_opened", "Ilgaz Enerji Üretim A.Ş., yeni santralinin inşaatı için ihaleye çıktı.", "K3"),
    ("contract_won", "Karayolları ihalesini Polat Yapı 420 milyon TL'lik teklifle kazandı.", "K7"),
    ("patent_granted", "Ergüven Makine'nin geliştirdiği hidrolik pres için patent tescil belgesi verildi.", "K8"),
    ("land_acquisition", "Halkapınar Lojistik, Kemalpaşa'da 30 dönümlük bir arsa satın aldı.", "K5"),
    ("investment_announcement", "Seren Otelcilik, Bodrum'da yeni bir otel kuracağını açıkladı.", "K6"),
    ("capital_increase", "Korupark Cam Sanayi A.Ş. sermayesini 200 milyon TL'ye artırdı.", "K10"),
    ("asset_sale", "Defne Tekstil A.Ş., Denizli'deki eski fabrika binasını satışa çıkardı.", "K4"),
    ("customer_complaint", "Mavikent Gıda hakkında bozuk ürün nedeniyle yüzlerce tüketici şikayeti toplandı.", "K2"),
    ("regulatory_fine", "Rekabet Kurulu, Serin Süt Mamulleri A.Ş.'ye 18 milyon TL idari para cezası verdi.", "K12"),
    ("lawsuit", "Bir tedarikçi, Polat Yapı aleyhine 9 milyon TL'lik alacak davası açtı.", "K7"),
    ("refund_problem", "Seren Otel'de tatil iptal edilen müşterilerin ödemeleri aylardır iade edilmedi.", "K6"),
    ("insolvency", "Halkapınar Lojistik A.Ş. için mahkeme üç ay geçici konkordato mühleti verdi.", "K5"),
    ("layoffs_closure", "Defne Tekstil, Uşak'taki iplik fabrikasını kapattı ve 300 işçiyi işten çıkardı.", "K4"),
    ("management_exit", "Ilgaz Enerji'nin genel müdürü Ahmet Sarp görevinden istifa etti.", "K3"),
    ("rating_downgrade", "Uluslararası kuruluş, Yıldırım Kablo'nun kredi notunu B seviyesine düşürdü.", "K1"),
]

EN_CASES = [
    ("investment_incentive", "Mavikent Gida received an investment incentive certificate for its new pasta line.", "K2"),
    ("capacity_expansion", "Yildirim Kablo will double the capacity of its Gebze cable plant by 2026.", "K1"),
    ("tender_opened", "Ilgaz Enerji has launched a tender for the construction of its new wind farm.", "K3"),
    ("contract_won", "Polat Yapi won a USD 80 million contract to build a hospital in Izmir.", "K7"),
    ("patent_granted", "Ergüven Makine was granted a European patent for its hydraulic press design.", "K8"),
    ("land_acquisition", "Halkapinar Lojistik acquired a 40,000 square metre plot near Izmir port.", "K5"),
    ("investment_announcement", "Seren Otelcilik plans to build a new resort hotel in Bodrum.", "K6"),
    ("capital_increase", "Korupark Cam completed a capital increase of TRY 150 million.", "K10"),
    ("asset_sale", "Defne Tekstil has put its idle weaving plant in Usak up for sale.", "K4"),
    ("customer_complaint", "Hundreds of customers have filed complaints against Mavikent Gida over spoiled yoghurt.", "K2"),
    ("regulatory_fine", "Serin Sut was fined TRY 18 million by the competition authority.", "K12"),
    ("lawsuit", "A German supplier filed a lawsuit against Polat Yapi over unpaid invoices.", "K7"),
    ("refund_problem", "Guests say Seren Otel has not refunded deposits for cancelled stays.", "K6"),
    ("insolvency", "Halkapinar Lojistik filed for bankruptcy after missing two loan payments.", "K5"),
    ("layoffs_closure", "Defne Tekstil will lay off 300 workers and close its Usak mill.", "K4"),
    ("management_exit", "Ilgaz Enerji chief executive Ahmet Sarp resigned on Monday.", "K3"),
    ("rating_downgrade", "The agency downgraded Yildirim Kablo to B+ citing weak cash flow.", "K1"),
]


@pytest.mark.parametrize(("etype", "text", "client"), TR_CASES, ids=[c[0] for c in TR_CASES])
def test_each_type_in_turkish(extractor: Extractor, etype: str, text: str, client: str) -> None:
    assert (etype, client) in events(extractor, text, "tr")


@pytest.mark.parametrize(("etype", "text", "client"), EN_CASES, ids=[c[0] for c in EN_CASES])
def test_each_type_in_english(extractor: Extractor, etype: str, text: str, client: str) -> None:
    assert (etype, client) in events(extractor, text, "en")


@pytest.mark.parametrize("text,lang", [
    ("Defne Tekstil, fabrikasını kapatacağı yönündeki iddiaları yalanladı.", "tr"),
    ("Polat Yapı'nın konkordato ilan edeceği kulis bilgisine göre konuşuluyor.", "tr"),
    ("Seren Otelcilik, Bodrum'da yeni otel kurma planından vazgeçti.", "tr"),
    ("Ilgaz Enerji ikinci bir santral kurmayı değerlendiriyor.", "tr"),
    ("Mavikent Gıda fabrikasını kapatacak mı?", "tr"),
    ("Çalışanlar Defne Tekstil'de işten çıkarma yapılacağı endişesi taşıyor.", "tr"),
    ("Yıldırım Kablo geçen yıl 200 işçiyi işten çıkarmıştı.", "tr"),
    ("Tekstil sektöründe fabrikalar kapanıyor ve binlerce işçi işten çıkarıldı.", "tr"),
    ("Defne Tekstil denied reports that it will close its Usak mill.", "en"),
    ("Polat Yapi is reportedly preparing to sell its headquarters building.", "en"),
    ("Seren Otelcilik has scrapped plans to build a new hotel in Bodrum.", "en"),
    ("Ilgaz Enerji is considering a second wind farm.", "en"),
    ("Yildirim Kablo laid off 200 workers last year.", "en"),
])
def test_no_event_for_denials_rumours_plans_questions_fears_background(
        extractor: Extractor, text: str, lang: str) -> None:
    assert events(extractor, text, lang) == set()


def test_confirmed_rumour_counts(extractor: Extractor) -> None:
    text = ("Polat Yapi is reportedly selling its headquarters building. "
            "The company confirmed the sale of its headquarters building on Friday.")
    assert ("asset_sale", "K7") in events(extractor, text, "en")


def test_lawsuit_goes_to_defendant_not_plaintiff(extractor: Extractor) -> None:
    assert events(extractor, "Ergüven Makine, Tarsen Döküm Ltd. Şti. aleyhine patent ihlali "
                  "davası açtı.") == {("lawsuit", None)}
    assert events(extractor, "Ergüven Makine sued Tarsen Casting Ltd over a patent.", "en") \
        == {("lawsuit", None)}
    assert events(extractor, "Ergüven Makine'ye bir bayisi tarafından tazminat davası açıldı.") \
        == {("lawsuit", "K8")}


def test_appealing_a_fine_is_not_a_lawsuit(extractor: Extractor) -> None:
    text = ("Serin Süt Mamulleri A.Ş.'ye Rekabet Kurulu 5 milyon TL idari para cezası verdi. "
            "Şirket cezaya itiraz ederek iptal davası açacağını açıkladı.")
    assert events(extractor, text) == {("regulatory_fine", "K12")}


def test_tender_buyer_and_winner_in_one_sentence(extractor: Extractor) -> None:
    text = "Korupark Cam'ın açtığı depo inşaatı ihalesini Polat Yapı kazandı."
    assert events(extractor, text) == {("tender_opened", "K10"), ("contract_won", "K7")}
    text = "Ilgaz Enerji launched a tender for a substation and Polat Yapi won the contract."
    assert events(extractor, text, "en") == {("tender_opened", "K3"), ("contract_won", "K7")}


def test_event_belongs_to_firm_in_its_clause(extractor: Extractor) -> None:
    text = ("Halkapınar Lojistik yeni bir depo satın almak için görüşmelere başladı. "
            "Öte yandan Defne Tekstil, Uşak fabrikasında üretimi durdurdu.")
    assert events(extractor, text) == {("layoffs_closure", "K4")}


def test_pronoun_subject_attaches_to_main_firm(extractor: Extractor) -> None:
    text = ("Serin Süt Mamulleri A.Ş. yılın ilk çeyreğini kârla kapattı. "
            "Şirket, Afyon'daki tesisinin kapasitesini iki katına çıkaracak.")
    assert events(extractor, text) == {("capacity_expansion", "K12")}
    assert events(extractor, "Kapasite yüzde 20 artırılacak.") == set()


def test_incentive_certificate_is_only_incentive(extractor: Extractor) -> None:
    text = ("Yıldırım Kablo, 400 milyon TL'lik yeni fabrika yatırımı için yatırım teşvik "
            "belgesi aldı.")
    assert events(extractor, text) == {("investment_incentive", "K1")}


def test_incentive_list_rows_and_prospects(extractor: Extractor) -> None:
    text = ("Ocak ayı teşvik belgeleri listesi\n"
            "Sıra: 1 | Firma: MAVİKENT GIDA ÜRÜNLERİ A.Ş. | İl: BOLU | Tutar: 85.000.000\n"
            "Sıra: 2 | Firma: TUNÇEL ALÜMİNYUM SAN. LTD. ŞTİ. | İl: KONYA | Tutar: 12.400.000")
    found = events(extractor, text, source_type="incentive")
    assert found == {("investment_incentive", "K2"), ("investment_incentive", None)}


def test_common_word_alias_in_running_text_is_no_firm(extractor: Extractor) -> None:
    text = "Limanda seren direği kırıldı, defne ağaçları yandı ve fabrika kapatıldı."
    assert events(extractor, text) == set()


def test_parent_and_subsidiary_are_kept_apart(extractor: Extractor) -> None:
    text = ("Korupark Holding bünyesindeki Korupark Cam Sanayi A.Ş., Eskişehir'de yeni "
            "fırın yatırımı için yatırım teşvik belgesi aldı.")
    assert events(extractor, text) == {("investment_incentive", "K10")}


def test_one_event_per_type_and_firm_with_attributes(extractor: Extractor) -> None:
    doc = DocumentRecord(
        id="a", lang="tr", published=datetime(2025, 5, 20),
        text=("Rekabet Kurulu 14 Mayıs 2025'te Serin Süt Mamulleri A.Ş.'ye 18 milyon TL "
              "idari para cezası verdi. Serin Süt'e verilen ceza kamuoyunda tartışıldı."))
    found = extractor.extract(doc)
    assert [e.type for e in found] == ["regulatory_fine"]
    event = found[0]
    assert event.amount is not None and event.amount.value == 18_000_000
    assert event.amount.currency == "TRY"
    assert event.event_date == date(2025, 5, 14)
    assert event.evidence.startswith("Rekabet Kurulu 14 Mayıs")
    assert 0 < event.confidence <= 1 and event.link is not None and event.cue


def test_missing_language_is_detected(extractor: Extractor) -> None:
    doc = DocumentRecord(id="x", text="Defne Tekstil will lay off 300 workers at its mill.")
    assert [(e.type, e.client_id) for e in extractor.extract(doc)] == [("layoffs_closure", "K4")]


class HalfRescorer:
    def score(self, items: list[tuple[str, str]]) -> list[float]:
        return [0.0 if etype == "layoffs_closure" else 1.0 for etype, _ in items]


def test_rescorer_blends_and_filters() -> None:
    from .conftest import CLIENTS, DictLinker

    ex = Extractor(CLIENTS, DictLinker(CLIENTS), rescorer=HalfRescorer())
    text = ("Defne Tekstil fabrikasını kapattı. Mavikent Gıda Ürünleri A.Ş. yatırım teşvik "
            "belgesi aldı.")
    assert events(ex, text) == {("investment_incentive", "K2")}


def test_buyer_that_is_no_firm_gives_no_tender_opened(extractor: Extractor) -> None:
    text = ("Polat Yapı Taahhüt A.Ş., belediyenin açtığı metro istasyonu ihalesini 1,4 milyar "
            "TL teklifle kazandı.")
    assert events(extractor, text) == {("contract_won", "K7")}


def test_court_notice_role_word_is_not_part_of_the_name(extractor: Extractor) -> None:
    text = ("İSTANBUL 5. ASLİYE TİCARET MAHKEMESİ İLANI. Davacı Halkapınar Lojistik A.Ş. "
            "tarafından açılan konkordato davasında şirkete 3 ay geçici mühlet verilmiştir.")
    doc = DocumentRecord(id="c", text=text, lang="tr", source_type="court")
    assert [(e.type, e.client_id, e.company) for e in extractor.extract(doc)] == [
        ("insolvency", "K5", "Halkapınar Lojistik A.Ş.")]


def test_complaint_post_about_the_brand_in_its_title(extractor: Extractor) -> None:
    text = ("Mavikent marketten aldığım yoğurt bozuk çıktı, müşteri hizmetleri hiç dönüş "
            "yapmadı. Param da iade edilmedi!")
    assert events(extractor, text, source_type="complaint", title="Mavikent iade sorunu") == {
        ("customer_complaint", "K2"), ("refund_problem", "K2")}


def test_sale_and_purchase_in_two_sentences(extractor: Extractor) -> None:
    text = ("Seren Otelcilik, Marmaris'teki otelini 600 milyon TL'ye satışa çıkardı. "
            "Oteli Korupark Holding satın aldı.")
    assert events(extractor, text) == {("asset_sale", "K6"), ("land_acquisition", "K9")}


def test_pending_or_rejected_patent_is_no_grant(extractor: Extractor) -> None:
    assert events(extractor, "Mavikent Gıda'nın patent başvurusu reddedildi.") == set()
    assert events(extractor, "Ergüven Makine's patent application is pending.", "en") == set()


@pytest.mark.parametrize("text,lang,expected", [
    ("Turkish cable maker Yildirim Kablo has agreed to supply 3,000 km of cable to a Saudi "
     "utility under a USD 95 million contract.", "en", {("contract_won", "K1")}),
    ("Halkapinar Lojistik missed a coupon payment on its TRY 500 million bond.", "en",
     {("insolvency", "K5")}),
    ("Regulators opened an investigation into Mavikent Gida over misleading labels.", "en",
     {("lawsuit", "K2")}),
    ("Ergüven Makine has been hit with a class action lawsuit by investors.", "en",
     {("lawsuit", "K8")}),
    ("Will Defne Tekstil close its Usak mill? Executives say no decision has been made.", "en",
     set()),
    ("Sektör kaynakları, Defne Tekstil'in Uşak fabrikasını kapatabileceğini belirtiyor.", "tr",
     set()),
    ("Seren Otel'e ait tesiste çalışan 150 işçi işten çıkarıldı.", "tr",
     {("layoffs_closure", "K6")}),
    ("Halkapınar Lojistik'in kredi borçlarını ödeyemediği ve hesaplarına haciz konulduğu "
     "öğrenildi.", "tr", {("insolvency", "K5")}),
    ("Ticaret Sicili Gazetesi: Polat Yapı Taahhüt Anonim Şirketi'nin tasfiyesine karar "
     "verilmiştir.", "tr", {("insolvency", "K7")}),
    ("Polat Yapı, İzmir'deki ofis binasını satmayı düşünüyor.", "tr", set()),
])
def test_more_phrasings(extractor: Extractor, text: str, lang: str,
                        expected: set[tuple[str, str | None]]) -> None:
    assert events(extractor, text, lang) == expected
