"""Charset decisions, mojibake repair and the garbled measure, on bytes and texts of our own."""

from __future__ import annotations

import pytest

from crawlers.charset import page_charset
from crawlers.mojibake import garble, repair, repair_markup

TURKISH = ("İstanbul'da faaliyet gösteren Şekerci Gıda Sanayi A.Ş., Çorlu'daki fabrikası için "
           "250 milyon TL yatırım yapacağını açıkladı. Iğdır'daki işçi sayısı ikiye çıkıyor.")
# Letters that are easy to mistake for mojibake: circumflexes, curly quotes, dashes, signs.
TRICKY = ("ŞİRKETİ’NİN YÖNETİM KURULU “KÂR PAYI” DAĞITIMINI ONAYLADI — hâlâ kâğıt üzerinde; "
          "Âli Bey; ÂLÂ; İĞNE, IŞIK, ığdır. Fiyat: 1.250,00 TL (KDV dâhil) • %18 • © 2026 ™ ½ °")
ENGLISH = "The café in Zürich — “quoted” naïve résumé: €5, ½ price, ± 3 °C, «Ångström»."


@pytest.mark.parametrize("body, header, expected", [
    # (a) UTF-8 served with a default Latin-1 header: the bytes win.
    (TURKISH.encode("utf-8"), "text/html; charset=iso-8859-1", ("utf-8", "bytes")),
    (TURKISH.encode("utf-8"), "text/html; charset=windows-1252", ("utf-8", "bytes")),
    # (b) Windows-1254 with a <meta>: the meta wins over a wrong header.
    (b"<meta charset='windows-1254'>" + TURKISH.encode("cp1254"),
     "text/html; charset=iso-8859-1", ("cp1254", "meta")),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-9'>"
     + TURKISH.encode("cp1254"), "text/html; charset=utf-8", ("cp1254", "meta")),
    # (c) Windows-1254 with no declaration: the legacy default, not the detector's guess.
    (TURKISH.encode("cp1254"), "text/html", ("cp1254", "default")),
    (TURKISH.encode("cp1254"), None, ("cp1254", "default")),
    # Windows-1254 under a Latin-1 header: ş ğ ı would read þ ð ý.
    (TURKISH.encode("cp1254"), "text/html; charset=iso-8859-1", ("cp1254", "turkish")),
    # A UTF-8 label on bytes that are not UTF-8 is wrong.
    (b"<meta charset='utf-8'>" + TURKISH.encode("cp1254"), "text/html", ("cp1254", "default")),
    # Correct labels keep working.
    (TURKISH.encode("cp1254"), "text/html; charset=windows-1254", ("cp1254", "header")),
    (ENGLISH.encode("cp1252"), "text/html; charset=iso-8859-1", ("cp1252", "header")),
    (b"\xef\xbb\xbf" + TURKISH.encode("utf-8"), "text/html; charset=iso-8859-1",
     ("utf-8", "bom")),
    (b"plain ascii page", "text/html; charset=iso-8859-1", ("cp1252", "header")),
])
def test_page_charset_trusts_bytes_then_meta_then_header(body, header, expected) -> None:
    charset = page_charset(body, header)
    assert (charset.encoding, charset.origin) == expected
    if b"plain" not in body:
        assert TURKISH in body.decode(charset.encoding) or ENGLISH in body.decode(charset.encoding)


def test_bytes_no_single_byte_charset_decodes_go_to_the_detector() -> None:
    # 0x81 and 0x8D are undefined in Windows-1254: a Cyrillic Windows-1251 page, say.
    body = "Привет, мир! Ѓ Ќ Это тестовая страница о заводе.".encode("cp1251")
    charset = page_charset(body, "text/html")
    assert charset.origin == "detector"
    assert "Привет" in body.decode(charset.encoding)


@pytest.mark.parametrize("text", [TURKISH, TRICKY, ENGLISH, TURKISH.encode("cp1254").decode("cp1254")])
def test_clean_text_passes_unchanged_and_unflagged(text: str) -> None:
    assert repair(text) == text
    assert garble(text).bad == 0 and not garble(text).garbled


@pytest.mark.parametrize("wrong", ["sloppy-windows-1252", "latin-1", "cp1254"])
def test_mojibake_is_repaired(wrong: str) -> None:
    # (d) UTF-8 read in a single-byte charset and stored that way upstream (MySQL's
    # "latin1" is Windows-1252 keeping its five undefined bytes: ftfy's sloppy codec).
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    broken = TRICKY.encode("utf-8").decode(wrong, "replace")
    assert garble(broken).garbled
    fixed = repair(broken)
    if wrong == "cp1254":  # 0x9E (in "Ş") is undefined there: that letter is lost for good
        assert "\ufffd" in fixed and "KÂR PAYI" in fixed and "ığdır" in fixed
    else:
        assert fixed == TRICKY
        assert not garble(fixed).garbled


def test_hopeless_text_is_flagged_and_a_stray_one_is_not() -> None:
    lost = TURKISH.encode("ascii", "replace").decode("ascii")  # "Gıda" -> "G?da"
    assert lost.count("?") > 5 and repair(lost) == lost
    assert garble(lost).garbled
    replaced = "".join("\ufffd" if not ch.isascii() else ch for ch in TURKISH)
    assert garble(replaced).garbled and repair(replaced) == replaced
    western = TURKISH.encode("cp1254").decode("cp1252")  # "Þekerci Gýda"
    assert garble(western).garbled
    stray = (TURKISH + " ") * 5 + "\ufffd"
    assert garble(stray).bad == 1 and not garble(stray).garbled


def test_markup_is_repaired_per_text_run() -> None:
    # A clean template around a body double-encoded through Latin-1: the page as one
    # piece cannot be re-encoded, each text run can; tags and clean runs stay as they are.
    body = TRICKY.encode("utf-8").decode("latin-1")
    page = f"<html><title>Tüm hakları saklıdır</title><body><p class='x'>{body}</p></body></html>"
    assert repair_markup(page) == page.replace(body, TRICKY)
    clean = f"<p title='ÂLÂ'>{TURKISH}</p><p>{TRICKY}</p>"
    assert repair_markup(clean) == clean
