"""Structures from session 38's real-text study, in own sentences with invented firms: a
list of names is one slot of a cue however many members it has ("revised the Outlooks on
the ratings of A (A1), B, C and D to Negative"); a short name in brackets stands where its
full name does in a list; initials that open a member's name ("T.C. X Bankası") do not
end the list; a common word is a firm where it is one of a firm noun's examples ("A,
Set ve B gibi şirketler"); a hedge after the cue with a verb of its own ("went into
liquidation, reportedly leaving ...") qualifies that verb only; a ticker with the day's
share move ("(HBM 0.06%)") marks a listed firm; a demonym ("Bangladeshi regulators") and an
authority's short name defined in brackets ("Board of Investment (BOI)") are no firms; a
quoted person's employer ("John Roe of X tells ...") is no party; and the passive agent of a
sale is read after the asset ("the land was put up for sale by X"); Turkish investment
statements ("20 milyon avroluk yatırımla hazırlanıyor", "X'in yapacağı otel", "yatırıma
başlayacak") and an officer named with the firm who says "we" in the next
sentence ("X Yönetim Kurulu Başkanı Ali Veli ... Veli, "... başlayacağız" dedi").
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.expect import read, same

_FIVE_BANKS = ("Halden Bank AS", "Corvel Bankasi", "Brentwick Finans Bankasi", "Tarvo Bank",
               "Quillon Bank A.S.")
_EXAMPLES = ("Varnel", "Kodaks", "Set", "Tarvona", "Quillora")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A list between the cue's words counts as one word of its gap.
    ('en', 'Morrow Ratings has revised the Outlooks on the Long-Term Foreign-Currency Issuer '
           'Default Ratings (LTFC IDRs) of Halden Bank AS (Halden), Corvel Bankasi, Brentwick '
           'Finans Bankasi (BFB), Tarvo Bank and Quillon Bank A.S. to Negative from Stable.',
     {('rating_downgrade', name) for name in _FIVE_BANKS}),
    ('en', 'Morrow Ratings has revised the Outlooks on the Long-Term Issuer Default Ratings of '
           'Halden Bank AS, Corvel Bank AS, Brentwick Bank AS and Tarvo Bank AS to Negative '
           'from Stable.',
     {('rating_downgrade', name) for name in ('Halden Bank AS', 'Corvel Bank AS',
                                              'Brentwick Bank AS', 'Tarvo Bank AS')}),
    # ... but only a list of names: words still count.
    ('en', 'The outlooks of Halden Bank AS and Corvel Bank AS were revised by the agency, which '
           'said nothing about the negative sentiment in the market.', set()),
    # A short name in brackets keeps its full name's place in the list.
    ('tr', 'Kurum, Halden Gıda A.Ş. (HGA), Corvel Süt A.Ş., Brentwick Et A.Ş. (BEA) ve Tarvo '
           'Yem A.Ş. hakkında soruşturma açtı.',
     {('lawsuit', name) for name in ('Halden Gıda A.Ş.', 'Corvel Süt A.Ş.', 'Brentwick Et A.Ş.',
                                     'Tarvo Yem A.Ş.')}),
    ('en', 'Agency Morrow cut the ratings of Varnelbank (VB), Kodaksbank, Tarvonabank (TB) and '
           'Quillorabank to B from B+.',
     {('rating_downgrade', name) for name in ('Varnelbank', 'Kodaksbank', 'Tarvonabank',
                                              'Quillorabank')}),
    # Initials that open a member's name.
    ('tr', 'Notu düşürülen bankalar Halden Bank A.Ş., Corvel Bankası A.Ş., T.C. Tarvo Bankası, '
           'Brentwick Bank A.Ş. ve Quillon Bank A.Ş. olarak sıralandı.',
     {('rating_downgrade', name) for name in ('Halden Bank A.Ş.', 'Corvel Bankası A.Ş.',
                                              'Tarvo Bankası', 'Brentwick Bank A.Ş.',
                                              'Quillon Bank A.Ş.')}),
    ('en', 'The regulator fined Halden Pumps Inc., U.S. Corvel Steel Inc. and Brentwick Labs '
           'Inc. for price fixing.',
     {('regulatory_fine', name) for name in ('Halden Pumps Inc.', 'Corvel Steel Inc.',
                                             'Brentwick Labs Inc.')}),
    # "TAO" and "T.A.Ş." are legal forms: a register alias that opens such a title takes it
    # whole, and the list goes on after it.
    ('tr', 'Notu düşürülen bankalar Halden Bank A.Ş., Mavikent Gıda Ürünleri TAO, Tarvo '
           'Bankası T.A.Ş. ve Quillon Bank A.Ş. olarak sıralandı.',
     {('rating_downgrade', name) for name in ('Halden Bank A.Ş.', 'Mavikent Gıda',
                                              'Tarvo Bankası T.A.Ş.', 'Quillon Bank A.Ş.')}),
    ('en', 'Lin said the Tao of investing is patience.', set()),
    # An officer fired is a management exit, not a layoff; an officer announcing layoffs
    # is not fired.
    ('tr', "Halden Çadır ve Tekstil A.Ş.'nin Genel Müdürü Ömer Faruk Özgün'ün işten "
           "çıkarıldığı bildirildi.", {('management_exit', 'Halden Çadır ve Tekstil A.Ş.')}),
    ('tr', "Corvel Sistem Yapı Şirketi'nin Genel Müdürü Ali Pala da işten atıldı.",
     {('management_exit', 'Corvel Sistem Yapı Şirketi')}),
    ('tr', 'Halden Tekstil A.Ş., 300 işçiyi işten çıkardı.',
     {('layoffs_closure', 'Halden Tekstil A.Ş.')}),
    ('tr', "Halden Tekstil A.Ş.'nin fabrika müdürü, 300 işçinin işten çıkarılacağını açıkladı.",
     {('layoffs_closure', 'Halden Tekstil A.Ş.')}),
    # A clipboard marker glued to the first word is no part of a name.
    ('en', 'StartFragmentThe Halden Press was granted a patent for its juicer. EndFragment',
     {('patent_granted', 'Halden Press')}),
    # The probe named after the relative clause that opened it on the firm.
    ('tr', "Küçükçekmece Cumhuriyet Başsavcılığı'nın Can Holding'e başlattığı soruşturma "
           "kapsamında arama yapılıyor.", {('lawsuit', 'Can Holding')}),
    ('tr', "Başsavcılığın Halden Holding'e başlattığı soruşturma kapsamında arama yapılıyor.",
     {('lawsuit', 'Halden Holding')}),
    ('tr', "Halden Holding'in savcılığa başlattığı başvuru sürüyor.", set()),
    # "kolları sıvadı": setting to work on an investment (not on a season).
    ('tr', "Halden Çelik, İskenderun'daki yeni çelik yatırımı için kolları sıvadı.",
     {('investment_announcement', 'Halden Çelik')}),
    ('tr', 'Halden Spor, yeni sezon için kolları sıvadı.', set()),
    # A brand in capitals no dictionary knows opens the sentence: a name; a word does not.
    ('en', 'KORVANE will invest $750 million in the plant, which is expected to create more '
           'than 1,400 jobs.', {('investment_announcement', 'KORVANE')}),
    ('en', 'UPDATE will follow once the company files for bankruptcy.', set()),
    # The contractor picked for a project (a project's title is no firm; a title won is no
    # contract).
    ('tr', 'Milli Tank Projesi için Halden Otomotiv firmasının seçildiği ve sözleşme '
           'görüşmelerinin başladığı hatırlatıldı.', {('contract_won', 'Halden Otomotiv')}),
    ('tr', "Savunma Sanayii İcra Komitesi, projenin ana yüklenicisi olarak Halden Otomotiv'i "
           "seçti.", {('contract_won', 'Halden Otomotiv')}),
    ('tr', 'Halden Otomotiv, projenin ana yüklenicisi olarak seçildi.',
     {('contract_won', 'Halden Otomotiv')}),
    ('tr', 'Halden Otomotiv, yılın en iyi işvereni seçildi.', set()),
    ('tr', "Halden Otomotiv'in genel müdürü, yılın yöneticisi seçildi.", set()),
    # A new site of any kind that a firm is building.
    ('en', 'Workwear retailer Corvel Trading Company is building a new distribution center in '
           'Adairsville, Georgia.', {('investment_announcement', 'Corvel Trading Company')}),
    # A common word among a firm noun's examples is a firm.
    ('tr', 'Temmuz ayından itibaren Varnel, Kodaks, Set, Tarvona ve Quillora gibi şirketler de '
           'soruşturmaya alındı.', {('lawsuit', name) for name in _EXAMPLES}),
    ('en', 'The competition authority is investigating companies such as Varnel, Kodaks, Set, '
           'Tarvona and Quillora.', {('lawsuit', name) for name in _EXAMPLES}),
    ('en', 'The competition authority fined companies such as Varnel, Kodaks, Set, Tarvona and '
           'Quillora.', {('regulatory_fine', name) for name in _EXAMPLES}),
    # ... and nowhere else.
    ('tr', 'Sayıştay raporunda, Set ve Kalem kelimelerinin sık geçtiği belirtildi.', set()),
    # A hedge after the cue with a verb of its own qualifies that verb only.
    ('en', 'A Victorian travel agency, Halden Travel Services, has gone into liquidation, '
           'reportedly leaving many holidaymakers out of pocket.',
     {('insolvency', 'Halden Travel Services')}),
    ('en', 'Halden Pumps will close its Akron plant, possibly leaving 300 workers without jobs.',
     {('layoffs_closure', 'Halden Pumps')}),
    ('en', 'Halden Travel Services has reportedly gone into liquidation.', set()),
    ('en', 'Halden Travel Services has gone into liquidation, people familiar with the matter '
           'said.', set()),
    # A ticker with the day's share move makes the name before it a listed firm.
    ('en', 'Halden Business Machines (HBM 0.06%) was awarded an $11.9 million contract to '
           'integrate payroll systems.', {('contract_won', 'Halden Business Machines')}),
    ('en', 'Corvel Aerospace (CVA -1.5%) won a $12 million contract to maintain training '
           'systems.', {('contract_won', 'Corvel Aerospace')}),
    # A demonym is no firm ("Bangladeshi regulators").
    ('en', 'Bangladeshi regulators fined Halden Bank for money laundering failures.',
     {('regulatory_fine', 'Halden Bank')}),
    ('en', 'Kenyan authorities fined Corvel Pumps for price fixing.',
     {('regulatory_fine', 'Corvel Pumps')}),
    ('en', 'Kuwaiti investors sued Corvel Pumps over the merger.', {('lawsuit', 'Corvel Pumps')}),
    # An authority's short name, once defined, is no firm wherever it is written.
    ('en', "Thailand's Board of Investment (BOI) approved new projects. BOI granted tax "
           "incentives to Halden Plus and Corvel Power.",
     {('investment_incentive', 'Halden Plus'), ('investment_incentive', 'Corvel Power')}),
    ('en', 'The Resource Conservation and Recovery Act (RCRA) sets rules. RCRA fined nobody, '
           'but the agency fined Halden Plus.', {('regulatory_fine', 'Halden Plus')}),
    ('tr', "Kuzey Anadolu Kalkınma Ajansı (KUDAKA) yeni projeleri onayladı. KUDAKA, Halden "
           "Tekstil A.Ş.'ye 5 milyon liralık hibe desteği verdi.",
     {('investment_incentive', 'Halden Tekstil A.Ş.')}),
    # A quoted person's employer is the news's source, not its party ...
    ('en', "John Littman of Halden Realty Inc.'s Houston office tells the paper that the land "
           "was put up for sale by Corvel Farms Inc.", {('asset_sale', 'Corvel Farms Inc.')}),
    ('en', 'Analyst Jane Roe of Brentwick Securities said Corvel Steel would close its Akron '
           'plant.', {('layoffs_closure', 'Corvel Steel')}),
    # ... unless the sentence makes it the party ("the firm" is that employer).
    ('en', 'Mark Stone of Halden Realty Inc. said the firm filed for bankruptcy on Monday.',
     {('insolvency', 'Halden Realty Inc.')}),
    ('en', 'Halden Realty Inc. put its Houston office tower up for sale, John Littman said.',
     {('asset_sale', 'Halden Realty Inc.')}),
    # The passive agent of a sale whose asset opens the sentence.
    ('en', 'The land was put up for sale by Corvel Farms Inc.', {('asset_sale', 'Corvel Farms Inc.')}),
    ('en', 'Halden Realty Inc. said the land was put up for sale by Corvel Farms Inc.',
     {('asset_sale', 'Corvel Farms Inc.')}),
    # Turkish investment statements: a sized investment, a plant set up by the firm, the
    # facility it will build, an investment it starts, and its officer's quoted "we".
    ('tr', "İsviçre merkezli Corvel Group, Manisa'da 20 milyon avroluk yatırımla üretime "
           "hazırlanıyor.", {('investment_announcement', 'Corvel Group')}),
    pytest.param('tr', "Corvel Group tarafından Manisa'da kurulan fabrikada üretim Eylül'de "
                       "başlayacak.", {('investment_announcement', 'Corvel Group')},
                 marks=pytest.mark.xfail(strict=True, reason="not read yet: a plant set up "
                                         "reads the same whether new or decades old")),
    ('tr', "Tarvo Proje Ltd. Şti.'nin Antalya'ya yapacağı 668 yataklı otel için ÇED muafiyeti "
           "verildi.", {('investment_announcement', 'Tarvo Proje Ltd. Şti.')}),
    ('tr', 'Halden Holding, 1 milyar dolarlık yatırıma bu yıl başlayacak.',
     {('investment_announcement', 'Halden Holding')}),
    ('tr', 'Halden Holding Yönetim Kurulu Başkanı Ali Veli, yazılı açıklama yaptı. Veli, "1 '
           'milyar dolarlık yeni fabrika yatırımına bu yıl başlayacağız" dedi.',
     {('investment_announcement', 'Halden Holding')}),
    ('tr', 'Yatırımcılar, borsada yeniden işlem yapmaya başladı.', set()),
    ('tr', 'Halden Holding Yönetim Kurulu Başkanı Ali Veli, yazılı açıklama yaptı. Veli, "Yeni '
           'sezona hazırız" dedi.', set()),
    ('tr', 'Bakanlık, 20 milyon avroluk yatırımla yapılan yolun açılışını yaptı.', set()),
])
def test_session38_structure(extractor: Extractor, lang: str, text: str,
                             expected: set[tuple[str, str]]) -> None:
    got = read(extractor, text, lang)
    assert same(got, expected), got


# Counter-examples from a review of this session's change: each rule stops where its
# reason stops (prepositions in -ing, hedging nouns, a verb of being before "negative",
# a visit, protests, a past investment, a broker, a trade word in an authority-like name,
# a town, "firms in towns such as").
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'Halden Pumps will close its Akron plant, possibly during the summer.',
     set()),
    ('en', 'Halden Pumps will close its Akron plant, reportedly during the summer.',
     set()),
    ('en', 'Halden Travel Services has gone into liquidation, reportedly according to staff.',
     set()),
    ('en', 'Halden Travel Services has gone into liquidation, reportedly following a collapse in bookings.',
     set()),
    ('en', 'Halden Pumps will sell its Akron plant, unnamed sources saying the deal is close.',
     set()),
    ('en', 'Halden Pumps will cut 300 jobs, speculation mounting since Monday.',
     set()),
    ('en', 'Halden Bank AS said the outlook for its loan book is stable, as real rates dropped to negative.',
     set()),
    ('tr', 'Corvel Group tarafından 40 yıl önce kurulan fabrika, 300 kişiye iş veriyor.',
     set()),
    ('tr', "1998'de Corvel Group tarafından kurulan fabrika, 300 kişiye iş veriyor.",
     set()),
    ('tr', "Halden Holding'in yapacağı fabrika ziyareti yarın gerçekleşecek.",
     set()),
    ('tr', "Halden Holding'in Manisa'daki yatırımına yönelik protestolar başladı.",
     set()),
    ('tr', 'Halden Portföy, müşterilerine yatırıma başlamadan önce risk testi yapmalarını öneriyor.',
     set()),
    ('tr', 'Halden Holding, yatırıma başlamadı.',
     set()),
    ('tr', 'Halden Holding, 1 milyar dolarlık yatırımla büyüdüğünü hatırlattı.',
     set()),
    ('en', 'The factory was offered for sale by Corvel Auctions on behalf of the owner, Halden Pumps.',
     {('asset_sale', 'Halden Pumps')}),
    ('en', "The holding company's shares were offered for sale by Corvel Securities, the broker.",
     set()),
    ('en', 'Halden Travel Agency (HTA) sells holidays to Spain. HTA filed for bankruptcy on Monday.',
     {('insolvency', 'HTA')}),
    ('en', 'Corvel Road Haulage (CRH) moves freight. CRH filed for bankruptcy on Monday.',
     {('insolvency', 'CRH')}),
    ('en', 'The regulator fined Bursan for price fixing.',
     {('regulatory_fine', 'Bursan')}),
    ('en', 'The regulator fined firms in towns such as Bath and Reading.',
     set()),
    ('en', 'Halden Business Machines (HBM 0.06%) makes servers. HBM was awarded an $11.9 million contract to build servers.',
     {('contract_won', 'Halden Business Machines')}),
    ('tr', 'İşten çıkarmalar sürerken Halden Tekstil konkordato ilan etti.',
     {('insolvency', 'Halden Tekstil')}),
    ('tr', 'Dev markalardan konkordato kararları peş peşe gelirken giyim devlerinden Halden Tekstil, toplu işten çıkarma yaptı.',
     {('layoffs_closure', 'Halden Tekstil')}),
    ('tr', 'Sektörde konkordato ilanları artarken Halden Tekstil, 300 işçiyi işten çıkardı.',
     {('layoffs_closure', 'Halden Tekstil')}),
    ('tr', 'Konkordato ilan ederken Halden Tekstil, 300 işçiyi de işten çıkardı.',
     {('insolvency', 'Halden Tekstil'), ('layoffs_closure', 'Halden Tekstil')}),
    # ... and from a second review, of the fixes and the rules after them.
    ('en', 'Halden Holding closed its Leeds plant, considering moving production to Poland.',
     {('layoffs_closure', 'Halden Holding')}),
    ('en', 'Halden Holding filed for bankruptcy, fearing mounting losses.',
     {('insolvency', 'Halden Holding')}),
    ('tr', 'Temmuz ayından itibaren Varnel, Kodaks, Set, Tarvona ve Quillora gibi büyük şirketler de soruşturmaya alındı.',
     {('lawsuit', 'Varnel'), ('lawsuit', 'Kodaks'), ('lawsuit', 'Set'), ('lawsuit', 'Tarvona'), ('lawsuit', 'Quillora')}),
    ('en', 'The regulator fined firms like Varnel, Kodaks, Set, Tarvona and Quillora.',
     {('regulatory_fine', 'Varnel'), ('regulatory_fine', 'Kodaks'), ('regulatory_fine', 'Set'), ('regulatory_fine', 'Tarvona'), ('regulatory_fine', 'Quillora')}),
    ('en', 'The regulator fined five lenders (Varnel, Kodaks, Set, Tarvona and Quillora).',
     {('regulatory_fine', 'Varnel'), ('regulatory_fine', 'Kodaks'), ('regulatory_fine', 'Set'), ('regulatory_fine', 'Tarvona'), ('regulatory_fine', 'Quillora')}),
    ('en', 'Libyan regulators fined Halden Holding $2 million.',
     {('regulatory_fine', 'Halden Holding')}),
    ('en', 'The Energy Market Regulatory Authority (EMRA) is based in Ankara. EMRA imposed fines on several firms.',
     set()),
    ('en', 'Ilgaz Enerji ("3IE") is based in Leeds. 3IE laid off 300 workers on Monday.',
     {('layoffs_closure', 'Ilgaz Enerji')}),
    ('en', 'Anna Berg-Tarvona, whose grandfather founded Tarvona, said on Monday that Tarvona would cut 200 jobs.',
     {('layoffs_closure', 'Tarvona')}),
    ('tr', 'İşten çıkarmalar yaparken Halden Tekstil tazminatları ödemedi.',
     {('layoffs_closure', 'Halden Tekstil')}),
    ('tr', "Halden Holding'in yarın yapacağı fabrika ve depo ziyaretleri basına kapalı olacak.",
     set()),
    ('tr', "Halden Holding'in yapacağı tesislere ziyaret yarın başlıyor.",
     set()),
    ('tr', 'Halden Holding, 20 milyon liralık yatırımla büyüdüğünü söylüyor.',
     set()),
    ('tr', "Halden Holding, Manisa'da 20 milyon avroluk yatırımla fabrika kurdu.",
     {('investment_announcement', 'Halden Holding')}),
    ('tr', "Başsavcılığın Defne'ye başlattığı soruşturma kapsamında arama yapılıyor.",
     {('lawsuit', 'Defne Tekstil A.Ş.')}),
])
def test_session38_review_counter_examples(extractor: Extractor, lang: str, text: str,
                                           expected: set[tuple[str, str]]) -> None:
    got = read(extractor, text, lang)
    assert same(got, expected), got
