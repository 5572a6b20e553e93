"""Wording the first patterns did not foresee: synonyms, nominalisations, voice, headline and
reported-speech style, ASCII-only Turkish, and modality that must neither over- nor under-fire.

Every sentence is invented for this file (firms of the test register in conftest.py).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from radar_core.records import DocumentRecord
from signals import Extractor


def events(extractor: Extractor, text: str, lang: str = "tr", source_type: str = "news",
           title: str | None = None) -> set[tuple[str, str | None]]:
    doc = DocumentRecord(id="g", text=text, lang=lang, source_type=source_type, title=title,
                         published=datetime(2026, 3, 10))
    return {(e.type, e.client_id) for e in extractor.extract(doc)}


TR_POSITIVE = [
    # capacity: nominalised increase, installed power, output raised at an existing site
    ("capacity_expansion", "K3", "Ilgaz Enerji Üretim A.Ş., Sivas'taki santraline dört türbin "
     "ekleyerek kurulu gücünü 60 megavattan 84 megavata yükseltecek."),
    ("capacity_expansion", "K1", "Yildirim Kablo, Gebze tesisinde kapasite artisi icin gerekli "
     "izinleri aldi."),
    ("capacity_expansion", "K12", "Serin Süt Mamulleri A.Ş., Bolu fabrikasına kuracağı üçüncü "
     "dolum hattıyla günlük kapasitesini 400 tondan 600 tona çıkarıyor."),
    # announcement: "preparing to build" is a plan, not a fear
    ("investment_announcement", "K6", "Seren Otelcilik Turizm A.Ş., Kaş'ta 300 odalı yeni bir "
     "otel kurmaya hazırlanıyor."),
    ("investment_announcement", "K2", "Mavikent Gıda, Düzce'de yeni bir makarna fabrikası "
     "kuruyor; temeli nisan ayında atılacak."),
    # a relative clause about the past does not hide today's plan
    ("investment_announcement", "K4", "2023'te iflas erteleme sürecine giren ve geçen yıl "
     "borçlarını yapılandıran Defne Tekstil A.Ş., Uşak'ta yeni bir iplik fabrikası kuracak."),
    # contract: winner far from "ihale", accusative "işi ... aldı"
    ("contract_won", "K7", "Dokuz firmanın katıldığı ihalede, işi 1,2 milyar liralık teklifle "
     "Polat Yapı Taahhüt A.Ş. kazandı."),
    # land bought at an auction is land, not a contract
    ("land_acquisition", "K5", "Belediyenin Kemalpaşa'daki 40 bin metrekarelik arsası için "
     "yaptığı satış ihalesini Halkapınar Lojistik A.Ş. kazandı."),
    # management exit in the active voice
    ("management_exit", "K8", "Ergüven Makine Sanayi A.Ş.'nin yönetim kurulu, genel müdür "
     "Selim Kaya'yı görevden aldı."),
    ("management_exit", "K11", "Lodestar Analytics A.Ş.'nin finans direktörü Ayşe Tan, beklenmedik biçimde "
     "koltuğunu bıraktı."),
    # refunds: money not back on the card, ASCII spelling
    ("refund_problem", "K6", "Seren Otel rezervasyonumu iptal etti ama ödediğim para iki aydır "
     "kartıma yansımadı."),
    ("refund_problem", "K2", "Mavikent Gida siparisimi iptal etti, param hala geri verilmedi."),
    # complaints shown as a protest outside the firm
    ("customer_complaint", "K6", "Tatilleri iptal edilen yüzlerce müşteri, Seren Otelcilik "
     "Turizm A.Ş.'nin genel müdürlüğü önünde toplanarak pankart açtı."),
    ("regulatory_fine", "K12", "Serin Süt Mamulleri A.Ş., Ticaret Bakanlığı tarafından 4 "
     "milyon lira cezaya çarptırıldı."),
    ("insolvency", "K5", "Halkapınar Lojistik A.Ş.'nin bankalara olan kredi taksitlerini "
     "ödeyemediği ve kredilerin takibe alındığı öğrenildi."),
    ("asset_sale", "K4", "Defne Tekstil A.Ş., Denizli'deki boya tesisi için alıcı arıyor."),
    ("layoffs_closure", "K1", "Yıldırım Kablo, talep düşüşü nedeniyle Gebze fabrikasında "
     "faaliyetlerine iki hafta ara vererek kısa çalışmaya geçti."),
    ("capital_increase", "K10", "Korupark Cam Sanayi A.Ş.'nin ortakları şirkete 80 milyon "
     "liralık sermaye koydu."),
    ("rating_downgrade", "K1", "Kredi derecelendirme kuruluşu, Yıldırım Kablo'nun görünümünü "
     "durağandan negatife çevirdi."),
    ("lawsuit", "K7", "Polat Yapı Taahhüt A.Ş., taşeronlarından biri tarafından dava edildi."),
    ("investment_incentive", "K8", "Ergüven Makine Sanayi A.Ş.'nin Konya'daki yeni pres "
     "yatırımı proje bazlı destek kapsamına alındı."),
    ("tender_opened", "K3", "Ilgaz Enerji Üretim A.Ş., yeni güneş santralinin kurulumu için "
     "yüklenicilerden teklif topluyor."),
]

EN_POSITIVE = [
    ("capacity_expansion", "K12", "Serin Sut is adding a fourth filling line at its Bolu dairy "
     "that will lift annual output from 200,000 to 260,000 tonnes."),
    ("capacity_expansion", "K1", "Yildirim Kablo said it is installing two new extrusion lines "
     "at its Gebze site."),
    ("investment_incentive", "K2", "Mavikent Gida said it had been granted an investment "
     "incentive certificate for its new pasta plant in Duzce."),
    ("asset_sale", "K4", "Defne Tekstil has put its Denizli dyeing plant on the block."),
    ("management_exit", "K8", "Erguven Makine parted ways with chief executive Selim Kaya "
     "after a board meeting on Monday."),
    ("management_exit", "K3", "Ilgaz Enerji's chief financial officer quit the post on Friday."),
    ("regulatory_fine", "K12", "The competition authority imposed a TRY 4 million penalty on "
     "Serin Sut for price coordination."),
    ("lawsuit", "K7", "Polat Yapi faces a class action from apartment buyers over delays."),
    ("insolvency", "K5", "Halkapinar Lojistik failed to repay a TRY 300 million loan due in "
     "March, its lenders said."),
    ("layoffs_closure", "K4", "Defne Tekstil will axe 400 jobs at its Usak mill."),
    ("refund_problem", "K6", "Seren Otel has refused to refund deposits for cancelled "
     "weddings, couples said."),
    ("rating_downgrade", "K1", "The agency revised its outlook on Yildirim Kablo from stable "
     "to negative."),
    ("capital_increase", "K10", "Korupark Cam received a TRY 90 million capital injection "
     "from its parent."),
    ("tender_opened", "K3", "Ilgaz Enerji is seeking bids from contractors for the "
     "construction of a solar farm in Konya."),
    ("contract_won", "K7", "Polat Yapi was named as the main contractor for a new hospital "
     "in Izmir."),
]


@pytest.mark.parametrize(("etype", "client", "text"), TR_POSITIVE,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(TR_POSITIVE)])
def test_turkish_variants_found(extractor: Extractor, etype: str, client: str, text: str) -> None:
    assert (etype, client) in events(extractor, text)


@pytest.mark.parametrize(("etype", "client", "text"), EN_POSITIVE,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(EN_POSITIVE)])
def test_english_variants_found(extractor: Extractor, etype: str, client: str, text: str) -> None:
    assert (etype, client) in events(extractor, text, lang="en")


NEGATIVE = [
    # a rumour stays a rumour when the firms explicitly did not confirm it
    ("tr", "Kulislerde konuşulan iddiaya göre Defne Tekstil A.Ş., Uşak fabrikasını elden "
     "çıkarmak için görüşüyor. Ancak ne şirket ne de ortakları iddiaları doğruladı."),
    ("en", "Defne Tekstil is reportedly looking for a buyer for its Usak mill. Neither the "
     "company nor its owners confirmed the reports."),
    # "-abilir" adjectives are no possibility; a pluperfect fact is background
    ("tr", "Korupark Cam, 2024'te Bursa'daki deposunu satmıştı."),
    # an earlier capital raise described in a relative clause is background
    ("en", "Korupark Cam, which raised capital from its shareholders earlier this year, "
     "exports glass to Germany."),
    # utilisation is not expansion; spare capacity and room to grow are not a decision
    ("en", "Yildirim Kablo's plant is running at about 65% of capacity, leaving room to grow "
     "without new investment."),
    ("tr", "Yıldırım Kablo'nun kapasite kullanım oranı yüzde 70'e yükseldi."),
    # a new plant is only one option among many
    ("en", "Mavikent Gida said a new plant was one option among many and no decision had "
     "been made."),
    ("tr", "Mavikent Gıda, yeni fabrika yatırımının henüz gündemlerinde olmadığını açıkladı."),
    # another buyer's tender, sector statistics
    ("tr", "Türkiye'nin ham çelik üretimi şubatta yüzde 8 arttı."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVE, ids=[f"neg-{n}" for n in range(len(NEGATIVE))])
def test_near_misses_give_no_event(extractor: Extractor, lang: str, text: str) -> None:
    assert events(extractor, text, lang=lang) == set()


def test_ayarlanabilir_is_an_adjective_not_a_possibility(extractor: Extractor) -> None:
    text = ("(45) Tescil Tarihi: 02.02.2026 (73) Patent Sahibi: ERGÜVEN MAKİNE SANAYİ A.Ş. "
            "(54) Başlık: Ayarlanabilir hidrolik pres kalıbı.")
    assert ("patent_granted", "K8") in events(extractor, text, source_type="patent")


def test_capacity_at_existing_site_is_not_also_an_announcement(extractor: Extractor) -> None:
    text = ("Serin Süt Mamulleri A.Ş., Bolu fabrikasına kuracağı yeni dolum hattıyla "
            "kapasitesini yüzde 50 artıracak.")
    assert events(extractor, text) == {("capacity_expansion", "K12")}


def test_background_before_subject_does_not_hide_the_old_event_twice(
        extractor: Extractor) -> None:
    text = ("2023'te konkordato ilan eden Defne Tekstil A.Ş., bu yıl Uşak'ta yeni bir iplik "
            "fabrikası kuracak.")
    assert events(extractor, text) == {("investment_announcement", "K4")}


# A denial elsewhere in the document takes back only what it is about: the claim it names,
# or, when it names none, every claim about the firm except an authority's fine.
DOCUMENTS = [
    ('tr', 'regulatory_fine', 'K12',
     "Rekabet Kurulu, Serin Süt Mamulleri A.Ş.'ye 18 milyon lira idari para cezası verdi. Serin Süt ise iddiaları reddederek karara itiraz edeceğini açıkladı."),
    ('en', 'regulatory_fine', 'K12',
     'The competition authority fined Serin Sut TRY 18 million for price fixing. Serin Sut denied any wrongdoing and said it would appeal.'),
    ('en', 'customer_complaint', 'K2',
     'Hundreds of customers have complained about spoiled yoghurt sold by Mavikent Gida. The company denied that its products were unsafe.'),
    ('tr', 'investment_announcement', 'K6',
     "Seren Otelcilik Turizm A.Ş., Kaş'ta 40 milyon avroluk yeni bir otel inşa edecek. Şirket, Bodrum'daki otelini satacağı yönündeki haberleri ise yalanladı."),
    ('en', 'capacity_expansion', 'K1',
     'Yildirim Kablo will raise capacity at its Gebze plant by 40%. The company said it had no plans to build a new factory abroad.'),
    ('tr', 'insolvency', 'K5',
     "Halkapınar Lojistik A.Ş. hakkında İzmir'de iflas kararı verildi. Şirket yöneticilerine ulaşılamadı."),
    ('en', 'management_exit', 'K3',
     "Ilgaz Enerji's chief executive Ahmet Sarp resigned on Monday. A spokesman declined to comment on the reasons."),
]


@pytest.mark.parametrize(("lang", "etype", "client", "text"), DOCUMENTS,
                         ids=[f"{c[0]}-{c[1]}-{n}" for n, c in enumerate(DOCUMENTS)])
def test_denial_of_something_else_keeps_the_event(extractor: Extractor, lang: str, etype: str,
                                                 client: str, text: str) -> None:
    assert events(extractor, text, lang=lang) == {(etype, client)}


def test_denial_without_a_named_claim_takes_back_the_rumour(extractor: Extractor) -> None:
    text = ("Sosyal medyada Halkapınar Lojistik A.Ş.'nin konkordato ilan edeceği yazıldı. "
            "Şirket, haberlerin gerçeği yansıtmadığını açıkladı.")
    assert events(extractor, text) == set()


# Possibility, fear and cancellation bind to the cue's own clause: "potential buyers", "which
# may open in 2028" or a participle "üretebilecek" do not hedge the event next to them.
MODAL_SCOPE = [
    ('en', 'asset_sale', 'K4',
     'Defne Tekstil has put its Usak mill up for sale and has already received interest from potential buyers.'),
    ('en', 'investment_announcement', 'K2',
     'Mavikent Gida will build a new pasta plant in Duzce that could produce 200,000 tonnes a year.'),
    ('en', 'capacity_expansion', 'K1',
     'Yildirim Kablo is expanding its Gebze plant, a move that could lift capacity by 30%.'),
    ('en', 'contract_won', 'K7',
     'Polat Yapi won a USD 150 million contract to build a hospital in Izmir, which may open in 2028.'),
    ('en', 'layoffs_closure', 'K12',
     'Serin Sut closed its Bolu plant on Monday and laid off 150 workers, and said more cuts were possible.'),
    ('tr', 'asset_sale', 'K4',
     "Defne Tekstil A.Ş., Uşak'taki fabrikasını satışa çıkardı; olası alıcılarla görüşmeler başladı."),
    ('tr', 'investment_announcement', 'K2',
     'Mavikent Gıda Ürünleri A.Ş., yılda 200 bin ton üretebilecek yeni bir makarna fabrikası kuracak.'),
    ('tr', 'capacity_expansion', 'K12',
     'Serin Süt Mamulleri A.Ş., Bolu tesisinde kapasitesini yüzde 30 artırarak günde 600 ton süt işleyebilecek hale gelecek.'),
    ('tr', 'contract_won', 'K7',
     "Polat Yapı Taahhüt A.Ş., İzmir'deki şehir hastanesi ihalesini kazandı; hastanenin 2028'de açılması bekleniyor."),
    ('tr', 'investment_announcement', 'K3',
     "Ilgaz Enerji Üretim A.Ş., Karaman'da 80 megavatlık güneş santrali kurmak için hazırlıklara başladı."),
    ('en', 'none', None,
     'Mavikent Gida may build a new pasta plant in Egypt, its chairman said.'),
    ('en', 'none', None,
     'Defne Tekstil could close its Usak mill if orders do not recover.'),
    ('tr', 'none', None,
     "Mavikent Gıda Ürünleri A.Ş., Mısır'da fabrika kurmayı değerlendiriyor."),
    ('tr', 'none', None,
     "Defne Tekstil A.Ş.'nin Uşak fabrikasını kapatabileceği konuşuluyor."),
    # ... while "no decision yet" holds for the whole sentence
    ('en', 'none', None,
     'According to Mavikent Gida, no decision has been made yet about the location of the new plant.'),
    ('tr', 'none', None,
     'Mavikent Gıda Ürünleri A.Ş. yetkilileri, yeni fabrikanın yeri konusunda henüz bir karar '
     'verilmediğini söyledi.'),
]


@pytest.mark.parametrize(("lang", "etype", "client", "text"), MODAL_SCOPE,
                         ids=[f"{c[0]}-{c[1]}-{n}" for n, c in enumerate(MODAL_SCOPE)])
def test_modality_reaches_only_its_clause(extractor: Extractor, lang: str, etype: str,
                                          client: str | None, text: str) -> None:
    expected = set() if etype == "none" else {(etype, client)}
    assert events(extractor, text, lang=lang) == expected


# Customers complaining without naming the firm fall back to the document's main firm, but
# a sentence about a whole sector does not; plus official-notice and ministry phrasings.
FALLBACK_AND_NOTICES = [
    ('tr', 'regulatory_fine', 'K12',
     "Rekabet Kurulu, Serin Süt Mamulleri A.Ş.'ye 18 milyon lira idari para cezası verdi. Süt sektöründe tüketici şikayetleri son yılda yüzde 20 arttı."),
    ('en', 'regulatory_fine', 'K12',
     'The competition authority fined Serin Sut TRY 18 million. Consumer complaints across the dairy industry rose 20% last year.'),
    ('tr', 'customer_complaint', 'K6',
     "Seren Otelcilik Turizm A.Ş.'nin Kaş'taki otelinde tatil yapan aileler hijyen sorunlarını anlattı. Onlarca tatilci, otel yönetimine tepki gösterdi."),
    ('en', 'patent_granted', 'K1',
     'The US Patent and Trademark Office issued a patent to Yildirim Kablo for a fire-resistant cable.'),
    ('tr', 'tender_opened', 'K5',
     'Halkapınar Lojistik A.Ş. tarafından Kemalpaşa lojistik merkezi yapım işi açık ihale usulü ile ihale edilecektir.'),
    ('en', 'investment_incentive', 'K3',
     "Ilgaz Enerji's 60 MW solar project was granted a state incentive package including a VAT exemption."),
]


@pytest.mark.parametrize(("lang", "etype", "client", "text"), FALLBACK_AND_NOTICES,
                         ids=[f"{c[0]}-{c[1]}-{n}" for n, c in enumerate(FALLBACK_AND_NOTICES)])
def test_main_firm_fallback_and_notices(extractor: Extractor, lang: str, etype: str,
                                        client: str, text: str) -> None:
    assert events(extractor, text, lang=lang) == {(etype, client)}
