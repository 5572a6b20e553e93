"""Structures found on the sixth fresh real-text set's studied half and on real pages read
in session 31. Every sentence here is invented for this file.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signals import Extractor
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The only firm a document names, once and by its shape alone, is whom "şirket" means.
    ("tr", "Kar yağışındaki kesintilere rekor ceza geldi. Kurum soruşturmayı tamamladı. "
           "Akçay Elektrik Dağıtım Şirketi'nin hatlarını zamanında yenilemediği belirlendi. "
           "Etkilenen abone sayısı 27 bini buldu. Şirket ayrıca 3 milyon lira ceza ödeyecek.",
     {("regulatory_fine", "Akçay Elektrik Dağıtım Şirketi")}),
    ("en", "Storm outages ended in a record penalty. The regulator said Akcay Power "
           "Distribution had not renewed its lines in time. Some 27,000 homes were affected. "
           "The company will also pay a "
           "fine of $3 million.", {("regulatory_fine", "Akcay Power Distribution")}),
])
def test_the_only_firm_named_is_the_reference(extractor: Extractor, lang: str, text: str,
                                              expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An audit finding that an investment was not made is no investment (the fine stays).
    ("tr", "Toroslar Elektrik Dağıtım A.Ş.'nin kapasite artırımı yatırımlarını zamanında "
           "yapmadığı tespit edildi. Şirket 3 milyon lira ceza ödeyecek.",
     {("regulatory_fine", "Toroslar Elektrik Dağıtım A.Ş.")}),
    ("en", "The regulator found that Toroslar Power Inc. failed to make the capacity "
           "expansion investments it had promised. The company will pay a $3 million fine.",
     {("regulatory_fine", "Toroslar Power Inc.")}),
    # A plan carried out stays one.
    ("tr", "Toroslar Elektrik Dağıtım A.Ş. kapasitesini iki katına çıkaracak.",
     {("capacity_expansion", "Toroslar Elektrik Dağıtım A.Ş.")}),
])
def test_an_investment_found_not_made_is_none(extractor: Extractor, lang: str, text: str,
                                               expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The partners named before "ortak girişimi aldı" win; the bidders the sentence names
    # first ("Aralarında A ve B'nin bulunduğu") do not.
    ("Aralarında Derin İnşaat ve Soyalp'ın bulunduğu firmaların yarıştığı ihaleyi 3 milyar TL "
     "ile Kaya Yapı, Yeşil İnşaat ve Nasa İnşaat ortak girişimi aldı.",
     {("contract_won", "Kaya Yapı"), ("contract_won", "Yeşil İnşaat"),
      ("contract_won", "Nasa İnşaat")}),
    ("İhaleyi 900 milyon TL teklifle Kaya Yapı ve Yeşil İnşaat konsorsiyumu kazandı.",
     {("contract_won", "Kaya Yapı"), ("contract_won", "Yeşil İnşaat")}),
    # The Treasury owning a plot that is sold is no firm selling an asset.
    ("Maliye Hazinesi adına kayıtlı taşınmazın satışı onaylandı.", set()),
])
def test_joint_venture_partners_and_the_treasury(extractor: Extractor, text: str,
                                                 expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A digest: "the company" is the firm the previous sentence opened with, not the
    # document's first firm.
    ("The complaint alleges that Korvane Cookware Inc. sold pans that stick. The pans are "
     "sold online. Shoppers paid more for them. Many returned them. Velmora Dairy "
     "Inc. makes ice cream in fifty flavours. The complaint alleges that the company "
     "mislabels its vanilla.", {("lawsuit", "Korvane Cookware Inc."),
                                ("lawsuit", "Velmora Dairy Inc.")}),
    # A founder's possessive opens a supplier's name; both defendants are sued.
    ("The defendants are Smitty’s Supply, Inc. and Farmhand Supply Company.",
     {("lawsuit", "Smitty’s Supply, Inc."), ("lawsuit", "Farmhand Supply Company")}),
    # Initials of lower-case words in brackets abbreviate a term, not a firm.
    ("The complaint alleges that specifications for tractor hydraulic fluid (THF) no longer "
     "exist.", set()),
])
def test_digest_references_possessive_names_and_term_initials(extractor: Extractor, text: str,
                                                              expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A client's one-word alias opening a longer capitalised name is another firm's.
    ("But its owner, Lodestar Signature, said last month it had filed for Chapter 11 "
     "protection.", {("insolvency", "Lodestar Signature")}),
    ("Lodestar filed for Chapter 11 protection on Monday.", {("insolvency", "K11")}),
    # A name in apposition to "its owner" / "its parent company" is a firm; a nationality
    # may open it.
    ("The plant was sold last year. Its parent company, American Harlow, filed for "
     "Chapter 11 protection on Monday.", {("insolvency", "American Harlow")}),
    ("American officials said the plant filed for Chapter 11 protection.", set()),
])
def test_longer_names_around_aliases_and_appositions(extractor: Extractor, text: str,
                                                     expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Three or more names with the case on the last are a list, the first included.
    ("Yıldırım Kablo, Ilgaz Enerji ve Serin Süt'ün notları Baa3'ten Ba1'e indi.",
     {("rating_downgrade", "K1"), ("rating_downgrade", "K3"), ("rating_downgrade", "K12")}),
    # "yatırım yapılabilir en alt düzey" is the name of a grade, no possibility.
    ("Yıldırım Kablo'nun notu yatırım yapılabilir en alt düzey olan Baa3'ten Ba1'e indirildi.",
     {("rating_downgrade", "K1")}),
    # Two names and a comma: the first is the subject, not a member.
    ("Ergüven Makine, Defne Tekstil A.Ş.'nin iflasını istedi.", {("insolvency", "K4")}),
])
def test_rating_lists_with_the_case_on_the_last_name(extractor: Extractor, text: str,
                                                     expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A firm's legal complaint against others is their lawsuit, no customer complaint.
    ("Orvano Labs filed a complaint against Deltrix Inc. and Koma Foods Inc. alleging "
     "patent infringement.", {("lawsuit", "Deltrix Inc."), ("lawsuit", "Koma Foods Inc.")}),
    # The firm's town set off by commas is no firm.
    ("Brenwick Tools Inc., Ashford, is expanding its existing plant.",
     {("capacity_expansion", "Brenwick Tools Inc.")}),
    ("Fines went to Brenwick Tools Inc., Borland, Cresta and Delmar.",
     {("regulatory_fine", n) for n in ("Brenwick Tools Inc.", "Borland", "Cresta", "Delmar")}),
    # Outlets' wording of events.
    ("Tolvik Steel Inc. has broken ground on a $300m mill.",
     {("investment_announcement", "Tolvik Steel Inc.")}),
    ("Tolvik Steel Inc. failed to make the bond repayment due on Monday.",
     {("insolvency", "Tolvik Steel Inc.")}),
    ("Tolvik Steel Inc. will stop making cameras at its Ohio plant.",
     {("layoffs_closure", "Tolvik Steel Inc.")}),
    ("Operations at Kessel Mining Inc.'s Dunmore colliery were suspended.",
     {("layoffs_closure", "Kessel Mining Inc.")}),
    ("Tolvik Air Inc. won't reimburse customers for cancelled flights.",
     {("refund_problem", "Tolvik Air Inc.")}),
])
def test_outlet_wordings_and_towns_after_firms(extractor: Extractor, text: str,
                                               expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An object noun opening the sentence is no firm, whatever firm noun follows.
    ("İhaleyi kazanan firma gelecek hafta açıklanacak.", set()),
    # An exporters' association and its head are no firm.
    ("Mobilya İhracatçıları Birliği Başkanı, konkordato ilan eden firmaların arttığını söyledi.",
     set()),
    # A fine ends the investigation told before it: the firm gets the fine, no suit.
    ("Arden Gıda A.Ş.'ye yönelik soruşturma tamamlandı. Kurul Arden Gıda A.Ş.'ye 5 milyon TL "
     "ceza kesti.", {("regulatory_fine", "Arden Gıda A.Ş.")}),
    # Workers wronged by a firm are no customers complaining.
    ("Kuzey Tekstil A.Ş. fabrikasında çalışan işçiler mağdur olduklarını belirtti.", set()),
    # A partitive "one of the brands" names the firm.
    ("Türkiye'nin önemli giyim markalarından Kavrak Moda toplu işten çıkarma yaptı.",
     {("layoffs_closure", "Kavrak Moda")}),
    # Intransitive and nominal wordings.
    ("Kalyon Enerji'nin notları yatırım yapılabilir düzeyden spekülatif düzeye indi.",
     {("rating_downgrade", "Kalyon Enerji")}),
    ("Kestane Dokuma'nın fabrikasında üretim durdu.", {("layoffs_closure", "Kestane Dokuma")}),
    ("Tepe Market Grubu kapanma kararı aldı.", {("layoffs_closure", "Tepe Market Grubu")}),
])
def test_turkish_study_structures(extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A month four or more months before publication, fronted or after the firm, makes
    # the sentence background; last month is news.
    ("en", "Last March, Pellow Foods Inc. announced a $40m investment in a new plant.", set()),
    ("en", "Last November, Pellow Foods Inc. announced a $40m investment in a new plant.",
     {("investment_announcement", "Pellow Foods Inc.")}),
    ("en", "In 2019, Pellow Foods Inc. announced a $40m investment in a new plant.", set()),
    ("en", "Founded in 1990, Pellow Foods Inc. announced a $40m investment in a new plant.",
     {("investment_announcement", "Pellow Foods Inc.")}),
    ("tr", "Pellow Gıda A.Ş. geçtiğimiz mart ayında yeni fabrika kuracağını açıklamıştı.", set()),
])
def test_months_long_before_publication_are_background(extractor: Extractor, lang: str,
                                                       text: str, expected: set) -> None:
    published = datetime(2025, 12, 10, tzinfo=UTC)
    assert firms(extractor, text, lang, published=published) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Customers a fined firm served are no fined firms; bid rigging opens and wins no tender.
    ("en", "The regulator fined two suppliers for rigging tenders to supply Marlo Stores Inc. "
           "and Quenby Foods Inc.", set()),
    ("en", "The regulator fined Orvane Dairy Inc. and Kelso Milk Inc. for rigging tenders to "
           "supply Marlo Stores Inc. and Quenby Foods Inc.",
     {("regulatory_fine", "Orvane Dairy Inc."), ("regulatory_fine", "Kelso Milk Inc.")}),
    ("tr", "Kurul, ihaleye fesat karıştırdıkları gerekçesiyle Orvan Süt A.Ş. ve Kelso Gıda "
           "A.Ş.'ye ceza verdi.",
     {("regulatory_fine", "Orvan Süt A.Ş."), ("regulatory_fine", "Kelso Gıda A.Ş.")}),
])
def test_bid_rigging_and_the_customers_served(extractor: Extractor, lang: str, text: str,
                                              expected: set) -> None:
    assert firms(extractor, text, lang) == expected


def test_a_client_alias_inside_a_longer_title_is_another_firm(extractor: Extractor) -> None:
    # "Ilgaz Enerji" is a client; "Ankara Doğal Ilgaz Enerji Ticaret A.Ş." is not.
    text = ("Çeşme'nin Dalyan Mahallesi'nde, Ankara Doğal Ilgaz Enerji Ticaret A.Ş. "
            "mülkiyetinde bulunan taşınmazın satışı onaylandı.")
    assert firms(extractor, text, "tr") == {
        ("asset_sale", "Ankara Doğal Ilgaz Enerji Ticaret A.Ş.")}


@pytest.mark.parametrize(("text", "expected"), [
    # A condition ("imzalanmaması halinde", "ödenmemesi durumunda") states no event.
    ("İhale şartnamesine göre, Berlika Tarım A.Ş. ile sözleşmenin imzalanmaması ya da "
     "teminatın yatırılmaması halinde ihale iptal edilecek.", set()),
    ("Berlika Tarım A.Ş. ile sözleşme imzalandı.", {("contract_won", "Berlika Tarım A.Ş.")}),
])
def test_conditions_state_no_event(extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Ratings of Norvane Bank Inc. and Kelso Bank Inc. were also lowered.",
     {("rating_downgrade", "Norvane Bank Inc."), ("rating_downgrade", "Kelso Bank Inc.")}),
    ("en", "Norvane Foods Inc. named a new CEO to replace John Doe, who retired.",
     {("management_exit", "Norvane Foods Inc.")}),
    ("en", "Shares of Norvane Bank Inc. fell after it filed for Chapter 11.",
     {("insolvency", "Norvane Bank Inc.")}),
    ("tr", "Norvan Gıda'da üst düzey atama: Ali Veli'nin yerine Ayşe Kaya atandı.",
     {("management_exit", "Norvan Gıda")}),
    # "yerine getirmek" is to fulfil.
    ("tr", "Norvan Gıda A.Ş.'nin sözleşmeden doğan tüm yükümlülükleri yerine getirildi.", set()),
])
def test_passive_ratings_replacements_and_it(extractor: Extractor, lang: str, text: str,
                                             expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A passive verb or participle leaves the list no subject: every name is a member.
    ("Harlow Gıda A.Ş., Kelso Süt A.Ş. ve Tarvel Tarım A.Ş. aleyhine açılan davada karar "
     "çıktı.", {("lawsuit", n) for n in ("Harlow Gıda A.Ş.", "Kelso Süt A.Ş.",
                                         "Tarvel Tarım A.Ş.")}),
    ("Harlow İnşaat, Kelso Yapı ve Tarvel Mühendislik ile sözleşme imzalandı.",
     {("contract_won", n) for n in ("Harlow İnşaat", "Kelso Yapı", "Tarvel Mühendislik")}),
    # An active verb: the first name before the comma is the plaintiff.
    ("Polat Yapı, Ilgaz Enerji ve Defne Tekstil aleyhine dava açtı.",
     {("lawsuit", "K3"), ("lawsuit", "K4")}),
])
def test_passive_voice_keeps_the_first_of_a_list(extractor: Extractor, text: str,
                                                  expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A modal reaches every alternative of the list it governs.
    ("Fitch cut its ratings on Harlow Telecom Inc., saying the company may pursue an "
     "overhaul that could include a debt exchange, a restructuring or bankruptcy.",
     {("rating_downgrade", "Harlow Telecom Inc.")}),
    ("Harlow Telecom Inc. filed for bankruptcy on Monday.", {("insolvency", "Harlow Telecom Inc.")}),
])
def test_a_modal_reaches_the_alternatives_it_governs(extractor: Extractor, text: str,
                                                     expected: set) -> None:
    assert firms(extractor, text, "en") == expected


def test_a_patented_products_maker_named_with_an_inflected_firm_noun(extractor: Extractor) -> None:
    text = ("Patenti alınan mini fındık makinesinin üreticisi Dinçer Makina ve Tarım Ürünleri "
            "Firmasının sahibi Hasan Dinç açıklama yaptı.")
    found = firms(extractor, text, "tr")
    assert {t for t, _ in found} == {"patent_granted"}
    assert all(name.startswith("Dinçer Makina ve Tarım Ürünleri") for _, name in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("John Doe is leaving Norvane Foods Inc. after ten years as CEO.",
     {("management_exit", "Norvane Foods Inc.")}),
    # Leaving a firm with no officer's title said is no management exit.
    ("John Doe is leaving Norvane Foods Inc. to join a rival.", set()),
])
def test_an_officer_leaving_a_firm(extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fitch cut the ratings of Norvane Bank Inc.", {("rating_downgrade", "Norvane Bank Inc.")}),
    ("Fitch marked down the ratings of Norvane Bank Inc.",
     {("rating_downgrade", "Norvane Bank Inc.")}),
    ("Fitch marked down Norvane Bank Inc.'s rating to BB.",
     {("rating_downgrade", "Norvane Bank Inc.")}),
    ("Shares of Norvane Bank Inc. were marked down 5%.", set()),
])
def test_ratings_cut_of_a_firm(extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A demonym before a name says where the firm is from; it is no part of the name.
    ("Danimarkalı Oskel Varde firmasının Türkiye fabrikası kapanıyor.",
     {("layoffs_closure", "Oskel Varde")}),
    ("Norveçli Oskel, Bursa'daki fabrikasını kapattı.", {("layoffs_closure", "Oskel")}),
])
def test_a_demonym_before_a_name(extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # From a review of this file's rules: each reading below must not change.
    ("tr", "Polat Yapı, Ilgaz Enerji ve Defne Tekstil'in borcu nedeniyle iflaslarını istedi.",
     {("insolvency", "K3"), ("insolvency", "K4")}),
    ("tr", "Polat Yapı, Ilgaz Enerji ve Defne Tekstil'in konkordato ilan ettiğini açıkladı.",
     {("insolvency", "K3"), ("insolvency", "K4")}),
    ("tr", "İhaleyi Kaya Yapı A.Ş. kazandı; ihaleye fesat karıştırdığı belirlenen Derin İnşaat "
           "ise ihaleden men edildi.", {("contract_won", "Kaya Yapı A.Ş.")}),
    ("en", "Harlow Inc. failed to sell the unit and will build a new $40 million plant.",
     {("asset_sale", "Harlow Inc."), ("investment_announcement", "Harlow Inc.")}),
    ("tr", "Arden Gıda A.Ş. Manisa'da yeni fabrika kuracak. Kaya Yapı A.Ş. ile inşaat "
           "sözleşmesi imzalandı. Şirket, tesis için 50 milyon lira yatırım yapacak.",
     {("investment_announcement", "Arden Gıda A.Ş."), ("contract_won", "Kaya Yapı A.Ş.")}),
    ("en", "Kestrel Corp. opened a new store in Dayton. Since it opened, two local grocers "
           "have filed for bankruptcy.", set()),
    ("en", "Kestrel Corp. served Harlow Inc. with a lawsuit over unpaid royalties.",
     {("lawsuit", "Harlow Inc.")}),
    ("en", "The FTC fined Harlow Inc. $5 million in March. Separately, a group of "
           "shareholders filed a class action lawsuit against Harlow Inc.",
     {("regulatory_fine", "Harlow Inc."), ("lawsuit", "Harlow Inc.")}),
    ("en", "Harlow Inc. sued the Turkish Navy over unpaid bills.", set()),
    ("tr", "Doğa Eğitim Kurumu A.Ş. hakkında iflas kararı verildi.",
     {("insolvency", "Doğa Eğitim Kurumu A.Ş.")}),
    ("tr", "İhaleyi Kaya Yapı firması kazandı; teminatın yatırılmaması halinde ihale iptal "
           "edilecek.", {("contract_won", "Kaya Yapı")}),
    ("en", "Analysts said prices may rise or fall, and Harlow Telecom Inc. filed for "
           "bankruptcy on Monday.", {("insolvency", "Harlow Telecom Inc.")}),
    ("en", "The FTC ordered Harlow Inc. to stop making misleading claims.", set()),
    ("en", "Harlow Bank Inc. failed to make loans in Black neighborhoods.", set()),
    ("en", "Ratings of Norvane Bank Inc., Kelso Bank Inc., and Tarvel Bank Inc. were lowered.",
     {("rating_downgrade", n) for n in ("Norvane Bank Inc.", "Kelso Bank Inc.",
                                        "Tarvel Bank Inc.")}),
    ("tr", "Kaya Holding, Yeşil Enerji ile kurduğu ortak girişimi satın aldı.", set()),
    ("tr", "Kaya Holding CEO'su milyonlarca kişinin işsiz kaldığını söyledi.", set()),
    ("tr", "Birlik Mensucat konkordato ilan etti.", {("insolvency", "Birlik Mensucat")}),
])
def test_review_counterexamples(extractor: Extractor, lang: str, text: str,
                                expected: set) -> None:
    assert firms(extractor, text, lang) == expected
