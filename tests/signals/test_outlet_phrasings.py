"""Cue coverage of the ways outlets phrase events, beyond the textbook verb.

A phrasing study of stored public pages (wire copy, regulator round-ups, court digests,
KAP disclosures, Turkish business news) listed the constructions below; every sentence
here is our own. Each case failed before the cue or modality rule it pins was added.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The allegation is the reason for the fine, not a rumour of it.
    ("en", "The watchdog fined Yildirim Kablo 3 million euros for allegedly misleading buyers.",
     ("regulatory_fine", "K1")),
    # A subject pronoun or auxiliary starts the clause: "on Tuesday" is no role of the firm.
    ("en", "The watchdog said on Tuesday it had fined Serin Sut for price fixing.",
     ("regulatory_fine", "K12")),
    ("en", "The bank said on Friday it was suing Ilgaz Enerji over unpaid loans.",
     ("lawsuit", "K3")),
    # Headline verbs: "Fines X", "X gets a fine", "slaps X with a fine".
    ("en", "Watchdog Fines Yildirim Kablo $400,000", ("regulatory_fine", "K1")),
    ("en", "Serin Sut gets £2 million fine over hygiene failures", ("regulatory_fine", "K12")),
    ("en", "The authority slaps Polat Yapi with a record penalty.", ("regulatory_fine", "K7")),
    ("en", "The penalty for Defne Tekstil follows a two-year inquiry.", ("regulatory_fine", "K4")),
    ("en", "Ilgaz Enerji will pay $8 million to settle charges that it misstated its reserves.",
     ("regulatory_fine", "K3")),
    # The defendant of a suit, charges and investigations written around it.
    ("en", "Criminal charges were filed against Ergüven Makine on Tuesday.", ("lawsuit", "K8")),
    ("en", "Mavikent Gida is accused in a federal lawsuit of mislabelling its yoghurt.",
     ("lawsuit", "K2")),
    ("en", "Seren Otel faces criminal investigations in three countries.", ("lawsuit", "K6")),
    ("en", "Halkapinar Lojistik was the target of a lawsuit filed in Ohio.", ("lawsuit", "K5")),
    ("en", "Korupark Cam said it is cooperating with the investigation.", ("lawsuit", "K10")),
    ("en", "The Commission sent a statement of objections to Lodestar over its pricing.",
     ("lawsuit", "K11")),
    # More outlet verbs: object of "declared", fines "against", a sale of a business, a
    # property "placed on the market", officers relieved or quitting, invited tenders,
    # patents "issued" to the firm, money spent at an existing plant (capacity).
    ("en", "A court in Izmir declared Yildirim Kablo bankrupt on Tuesday.", ("insolvency", "K1")),
    ("en", "OSHA proposed $90,000 in fines against Polat Yapi after an inspection.",
     ("regulatory_fine", "K7")),
    ("en", "Defne Tekstil announced the sale of its denim business to a rival.",
     ("asset_sale", "K4")),
    ("en", "Serin Sut has placed its Izmir headquarters on the market.", ("asset_sale", "K12")),
    ("en", "The board of Ilgaz Enerji relieved its chief executive of his duties.",
     ("management_exit", "K3")),
    ("en", "Mavikent Gida CFO quits after six months", ("management_exit", "K2")),
    ("en", "Sealed bids are invited by Halkapinar Lojistik for a new warehouse roof.",
     ("tender_opened", "K5")),
    ("en", "Polat Yapi floated a tender for 40 cement trucks.", ("tender_opened", "K7")),
    ("en", "Ergüven Makine has been issued a patent for its press brake.",
     ("patent_granted", "K8")),
    ("en", "Ilgaz Enerji will invest $40 million at its Bursa plant to add a turbine hall.",
     ("capacity_expansion", "K3")),
    # Round two of the study: incentives, refunds, fundraising, collapses, tenders,
    # contracts, patents, complaints and land, as local and trade outlets write them.
    ("en", "The council approved a 10-year tax abatement to Defne Tekstil for its new mill.",
     ("investment_incentive", "K4")),
    ("en", "The state board approved Serin Sut for up to $250,000 in tax incentives.",
     ("investment_incentive", "K12")),
    ("en", "Polat Yapi has been awarded a job creation tax credit for its new plant.",
     ("investment_incentive", "K7")),
    ("en", "Buyers say the heaters they paid Mavikent Gida for were never shipped.",
     ("refund_problem", "K2")),
    ("en", "Korupark Holding has launched two deeply discounted rights issues.",
     ("capital_increase", "K9")),
    ("en", "Korupark Cam raised $9 million through a placing of 20 million new shares.",
     ("capital_increase", "K10")),
    ("en", "About 900 travellers were stranded when tour operator Seren Otel collapsed.",
     ("insolvency", "K6")),
    ("en", "Halkapinar Lojistik has asked three shipyards to bid for six tugboats.",
     ("tender_opened", "K5")),
    ("en", "Halkapinar Lojistik wins $420m port expansion contract", ("contract_won", "K5")),
    ("en", "The council voted to award the paving contract to Polat Yapi.", ("contract_won", "K7")),
    ("en", "Serin Sut was issued a U.S. patent this week for its culture method.",
     ("patent_granted", "K12")),
    ("en", "Ilgaz Enerji's patent for a turbine coating has been granted.", ("patent_granted", "K3")),
    ("en", "Polat Yapi buys 47-acre tract for a new batching plant.", ("land_acquisition", "K7")),
    ("en", "The vacant plant on Mill Road was sold to Defne Tekstil for $2 million.",
     ("land_acquisition", "K4")),
    ("tr", "Ilgaz Enerji, Karaman'daki türbin fabrikası için devlet yardımı almaya hak kazandı.",
     ("investment_incentive", "K3")),
    ("tr", "Tekirdağ'daki iplik fabrikasının yeni sahibi Defne Tekstil oldu.",
     ("land_acquisition", "K4")),
    ("tr", "Polat Yapı, fabrikasının bitişiğindeki 27 dönümü 96 milyon liraya satın alarak "
           "arazisini büyüttü.", ("land_acquisition", "K7")),
    ("tr", "Seren Otel'den tatil satın alanlara ne otel verildi ne de paraları iade edildi.",
     ("refund_problem", "K6")),
    ("tr", "Mavikent Gıda, ödemesi alınmış ürünleri teslim etmeden kapılarını kapattı.",
     ("refund_problem", "K2")),
    ("tr", "Tüketiciler, Seren Otel'in son dakika otel değişikliklerine sosyal medyada isyan etti.",
     ("customer_complaint", "K6")),
    ("tr", "Yemek hizmeti alımı işi, en avantajlı teklifi veren Polat Yapı'nın uhdesinde bırakıldı.",
     ("contract_won", "K7")),
    ("tr", "Liman işletmesinin açtığı römorkör ihalesinden Halkapınar Lojistik galip çıktı.",
     ("contract_won", "K5")),
    ("tr", "Ergüven Makine'ye hidrolik pres sistemi için patent belgesi verildi.",
     ("patent_granted", "K8")),
    ("tr", "Serin Süt'te yüzde 100 bedelli sermaye artırımı için rüçhan hakkı kullanımı başlıyor.",
     ("capital_increase", "K12")),
    # Investments announced with other verbs.
    ("en", "Defne Tekstil said it would build a dyeing mill in Ohio.",
     ("investment_announcement", "K4")),
    ("en", "Polat Yapi will spend $90 million on a cement plant in Texas.",
     ("investment_announcement", "K7")),
    ("en", "Serin Sut picks Idaho for its cheese plant", ("investment_announcement", "K12")),
    ("en", "Ergüven Makine has selected Pueblo as the site for a 200-acre campus.",
     ("investment_announcement", "K8")),
    ("tr", "Defne Tekstil, Uşak'ta 900 milyon liralık iplik yatırımına başlıyor.",
     ("investment_announcement", "K4")),
    ("tr", "Serin Süt'ten Kars'a yeni fabrika: 300 kişiye iş", ("investment_announcement", "K12")),
    ("tr", "Polat Yapı tarafından Sivas'ta kurulacak çimento fabrikasının bedeli 2 milyar lira.",
     ("investment_announcement", "K7")),
    ("tr", "Ilgaz Enerji, Niğde'de güneş paneli tesisi için yatırım anlaşmasına imza attı.",
     ("investment_announcement", "K3")),
    # Capacity in a headline, sales written as decisions and processes.
    ("tr", "Mavikent Gıda'dan kapasite hamlesi: Bursa tesisine ikinci hat",
     ("capacity_expansion", "K2")),
    ("tr", "Ereğli'deki arsasını satışa çıkaran Ergüven Makine teklif bekliyor.",
     ("asset_sale", "K8")),
    ("tr", "Korupark Holding, Tuzla'daki iki antreposunu bir lojistik firmasına sattı.",
     ("asset_sale", "K9")),
    ("tr", "Halkapınar Lojistik, depo arazisinin satış sürecini tamamladığını bildirdi.",
     ("asset_sale", "K5")),
    # Exits and patents.
    ("tr", "Seren Otel ile genel müdürü Ayla Demirtaş yollarını ayırdı.", ("management_exit", "K6")),
    ("tr", "Serin Süt'ün geliştirdiği mayalama yöntemi Avrupa'da patentlendi.",
     ("patent_granted", "K12")),
    # Headline: the target of an investigation in the dative.
    ("tr", "Kurul'dan Yıldırım Kablo'ya soruşturma", ("lawsuit", "K1")),
    # The reason for a fine holds a negated verb; the fine's base is last year's revenue.
    ("tr", "Kurul, gerekli önlemleri almadığını tespit ettiği Yıldırım Kablo'ya 2 milyon TL "
           "idari para cezası verdi.", ("regulatory_fine", "K1")),
    ("tr", "Kurum, Ilgaz Enerji'ye bir önceki yıl gelirinin binde 3'ü oranında idari para "
           "cezası uyguladı.", ("regulatory_fine", "K3")),
])
def test_outlet_phrasing_is_read(extractor: Extractor, lang: str, text: str,
                                 expected: tuple[str, str]) -> None:
    assert expected in firms(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # Still read as modality where it qualifies the event itself.
    ("en", "Yildirim Kablo was allegedly fined by the watchdog, a newspaper said.", "regulatory_fine"),
    ("tr", "Yıldırım Kablo, idari para cezası aldığı yönündeki haberlerin doğru olmadığını açıkladı.",
     "regulatory_fine"),
    ("tr", "Ilgaz Enerji, geçen yıl Bursa'da yeni fabrika kuracağını açıklamıştı.",
     "investment_announcement"),
    # Immunity from a fine is no fine.
    ("en", "Yildirim Kablo, which alerted the authority, was granted full immunity from the "
           "administrative fine.", "regulatory_fine"),
    # Staff complaining, or a creditor named beside a bankruptcy, carry no such event.
    ("en", "Drivers at Yildirim Kablo complained about unpaid overtime at a union meeting.",
     "customer_complaint"),
    ("en", "Yildirim Kablo, the largest creditor of the bankrupt processor, is owed $1 million.",
     "insolvency"),
    # A firm complaining, or registering its claim against a debtor, has no such event.
    ("tr", "Yıldırım Kablo, prim ödemeyen distribütör firmadan şikayetçi oldu.",
     "customer_complaint"),
    ("tr", "Yıldırım Kablo A.Ş. KAP açıklaması: Konkordato ilan eden müşterimiz nezdindeki "
           "alacağımız için komiserliğe alacak kaydı yaptırılmıştır.", "insolvency"),
    # The plaintiff's side of a headline is no defendant.
    ("en", "Ilgaz Enerji said it is cooperating with customers on refunds.", "lawsuit"),
])
def test_modality_still_holds(extractor: Extractor, lang: str, text: str, kind: str) -> None:
    assert not {t for t, _ in firms(extractor, text, lang)} & {kind}
