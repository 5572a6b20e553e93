"""Turkish letters lost to "?" by a code page are restored before reading (own sentences)."""

from __future__ import annotations

from signals import Extractor
from signals.repair import restore_lost_letters
from tests.signals.test_real_structures import firms


def test_lost_letters_are_restored_with_offsets_kept() -> None:
    damaged = ("Kurulu? yedi Türk ?irketinin notunu indirdi. ?irketlerden be?i yat?r?m "
               "yap?labilir seviyeyi kaybetti. Toplu Konut ?daresi Ba?kanl???'n?n notu da "
               "indi; ?stanbul ve ?zmir'in notlar? ayn? kald?.")
    fixed = restore_lost_letters(damaged)
    assert len(fixed) == len(damaged)
    assert fixed == ("Kuruluş yedi Türk şirketinin notunu indirdi. Şirketlerden beşi yatırım "
                     "yapılabilir seviyeyi kaybetti. Toplu Konut İdaresi Başkanlığı'nın notu "
                     "da indi; İstanbul ve İzmir'in notları aynı kaldı.")


def test_questions_and_addresses_are_left_alone() -> None:
    text = "Bu ne? Neden oldu? Kim bilir? Şirket ne yapacak?"
    assert restore_lost_letters(text) == text
    # In a damaged document too: a question ends its sentence, an address keeps its query.
    damaged = ("Yat?r?m karar? yap?lmad?, ba?vuru bekliyor. Konkordato ilan etti mi? Peki ne "
               "zaman? Ne oldu?Bilmiyorum. Kaynak: site.com/haber?id=5")
    fixed = restore_lost_letters(damaged)
    assert fixed.startswith("Yatırım kararı yapılmadı, başvuru bekliyor.")
    assert fixed.endswith("etti mi? Peki ne zaman? Ne oldu?Bilmiyorum. Kaynak: "
                          "site.com/haber?id=5")


def test_a_damaged_document_is_read(extractor: Extractor) -> None:
    text = ("Kredi derecelendirme kurulu?u yat?r?m yap?labilir notlar? indirdi. Korvan G?da, "
            "Halvern Kimya ve Marmara Cam Sanayi A.?.'nin notlar? da Baa3'ten Ba1'e indi.")
    assert firms(extractor, text, "tr") == {
        ("rating_downgrade", "Korvan Gıda"), ("rating_downgrade", "Halvern Kimya"),
        ("rating_downgrade", "Marmara Cam Sanayi A.Ş.")}
