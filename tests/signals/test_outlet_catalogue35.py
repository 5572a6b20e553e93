"""Outlet structures catalogued in session 35 (four rounds: sentences for the types an
extractor finds hardest - contracts, incentives, asset sales, tenders, complaints, refunds,
land, capital - and whole documents - incentive and konkordato lists, competition decisions,
WARN and gazette notices, rating lists, roundups, KAP forms) by helpers who never read the
extractor, written again as invented text with invented firms.

Each case says which (type, firm) events the text holds. Cases marked ``xfail`` are
structures Radar does not read yet; they are strict, so one that starts to pass must be
promoted to a plain case. Firms match loosely, as the evaluation does (case, legal form).
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.expect import read, same


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # en4 1: Firm named only in a headline-style lead, then "the company" in the body; buyer is named
    ('en', 'Orvanta Rail lands £48m signalling deal. The Sheffield-based company will renew signalling along 60 miles of the Pennine line for network owner Northline Infrastructure over the next five years.',
     {('contract_won', 'Orvanta Rail')}),
    # en4 2: Passive "was awarded to X by <agency>", with the winner named after the verb and a publi
    ('en', "A $187.6 million contract to overhaul the Navy's fleet of turboprop trainers was awarded on Thursday to Pellmore Aviation Services of Mobile, Alabama, by Naval Air Systems Command.",
     {('contract_won', 'Pellmore Aviation Services')}),
    # en4 3: Contract digest: several winners in a list, an option-year exercise, and framework place
    pytest.param('en', 'The Defense Department handed out 41 contracts worth $2.7 billion on Friday. Keswin Aerotech won a $93 million cost-plus deal to support Army logistics software, and Dralow Medical was awarded the third of five option years on its surgical-kit supply contract, worth up to $38 million. Nine companies, among them Quellwater Networks and Ostrand Federal, were also given places on a $3.9 billion multiple-award IDIQ framework that lets them compete for task orders.',
                 {('contract_won', 'Dralow Medical'), ('contract_won', 'Keswin Aerotech'), ('contract_won', 'Ostrand Federal'), ('contract_won', 'Quellwater Networks')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 4: Shipyard order from an undisclosed owner, signed but "subject to board approval"; the bu
    ('en', "Tarsen Heavy Industries has secured a KRW 287 billion ($214 million) order for one LNG carrier from an unnamed Asian shipowner, the yard said in a regulatory filing. Broking sources linked Meridia Gas Lines to the order. The contract still needs the approval of Tarsen's board.",
     {('contract_won', 'Tarsen Heavy Industries')}),
    # en4 5: Agency "taps" a joint venture (two winners named in the JV); a losing finalist is named
    ('en', 'The Army Corps of Engineers has tapped a joint venture of Callowmere Builders and Renvick Construction for the $640 million design-build contract for the new Westlake records campus. The Callowmere-Renvick team beat two other finalists, including a group led by Hask & Doyle.',
     {('contract_won', 'Callowmere Builders'), ('contract_won', 'Renvick Construction')}),
    # en4 6: Stock-reaction lead with an appositive between the winner and "said it had been awarded"
    ('en', "Shares of Corvane Engineering rose 11% on Thursday after the Houston-based provider of project services said it had been awarded an engineering, procurement and construction agreement by Quorra Chemicals for upgrades at Quorra's resin plant.",
     {('contract_won', 'Corvane Engineering')}),
    # en4 7: Subcontract: the main contractor's earlier win is background (relative clause); only the
    ('en', "Halvern Marine, which won the order for four hybrid ferries last year, has picked Brask Electric to supply the vessels' battery systems in a deal worth about €18 million.",
     {('contract_won', 'Brask Electric')}),
    # en4 8: NEGATIVE: finalists shortlisted, final RFP not yet issued, no award (public agency as bu
    pytest.param('en', 'The Kansas City District of the Army Corps is preparing a final request for proposals to three teams, led by Prydell Construction, Alder & Moss and Kettlewood Build, for the $700 million headquarters project. The Corps expects to choose a winner next spring.',
                 set(),
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 9: Granting body as subject, several grantees in one list with their own amounts
    pytest.param('en', 'The Harwick Economic Assistance Council approved seven projects on Tuesday. Milvane Foods will receive $420,000 in state tax credits in exchange for adding 60 jobs, and Tessaly Optics $250,000 for retaining 45 positions.',
                 {('investment_incentive', 'Milvane Foods'), ('investment_incentive', 'Tessaly Optics')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 10: Grantee as subject ("said it has received ... subsidy"), plus special status for a plant
    ('en', "Steel-tube maker Sarovan Steel Products said on Tuesday it has received an industrial promotion subsidy of Rs 21.5 crore from the state government, which has also granted its Chakan plant 'mega project' status that entitles it to tax refunds. Sarovan shares were flat.",
     {('investment_incentive', 'Sarovan Steel Products')}),
    # en4 11: Passive "was awarded a grant"; a development agency with a firm-like "Inc." name only he
    ('en', 'Ockley Castings was awarded a $50,000 rural development grant to help pay for new dust-extraction equipment at its foundry. Ridge County Economic Development, Inc. worked with the state office to secure the award.',
     {('investment_incentive', 'Ockley Castings')}),
    # en4 12: Local tax abatement together with a separately stated capacity increase at the existing
    pytest.param('en', 'The county commission is backing Natterjack Pellets with a ten-year property tax abatement. The company will install a second production line at its Pickering plant, doubling output of grilling pellets.',
                 {('capacity_expansion', 'Natterjack Pellets'), ('investment_incentive', 'Natterjack Pellets')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 13: NEGATIVE: incentive only requested and then tabled (no grant)
    ('en', 'Corbel Fabrication has asked for a sales-tax abatement and a payment-in-lieu-of-taxes deal worth an estimated $226,000 over ten years. On Wednesday the town board tabled the request until a public hearing in August.',
     set()),
    # en4 14: Owner named only as a modifier of the asset ("the old X works"); the selling agent is a
    pytest.param('en', 'The old Brackwell Soap works on Quay Road is on the market. Agent Fenlow Property is inviting offers for the 6.7-acre freehold, which has stood empty since production ended there last autumn.',
                 {('asset_sale', 'Brackwell Soap')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 15: Sale reported by the agent ("says X wants £..."); owner is the object of the agent's sta
    pytest.param('en', 'Pembury Commercial, the selling agent, says Pellucid Foods wants £3.8m for its shuttered juice plant at Newton Vale and would consider selling the two buildings as separate lots.',
                 {('asset_sale', 'Pellucid Foods')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 16: Sale-leaseback told from the buyer's side (the REIT is the subject); the owner appears i
    pytest.param('en', 'Westmere Net Lease Trust has completed a $17.5 million sale-leaseback purchase of a 310,000 sq ft box plant belonging to Pellow Packaging in Lewisburg. Pellow will lease the building back for 20 years and put the cash into its operations.',
                 {('asset_sale', 'Pellow Packaging'), ('land_acquisition', 'Westmere Net Lease Trust')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 17: Divestiture of a unit and of a stake in a chain; buyers are investment firms (no land, n
    ('en', 'Marlowe Brands agreed to sell its Fennick outdoor-gear business to buyout firm Castrell Partners for $430 million as it narrows its focus. Separately, it finalised the sale of a 75% stake in its Limora apparel chain to Goldrea Capital.',
     {('asset_sale', 'Marlowe Brands')}),
    # en4 18: Owner itself confirms "exclusive talks over a possible sale", outcome open, buyer unname
    pytest.param('en', 'Veltmann Stahl AG said late on Tuesday that it is in exclusive talks over a possible sale of its three-year-old coil-processing plant in Alabama, adding that the outcome remains open. It did not name the prospective buyer.',
                 {('asset_sale', 'Veltmann Stahl AG')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 19: NEGATIVE: company dismisses a report that it is shopping a refinery (denial)
    ('en', 'Corvex Energy brushed off a news-agency report that it was looking for a buyer for its Billings refinery, calling it speculation and saying the company reviews its portfolio as a matter of routine.',
     set()),
    # en4 20: Two firms with opposite roles in one land deal: buyer ("bought ... as a buffer, no plans
    pytest.param('en', 'Brayton Chemicals has bought 3,800 acres beside its Chocolate Bay plant from Iverly Farms as a buffer zone; a broker on the deal said Brayton has no plans to build there. Iverly, which farmed rice and cattle on the tract, sold it under a strategic plan and still has about 9,700 acres for sale.',
                 {('asset_sale', 'Iverly Farms'), ('land_acquisition', 'Brayton Chemicals')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 21: Subsidiary as buyer with the parent in an appositive, sourced to property records; the p
    pytest.param('en', 'Hanwell Aggregates, a unit of Texas-based Lorimer Materials, paid $14.2 million for 1,180 acres west of Buckeye, according to property-records service Vizzly. Lorimer sold its Dayton quarry site to Brackett Stone in 2021.',
                 {('land_acquisition', 'Hanwell Aggregates')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 22: NEGATIVE: land bought by an unnamed firm ("a paving contractor")
    ('en', 'A 47-acre tract off Airline Highway has sold for $2.4 million to a paving contractor that plans to build an asphalt plant on it, property records show.',
     set()),
    # en4 23: NEGATIVE: highest auction bid rejected by a public authority; the bidder goes to court a
    ('en', 'Talvan Exports was the highest bidder for a 9,800 sq m industrial plot at the November e-auction, but the state industrial development board rejected the bid without giving reasons. Talvan has asked the high court to order the plot allotted to it.',
     set()),
    # en4 24: Joint-venture company invites tenders for a plant; its JV partners (one state-owned) are
    pytest.param('en', "Kessa Milling Centre (Private) Limited, a joint venture between the Kessa Small-Scale Miners' Association and state-owned Zamro Mining Development Corporation, has invited contractors to bid for the construction of a carbon-in-pulp gold plant near Nkala. Bids close on 19 December.",
                 {('tender_opened', 'Kessa Milling Centre')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 25: Passive "bids ... are being sought by X", buyer firm at the end of the sentence
    ('en', 'Bids for a package of conveyor drives and idlers for the Kessock Ridge bauxite development are being sought by Rivenstone Mining, with submissions due by 12 May.',
     {('tender_opened', 'Rivenstone Mining')}),
    # en4 26: State-owned company's tender: bids opened, bidders listed as distractors, no award yet
    pytest.param('en', 'Bids to design, supply and install a 150 kW hydropower plant on the Chiung River were opened on Tuesday under the state-owned Hinterland Power Company. Three firms, among them Orlo Energy and Brasset Engineering, submitted offers; no contract has been awarded.',
                 {('tender_opened', 'Hinterland Power Company')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 27: Tender still open after a deadline extension; the capex of the facility does not add inv
    pytest.param('en', 'Sarvol Azot has pushed back by a month the deadline for offers in its tender to build a $380 million PVC complex, a company representative said, adding that results are still expected in the third quarter.',
                 {('tender_opened', 'Sarvol Azot')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 28: Regulator names the firm among carriers under investigation after complaint counts about
    pytest.param('en', 'Skylane Air is among ten carriers the Transport Department is investigating after travellers lodged more than 30,000 complaints about refunds for cancelled flights that were never paid.',
                 {('customer_complaint', 'Skylane Air'), ('lawsuit', 'Skylane Air'), ('refund_problem', 'Skylane Air')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 29: Consumer-desk story: quoted customer, paid deposit, goods never delivered, promised refu
    pytest.param('en', "'They keep telling me the cheque is in the post,' said Maren Holt, who paid Brookvale Furniture an $800 deposit for a dining set promised before Christmas. The set never came, and the refund the store promised in writing has not arrived either.",
                 {('customer_complaint', 'Brookvale Furniture'), ('refund_problem', 'Brookvale Furniture')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 30: Refunds outstanding, confirmed by the company itself; no customer is shown complaining (
    pytest.param('en', 'Velora Travel confirmed in a statement that deposits from about 400 customers whose autumn tours it cancelled have not yet been returned, blaming a backlog at its payment processor.',
                 {('refund_problem', 'Velora Travel')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 31: Intermediary vs operator: the booking site promised the refund and failed to pay; the ai
    pytest.param('en', "Gabriel Costa booked his Lisbon trip through Tripvana. After Flyhaven Airways dropped the route, Tripvana emailed that his $607 refund would arrive within 12 weeks; five months later it has not. 'Five months and not a cent,' Costa said.",
                 {('customer_complaint', 'Tripvana'), ('refund_problem', 'Tripvana')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 32: Customers protest a firm (picket, ignored letters), with no refund issue
    pytest.param('en', "Homeowners in the Sandoval estate will picket Ravensholt Homes' show house on Chiquita Boulevard on Monday, their second protest in a month, saying letters to the builder about cracked slabs and leaking roofs have gone unanswered.",
                 {('customer_complaint', 'Ravensholt Homes')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 33: Survey comparing two firms in one passage: one shown with grievances, the other only wit
    pytest.param('en', "In the consumer group's survey, 84% of Fenmoor Air passengers said they were still waiting for money back for cancelled flights, and many said the carrier's refund form simply did not work. At Jetora, 63% were still waiting.",
                 {('customer_complaint', 'Fenmoor Air'), ('refund_problem', 'Fenmoor Air'), ('refund_problem', 'Jetora')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 34: Completed capital increase (rights issue taken up); a rival's planned larger issue is a
    pytest.param('en', 'Banca Orsetti said on Thursday it had closed its €1.5 billion capital increase, with 99.1% of the new shares taken up. Rival Banca Valdorno is expected on Friday to lift its planned rights issue to €5 billion.',
                 {('capital_increase', 'Banca Orsetti')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 35: Parent's board approves a capital increase in a subsidiary with a similar name; the even
    pytest.param('en', 'Directors of Tanshi Power Holdings approved a 1.8 billion yuan capital increase for its subsidiary Tanshi Riverside Generation, to which the listed parent will contribute 1.07 billion yuan alongside three local investors.',
                 {('capital_increase', 'Tanshi Riverside Generation')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en4 36: NEGATIVE: only the authorised (ceiling) capital is raised, plus a recommended bonus issu
    ('en', "Karvel Pumps' board approved raising the company's authorised share capital from Rs 60 crore to Rs 240 crore and recommended a 4:1 bonus issue, both subject to shareholders' approval.",
     set()),
    # tr4 1: KAP "Yeni İş İlişkisi" header (ticker + ALL-CAPS legal name); body says only "Şirketimiz
    ('tr', '***VLKRT*** VELİKURT METAL SANAYİ VE TİCARET A.Ş.( Yeni İş İlişkisi ) Şirketimiz ile yurt dışında yerleşik bir otomotiv üreticisi arasında, 2026-2028 döneminde teslim edilecek alüminyum döküm parçalara ilişkin toplam bedeli 17,5 milyon Euro olan bir tedarik sözleşmesi imzalanmıştır.',
     {('contract_won', 'VELİKURT METAL SANAYİ VE TİCARET A.Ş.')}),
    # tr4 2: "X ile Y arasında ... sözleşme imzalandı" with both firms named; only the seller/supplie
    pytest.param('tr', "Yelkovan Soğutma A.Ş. ile Dereağzı Süt Ürünleri A.Ş. arasında 214 milyon TL tutarında endüstriyel soğutma ekipmanı tedarik sözleşmesi imzalandı. Sözleşme kapsamında Yelkovan Soğutma, Dereağzı Süt'ün mevcut üç fabrikasındaki soğuk odaları yıl sonuna kadar yenileyecek.",
                 {('contract_won', 'Yelkovan Soğutma A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 3: Official's announcement listing several firms in genitive constructions ("X'in ürünü, Y'
    pytest.param('tr', "Açıklamaya göre Koçbaşı Zırhlı Araçlar'ın 40 adet tekerlekli taktik aracı, Tepecik Radar Sistemleri'nin sahil gözetleme radarları ve Karaboğa Optik'in termal kameraları için Kuzey Afrika'daki bir ülkeyle toplam 210 milyon dolarlık satış sözleşmeleri imzalandı.",
                 {('contract_won', 'Karaboğa Optik'), ('contract_won', 'Koçbaşı Zırhlı Araçlar'), ('contract_won', 'Tepecik Radar Sistemleri')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 4: Joint venture name "A – B İş Ortaklığı" wins a public-agency tender; a losing bidder is
    pytest.param('tr', "Karayolları Bölge Müdürlüğü'nün açtığı 38 kilometrelik çevre yolu yapım ihalesini, 4,2 milyar liralık teklifle Gediktaş İnşaat A.Ş. – Sazova Altyapı A.Ş. İş Ortaklığı kazandı. İhaleye katılan Ilıcapınar Yapı ise ikinci sırada kaldı.",
                 {('contract_won', 'Gediktaş İnşaat A.Ş.'), ('contract_won', 'Sazova Altyapı A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 5: NEGATIVE: KİK (Public Procurement Board) decision layout where the firm is "BAŞVURU SAHİ
    ('tr', "BAŞVURU SAHİBİ: Kırkgeçit Temizlik Hizmetleri Ltd. Şti., İHALEYİ YAPAN İDARE: Yeşilvadi Devlet Hastanesi, BAŞVURUYA KONU İHALE: 2026/118402 İKN'li 'Genel Temizlik Hizmeti Alımı' ihalesi. İhale uhdesinde bırakılan isteklinin aşırı düşük teklif açıklamasının mevzuata uygun olduğu anlaşıldığından itirazen şikâyet başvurusunun reddine karar verildi.",
     set()),
    # tr4 6: NEGATIVE near-miss: firm gave the lowest bid, but the tender is not final ("değerlendirm
    ('tr', 'Bağbaşı Elektrik Taahhüt A.Ş., trafo merkezi yenileme ihalesinde 96 milyon liralık teklifle en düşük fiyatı veren firma oldu. İdare, aşırı düşük teklif sorgulamasının sürdüğünü ve ihalenin henüz kesinleşmediğini bildirdi.',
     set()),
    # tr4 7: Firm named only in the headline (dative "X'e ... sipariş"); body uses "Şirket" and the c
    ('tr', "Tepeören Kablo'ya 38 milyon euroluk sipariş. Şirket, Almanya merkezli bir enerji dağıtım şirketinden orta gerilim kablosu siparişi aldığını ve teslimatların gelecek yılın ikinci çeyreğinde tamamlanacağını bildirdi.",
     {('contract_won', 'Tepeören Kablo')}),
    # tr4 8: NEGATIVE: non-binding letter of intent / MoU that looks like a deal; contract terms stil
    ('tr', 'Eğrisu Yazılım A.Ş., Balkanlarda faaliyet gösteren bir telekom operatörüyle faturalama yazılımı tedariki için bağlayıcı olmayan bir niyet mektubu imzaladı. Şirket, nihai sözleşmenin kapsamı ve bedelinin henüz müzakere edildiğini açıkladı.',
     set()),
    # tr4 9: KAP general disclosure: incentive certificate in the passive ("Şirketimiz adına ... düze
    pytest.param('tr', "***HSRCK*** HİSARCIK SERAMİK SANAYİ A.Ş.( Özel Durum Açıklaması (Genel) ) Uşak'taki fabrikamızda gerçekleştirilecek 410 milyon TL tutarındaki modernizasyon ve tevsi yatırımı için Sanayi ve Teknoloji Bakanlığı tarafından Şirketimiz adına yatırım teşvik belgesi düzenlenmiştir. Genel Müdürümüz, yatırımın tamamlanmasıyla yıllık sırlı karo kapasitesinin 6 milyon m²'den 8,4 milyon m²'ye çıkacağını belirtmiştir.",
                 {('capacity_expansion', 'HİSARCIK SERAMİK SANAYİ A.Ş.'), ('investment_incentive', 'HİSARCIK SERAMİK SANAYİ A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 10: Rows from the monthly incentive list (ALL-CAPS abbreviated titles, pipe-separated fields
    pytest.param('tr', 'BELGE NO: 541207 | ZEYTİNOVA AMBALAJ SAN. VE TİC. A.Ş. | MANİSA | Komple Yeni Yatırım | 186.500.000 TL; BELGE NO: 541233 | SERİNSU KİMYA SAN. A.Ş. | KOCAELİ | Tevsi | 92.000.000 TL; BELGE NO: 541260 | YAMAÇLI DERİ İŞLEME LTD. ŞTİ. | UŞAK | Modernizasyon | 14.750.000 TL',
                 {('investment_incentive', 'SERİNSU KİMYA SAN. A.Ş.'), ('investment_incentive', 'YAMAÇLI DERİ İŞLEME LTD. ŞTİ.'), ('investment_incentive', 'ZEYTİNOVA AMBALAJ SAN. VE TİC. A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 11: NEGATIVE: monthly incentive statistics (certificates issued and cancelled, jobs planned)
    ('tr', 'Ekim ayına ait teşvik listesinde toplam 1.118 belge yer aldı ve bu projelerle 21 bin kişilik istihdam hedefleniyor. Aynı dönemde sabit yatırım tutarı 2,3 milyar lira olan 74 belge ise iptal edildi.',
     set()),
    # tr4 12: Holding vs subsidiary with a shared name: the certificate belongs to the subsidiary, giv
    ('tr', "Ardıçlı Holding'in cam ambalaj alanındaki iştiraki Ardıçlı Cam Ambalaj A.Ş., Eskişehir'deki fırın yenileme yatırımı için 530 milyon liralık yatırım teşvik belgesi aldı. Holding'den yapılan açıklamada belgenin KDV istisnası ve gümrük vergisi muafiyeti sağladığı belirtildi.",
     {('investment_incentive', 'Ardıçlı Cam Ambalaj A.Ş.')}),
    # tr4 13: Machine-spun, synonym-swapped news copy (seen in real aggregator pages: "envestisman", "
    pytest.param('tr', "Oltukaya Madencilik'e Endüstri ve Teknoloji Bakanlığınca envestisman heveslendirme vesikası verildi. Vesika, şirketin Sivas'ta kuracağı 240 milyon liralık flotasyon tesisi envestismanını kapsıyor.",
                 {('investment_incentive', 'Oltukaya Madencilik')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 14: KAP "Maddi Duran Varlık Satımı" form with labelled fields; the seller is in the header a
    pytest.param('tr', '***KRBRC*** KARABURÇAK TEKSTİL SANAYİ A.Ş.( Maddi Duran Varlık Satımı ) Satışa konu varlığın niteliği: Fabrika binası ve arsası; Mevkii ve yüzölçümü: Bursa, Nilüfer, 18.250 m²; Alıcı: Kuzeyli Lojistik A.Ş.; Toplam satış bedeli: KDV hariç 640.000.000 TL; Tapu devri 12.03.2026 tarihinde gerçekleştirilmiştir.',
                 {('asset_sale', 'KARABURÇAK TEKSTİL SANAYİ A.Ş.'), ('land_acquisition', 'Kuzeyli Lojistik A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 15: KAP sale with a notarised "gayrimenkul satış vaadi sözleşmesi" (promise to sell), passiv
    ('tr', "***GVRCK*** GÜVERCİNLİK BOYA SANAYİ A.Ş.( Maddi Duran Varlık Satımı ) Gebze'deki eski üretim tesisimizin bulunduğu 31.400 m² taşınmazın, KDV hariç 1,1 milyar TL bedelle bir gayrimenkul yatırım ortaklığına satışı için noterde gayrimenkul satış vaadi sözleşmesi imzalanmıştır. Tapu devrinin, bedelin tamamının tahsilini takiben yapılması öngörülmektedir.",
     {('asset_sale', 'GÜVERCİNLİK BOYA SANAYİ A.Ş.')}),
    # tr4 16: Sale of a stake in a subsidiary ("bağlı ortaklığındaki payını devretti"): the owner (hol
    ('tr', "Sedirli Holding, bağlı ortaklığı Sedirli Gıda'daki yüzde 60 payını 45 milyon dolar karşılığında Norvel Capital'e devretti. Pay devir sözleşmesi dün imzalandı ve Rekabet Kurulu onayı alındı.",
     {('asset_sale', 'Sedirli Holding')}),
    # tr4 17: NEGATIVE: rumour that a holding will sell a subsidiary, answered by the subsidiary's KAP
    ('tr', "Bazı internet sitelerinde Kavaklı Holding'in perakende iştiraki Bademli Market'i satmaya hazırlandığı öne sürüldü. Bademli Market'in KAP'a gönderdiği açıklamada, paylarındaki olağandışı hareketlere yol açacak kamuya açıklanmamış herhangi bir gelişme bulunmadığı belirtildi; holding ise iddialar hakkında yorum yapmadı.",
     set()),
    # tr4 18: Enforcement sale (icradan satış) of a debtor's factory started by a bank: insolvency for
    ('tr', "Dorukkaya Ambalaj A.Ş.'nin Orhangazi'deki fabrikası, Yeşilkent Katılım Bankası'nın alacağı nedeniyle icra dairesince açık artırmaya çıkarıldı. Muhammen bedeli 615 milyon TL olarak belirlenen tesis için satış 9 Nisan'da yapılacak.",
     {('insolvency', 'Dorukkaya Ambalaj A.Ş.')}),
    # tr4 19: Firm puts an idle plant up for sale through a sealed-bid tender: the ihale/teklif wordin
    pytest.param('tr', "Üçpınar Dokuma A.Ş., üretimi 2024 yılında durdurduğu Çorlu'daki atıl fabrikasını kapalı zarf usulüyle satışa çıkardı. Şartnameye göre teklifler 12 Mart'a kadar toplanacak.",
                 {('asset_sale', 'Üçpınar Dokuma A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 20: Court auction (ortaklığın giderilmesi, Satış Memurluğu) won by a firm; the "ihale/teklif
    pytest.param('tr', "Sulh Hukuk Mahkemesi Satış Memurluğu'nca ortaklığın giderilmesi kapsamında açık artırmaya çıkarılan 5.200 metrekarelik konut imarlı arsayı, 97,3 milyon liralık teklifle Karakavak Yapı A.Ş. aldı.",
                 {('land_acquisition', 'Karakavak Yapı A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 21: KAP "Maddi Duran Varlık Alımı": "Şirketimiz" buys the neighbouring parcel; a new product
    ('tr', "***CRKDM*** ÇORAKDERE MAKİNA A.Ş.( Maddi Duran Varlık Alımı ) Şirketimiz, Dilovası OSB'de mevcut fabrikamıza bitişik 9.800 m² parseli KDV hariç 142.000.000 TL bedelle satın almış olup tapu tescili tamamlanmıştır. Söz konusu alanda yeni bir üretim hattı kurulması değerlendirilmektedir.",
     {('land_acquisition', 'ÇORAKDERE MAKİNA A.Ş.')}),
    # tr4 22: NEGATIVE: municipality sells land (not a firm) and the winning company is never named ("
    ('tr', 'Belediyenin satışa çıkardığı 11 bin metrekarelik eski hal arsasının ihalesini, üç firmanın katıldığı oturumda bir inşaat şirketi 64 milyon liraya kazandı. Muhalefet, alıcının ihaleden önce belli olduğunu öne sürdü.',
     set()),
    # tr4 23: SPK weekly-bulletin story with a list of mixed outcomes: one capital increase approved,
    ('tr', "SPK haftalık bültenine göre Kurul, Yazlıca Konserve A.Ş.'nin 120 milyon TL'lik sermayesini iç kaynaklardan 240 milyon TL artırarak 360 milyon TL'ye çıkarma başvurusunu onayladı. Kozluca Bilişim A.Ş. ve Gerdekkaya Elektrik A.Ş.'nin bedelli sermaye artırımı başvuruları ise reddedildi.",
     {('capital_increase', 'Yazlıca Konserve A.Ş.')}),
    # tr4 24: KAP board decision in the passive ("artırılmasına karar verilmiştir"), registered-capita
    ('tr', "***DGCBR*** DOĞANÇAY ÇELİK BORU A.Ş.( Sermaye Artırımı - Azaltımı İşlemlerine İlişkin Bildirim ) Yönetim Kurulumuzun 14.03.2026 tarihli toplantısında, 2.000.000.000 TL kayıtlı sermaye tavanı içinde 250.000.000 TL olan çıkarılmış sermayemizin, tamamı nakden karşılanmak üzere 250.000.000 TL artırılarak 500.000.000 TL'ye çıkarılmasına karar verilmiştir.",
     {('capital_increase', 'DOĞANÇAY ÇELİK BORU A.Ş.')}),
    # tr4 25: NEGATIVE near-miss: only the registered-capital ceiling (kayıtlı sermaye tavanı) is rais
    ('tr', "Kemerli Otomotiv Yan Sanayi A.Ş., kayıtlı sermaye tavanının 1 milyar liradan 4 milyar liraya yükseltilmesi için esas sözleşme tadiline SPK'dan uygun görüş aldı. Şirketin çıkarılmış sermayesinde herhangi bir değişiklik yapılmadı.",
     set()),
    # tr4 26: Role trap: the KAP filer (header) subscribes to another company's capital increase; the
    ('tr', "***CNRDR*** ÇINARDERE YAZILIM A.Ş.( Finansal Duran Varlık Edinimi ) Yönetim Kurulumuz, Kıraç İletişim Hizmetleri A.Ş.'nin 6.000.000 TL olan sermayesini 12.000.000 TL'ye çıkarmak üzere gerçekleştirdiği sermaye artırımında ihraç edilen payların tamamına 6.000.000 TL bedelle katılınmasına karar vermiştir. İşlem sonrasında Şirketimiz Kıraç İletişim'in %50 payına sahip olacaktır.",
     {('capital_increase', 'Kıraç İletişim Hizmetleri A.Ş.')}),
    # tr4 27: Complaint-site post: brand in the title, first person, refund overdue past the usual per
    pytest.param('tr', "Serinova Mobilya İade Parasını 45 Gündür Ödemiyor. Hasarlı gelen gardırobu aynı gün iade ettim, ürün 2 Şubat'ta depolarına ulaştı ama 18.400 TL'm hâlâ hesabıma yatmadı. Her aradığımda 'muhasebeye ilettik' deyip telefonu kapatıyorlar.",
                 {('customer_complaint', 'Serinova Mobilya'), ('refund_problem', 'Serinova Mobilya')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 28: Complaint-site post where the refund is still inside the normal period: customer_complai
    pytest.param('tr', "Sepetkuş Market siparişimi iki saat beklettikten sonra tek taraflı iptal etti, canlı destekteki temsilciniz ise bu sırada bana iki kez 'kuryeniz yolda' yazdı. Kartımdan çekilen 2.150 TL'nin bankama göre 10 güne kadar iade edileceği söylendi; bu yanıltıcı bilgilendirmeyi kabul etmiyorum.",
                 {('customer_complaint', 'Sepetkuş Market')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 29: News story with two firms in different roles: the brand owes the refund and the logistic
    pytest.param('tr', "Uykuseli Yatak'tan aldıkları ürünleri iade etmek isteyen müşteriler, iadeyi toplaması gereken Hızırköy Lojistik'in haftalardır gelmediğini, ödedikleri paranın da geri yatırılmadığını anlattı. 'Üç kez randevu verdiler, kimse gelmedi' diyen bir tüketici hem markaya hem de lojistik firmasına tepki gösterdi.",
                 {('customer_complaint', 'Hızırköy Lojistik'), ('customer_complaint', 'Uykuseli Yatak'), ('refund_problem', 'Uykuseli Yatak')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 30: Scam-like web shop named only by its domain (no legal title): paid goods not delivered,
    pytest.param('tr', 'Sosyal medya reklamlarıyla bebek arabası satan pamukcikbebe.shop adlı site, ödemeleri aldıktan sonra ne ürün gönderdi ne de para iadesi yaptı. Sitenin müşteri hattı kapanırken aynı mağduriyeti yaşayan yüzlerce kişi şikâyetlerini sosyal medyada paylaşıyor.',
                 {('customer_complaint', 'pamukcikbebe.shop'), ('refund_problem', 'pamukcikbebe.shop')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 31: NEGATIVE: annual statistics from a complaint platform (counts by sector); one brand is n
    ('tr', "Şikâyet platformu Yakınma.com'un yıllık raporuna göre geçen yıl platforma 2,4 milyon başvuru ulaştı ve e-ticaret ile finans sektörleri ilk iki sırada yer aldı. Raporda, platformda en çok görüntülenen marka sayfasının Hatboyu Telekom'a ait olduğu belirtildi.",
     set()),
    # tr4 32: Unrefunded customers confirmed by the firm itself, with no customer shown complaining: r
    ('tr', 'Gezgince Turizm, iptal ettiği Balkan turları için tahsil ettiği toplam 9,4 milyon lirayı 312 müşterisine henüz geri ödemediğini doğruladı. Şirket, ödemelerin nisan sonuna kadar tamamlanacağını açıkladı.',
     {('refund_problem', 'Gezgince Turizm')}),
    # tr4 33: State-owned company (A.Ş.) calls for bids to expand a facility ("ihaleye çıktı", "teklif
    ('tr', "Kamuya ait Yaylacık Şeker Fabrikaları A.Ş., Kırşehir'deki paketleme tesisinin genişletilmesi için yapım ihalesine çıktı. Teklifler 28 Nisan'a kadar elektronik ortamda toplanacak.",
     {('tender_opened', 'Yaylacık Şeker Fabrikaları A.Ş.')}),
    # tr4 34: Buyer and winner in one sentence with a genitive relative clause ("X'in ... için açtığı
    ('tr', "Kestanelik Çimento'nun Bartın fabrikasına atık ısıdan elektrik üretim tesisi kurmak için açtığı ihaleyi, 23 milyon euroluk teklifle Doğanbey Mühendislik kazandı.",
     {('contract_won', 'Doğanbey Mühendislik'), ('tender_opened', 'Kestanelik Çimento')}),
    # tr4 35: NEGATIVE: the firm cancels its own tender for a new depot ("iptal ettiğini açıkladı"); a
    pytest.param('tr', 'Karaçalı Lastik A.Ş., yeni lojistik deposunun inşaatı için geçen ay çıktığı ihaleyi maliyet artışları nedeniyle iptal ettiğini açıkladı. Şirket, projeye ilişkin yeni bir takvim vermedi.',
                 set(),
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr4 36: Bidder mentioned in passing: a state-owned pipeline company issues the tender, and a nam
    pytest.param('tr', "Kuzeyhat Doğalgaz İletim A.Ş.'nin Erzincan kompresör istasyonu yapım ihalesine, aralarında Beşkaya Enerji'nin de bulunduğu beş firma teklif verdi. Tekliflerin değerlendirilmesinin iki ay sürmesi bekleniyor.",
                 {('tender_opened', 'Kuzeyhat Doğalgaz İletim A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 1: Local plant-closure story: firm in the headline and lead, then "the Ohio-based manufactu
    ('en', "Brennick Fastener to close Lorain stamping plant, cutting 140 jobs\nLORAIN, Ohio — Brennick Fastener Co. will shut its stamping plant on Leavitt Road by the end of March, the company told employees on Tuesday.\nThe Ohio-based manufacturer said work for its biggest customer, Dalvaro Truck Bodies, will move to its plant in Fort Wayne, Indiana.\n'This was not a decision we made lightly,' chief executive Carla Venn said in a statement.\nBrennick closed a finishing shop in Elyria in 2019 and sold its Toledo warehouse two years ago.",
     {('layoffs_closure', 'Brennick Fastener Co.')}),
    # en5 2: Local expansion story: "the family-owned company", owner quote, quote from a customer (t
    ('en', "Quillmoor Foods adds third tortilla line in Salina\nSALINA, Kan. — Quillmoor Foods will install a third production line at its North Ohio Street plant this summer, raising output by about 40 percent.\nThe family-owned company expects to hire 35 workers once the line is running, owner Dena Ruskell said. 'Orders have outrun what two lines can make,' she said.\n'They have never missed a delivery for us,' said Tom Berreth, purchasing director at grocery chain Hollenby Markets, Quillmoor's largest customer.\nRuskell said a contractor for the building work has not been chosen yet.",
     {('capacity_expansion', 'Quillmoor Foods')}),
    # en5 3: Press release: dateline, CEO quote, an "About X" paragraph naming partners and an invest
    ('en', "Vantrel Biologics to Build $210 Million Fill-Finish Plant in Raleigh\nRALEIGH, N.C., March 4 — Vantrel Biologics, Inc. (Nasdaq: VNTB) today announced plans to build a 180,000-square-foot fill-finish facility in Raleigh, with construction to begin this fall.\n'This site gives us U.S. capacity for our entire pipeline,' said Priya Olmsted, chief executive officer.\nAbout Vantrel Biologics: Vantrel develops injectable therapies with partners including Sorrento Peak Pharma and Lachlan Medical, and is backed by Ferrow Capital.\nForward-looking statements: This release contains forward-looking statements, including statements about construction timing and cost; actual results may differ because of risks such as litigation, supply delays or regulatory action.",
     {('investment_announcement', 'Vantrel Biologics, Inc.')}),
    # en5 4: Supply-contract press release with a quote from the customer and an "About" paragraph fo
    ('en', "Harlow Point Energy Selects Corvessa Turbines for Wind Repowering\nDENVER, June 12 — Corvessa Turbines has signed a $96 million agreement to supply 28 turbines for Harlow Point Energy's repowering of its Cedar Mesa wind farm, the companies said today.\n'Corvessa's service record made this an easy choice,' said Mark Fennimore, Harlow Point's vice president of operations.\nAbout Corvessa Turbines: Corvessa designs and builds onshore wind turbines at its plant in Pueblo, Colorado.\nAbout Harlow Point Energy: Harlow Point owns and operates 2.1 GW of wind and solar capacity in six states.",
     {('contract_won', 'Corvessa Turbines')}),
    # en5 5: NEGATIVE: product-launch press release whose "About" boilerplate lists past events (a 20
    ('en', 'Pellavance Glassworks Launches Low-Iron Solar Glass\nTOLEDO, Ohio, Sept. 9 — Pellavance Glassworks today introduced ClearSun, a low-iron glass for solar module makers, available to order from November.\nAbout Pellavance Glassworks: Founded in 1962, Pellavance opened its Perrysburg float plant in 2018, emerged from Chapter 11 reorganization in 2021 and today employs 640 people. Its customers include Sunvaile Modules and Arkwell Solar.',
     set()),
    # en5 6: State finance-authority meeting write-up: preliminary approvals listed item by item (fir
    pytest.param('en', 'State board backs three projects with tax incentives\nThe state Economic Development Finance Authority on Thursday gave preliminary approval to tax incentives for the following companies:\n- Marrowind Packaging, Lebanon: up to $1.2 million for a $22 million project; 30 jobs.\n- Tessaly Motor Components, Berea: up to $3.8 million toward a $70 million plant for electric-drive motors; 120 jobs.\n- Ockley Animal Health, Lexington: up to $900,000 for a $6 million project; 40 jobs.\nThe board tabled a request from Fernhart Logistics until its local partners commit, and Gallowen Plastics withdrew its application.',
                 {('investment_incentive', 'Marrowind Packaging'), ('investment_incentive', 'Ockley Animal Health'), ('investment_incentive', 'Tessaly Motor Components')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 7: Board award story where one executive separately states a new-plant plan after the vote
    pytest.param('en', 'Development board awards $6.4 million to two manufacturers\nThe state Economic Development Board on Friday awarded a $4.5 million forgivable loan and tax credits to Ardent Hollow Steel and $1.9 million in tax credits to Briscombe Cabinetry.\nAfter the vote, Ardent Hollow president Luis Caramon said the company will build a new rebar mill in Fort Madison, a $140 million project.\nBriscombe Cabinetry did not comment.\nThe board approved $2 million for Tavin Seed Company in 2023 for a warehouse that opened last spring.',
                 {('investment_announcement', 'Ardent Hollow Steel'), ('investment_incentive', 'Ardent Hollow Steel'), ('investment_incentive', 'Briscombe Cabinetry')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 8: Board meeting: an award for a project that goes ahead only "if the project proceeds" is
    pytest.param('en', "Board awards incentives in two cities, rescinds one\nThe state Economic Development Board approved $650,000 in direct assistance and tax credits for Norrigan Meats, which would build a $48 million processing plant in Sioux Center if the project proceeds.\nThe board also approved High Quality Jobs tax credits for Pembrie Recycling's $11 million equipment upgrade in Davenport.\nIt rescinded a 2022 award to Wexley Doors after the company fell short of its hiring targets.",
                 {('investment_incentive', 'Norrigan Meats'), ('investment_incentive', 'Pembrie Recycling')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 9: Regulator final-notice summary: a fine with a settlement discount and a "were it not for
    ('en', 'Final Notice: Caldermoor Wealth Limited\nThe Authority has imposed a financial penalty of £2,184,300 on Caldermoor Wealth Limited for breaches of Principles 3 and 9 between 2019 and 2022.\nCaldermoor, an adviser network owned by Stanway Financial Group plc, failed to check that pension-transfer advice given through its appointed representatives was suitable.\nCaldermoor agreed to settle and so qualified for a 30% discount; were it not for this discount, the Authority would have imposed a penalty of £3,120,500.',
     {('regulatory_fine', 'Caldermoor Wealth Limited')}),
    # en5 10: Regulator sweep: a bulleted list of firms with penalties; a firm that reported itself is
    pytest.param('en', "Commission fines three brokers over off-channel messaging\nThe Securities Commission on Friday announced penalties against three firms for failing to keep employees' text messages:\n- Tarrant Oakes Securities: $12 million\n- Melbury Capital Markets: $7.5 million\n- Hexley & Rowe: $4 million\nBrightholm Securities, which reported its own lapses, was not penalised.\nEarlier sweeps produced fines against large banks, including Garrow National Bank.",
                 {('regulatory_fine', 'Hexley & Rowe'), ('regulatory_fine', 'Melbury Capital Markets'), ('regulatory_fine', 'Tarrant Oakes Securities')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 11: NEGATIVE: regulator closes an investigation with no action; a fine from an earlier year
    pytest.param('en', "Watchdog closes probe into Lindqvist Energy Retail without action\nThe energy regulator said on Monday it had closed its investigation into Lindqvist Energy Retail's billing of prepayment customers after finding no breach of licence conditions.\nThe regulator fined Lindqvist £1.1 million in 2020 over complaint handling, a matter the company says it has since fixed.",
                 set(),
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 12: Competition-authority decision: one firm fined (it will appeal), the rival that complain
    pytest.param('en', 'Competition authority fines Roskar Cement €18.6 million, opens probe into Veldhuis Aggregates\nThe Competition Authority on Wednesday fined Roskar Cement €18.6 million for abusing its dominant position in clinker supply, following a complaint from rival Ambersley Building Materials.\nRoskar said it would appeal the decision in court.\nIn a separate statement, the authority said it had opened a formal investigation into Veldhuis Aggregates over suspected price coordination in the northern region.',
                 {('lawsuit', 'Veldhuis Aggregates'), ('regulatory_fine', 'Roskar Cement')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 13: Chapter 11 news: filing plus store closures; the debtor-in-possession lender is named; a
    ('en', 'Hearthvale Home files for Chapter 11, will close 40 stores\nWILMINGTON, Del. — Home-goods chain Hearthvale Home Inc. filed for Chapter 11 bankruptcy protection on Sunday and said it will close 40 of its 118 stores by the end of May.\nThe retailer listed liabilities of $100 million to $500 million and has lined up $35 million in debtor-in-possession financing from Colfax Ridge Capital.\nHearthvale, which last went through bankruptcy in 2016, said its remaining stores and website will operate as usual.',
     {('insolvency', 'Hearthvale Home Inc.'), ('layoffs_closure', 'Hearthvale Home Inc.')}),
    # en5 14: UK administration story: administrators from an advisory firm, "jobs at risk" and "redun
    ('en', "Dunlowe Shoes collapses into administration again\nFootwear chain Dunlowe Shoes has appointed administrators from Harrow Lyle Advisory, putting 1,020 jobs at risk across its 70 shops.\nHarrow Lyle said the shops will keep trading while it looks for a buyer and that 'redundancies cannot be ruled out at this stage'.\nThe chain had received a £4 million offer from investor Ketterby Partners, but the offer was withdrawn last week.\nIt is Dunlowe's third administration in five years.",
     {('insolvency', 'Dunlowe Shoes')}),
    # en5 15: Gazette-style list of insolvency notices: a winding-up order, a creditors' voluntary liq
    ('en', "Corporate insolvency notices\nWINDING-UP ORDER: Fellgate Scaffolding Limited (Company No. 08841762), registered office Unit 4, Calder Park, Wakefield. Petition presented by HM Revenue and Customs; order made 11 March; the Official Receiver is liquidator.\nCREDITORS' VOLUNTARY LIQUIDATION: Orrin & Hale Interiors Ltd (Company No. 11290437). Liquidator: Mara Quint of Quint Recovery LLP.\nMEMBERS' VOLUNTARY LIQUIDATION: Selbourne Holdings Limited (Company No. 06617208).\nPETITION DISMISSED: the petition against Kestrow Haulage Limited was dismissed on 11 March after the debt was paid.",
     {('insolvency', 'Fellgate Scaffolding Limited'), ('insolvency', 'Orrin & Hale Interiors Ltd'), ('insolvency', 'Selbourne Holdings Limited')}),
    # en5 16: Rating action commentary with a full list: the parent is downgraded, one subsidiary is a
    ('en', "Fitch Downgrades Calvara Telecom to 'BB'; Affirms Subsidiaries\nFitch Ratings has downgraded Calvara Telecom S.A.'s Long-Term IDR to 'BB' from 'BB+' because of weaker free cash flow, and has taken the following rating actions:\nCalvara Towers S.A.: Long-Term IDR affirmed at 'BB+'; Outlook Stable\nCalvara Fibre Networks S.A.: Long-Term IDR affirmed at 'BB'; Outlook revised to Negative from Stable\nThe sovereign rating is unaffected.",
     {('rating_downgrade', 'Calvara Fibre Networks S.A.'), ('rating_downgrade', 'Calvara Telecom S.A.')}),
    # en5 17: NEGATIVE: rating review with an upgrade, affirmations and an outlook revised to Stable f
    ('en', "Moody's concludes review of four regional utilities\nMoody's has upgraded Ostren Water Holdings to Baa2 from Baa3.\nIt affirmed the ratings of Pellard Gas Networks (A3, stable) and Hennick Power Distribution (Baa1), changing Hennick's outlook to stable from negative.\nThe Baa2 rating of Tarrow Grid Finance plc was affirmed; its outlook remains stable.",
     set()),
    # en5 18: News item: one agency cuts the firm while another affirms it; a rival's earlier downgrad
    pytest.param('en', "S&P cuts Greyholt Chemicals deeper into junk\nS&P Global Ratings lowered Greyholt Chemicals Corp. to 'B-' from 'B' on Tuesday, citing leverage above 7 times after its purchase of a resin business.\nMoody's affirmed Greyholt at B2 with a stable outlook last week.\nRival Tamsworth Polymers was downgraded by both agencies in January.",
                 {('rating_downgrade', 'Greyholt Chemicals Corp.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 19: Defense contract digest: a small-business awardee (asterisk), a joint venture given a mo
    pytest.param('en', 'CONTRACTS\nARMY\nTrevane Robotics Inc.,* Clinton, Tennessee, was awarded a $48,250,000 firm-fixed-price contract for sustainment of unmanned ground vehicles. Bids were solicited via the internet with one received. Army Contracting Command, Detroit Arsenal, Michigan, is the contracting activity.\nNAVY\nHalsey-Mortain Joint Venture, Norfolk, Virginia, is awarded a $91,400,000 modification to a previously awarded contract for pier repairs. Work will be performed at the Brannock Marine Services yard in Portsmouth, Virginia. Naval Facilities Engineering Systems Command, Mid-Atlantic, is the contracting activity.',
                 {('contract_won', 'Halsey-Mortain Joint Venture'), ('contract_won', 'Trevane Robotics Inc.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 20: Class-action reminder release: a law firm (no event) announces a securities suit filed a
    ('en', 'SHAREHOLDER ALERT: Pemberly Stone LLP Reminds Investors of Lead Plaintiff Deadline in Class Action Against Quorvex Therapeutics\nNEW YORK, May 2 — Pemberly Stone LLP reminds investors that a class action lawsuit has been filed in the U.S. District Court for the Southern District of New York against Quorvex Therapeutics, Inc. (NASDAQ: QRVX) and certain of its officers on behalf of purchasers of its securities between March 1, 2023 and January 9, 2024.\nThe complaint alleges that Quorvex overstated the results of its Phase 2 trial. Investors who wish to serve as lead plaintiff must move the court by June 24.\nAbout Pemberly Stone LLP: the firm represents investors in securities class actions.',
     {('lawsuit', 'Quorvex Therapeutics, Inc.')}),
    # en5 21: NEGATIVE: law-firm "investor alert" that only investigates potential claims after a shor
    ('en', 'INVESTOR ALERT: Holloway Brandt Investigates Claims on Behalf of Investors of Saxtorp Payments\nHolloway Brandt LLC is investigating whether Saxtorp Payments Corp. (NYSE: SXP) issued misleading statements to investors.\nOn April 3, short seller Greyfen Research published a report alleging that Saxtorp inflated its active-merchant count, and Saxtorp shares fell 16%.\nInvestors who suffered losses are encouraged to contact the firm.',
     set()),
    # en5 22: First-person complaint blog post naming the shop: a paid order that never shipped and a
    pytest.param('en', "Do not order from Brambleton Home Goods\nI paid Brambleton Home Goods $1,240 for a dining set on February 2. Seven weeks later nothing has arrived.\nTheir support first blamed the courier, Swiftlane Parcel, but Swiftlane says it never received the shipment.\nOn March 10 Brambleton promised a full refund within five days. It still hasn't come, and my last three emails got no answer.",
                 {('customer_complaint', 'Brambleton Home Goods'), ('refund_problem', 'Brambleton Home Goods')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 23: NEGATIVE: complaint blog post that refuses to name the seller; only the writer's own ban
    ('en', "Bad business\nTwo weeks ago I ordered a collectible watch from an online dealer. I won't name them, because I see no point.\nThe payment went through and I got a receipt, then nothing: no tracking number and no reply to three emails.\nI have now asked my bank, Ferncastle Savings, to dispute the charge.",
     set()),
    # en5 24: Complaint post about a service (repeated outages, tickets closed without a fix, neighbou
    pytest.param('en', 'Six weeks of outages from Tarnwick Fibre\nSince mid-January my Tarnwick Fibre connection has dropped every evening. I have opened five support tickets and each one was closed without a fix.\nNeighbours on our street report the same thing on the local forum.\nI am switching to Orlanet next month.',
                 {('customer_complaint', 'Tarnwick Fibre')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 25: Weekly "Business Briefs" roundup: four unrelated items, each about its own firm (a land
    ('en', "BUSINESS BRIEFS\nLand: Corrow Logistics paid $6.2 million for 48 acres on Route 30 in Greensburg, county property records show.\nExecutives: Harnet Savings Bank said CEO Dale Okafor resigned effective immediately; the board named CFO Rita Lamb interim chief.\nClosing: Mabry's Bakehouse will close its Main Street bakery on Saturday after 31 years; its 14 employees were told last week.\nRetiring: Pell & Drum Hardware president Gerald Moss will retire in June 2026 as planned and will be succeeded by his daughter, Ana.",
     {('land_acquisition', 'Corrow Logistics'), ('layoffs_closure', "Mabry's Bakehouse"), ('management_exit', 'Harnet Savings Bank')}),
    # en5 26: "In brief" roundup with five labelled items: a patent, a completed rights issue, the fir
    ('en', 'Business in brief\nPatents: Tovey Instruments was granted a U.S. patent for a fibre-optic pressure sensor used in oil wells.\nFinance: Ellary Mills completed a $14 million rights issue, raising its paid-in capital to $60 million.\nTenders: Kelloway Dairy Cooperative invited bids to build a cold store at its Fennbrook creamery; bids are due May 30.\nProperty: Orlin Textiles put its former dye works in Lowell on the market for $8.5 million.\nAlso: Brackwell Foods said it is exploring options for its headquarters building, including a possible sale.',
     {('asset_sale', 'Orlin Textiles'), ('capital_increase', 'Ellary Mills'), ('patent_granted', 'Tovey Instruments'), ('tender_opened', 'Kelloway Dairy Cooperative')}),
    # en5 27: WARN notice list, one row per employer with worker counts: a permanent closure, a tempor
    pytest.param('en', 'WARN notices received this week\nDraymore Logistics, 1400 Commerce Pkwy, Joliet — permanent closure, 212 workers, first separation June 30.\nPallister Hotels (dba Riverside Grand) — temporary layoff, 96 workers, April 1 to July 15, for renovation.\nCantrell Food Services, Camp Arden dining halls — permanent layoff, 74 workers, after the dining contract was awarded to Ostby Hospitality, which plans to rehire some staff.\nNOTE: Quenby Printing has withdrawn the notice it filed in March; no layoffs will take place.',
                 {('contract_won', 'Ostby Hospitality'), ('layoffs_closure', 'Cantrell Food Services'), ('layoffs_closure', 'Draymore Logistics'), ('layoffs_closure', 'Pallister Hotels')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 28: Local story built on a WARN filing: "the Dallas-based company"; the landlord gets nothin
    pytest.param('en', 'Ventrosa Call Solutions to cut 180 jobs at Tempe center\nTEMPE, Ariz. — Ventrosa Call Solutions will lay off 180 workers at its Tempe customer-service center starting Aug. 15, according to a WARN notice filed with the state.\nThe Dallas-based company leases the building from Sorrel Creek Properties, which said it will look for a new tenant.\nVentrosa cut 60 jobs at the same site in 2022.',
                 {('layoffs_closure', 'Ventrosa Call Solutions')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # en5 29: NEGATIVE: local story where the union fears cuts and the company denies any closure plan
    ('en', "Union fears cuts at Grafton mill; Hollis Paperboard says no closure planned\nGRAFTON, W.Va. — Union leaders at Hollis Paperboard's Grafton mill say they fear layoffs after orders fell this spring.\n'We have no plans to close or reduce staff at Grafton,' Hollis spokeswoman Jenna Reyes said Thursday.\nThe state labor department said the company has not filed a WARN notice.",
     set()),
    # en5 30: Supplier's disclosure about a customer's bankruptcy: the event belongs to the bankrupt c
    ('en', 'Tarbell Components flags charge after customer bankruptcy\nCLEVELAND — Tarbell Components Inc. said on Monday that Ridgemarsh Appliance Corp., which accounted for about 9% of its sales, filed for Chapter 11 protection last week.\nTarbell said it expects to record a charge of up to $4 million for unpaid receivables and still expects full-year sales growth.',
     {('insolvency', 'Ridgemarsh Appliance Corp.')}),
    # tr5 1: Monthly incentive-list news: a count headline, a header line that carries the event for
    ('tr', "Ağustosta 614 yatırım teşvik belgesi düzenlendi\nBakanlığın listesinde öne çıkan belgeler şöyle:\nKUMTEPE AMBALAJ SAN. VE TİC. A.Ş. | Manisa | Karton kutu üretimi | 412.500.000 TL\nÖZYAPRAK ORMAN ÜRÜN. İNŞ. NAK. LTD. ŞTİ. | Bolu | MDF tesisi | 96.300.000 TL\nDEREKÖY SÜT MAM. GIDA SAN. TİC. A.Ş. | Kars | Peynir üretimi | 58.900.000 TL\nAynı dönemde iptal edilen 23 belge arasında SİNEKLİ TEKS. İPLİK SAN. A.Ş.'nin 140 milyon liralık belgesi de yer aldı.",
     {('investment_incentive', 'DEREKÖY SÜT MAM. GIDA SAN. TİC. A.Ş.'), ('investment_incentive', 'KUMTEPE AMBALAJ SAN. VE TİC. A.Ş.'), ('investment_incentive', 'ÖZYAPRAK ORMAN ÜRÜN. İNŞ. NAK. LTD. ŞTİ.')}),
    # tr5 2: Konkordato notice roundup: ALL-CAPS section headers (GEÇİCİ / KESİN MÜHLET) carry the ev
    pytest.param('tr', 'KONKORDATO İLANLARI – 2-6 Mart 2026\nGEÇİCİ MÜHLET VERİLENLER\n- Gürgenli Orman Ürünleri San. ve Tic. Ltd. Şti. (Düzce 1. Asliye Ticaret) – 3 ay\n- Ersoylar Plastik Amb. İth. İhr. Ltd. Şti. ile şirket ortağı ve kefili Nurettin Ersoylu (İzmir 4. Asliye Ticaret) – 3 ay\nKESİN MÜHLET VERİLENLER\n- Taşkışla Tekstil Konf. A.Ş. (Bursa 2. Asliye Ticaret) – 1 yıl; mühlete itiraz eden alacaklılar arasında Yedigöl Boya Kimya A.Ş. de bulunuyor.',
                 {('insolvency', 'Ersoylar Plastik Amb. İth. İhr. Ltd. Şti.'), ('insolvency', 'Gürgenli Orman Ürünleri San. ve Tic. Ltd. Şti.'), ('insolvency', 'Taşkışla Tekstil Konf. A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 3: Rekabet Kurulu final decision: a count ("3 firmaya"), two sub-headers (uzlaşma / ihlal t
    ('tr', 'Rekabet Kurulu un sektörü soruşturmasını tamamladı: 3 firmaya toplam 328,4 milyon TL ceza\nUzlaşma yoluna giden firmalar ve cezaları:\nBEYAZBAŞAK: 84,2 milyon TL\nKIRKAMBAR: 31,7 milyon TL\nSavunma veren ve ihlali tespit edilen firma:\nDEĞİRMENALTI: 212,5 milyon TL\nSoruşturma kapsamındaki Tepeören Un San. A.Ş. hakkında ise ihlal tespit edilmediğinden ceza verilmedi.',
     {('regulatory_fine', 'BEYAZBAŞAK'), ('regulatory_fine', 'DEĞİRMENALTI'), ('regulatory_fine', 'KIRKAMBAR')}),
    # tr5 4: Rekabet Kurulu opens an investigation: a headline plus a counted colon-list of dash rows
    ('tr', "Rekabet Kurulu'ndan ambalaj sektörüne soruşturma\nKurul, oluklu mukavva pazarında fiyat koordinasyonu iddialarına ilişkin ön araştırmayı tamamladı ve 4 teşebbüs hakkında soruşturma açılmasına karar verdi:\n- Sazakburnu Karton San. A.Ş.\n- Kuzeybel Oluklu Mukavva Ltd. Şti.\n- Demirkazık Ambalaj A.Ş.\n- Akçasaz Kağıt Ürünleri A.Ş.\nAynı dosyada incelenen Palamutlu Matbaacılık A.Ş. hakkında ise soruşturma açılmasına gerek görülmedi.",
     {('lawsuit', 'Akçasaz Kağıt Ürünleri A.Ş.'), ('lawsuit', 'Demirkazık Ambalaj A.Ş.'), ('lawsuit', 'Kuzeybel Oluklu Mukavva Ltd. Şti.'), ('lawsuit', 'Sazakburnu Karton San. A.Ş.')}),
    # tr5 5: Weekly Rekabet decision digest with "İzin: / Muafiyet: / Ceza:" line labels; only the Ce
    ('tr', "Rekabet Kurulu kararları (haftalık özet)\nİzin: Göktaşlı Holding A.Ş.'nin Yarımburun Soğuk Zincir Lojistik A.Ş.'nin tek kontrolünü devralmasına izin verildi.\nMuafiyet: Çınarcık İçecek Dağıtım A.Ş.'nin bayilik sözleşmelerine bireysel muafiyet tanındı.\nCeza: Kıyıboyu Yapı Kimyasalları A.Ş.'ye yerinde incelemeyi zorlaştırdığı gerekçesiyle 6,3 milyon TL idari para cezası verildi.",
     {('regulatory_fine', 'Kıyıboyu Yapı Kimyasalları A.Ş.')}),
    # tr5 6: SPK weekly bulletin: section headers over rows that mix persons and firms; persons fined
    pytest.param('tr', "SPK Haftalık Bülteni 2026/14\nİdari para cezaları:\n- Tunahan Berk Özsoylu: 2.340.000 TL (piyasa bozucu eylem)\n- Gümüşova Enerji Üretim A.Ş.: 862.000 TL (özel durum açıklamasının geç yapılması)\nİşlem yasağı getirilenler: Selvinaz Kaynarcalı, Oğuz Demirkanat\nOnaylanan sermaye artırımları: Pelitköy Seramik San. A.Ş. (çıkarılmış sermaye 120 milyon TL'den 300 milyon TL'ye, iç kaynaklardan)\nOlumsuz karşılanan başvurular: Karanfilköy Gayrimenkul Yatırım Ortaklığı A.Ş. (bedelli sermaye artırımı)",
                 {('capital_increase', 'Pelitköy Seramik San. A.Ş.'), ('regulatory_fine', 'Gümüşova Enerji Üretim A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 7: BDDK board decisions in Resmi Gazete style: numbered clauses ending "...-e/-in ... karar
    ('tr', "BDDK Kurul Kararları – Resmi Gazete\n1) Arıkbaşı Katılım Bankası A.Ş.'ye faaliyet izni verilmesine,\n2) Ormanlı Finansal Kiralama A.Ş.'ye 6361 sayılı Kanun'a aykırılık nedeniyle 3.650.000 TL idari para cezası uygulanmasına,\n3) Vadiyaka Varlık Yönetim A.Ş.'nin kuruluş izni talebinin reddine\nkarar verilmiştir.",
     {('regulatory_fine', 'Ormanlı Finansal Kiralama A.Ş.')}),
    # tr5 8: Rating-agency list of banks: three headers (downgraded / outlook cut / affirmed) over co
    ('tr', "Fitch'ten 7 Türk kuruluşuna not kararı\nNotu BB-'den B+'ya indirilenler: Kuzeyyıldızı Bankası A.Ş., Ekinova Katılım Bankası A.Ş.\nGörünümü durağandan negatife çevrilenler: Mavikent Yatırım Bankası A.Ş., Sazlıdere Faktoring A.Ş.\nNotu ve durağan görünümü teyit edilenler: Çitlembik Kalkınma Bankası A.Ş., Dumlupınar Finans Bankası A.Ş., Ilgın Leasing A.Ş.",
     {('rating_downgrade', 'Ekinova Katılım Bankası A.Ş.'), ('rating_downgrade', 'Kuzeyyıldızı Bankası A.Ş.'), ('rating_downgrade', 'Mavikent Yatırım Bankası A.Ş.'), ('rating_downgrade', 'Sazlıdere Faktoring A.Ş.')}),
    # tr5 9: Raw KAP form scraped with its field names (oda_ fields, "İlgili Şirketler | []"), the fi
    pytest.param('tr', "ALÇIKAYA ÇELİK DÖKÜM SANAYİ A.Ş. | Kredi Derecelendirmesi\nİlgili Şirketler | []\noda_UpdateAnnouncementFlag | Hayır (No)\noda_ExplanationTextBlock | Kredi derecelendirme kuruluşu Sarnıç Derecelendirme A.Ş. tarafından Şirketimizin Uzun Vadeli Ulusal Kurum Kredi Notu 'A (tr)' seviyesinden 'BBB+ (tr)' seviyesine revize edilmiş, görünüm 'Negatif' olarak belirlenmiştir.\nBu bildirimi inceleyenler ayrıca baktı: KÖPRÜLÜ ENERJİ A.Ş. Finansal Rapor | ÇAYAĞZI GIDA A.Ş. Genel Kurul İşlemlerine İlişkin Bildirim",
                 {('rating_downgrade', 'ALÇIKAYA ÇELİK DÖKÜM SANAYİ A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 10: EKAP tender-result table: a pipe header row (İKN | İdare | İşin Adı | Yüklenici | Bedel)
    pytest.param('tr', 'İHALE SONUÇLARI (EKAP)\nİKN | İdare | İşin Adı | Yüklenici | Sözleşme Bedeli\n2026/118233 | Karayolları 9. Bölge Müdürlüğü | Köprü onarımı | Sarıçiçek Yapı Taah. San. Tic. Ltd. Şti. | 48.720.000 TL\n2026/120915 | Kocaköy Belediyesi | Sıcak asfalt yapım işi | Oduncular İnş. Mad. Nak. A.Ş. | 131.400.000 TL\n2026/121007 | DSİ 14. Bölge Müdürlüğü | Sulama kanalı rehabilitasyonu | İhale iptal edildi (tek geçerli teklif: Çamlıbel Hafriyat Ltd. Şti.) | -',
                 {('contract_won', 'Oduncular İnş. Mad. Nak. A.Ş.'), ('contract_won', 'Sarıçiçek Yapı Taah. San. Tic. Ltd. Şti.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 11: Headline + spot + body: a state-owned A.Ş. launches a tender to expand its own facility
    ('tr', "Tuzlakaya Limanı'nda ikinci etap ihalesi\nRıhtım 600 metre uzatılacak\nTuzlakaya Liman İşletmeleri A.Ş., rıhtımın uzatılması ve yeni konteyner sahası inşaatı için yapım ihalesine çıktı. Teklifler 14 Mayıs'ta açılacak.\nLimanın ilk etap inşaatını 2023'te Kavaklıdere Deniz Yapıları A.Ş. üstlenmişti.",
     {('tender_opened', 'Tuzlakaya Liman İşletmeleri A.Ş.')}),
    # tr5 12: Gapped list of fines ("X'e 1,9 milyon, Y'ye 860 bin, Z'ye ise 410 bin lira") with the ve
    pytest.param('tr', "Reklam Kurulu'ndan aldatıcı indirime ceza\nKurul, şubat toplantısında 164 dosyayı görüştü. Perdeliköy Ev Tekstili'ne 1,9 milyon, Yazmacılar Moda'ya 860 bin, Uçurtmalı Oyuncak'a ise 410 bin lira idari para cezası verildi.\n38 dosyada durdurma cezası verilirken 12 dosyanın mevzuata aykırı olmadığına karar verildi.",
                 {('regulatory_fine', 'Perdeliköy Ev Tekstili'), ('regulatory_fine', 'Uçurtmalı Oyuncak'), ('regulatory_fine', 'Yazmacılar Moda')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 13: Gapped incentive list plus an executive quote on a separate line that states a capacity
    pytest.param('tr', "Büyük ölçekli yatırımlara teşvik belgesi\nMart ayında en yüksek tutarlı belgeler Yamaçlı Kağıt'a 1,2 milyar, Türkmenli Madencilik'e 640 milyon, Gökbelen Cam'a ise 310 milyon lira olarak düzenlendi.\nYamaçlı Kağıt Genel Müdürü Serdar Alpaslan, belgeyle Sakarya'daki mevcut tesisin yıllık kapasitesini 90 bin tondan 150 bin tona çıkaracaklarını söyledi.",
                 {('capacity_expansion', 'Yamaçlı Kağıt'), ('investment_incentive', 'Gökbelen Cam'), ('investment_incentive', 'Türkmenli Madencilik'), ('investment_incentive', 'Yamaçlı Kağıt')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 14: Court bankruptcy notice (İFLAS İLANI) with "Müflis:" and "İflas isteyen alacaklı:" label
    ('tr', 'T.C. BAKIRKÖY 9. ASLİYE TİCARET MAHKEMESİ\nİFLAS İLANI\nMüflis: ÇEŞMELİ MERMER İNŞ. SAN. VE TİC. LTD. ŞTİ.\nMahkememizce müflisin 12/02/2026 tarihinde iflasına karar verilmiş olup tasfiyenin basit usulde yapılmasına karar verilmiştir.\nİflas isteyen alacaklı: Ardıçlı Beton Prefabrik A.Ş.\nAlacaklıların alacaklarını bir ay içinde iflas dairesine bildirmeleri ilan olunur. (Basın: 1432187)',
     {('insolvency', 'ÇEŞMELİ MERMER İNŞ. SAN. VE TİC. LTD. ŞTİ.')}),
    # tr5 15: Icra auction notice (TAŞINMAZIN AÇIK ARTIRMA İLANI): the debtor appears only in the land
    pytest.param('tr', 'T.C. ÇORLU 2. İCRA DAİRESİ 2025/3311 TLMT.\nTAŞINMAZIN AÇIK ARTIRMA İLANI\nTapu kaydı: Tekirdağ ili, Çorlu ilçesi, 412 ada 7 parselde kayıtlı fabrika binası ve arsası Dumanlı Kauçuk Sanayi A.Ş. adına tam hisselidir. Şerhler hanesinde Çakırbey Faktoring A.Ş. lehine icrai haciz şerhi bulunmaktadır.\nMuhammen bedel: 186.400.000 TL\n1. İhale: 18/06/2026 saat 14:00 – 2. İhale: 16/07/2026 saat 14:00',
                 {('insolvency', 'Dumanlı Kauçuk Sanayi A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 16: Civil-court case header with role labels (DAVACI / DAVALI / DAVALI YANINDA FER'İ MÜDAHİL
    pytest.param('tr', "T.C. GEBZE 2. ASLİYE TİCARET MAHKEMESİ\nESAS NO: 2026/214\nDAVACI: Beyaztaş Enerji Yatırımları A.Ş.\nDAVALI: Kocaoluk Mühendislik Müşavirlik Ltd. Şti.\nDAVALI YANINDA FER'İ MÜDAHİL: Pusulaköy Sigorta A.Ş.\nDAVA: Alacak (12.400.000 TL) – Ön inceleme duruşması 21/04/2026 günü yapılacaktır.",
                 {('lawsuit', 'Kocaoluk Mühendislik Müşavirlik Ltd. Şti.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 17: KAP "Özel Durum Açıklaması (Genel)" form with its label | value rows: the parent holding
    ('tr', "***ILGZH*** ILGAZDERE HOLDİNG A.Ş. ( Özel Durum Açıklaması (Genel) )\nYapılan Açıklama Güncelleme mi? | Hayır\nKonu | Yatırım Teşvik Belgesi\nAçıklamalar | %100 bağlı ortaklığımız Ilgazdere Enerji Depolama A.Ş. adına, Çankırı'da kurulacak batarya hücresi üretim tesisi için 2,8 milyar TL tutarlı yatırım teşvik belgesi düzenlenmiştir. Belge kapsamında KDV istisnası, gümrük vergisi muafiyeti ve vergi indirimi destekleri yer almaktadır.\nİlgili Şirketler | [ILGZE]",
     {('investment_incentive', 'Ilgazdere Enerji Depolama A.Ş.')}),
    # tr5 18: Headline with a short form in the ablative ("Kayacık'tan"), a spot line and a body with
    ('tr', "Kayacık'tan Aksaray'a ikinci fabrika\nTarım makineleri üreticisi 2,4 milyar liralık yatırımla yılda 12 bin römork üretecek\nKayacık Tarım Makineleri San. ve Tic. A.Ş. Yönetim Kurulu Başkanı Hilmi Kayacık, Aksaray OSB'de kuracakları yeni fabrikanın temelini haziranda atacaklarını açıkladı. Kayacık, fabrika arsasını geçen yıl satın aldıklarını hatırlattı.",
     {('investment_announcement', 'Kayacık Tarım Makineleri San. ve Tic. A.Ş.')}),
    # tr5 19: Headline short form + body full title for a temporary production halt; a rival quoted in
    ('tr', "Yeşilırmak Boya, Bafra'da üretimi durdurdu\nYeşilırmak Boya ve Vernik Sanayi A.Ş., hammadde tedarikindeki aksama nedeniyle Bafra fabrikasında üretime iki hafta ara verdi. Şirketten yapılan açıklamada çalışanların ücretli izne çıkarıldığı belirtildi.\nBölgedeki rakip üretici Kuşçulu Kimya'nın yetkilisi ise bayilerden gelen talebi karşılayabileceklerini söyledi.",
     {('layoffs_closure', 'Yeşilırmak Boya ve Vernik Sanayi A.Ş.')}),
    # tr5 20: "Haftanın öne çıkan şirket haberleri" roundup: bullet rows "Firm (TICKER): event", one e
    ('tr', "Haftanın öne çıkan şirket haberleri\n• Erikçi Gıda (ERKCG): Bedelli sermaye artırımı tamamlandı, çıkarılmış sermaye 80 milyon TL'den 160 milyon TL'ye yükseldi.\n• Tavşanlı Savunma (TVSNL): Yurt dışındaki bir müşteriyle 22 milyon dolarlık tedarik sözleşmesi imzaladı.\n• Oymaağaç Holding: CFO Levent Sadıkoğlu görevinden istifa etti.\n• Karlıova Tekstil: Fabrikasını satacağı iddialarını KAP'ta yalanladı.\n• Benlidere Enerji: Kredi notu A(tr)'den A+(tr)'ye yükseltildi.\n• Fındıklı Makine: Hidrolik pres için faydalı model tescil belgesi aldı.",
     {('capital_increase', 'Erikçi Gıda'), ('contract_won', 'Tavşanlı Savunma'), ('management_exit', 'Oymaağaç Holding'), ('patent_granted', 'Fındıklı Makine')}),
    # tr5 21: Column ("Piyasa notları") that names three firms in a chatty tone: one "no investment, w
    pytest.param('tr', "PİYASA NOTLARI / Nevin Karaoğlan\nGeçen hafta Sarıgöl Döküm'ün genel müdürüyle konuştum; 'Bu faiz ortamında yeni yatırım yok, bekliyoruz' dedi.\nArmutlu Plastik'in Çerkezköy'de ikinci fabrika için arsa baktığı konuşuluyor, ancak şirket henüz bir karar vermiş değil.\nBuna karşılık Kestanepınar Boya, Çorlu'daki toz boya hattını ikiye katlama kararını yönetim kurulundan geçirdi; yeni hat yıl sonunda devreye girecek.",
                 {('capacity_expansion', 'Kestanepınar Boya')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 22: Consumer-news story followed by page furniture (Etiketler, İlgili Haberler, Yorumlar) th
    ('tr', "Lavinköy Mobilya müşterileri teslimat bekliyor\nLavinköy Mobilya'dan peşin ödemeyle koltuk takımı alan onlarca müşteri, aylardır ürün teslim edilmediğini ve paralarının iade edilmediğini söylüyor. 'Üç aydır oyalanıyoruz, 64 bin lira ödedim' diyen Ayten Göksu şikayet sitesine başvurdu.\nEtiketler: Lavinköy Mobilya, Özberk Mobilya, mobilya teslimat\nİlgili Haberler: Özberk Mobilya yeni sezon koleksiyonunu tanıttı | Mobilya ihracatında ocak rakamları\nYorumlar (3): 'Çok yazık, tüketici hakem heyetine gidin.'",
     {('customer_complaint', 'Lavinköy Mobilya'), ('refund_problem', 'Lavinköy Mobilya')}),
    # tr5 23: Borsa news page: the story carries one event, then a ticker strip and an "En çok okunanl
    ('tr', "Alibeyli Çimento'dan klinker kapasitesine yatırım\nAlibeyli Çimento Sanayi T.A.Ş., Kırklareli fabrikasına ikinci klinker hattı kurarak yıllık kapasitesini 1,8 milyon tondan 3 milyon tona çıkarma kararı aldığını KAP'a bildirdi.\nPiyasa Ekranı: BIST 100 %0,8 ↑ | KRTPH Kıraztepe Holding %4,2 ↑ | KVKGD Kavaklı Gıda %-3,1 ↓\nEn çok okunanlar: Kıraztepe Holding hisselerinde sert yükseliş | Altın fiyatları bugün",
     {('capacity_expansion', 'Alibeyli Çimento Sanayi T.A.Ş.')}),
    # tr5 24: NEGATIVE whole document: Borsa İstanbul index / market-segment notice listing four firms
    ('tr', "Borsa İstanbul'dan pazar geçişi\nKAP'a yapılan açıklamaya göre Elmacık Enerji A.Ş., Hasanbeyli Tekstil San. A.Ş. ve Karatoprak Gayrimenkul Yatırım Ortaklığı A.Ş. payları 1 Temmuz'dan itibaren Yıldız Pazar'da işlem görecek.\nAyrıca Orçunlu Makina'nın endekslerde kullanılan fiili dolaşımdaki pay oranı yüzde 31'den yüzde 27'ye güncellendi.",
     set()),
    # tr5 25: Labour-news roundup: two closures in two cities (one firm without a legal title, one wit
    ('tr', "İki fabrikada kepenk indi\nKilis'te yaklaşık 800 kişinin çalıştığı Üçpınar Tekstil fabrikası kapandı, işçiler fabrika önünde toplandı.\nGaziantep'te ise Selvili Ambalaj San. Tic. Ltd. Şti. üretimi durdurduğunu açıkladı; işçiler tazminatlarının ödenmediğini söylüyor.\nSendika temsilcisi, bölgedeki Kızılhisar İplik'te de işten çıkarmalar yaşanabileceğinden endişe ettiklerini belirtti.",
     {('layoffs_closure', 'Selvili Ambalaj San. Tic. Ltd. Şti.'), ('layoffs_closure', 'Üçpınar Tekstil')}),
    # tr5 26: Complaint-ranking list: a numbered "1. Firm – N şikayet" list (complaint counts mean cus
    pytest.param('tr', 'Ocak ayının şikayet karnesi: kargo\nŞikayet platformunun verilerine göre ocakta en çok şikayet alan kargo firmaları şöyle sıralandı:\n1. Hızlıkanat Kargo – 4.812 şikayet\n2. Pakettaşı Lojistik – 3.107 şikayet\n3. Yolaçan Kurye – 1.954 şikayet\nMüşteri memnuniyeti ödülünü ise Dağkapı Kargo aldı.',
                 {('customer_complaint', 'Hızlıkanat Kargo'), ('customer_complaint', 'Pakettaşı Lojistik'), ('customer_complaint', 'Yolaçan Kurye')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 27: Patent bulletin with INID codes in pipe rows under two headers (Tescil Edilenler / Redde
    pytest.param('tr', 'TÜRKPATENT Resmi Patent Bülteni 2026/04 – Tescil Edilenler\n(11) TR 2024 08812 B | (73) Sahip: Mercanköşk Otomotiv Yan San. ve Tic. A.Ş. | (54) Araç koltuk rayı için kilitleme mekanizması\n(11) TR 2024 11305 Y | (73) Sahip: Nilgün Akçakocalı | (54) Katlanabilir bebek arabası tekerleği\nReddedilen Başvurular\n(21) 2025/004417 | (71) Başvuru Sahibi: Sekmenli Elektronik Ltd. Şti. | (54) Akıllı priz',
                 {('patent_granted', 'Mercanköşk Otomotiv Yan San. ve Tic. A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 28: Municipal land-auction results: "N No'lu parsel: Firm – price" rows; winning a land auct
    pytest.param('tr', "Belediye arsa satış ihalesi sonuçlandı\nKaraağaçlı Belediyesi'nin sanayi bölgesindeki üç parseli için yaptığı açık artırmada:\n1 No'lu parsel: Kaşıkçılar Lojistik A.Ş. – 84.000.000 TL\n2 No'lu parsel: Teklif çıkmadı, ihale ertelendi\n3 No'lu parsel: Yılankale Gıda San. Tic. Ltd. Şti. – 37.500.000 TL\nİhaleye katılan Gökçeören Yapı ise 1 No'lu parselde ikinci sırada kaldı.",
                 {('land_acquisition', 'Kaşıkçılar Lojistik A.Ş.'), ('land_acquisition', 'Yılankale Gıda San. Tic. Ltd. Şti.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 29: News headline (short form) over a pasted KAP "Maddi Duran Varlık Satışı" text in ALL CAP
    pytest.param('tr', "Tozluca Metal, Gebze fabrikasını satışa çıkardı\nTOZLUCA METAL İŞLEME SANAYİ A.Ş. (Maddi Duran Varlık Satışı) Şirketimizin Gebze'de bulunan ve üretim yapılmayan fabrika binası ile arsasının satışa çıkarılmasına, asgari satış bedelinin 420.000.000 TL olarak belirlenmesine ve satış sürecinde Kartalkaya Gayrimenkul Değerleme A.Ş.'nin yetkilendirilmesine karar verilmiştir.",
                 {('asset_sale', 'TOZLUCA METAL İŞLEME SANAYİ A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
    # tr5 30: Regional OSB roundup, one paragraph per firm with different outcomes: a land purchase, a
    pytest.param('tr', "Karaman OSB'ye iki yeni yatırım\nOSB Müdürlüğünün açıklamasına göre Akarsulu Bisküvi San. A.Ş., genişleme alanındaki 60 dönümlük parseli 145 milyon liraya satın aldı.\nSürmeli Makarna'nın Yönetim Kurulu Başkanı Feridun Sürmeli ise 1,1 milyar liralık yeni fabrikayı 2027'de üretime alacaklarını söyledi.\nGeçen yıl açıklanan Pınarbaşı Şeker Ürünleri yatırımı ise finansman koşulları nedeniyle süresiz ertelendi.",
                 {('investment_announcement', 'Sürmeli Makarna'), ('land_acquisition', 'Akarsulu Bisküvi San. A.Ş.')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet")),
])
def test_catalogued_structure(extractor: Extractor, lang: str, text: str,
                              expected: set[tuple[str, str]]) -> None:
    got = read(extractor, text, lang)
    assert same(got, expected), got
