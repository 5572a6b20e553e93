"""Forms real outlets use for rating actions, executive exits, awards, insolvency, fines,
investigations, tenders, layoffs, investments and capital increases, and the refusals and
"no plans" wording that must carry no event.

The forms were collected from public news, disclosure, court and rating pages; every
sentence here is invented for this file (firms of the test register in conftest.py).
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.test_generalisation import events

# (lang, event type, client, sentence): the event is found for that firm and the same
# type is not given to any other firm of the sentence (creditor, authority, buyer).
POSITIVE = [
    ('tr', 'rating_downgrade', 'K1', "Derecelendirme kuruluşu, Yıldırım Kablo'nun uzun vadeli kredi notunu BB-'den B+'ya indirdi."),
    ('tr', 'rating_downgrade', 'K2', 'Mavikent Gıda\'nın kredi notunun "A"dan "A-"ya düşürüldüğü bildirildi.'),
    ('tr', 'rating_downgrade', 'K3', "Ilgaz Enerji'nin görünümü aşağı yönlü revize edildi."),
    ('tr', 'rating_downgrade', 'K4', 'Görünümü aşağı revize edilen Defne Tekstil A.Ş., yeni yatırımlarını gözden geçiriyor.'),
    ('tr', 'rating_downgrade', 'K5', "Kuruluş, Halkapınar Lojistik'in görünümünü durağandan negatife revize etti."),
    ('tr', 'rating_downgrade', 'K7', "Uluslararası kuruluş, Polat Yapı'yı not indirimi için izlemeye aldı."),
    ('en', 'rating_downgrade', 'K1', 'The agency downgraded Yildirim Kablo to B3 from B2.'),
    ('en', 'lawsuit', 'K3', 'The regulator charged Ilgaz Enerji and two of its managers with market abuse.'),
    ('en', 'tender_opened', 'K5', 'Halkapinar Lojistik said it is looking for bids to build a new warehouse.'),
    ('en', 'rating_downgrade', 'K2', "The agency cut Mavikent Gida's rating to CCC+."),
    ('en', 'rating_downgrade', 'K3', 'The agency lowered its rating on Ilgaz Enerji to B-.'),
    ('en', 'rating_downgrade', 'K4', 'The agency revised the outlook on Defne Tekstil to negative from stable.'),
    ('en', 'rating_downgrade', 'K5', 'Halkapinar Lojistik was placed on Rating Watch Negative by the agency.'),
    ('en', 'rating_downgrade', 'K6', 'The outlook on Seren Otel was changed to negative.'),
    ('en', 'rating_downgrade', 'K7', 'Polat Yapi had its outlook revised to negative by the agency.'),
    ('en', 'rating_downgrade', 'K8', "The agency placed Erguven Makine's ratings on review for downgrade."),
    ('tr', 'management_exit', 'K1', "Yıldırım Kablo'da genel müdür Ahmet Kaya'nın görevinin sona erdiği açıklandı."),
    ('tr', 'management_exit', 'K2', "Mavikent Gıda'nın CEO'su Ayşe Demir görevden ayrıldı."),
    ('tr', 'management_exit', 'K3', "Ilgaz Enerji'nin finans direktörü görevinden alındı."),
    ('tr', 'management_exit', 'K4', 'Defne Tekstil A.Ş. yönetim kurulu başkanı görevini bıraktığını açıkladı.'),
    ('tr', 'management_exit', 'K5', 'Halkapınar Lojistik, genel müdürü Can Er ile yollarını ayırdı.'),
    ('tr', 'management_exit', 'K6', "Seren Otelcilik Turizm A.Ş.'nin genel müdürü Ali Can'ın görev süresi dolmadan görevine son verildi."),
    ('en', 'management_exit', 'K1', "Yildirim Kablo's chief executive stepped down on Monday."),
    ('en', 'management_exit', 'K2', 'The chief financial officer of Mavikent Gida steps down after six years.'),
    ('en', 'management_exit', 'K3', 'Ilgaz Enerji ousted its chief executive after the losses.'),
    ('en', 'management_exit', 'K4', 'The board of Defne Tekstil dumped him as CEO last week.'),
    ('en', 'management_exit', 'K5', "Halkapinar Lojistik's finance chief was fired on Friday."),
    ('en', 'management_exit', 'K6', 'Seren Otel announced the departure of its chief operating officer.'),
    ('en', 'management_exit', 'K7', 'The chairman of Polat Yapi will leave the company at the end of the month.'),
    ('en', 'management_exit', 'K8', 'Erguven Makine said its CEO had resigned with immediate effect.'),
    ('en', 'management_exit', 'K9', 'Korupark Holding has parted company with its chief executive.'),
    ('tr', 'contract_won', 'K7', 'Karayolları ile Polat Yapı arasında 900 milyon liralık viyadük sözleşmesi imzalandı.'),
    ('tr', 'contract_won', 'K7', 'Köprü ihalesini Polat Yapı Taahhüt A.Ş. kazandı.'),
    ('tr', 'contract_won', 'K7', "Belediyenin altyapı ihalesi Polat Yapı'ya verildi."),
    ('tr', 'contract_won', 'K7', 'Açık ihalede en yüksek teklifi Polat Yapı verdi.'),
    ('tr', 'contract_won', 'K7', 'Hastane inşaatı ihalesi Polat Yapı uhdesinde kaldı.'),
    ('tr', 'contract_won', 'K7', "İhale, 1,1 milyar liralık teklifle Polat Yapı'nın üzerinde kaldı."),
    ('tr', 'contract_won', 'K7', "İdare, yol yapım işini Polat Yapı'ya ihale etti."),
    ('tr', 'contract_won', 'K7', "Tramvay hattının yapım işi Polat Yapı'ya verildi."),
    ('en', 'contract_won', 'K7', 'Polat Yapi was awarded a $40 million contract to build a bridge.'),
    ('en', 'contract_won', 'K7', 'Polat Yapi has been awarded the contract for the new terminal.'),
    ('en', 'contract_won', 'K7', 'The ministry awarded Polat Yapi a $40 million contract for the tunnel.'),
    ('en', 'contract_won', 'K7', 'The authority gave the contract to Polat Yapi.'),
    ('en', 'contract_won', 'K7', 'Polat Yapi won a contract to upgrade the rail line.'),
    ('en', 'contract_won', 'K7', 'Polat Yapi has been selected to build the new stadium.'),
    ('en', 'contract_won', 'K1', 'Yildirim Kablo secured an order for 3,000 km of cable from a utility.'),
    ('en', 'contract_won', 'K1', 'Yildirim Kablo received an order worth $12 million from a grid operator.'),
    ('tr', 'insolvency', 'K4', 'Defne Tekstil A.Ş. iflas etti.'),
    ('tr', 'insolvency', 'K4', "Alacaklı banka, Defne Tekstil A.Ş.'nin iflasını istedi."),
    ('tr', 'insolvency', 'K4', 'Mahkeme, Defne Tekstil A.Ş. hakkında iflas kararı verdi.'),
    ('tr', 'insolvency', 'K4', 'Defne Tekstil A.Ş. konkordato ilan etti.'),
    ('tr', 'insolvency', 'K4', "Defne Tekstil A.Ş.'nin konkordato talebi mahkemece kabul edildi."),
    ('tr', 'insolvency', 'K4', "Defne Tekstil A.Ş.'nin makinelerine haciz konuldu."),
    ('en', 'insolvency', 'K4', 'Defne Tekstil filed for Chapter 11 bankruptcy protection on Tuesday.'),
    ('en', 'insolvency', 'K4', 'Defne Tekstil went into administration last week.'),
    ('en', 'insolvency', 'K4', 'Defne Tekstil entered liquidation after creditors rejected its plan.'),
    ('en', 'insolvency', 'K4', 'Defne Tekstil defaulted on a $30 million bond payment.'),
    ('en', 'insolvency', 'K4', 'Defne Tekstil has filed for bankruptcy protection.'),
    ('en', 'insolvency', 'K4', 'A creditor bank filed a bankruptcy petition against Defne Tekstil.'),
    ('tr', 'insolvency', 'K4', 'Yıldırım Kablo, alacağı için Defne Tekstil A.Ş. aleyhine iflas takibi başlattı.'),
    ('en', 'insolvency', 'K4', 'Yildirim Kablo, a creditor, asked the court to liquidate Defne Tekstil.'),
    ('tr', 'regulatory_fine', 'K2', "Mavikent Gıda'ya 12 milyon lira idari para cezası verildi."),
    ('tr', 'regulatory_fine', 'K2', "Rekabet Kurulu, Mavikent Gıda'ya 12 milyon lira ceza uyguladı."),
    ('tr', 'regulatory_fine', 'K2', 'Mavikent Gıda, 12 milyon lira para cezasına çarptırıldı.'),
    ('tr', 'regulatory_fine', 'K2', "Mavikent Gıda'ya ceza yağdı."),
    ('en', 'regulatory_fine', 'K2', 'The regulator fined Mavikent Gida $2 million.'),
    ('en', 'regulatory_fine', 'K2', 'Mavikent Gida was fined $2 million by the watchdog.'),
    ('en', 'regulatory_fine', 'K2', 'The authority imposed a fine of $2 million on Mavikent Gida.'),
    ('en', 'regulatory_fine', 'K2', 'Mavikent Gida was ordered to pay a $2 million penalty by the regulator.'),
    ('en', 'regulatory_fine', 'K2', 'The watchdog levied a penalty of $2 million on Mavikent Gida.'),
    ('en', 'lawsuit', 'K2', 'A court ordered Mavikent Gida to pay $5 million in damages to a former distributor.'),
    ('tr', 'lawsuit', 'K5', 'Rekabet Kurumu, Halkapınar Lojistik hakkında soruşturma başlattı.'),
    ('tr', 'lawsuit', 'K5', "Kurul, Halkapınar Lojistik'e yönelik soruşturma açtı."),
    ('en', 'lawsuit', 'K5', 'The competition authority opened an investigation into Halkapinar Lojistik.'),
    ('en', 'lawsuit', 'K5', "The regulator launched a probe into Halkapinar Lojistik's pricing."),
    ('en', 'lawsuit', 'K5', 'The regulator is investigating Halkapinar Lojistik over its pricing.'),
    ('en', 'lawsuit', 'K5', 'Halkapinar Lojistik is being investigated by the competition authority.'),
    ('tr', 'tender_opened', 'K3', 'Ilgaz Enerji, yeni trafo merkezi için ihale gerçekleştirdi.'),
    ('tr', 'tender_opened', 'K3', 'Ilgaz Enerji, santral inşaatı için ihaleye çıktı.'),
    ('tr', 'tender_opened', 'K3', 'Ilgaz Enerji tarafından gerçekleştirilen yapım ihalesine dokuz firma katıldı.'),
    ('en', 'tender_opened', 'K3', 'Ilgaz Enerji issued a tender for a 50 MW solar plant.'),
    ('en', 'tender_opened', 'K3', 'Ilgaz Enerji launched a tender to build a substation.'),
    ('tr', 'layoffs_closure', 'K1', 'Yıldırım Kablo, 300 işçiyi işten attı.'),
    ('tr', 'layoffs_closure', 'K1', 'Yıldırım Kablo, 300 çalışanını kapı önüne koydu.'),
    ('tr', 'layoffs_closure', 'K1', 'Yıldırım Kablo, 300 işçisini ücretsiz izne çıkardı.'),
    ('tr', 'layoffs_closure', 'K1', 'Yıldırım Kablo, Gebze fabrikasında üretime ara verdi.'),
    ('tr', 'layoffs_closure', 'K1', "Yıldırım Kablo, Gebze'deki fabrikasının kapısına kilit vurdu."),
    ('tr', 'layoffs_closure', 'K1', 'Yıldırım Kablo 300 işçi çıkardı.'),
    ('en', 'layoffs_closure', 'K1', 'Yildirim Kablo will furlough 300 workers.'),
    ('en', 'layoffs_closure', 'K1', 'Yildirim Kablo laid off 300 workers.'),
    ('en', 'layoffs_closure', 'K1', 'Yildirim Kablo will cut 300 jobs.'),
    ('en', 'layoffs_closure', 'K1', 'Yildirim Kablo shut down its Gebze plant.'),
    ('en', 'layoffs_closure', 'K1', 'Yildirim Kablo will idle the Gebze plant for two weeks.'),
    ('tr', 'investment_announcement', 'K2', "Mavikent Gıda, Konya'da 500 milyon liralık yatırım yaptı."),
    ('tr', 'investment_announcement', 'K2', "Mavikent Gıda, Konya'ya makarna fabrikası kuracak."),
    ('tr', 'investment_announcement', 'K2', "Mavikent Gıda, Ankara'da ikinci lojistik tesisini açacak."),
    ('en', 'investment_announcement', 'K2', 'Mavikent Gida will invest $50 million in a pasta plant.'),
    ('en', 'investment_announcement', 'K2', 'Mavikent Gida announced a $50 million investment in Konya.'),
    ('en', 'investment_announcement', 'K2', 'Mavikent Gida plans to build a pasta factory in Konya.'),
    ('en', 'investment_announcement', 'K2', 'Mavikent Gida is to open a plant in Konya.'),
    ('tr', 'capital_increase', 'K10', 'Korupark Cam, yüzde 100 bedelli sermaye artırımı yapacak.'),
    ('tr', 'capital_increase', 'K10', 'Korupark Cam sermayesini 200 milyon liraya artırdı.'),
    ('en', 'capital_increase', 'K10', 'Korupark Cam announced a capital increase of $20 million.'),
    ('en', 'capital_increase', 'K10', 'Korupark Cam launched a rights issue.'),
    ('en', 'capital_increase', 'K10', 'Korupark Cam raised $20 million in fresh capital from shareholders.'),
    ('en', 'rating_downgrade', 'K1', 'The agency lowered Yildirim Kablo to B- from B.'),
    ('en', 'rating_downgrade', 'K1', "Fitch cuts Yildirim Kablo to 'CCC+' on liquidity strain."),
    ('en', 'insolvency', 'K4', 'The court appointed administrators to Defne Tekstil on Monday.'),
    ('en', 'regulatory_fine', 'K2', "Mavikent Gida agreed to pay a $3 million civil penalty to settle the regulator's charges."),
    ('en', 'regulatory_fine', 'K2', 'The watchdog assessed a $3 million penalty against Mavikent Gida.'),
    ('tr', 'management_exit', 'K3', "Ilgaz Enerji'nin genel müdürü görevden affını istedi."),
    # a refused concordat request is still insolvency (unlike a refused capital increase)
    ('tr', 'insolvency', 'K4', "Mahkeme, Defne Tekstil A.Ş.'nin konkordato talebinin "
     "reddine ve şirketin iflasına karar verdi."),
    # creditor vs debtor, buyer vs winner
    ('tr', 'insolvency', 'K4', "Yıldırım Kablo, Defne Tekstil A.Ş.'nin iflasını istedi."),
    ('en', 'insolvency', 'K4', 'Yildirim Kablo filed a winding-up petition against Defne Tekstil.'),
    ('en', 'contract_won', 'K7', 'Ilgaz Enerji awarded Polat Yapi a $40 million contract for the substation.'),
    ('en', 'contract_won', 'K7', 'Ilgaz Enerji gave the contract to Polat Yapi.'),
    ('tr', 'contract_won', 'K7', "Ilgaz Enerji'nin gerçekleştirdiği trafo ihalesini Polat Yapı kazandı."),
    ('tr', 'tender_opened', 'K3', "Ilgaz Enerji'nin gerçekleştirdiği trafo ihalesini Polat Yapı kazandı."),
    ('tr', 'contract_won', 'K7', "Ilgaz Enerji, trafo merkezi yapım işini Polat Yapı'ya ihale etti."),
]

# Sentences that carry no event at all: refusals, "does not mean", no plans, ruled out,
# and look-alikes (an adjective "idle", capital expenditure, leaving a meeting).
NEGATIVE = [
    ('en', 'Hundreds of Yildirim Kablo workers left their jobs after the strike.'),
    ('tr', "SPK, Korupark Cam'ın bedelli sermaye artırımı talebini reddetti."),
    ('tr', "SPK, Korupark Cam'ın sermaye artırımı başvurusunu onaylamadı."),
    ('tr', "Açıklama, Mavikent Gıda'nın fabrikayı kapatacağı anlamına gelmiyor."),
    ('en', 'Mavikent Gida has no immediate plans to close the Konya plant.'),
    ('en', 'Mavikent Gida ruled out layoffs at the Konya plant.'),
    ('en', 'Mavikent Gida denied it would cut jobs.'),
    ('en', 'Mavikent Gida has no plans to build a new factory.'),
    ('en', "The regulator rejected Korupark Cam's application for a capital increase."),
    ('en', 'Mavikent Gida said it does not intend to close the plant.'),
    ('tr', 'Mavikent Gıda, fabrikayı kapatma kararı almadığını açıkladı.'),
    ('tr', 'Mavikent Gıda, işçi çıkarmayacağını açıkladı.'),
    ('en', 'Yildirim Kablo cut prices to a record low.'),
    ('en', 'Yildirim Kablo left the meeting early.'),
    ('en', 'Mavikent Gida said it is investigating the cause of the fire.'),
    ('en', 'Korupark Cam raised capital expenditure to $40 million.'),
]


@pytest.mark.parametrize(("lang", "etype", "client", "text"), POSITIVE,
                         ids=[f"{c[0]}-{c[1]}-{n}" for n, c in enumerate(POSITIVE)])
def test_real_form_found_for_the_right_firm(extractor: Extractor, lang: str, etype: str,
                                           client: str, text: str) -> None:
    got = events(extractor, text, lang)
    assert (etype, client) in got
    assert {c for t, c in got if t == etype} == {client}


@pytest.mark.parametrize(("lang", "text"), NEGATIVE,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(NEGATIVE)])
def test_refusals_and_look_alikes_carry_no_event(extractor: Extractor, lang: str,
                                                 text: str) -> None:
    assert events(extractor, text, lang) == set()
