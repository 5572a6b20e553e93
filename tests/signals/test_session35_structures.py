"""Structures met in session 35's fresh real-text set and catalogues (own sentences, invented
firms): Indian legal forms ("Pvt. Ltd.") that must not end a sentence; a firm named by its
web address ("Made.com"), one firm with "Made"; an insolvency practitioner is never the
debtor; "without admitting or denying" denies nothing; an officer leaving a firm named by
its trade ("toymaker X"); shares a board decided to issue; "cancelled flights" as what
customers lost, not a plan called off; a trade descriptor ("the store", "the Texas-based
provider") for the firm; an official's "our" on a firm's name ("X'imiz"); "sözleşmesine imza
attı"; a -(y)ken converb closing a fine's clause; bids received for a firm's tender; a
complaint site named by a noun is a venue; money that cannot be withdrawn.
"""

from __future__ import annotations

import pytest

from radar_core.records import DocumentRecord
from signals import Extractor
from signals.evaluate import companies_match


def same(got: set[tuple[str, str]], expected: set[tuple[str, str]]) -> bool:
    """Every expected event found once, nothing else (firms match as the evaluation does)."""
    return len(got) == len(expected) and all(
        any(t == gt and companies_match(c, gc) for gt, gc in got) for t, c in expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'Of the pledges signed at the fair, Marwal Textiles Pvt. Ltd. of Surat is to invest Rs 300 crore in a spinning unit.',
     {('investment_announcement', 'Marwal Textiles Pvt. Ltd.')}),
    ('en', 'Customers say Cartwell.com has not refunded orders it cancelled in March, and Cartwell has stopped answering the phone.',
     {('refund_problem', 'Cartwell.com')}),
    ('en', 'Barrow Kent Advisory LLP were appointed as administrators of Ostlin Homewares Ltd on Friday.',
     {('insolvency', 'Ostlin Homewares')}),
    ('en', 'The board of Norvik Bank has decided to issue 40 million new ordinary shares to shore up its capital.',
     {('capital_increase', 'Norvik Bank')}),
    ('en', 'Brenmoor Water sold £300m of bonds, avoiding the need to issue new shares.',
     set()),
    ('en', 'Passengers of Skyrun Air lodged 4,000 complaints about refunds for cancelled flights that were never paid.',
     {('customer_complaint', 'Skyrun Air'), ('refund_problem', 'Skyrun Air')}),
    ('en', 'Lena Marsh paid Harwick Furnishings a £900 deposit for a sofa in May. The refund the store promised in June has not arrived.',
     {('refund_problem', 'Harwick Furnishings')}),
    ('en', 'Shares of Delmont Services rose 6% after the Texas-based provider said it had been awarded a $40 million maintenance contract by the navy.',
     {('contract_won', 'Delmont Services')}),
    ('en', 'The U.S. Air Force has awarded Tannery Point Systems a $12 million contract for radar spares.',
     {('contract_won', 'Tannery Point Systems')}),
    ('en', 'Chief operating officer Mira Vance will leave toymaker Bellwick at the end of June to run a rival, Bellwick said.',
     {('management_exit', 'Bellwick')}),
    ('tr', "Bakan, 'Kestel Savunma'mız Avrupa'da 200 milyon dolarlık bir sözleşme imzaladı' dedi.",
     {('contract_won', 'Kestel Savunma')}),
    ('tr', "Bakan, Tuzla Elektronik'in Polonya'da 300 milyon dolarlık bir radar sözleşmesine imza attığını söyledi.",
     {('contract_won', 'Tuzla Elektronik')}),
    ('tr', "Kurul kararıyla Akpınar Süt'e 12 milyon lira idari para cezası uygulanırken dosyadaki Berk Gıda için ceza verilmesine gerek görülmedi.",
     {('regulatory_fine', 'Akpınar Süt')}),
    ('tr', "Kuzeyhat Enerji A.Ş.'nin boru hattı yapım ihalesine yedi firma teklif verdi.",
     {('tender_opened', 'Kuzeyhat Enerji A.Ş.')}),
    ('tr', "Şikâyet platformu Dertlen.com'un raporuna göre geçen ay en çok şikâyet kargo sektörüne geldi.",
     set()),
    ('tr', "Yatırımcılar, Paranet Ödeme Hizmetleri A.Ş.'deki paralarının aylardır çekilemediğini söyledi.",
     {('refund_problem', 'Paranet Ödeme Hizmetleri A.Ş.')}),
    ('en', "The agency affirmed the Long-term Issuer Default Ratings of Corvale Bank Plc. Holders of Merrow Group's notes were not paid on Monday.",
     set()),
    ('en', 'Drivers at Pellam Freight refused to return to work on Tuesday after a pay dispute.',
     set()),
    ('en', 'The labour office was warned that Tamworth Bakeries would lay off 120 people at its Leeds site.',
     {('layoffs_closure', 'Tamworth Bakeries')}),
    ('en', 'Harlan Shipbuilding has secured a KRW 310 billion ($230 million) order for two tankers from a European owner.',
     {('contract_won', 'Harlan Shipbuilding')}),
    ('en', 'The transit agency has tapped a joint venture of Corbel Civil Works and Amsel Rail for the $500 million depot contract.',
     {('contract_won', 'Corbel Civil Works'), ('contract_won', 'Amsel Rail')}),
    ('en', 'Linmore Castings was awarded a $75,000 state development grant to buy new furnaces.',
     {('investment_incentive', 'Linmore Castings')}),
    ('en', 'Bids for the supply of crushers and conveyors for the Tarn Valley mine are being sought by Ostvale Mining, with offers due in May.',
     {('tender_opened', 'Ostvale Mining')}),
    ('tr', 'Kurul, Karadere Tavukçuluk Gıda Sanayi AŞ, Yeşilova Besicilik Tarım İşl. San. ve Tic. Ltd. Şti., Akyaka Piliç ve Damızlık Ürünleri Tic. San. AŞ ile Kuzeyli Gıda Sanayi AŞ hakkında soruşturma açılmasına karar verdi.',
     {('lawsuit', 'Karadere Tavukçuluk Gıda Sanayi AŞ'), ('lawsuit', 'Yeşilova Besicilik Tarım İşl. San. ve Tic. Ltd. Şti.'), ('lawsuit', 'Kuzeyli Gıda Sanayi AŞ'), ('lawsuit', 'Akyaka Piliç ve Damızlık Ürünleri Tic. San. AŞ')}),
    ('tr', "Kurul, Soydan Yem A.Ş.'ye 12 milyon TL idari para cezası verdi. Ilgaz Yem ve Tuna Tarım şirketleri için ise idari para cezası uygulanmasına yer olmadığına karar verildi.",
     {('regulatory_fine', 'Soydan Yem A.Ş.')}),
    ('tr', 'Geçici mühlet verilen firma ve şahıslar şöyle:\n• Meltem Ambalaj Sanayi ve Ticaret A.Ş.\n• Kuzey Kablo Ltd. Şti.\n• Feryal Yalçın\n• İlker',
     {('insolvency', 'Kuzey Kablo Ltd. Şti.'), ('insolvency', 'Meltem Ambalaj Sanayi ve Ticaret A.Ş.')}),
    ('tr', "Mahkeme, Tepekent Mobilya Koltuk Orman Ürünleri Sanayi ve Ticaret Limited Şirketi'nin konkordato talebini reddederek iflasına karar verdi. Bölgenin önde gelen üreticilerinden Tepekent, böylece iflas etmiş oldu.",
     {('insolvency', 'Tepekent Mobilya Koltuk Orman Ürünleri Sanayi ve Ticaret Limited Şirketi')}),
    ('en', 'In June 2014, Harlow Estates sold its former headquarters for $7.8 million to Quayside Property Group. In September 2019, Harlow Estates cut 300 jobs.',
     {('layoffs_closure', 'Harlow Estates')}),
    ('en', 'Car accessory maker Pellcote got tax benefits for a $6 million expansion in Polk County.',
     {('investment_incentive', 'Pellcote')}),
    ('tr', 'Kurul, karton pazarındaki fiyat koordinasyonu iddialarına ilişkin 3 teşebbüs hakkında soruşturma açılmasına karar verdi:\n- Sarıkaya Karton San. A.Ş.\n- Göktepe Ambalaj Ltd. Şti.\n- Yazıcılar Kağıt A.Ş.',
     {('lawsuit', 'Sarıkaya Karton San. A.Ş.'), ('lawsuit', 'Göktepe Ambalaj Ltd. Şti.'), ('lawsuit', 'Yazıcılar Kağıt A.Ş.')}),
    ('tr', 'KONKORDATO İLANLARI\nGEÇİCİ MÜHLET VERİLENLER\n- Çamlıdere Plastik San. ve Tic. Ltd. Şti. – 3 ay\n- Oymapınar Tekstil Konf. A.Ş. – 3 ay',
     {('insolvency', 'Çamlıdere Plastik San. ve Tic. Ltd. Şti.'), ('insolvency', 'Oymapınar Tekstil Konf. A.Ş.')}),
    ('tr', 'Eylülde 540 yatırım teşvik belgesi düzenlendi\nListede öne çıkan belgeler şöyle:\nKARAÇAM AMBALAJ SAN. VE TİC. A.Ş. | Konya | 210.000.000 TL\nYEŞİLYURT SÜT MAM. GIDA SAN. A.Ş. | Ardahan | 44.500.000 TL',
     {('investment_incentive', 'KARAÇAM AMBALAJ SAN. VE TİC. A.Ş.'), ('investment_incentive', 'YEŞİLYURT SÜT MAM. GIDA SAN. A.Ş.')}),
    ('tr', "Kurul kararıyla Kemerli Ev Tekstili'ne 2,1 milyon, Sarıgöl Moda'ya 900 bin, Dalgıç Oyuncak'a ise 350 bin lira idari para cezası verildi.",
     {('regulatory_fine', 'Kemerli Ev Tekstili'), ('regulatory_fine', 'Sarıgöl Moda'), ('regulatory_fine', 'Dalgıç Oyuncak')}),
    ('en', 'WARN notices filed this week\nBrannock Freight, 200 Depot Rd, Peoria — permanent closure, 140 workers.\nHollis Grand Hotel — temporary layoff, 60 workers, for renovation.',
     {('layoffs_closure', 'Brannock Freight'), ('layoffs_closure', 'Hollis Grand Hotel')}),
    ('en', 'Judge approves sale in Westbury Furniture bankruptcy proceedings',
     {('insolvency', 'Westbury Furniture')}),
    ('en', 'Customers say they paid in full for sofas from Westbury Furniture. This furniture retailer shut down before they could collect them.',
     {('layoffs_closure', 'Westbury Furniture')}),
    ('en', 'The commission fined Tarrow Securities $3 million. Helm & Crane, which reported its own lapses, was not penalised.',
     {('regulatory_fine', 'Tarrow Securities')}),
    ('en', "CREDITORS' VOLUNTARY LIQUIDATION: Pellby Interiors Ltd. Liquidator: Dana Marsh of Marsh Recovery LLP.\nWINDING-UP ORDER against Corlan Scaffolding Limited; the Official Receiver is liquidator.",
     {('insolvency', 'Pellby Interiors Ltd'), ('insolvency', 'Corlan Scaffolding Limited')}),
    ('tr', 'T.C. KARTAL 3. ASLİYE TİCARET MAHKEMESİ\nİFLAS İLANI\nMüflis: KAYALIDERE MERMER İNŞ. SAN. VE TİC. LTD. ŞTİ.\nİflas isteyen alacaklı: Sarıyar Beton A.Ş.',
     {('insolvency', 'KAYALIDERE MERMER İNŞ. SAN. VE TİC. LTD. ŞTİ.')}),
    ('tr', 'Notu indirilen bankalar: Kuzeyyıldızı Bankası A.Ş., Ekinova Katılım Bankası A.Ş.',
     {('rating_downgrade', 'Kuzeyyıldızı Bankası A.Ş.'), ('rating_downgrade', 'Ekinova Katılım Bankası A.Ş.')}),
    ('en', 'Vantwell Law LLP is investigating whether Corsair Payments Inc. misled investors.',
     set()),
    ('en', "Business briefs\nClosing: Hobart's Bakehouse will close its Main Street bakery on Saturday after 40 years.\nProperty: Dunmore Textiles put its former dye works on the market for $6 million.",
     {('layoffs_closure', "Hobart's Bakehouse"), ('asset_sale', 'Dunmore Textiles')}),
    ('tr', "Ticaret Bakanlığı, Kaledere Gıda A.Ş.'ye yönelik inceleme başlattı.",
     {('lawsuit', 'Kaledere Gıda A.Ş.')}),
    ('tr', 'Kaledere Gıda A.Ş. yöneticileriyle birlikte yargılanıyor.',
     {('lawsuit', 'Kaledere Gıda A.Ş.')}),
    ('tr', "Ticaret Bakanlığı, Kaledere Market A.Ş.'ye fahiş fiyat cezası yazdı.",
     {('regulatory_fine', 'Kaledere Market A.Ş.')}),
    ('tr', 'İhale Kaledere İnşaat A.Ş. üzerinde kaldı.',
     {('contract_won', 'Kaledere İnşaat A.Ş.')}),
    ('tr', 'İşi 310 milyon liralık teklifle Kaledere İnşaat A.Ş. aldı.',
     {('contract_won', 'Kaledere İnşaat A.Ş.')}),
    ('tr', "Kaledere Gıda A.Ş.'nin yatırımı için KDV istisnası ve gümrük vergisi muafiyeti sağlandı.",
     {('investment_incentive', 'Kaledere Gıda A.Ş.')}),
    ('en', 'The state awarded Ashcombe Foods Inc. a $500,000 grant.',
     {('investment_incentive', 'Ashcombe Foods Inc.')}),
    ('en', 'The county approved a tax break for Ashcombe Foods Inc.',
     {('investment_incentive', 'Ashcombe Foods Inc.')}),
    ('en', 'Ashcombe Foods Inc. is eligible for up to $4 million in tax credits under the program.',
     {('investment_incentive', 'Ashcombe Foods Inc.')}),
    ('en', 'Ashcombe Bank plc will pay $12 million to resolve allegations that it violated sanctions.',
     {('regulatory_fine', 'Ashcombe Bank plc')}),
    ('en', 'The city chose Ashcombe Engineering Inc. for the $40 million road project.',
     {('contract_won', 'Ashcombe Engineering Inc.')}),
    ('en', 'Ashcombe Engineering Inc. received a $40 million task order.',
     {('contract_won', 'Ashcombe Engineering Inc.')}),
    ('en', 'The council approved a $40 million contract with Ashcombe Engineering Inc.',
     {('contract_won', 'Ashcombe Engineering Inc.')}),
    ('en', 'Ashcombe Capital Inc. disclosed that it received a subpoena from the SEC.',
     {('lawsuit', 'Ashcombe Capital Inc.')}),
    ('en', 'Ashcombe Capital Inc. was raided by competition officials.',
     {('lawsuit', 'Ashcombe Capital Inc.')}),
    ('en', 'Ashcombe Bank plc lost its investment-grade rating at S&P.',
     {('rating_downgrade', 'Ashcombe Bank plc')}),
    ('tr', 'Kurumun gündemindeki dosyalarda Velora Spor A.Ş., Tınısı Müzik A.Ş. ve Yemekkart Ödeme A.Ş. incelemeye alındı.',
     {('lawsuit', 'Tınısı Müzik A.Ş.'), ('lawsuit', 'Yemekkart Ödeme A.Ş.'), ('lawsuit', 'Velora Spor A.Ş.')}),
])
def test_structure(extractor: Extractor, lang: str, text: str,
                   expected: set[tuple[str, str]]) -> None:
    got = {(e.type, e.company or "") for e in
           extractor.extract(DocumentRecord(id="t", text=text, lang=lang))}
    assert same(got, expected), got
