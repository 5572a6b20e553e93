"""Turkish phrasings found missing in a study of real news (2026-12-06): a platform's users
who cannot withdraw their money, a prosecutor between "yönelik" and the investigation, a
police operation, KAP's "pay" for shares, a sale as a noun, a plot transferred to a firm.
Every sentence here is invented for this file.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("text", "expected"), [
    ("Kripto platformu Velorex kullanıcılarının paralarını çekemediği ortaya çıktı.",
     {("refund_problem", "Velorex")}),
    ("Yatırımcılar, Delta Borsa A.Ş.'deki paralarına erişemiyor.",
     {("refund_problem", "Delta Borsa A.Ş.")}),
    ("Delta Borsa A.Ş.'ye yönelik İstanbul Cumhuriyet Başsavcılığı'nca başlatılan soruşturma "
     "sürüyor.", {("lawsuit", "Delta Borsa A.Ş.")}),
    ("Delta Borsa A.Ş.'ye yönelik sabah saatlerinde operasyon düzenlendi.",
     {("lawsuit", "Delta Borsa A.Ş.")}),
    ("Delta Holding A.Ş., Aksu Enerji'deki paylarını 20 milyon dolara sattı.",
     {("asset_sale", "Delta Holding A.Ş.")}),
    ("Delta Holding A.Ş.'nin İzmir'deki taşınmazının satış işlemi tamamlandı.",
     {("asset_sale", "Delta Holding A.Ş.")}),
    ("Delta Holding A.Ş.'nin Bursa'daki fabrikası satışa çıktı.",
     {("asset_sale", "Delta Holding A.Ş.")}),
    ("Organize sanayi bölgesindeki arsa, açık artırmayla Delta Boru A.Ş.'ye satıldı.",
     {("land_acquisition", "Delta Boru A.Ş.")}),
])
def test_real_phrasings(extractor: Extractor, text: str, expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize("text", [
    # Shares change hands on every trading day; new shares issued are sold in a rights issue.
    "Borsada Delta Holding A.Ş. hisseleri bugün 2 milyar liralık hacimle el değiştirdi.",
    "Delta Bank A.Ş. için ihraç edilecek payların toplam satış bedeli fiyata göre hesaplanacak.",
])
def test_trading_and_issuing_shares_is_no_asset_sale(extractor: Extractor, text: str) -> None:
    assert ("asset_sale", "Delta Holding A.Ş.") not in firms(extractor, text, "tr")
    assert ("asset_sale", "Delta Bank A.Ş.") not in firms(extractor, text, "tr")


def test_an_abbreviation_in_brackets_between_a_firm_and_ait(extractor: Extractor) -> None:
    text = "Özelleştirme İdaresi, Kuzey Elektrik Üretim A.Ş.'ye (KEÜ) ait santrali satışa çıkardı."
    assert firms(extractor, text, "tr") == {("asset_sale", "Kuzey Elektrik Üretim A.Ş.")}


@pytest.mark.parametrize(("text", "expected"), [
    # A given name and a trade word alone are one name, at the sentence's start too.
    ("Can Holding hakkında soruşturma başlatıldı.", {("lawsuit", "Can Holding")}),
    # The prosecutor's office named right before the firm is no part of its name.
    ("Ankara Cumhuriyet Başsavcılığı Can Holding'e yönelik soruşturma başlattı.",
     {("lawsuit", "Can Holding")}),
])
def test_a_firm_after_an_authority_or_a_given_name(extractor: Extractor, text: str,
                                                   expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The backdrop dates the participle clause's noun, not the news after it.
    ("Delta GYO A.Ş., daha önce iptal edilen ihaleler de dahil 12 arsa için yeni ihale "
     "gerçekleştirecek.", {("tender_opened", "Delta GYO A.Ş.")}),
    # On the main clause it dates the news itself.
    ("Delta GYO A.Ş. daha önce 12 arsa için ihale gerçekleştirmişti.", set()),
])
def test_a_backdrop_inside_a_relative_clause(extractor: Extractor, text: str,
                                             expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A firm joined by "ve" to a common noun shares that noun's postposition.
    ("Delta Borsa A.Ş. ve bağlı şirketlere yönelik yürütülen soruşturmada yeni gözaltılar var.",
     {("lawsuit", "Delta Borsa A.Ş.")}),
    ("Delta Borsa A.Ş. ve yöneticileri hakkında dava açıldı.", {("lawsuit", "Delta Borsa A.Ş.")}),
])
def test_a_firm_and_its_people_share_a_postposition(extractor: Extractor, text: str,
                                                    expected: set) -> None:
    assert firms(extractor, text, "tr") == expected


@pytest.mark.parametrize("text", [
    "Organize sanayi bölgesindeki 40 bin metrekarelik arsa, Delta Boru A.Ş.'ye devredildi.",
    "Organize sanayi bölgesindeki 40 bin metrekare büyüklüğündeki alan Delta Boru A.Ş.'ye "
    "devredildi.",
    "Organize sanayi bölgesindeki 40 bin metrekarelik alan, Delta Boru A.Ş.'ye ihale edildi.",
])
def test_a_plot_transferred_to_a_firm(extractor: Extractor, text: str) -> None:
    assert firms(extractor, text, "tr") == {("land_acquisition", "Delta Boru A.Ş.")}


def test_the_debtor_a_bank_collects_from_by_enforcement(extractor: Extractor) -> None:
    text = ("Delta Bank, Aksu Holding'den alacağını tahsil etmek için Yıldız Tekstil A.Ş.'nin "
            "fabrikasını icradan satmaya hazırlanıyor.")
    assert ("insolvency", "Aksu Holding") in firms(extractor, text, "tr")
    # Collecting by a suit, without enforcement, is no insolvency.
    suit = "Delta Bank, Aksu Holding'den alacağını tahsil etmek için dava açtı."
    assert ("insolvency", "Aksu Holding") not in firms(extractor, suit, "tr")
