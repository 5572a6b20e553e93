"""The translation catalogue and the reader formats (radar_core.i18n).

The catalogue check extracts every message the code and the templates mark, the way
``pybabel extract -F babel.cfg`` does, and fails on one the Turkish catalogue lacks: a
new English string cannot slip into a Turkish page or e-mail unnoticed.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from radar_core.i18n import (
    LOCALE_DIR,
    code_label,
    compile_catalogue,
    format_date,
    format_money,
    format_number,
    format_time,
    gettext_for,
    language_of,
    ngettext_for,
    zone_of,
)

ROOT = Path(__file__).resolve().parent.parent
PO = LOCALE_DIR / "tr" / "LC_MESSAGES" / "radar.po"


def _extracted() -> set[str | tuple[str, ...]]:
    with (ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "translate": (2,)}
    found: set[str | tuple[str, ...]] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=keywords):
        found.add(message)
    return found


def test_every_marked_message_has_a_turkish_translation() -> None:
    with PO.open("rb") as handle:
        catalogue = read_po(handle)
    translated = {m.id: m.string for m in catalogue if m.id and not m.fuzzy}
    extracted = _extracted()
    assert len(extracted) > 200  # templates and code were both read
    missing = sorted(str(m) for m in extracted if not translated.get(m)
                     or (isinstance(translated[m], tuple) and not all(translated[m])))
    assert missing == [], "add these to radar_core/locale/tr/LC_MESSAGES/radar.po"
    stale = sorted(str(m) for m in translated if m not in extracted)
    assert stale == [], "no longer used: remove from the catalogue"


def test_no_message_hides_from_extraction() -> None:
    """``gettext_for(lang)("text")`` would be translated at run time yet never extracted, so
    the completeness check above could not see it: bind ``_`` or use ``translate``."""
    hidden = re.compile(r"gettext_for\([^)]*\)\(\s*[\"']")
    offenders = [f"{path.relative_to(ROOT)}: {match.group(0)!r}"
                 for folder in ("radar", "radar_core", "rules", "reports")
                 for path in sorted((ROOT / folder).rglob("*.py"))
                 for match in hidden.finditer(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_catalogue_compiles_and_keeps_placeholders() -> None:
    assert compile_catalogue(PO).startswith(b"\xde\x12\x04\x95")  # the .mo magic number
    with PO.open("rb") as handle:
        catalogue = read_po(handle)
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            for token in ("%(", "{"):
                wanted = sorted(part.split(")")[0].split("}")[0]
                                for part in ids[0].split(token)[1:])
                got = sorted(part.split(")")[0].split("}")[0] for part in text.split(token)[1:])
                assert got == wanted, (message.id, text)


def test_turkish_and_english_messages() -> None:
    assert gettext_for("tr")("Why call today?") == "Bugün neden aramalı?"
    assert gettext_for("en")("Why call today?") == "Why call today?"
    assert ngettext_for("tr")("{n} risk", "{n} risks", 3).format(n=3) == "3 risk"
    assert ngettext_for("en")("{n} risk", "{n} risks", 3).format(n=3) == "3 risks"
    assert code_label("high", "tr") == "yüksek" and code_label("high", "en") == "high"
    assert code_label("something_else", "tr") == "something_else"


@pytest.mark.parametrize(("value", "expected"), [
    ("en", "en"), ("EN", "en"), ("en-GB", "en"), ("tr_TR", "tr"), ("de", "tr"), (None, "tr"),
    ("", "tr"),
])
def test_language_of(value: object, expected: str) -> None:
    assert language_of(value) == expected


def test_money_and_numbers_the_readers_way() -> None:
    assert format_money(1234567.89, "TRY", "tr") == "1.234.567,89 TL"
    assert format_money(1234567.89, "TRY", "en") == "1,234,567.89 TRY"
    assert format_money(12_000_000, "EUR", "tr") == "12.000.000 EUR"
    assert format_number(72.44, "tr", 1) == "72,4"
    assert format_number(72.44, "en", 1) == "72.4"


def test_times_are_istanbul_time_and_say_so() -> None:
    zone = zone_of("Europe/Istanbul")
    stored = datetime(2026, 11, 22, 22, 30)  # naive UTC, as the database keeps it
    assert format_time(stored, "tr", zone) == "23.11.2026 01:30 TSİ"
    assert format_time(stored, "en", zone) == "2026-11-23 01:30 Istanbul time"
    assert format_time("2026-11-22T22:30:00", "tr", zone) == "23.11.2026 01:30 TSİ"
    assert format_date(stored, "tr", zone) == "23.11.2026"
    assert format_date(date(2026, 3, 1), "en", zone) == "2026-03-01"
    assert format_date("not a date", "tr", zone) == "not a date"
    assert format_time(None, "tr", zone) == ""
    other = zone_of("Europe/Berlin")
    assert format_time(stored, "tr", other) == "22.11.2026 23:30 Europe/Berlin"
