"""Languages, the translation catalogue, and Turkish/English dates, numbers and money.

RMs are Turkish bankers, so Turkish is the default everywhere; English is a per-user
choice. Source strings are English (gettext message ids); the Turkish catalogue is
``radar_core/locale/tr/LC_MESSAGES/radar.po``. It is compiled to a ``.mo`` catalogue with
Babel in memory on first use, so a fresh clone, ``pip install -e .`` and CI need no build
step and a stale compiled file can never hide an edited translation.

Every stage and the application use these helpers (the ground layer), so an e-mail, a
web page and a rule explanation agree on how ``1.234.567,89 TL`` or ``05.12.2026 09:30 TSİ``
is written.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

LANGUAGES: tuple[str, ...] = ("tr", "en")
DEFAULT_LANGUAGE = "tr"
LANGUAGE_NAMES = {"tr": "Türkçe", "en": "English"}
DOMAIN = "radar"
LOCALE_DIR = Path(__file__).with_name("locale")
ISTANBUL = "Europe/Istanbul"
# Babel locales for numbers: Turkish groups with '.', decimals with ','.
_BABEL_LOCALE = {"tr": "tr_TR", "en": "en_GB"}
# How the RMs' clock is named next to a time ("TSİ" = Türkiye saati).
_ZONE_LABEL = {"tr": "TSİ", "en": "Istanbul time"}
# Currency words an RM writes after an amount (Turkish banks write "TL", not "₺").
_CURRENCY_WORD = {"TRY": "TL"}

Gettext = Callable[[str], str]


def language_of(value: object, default: str = DEFAULT_LANGUAGE) -> str:
    """A supported language code for ``value`` ("en", "EN", "en-GB" -> "en"), else ``default``."""
    text = str(value or "").strip().lower().replace("_", "-").split("-")[0]
    return text if text in LANGUAGES else default


def compile_catalogue(po_path: Path) -> bytes:
    """The ``.mo`` bytes of a ``.po`` file (fuzzy entries left out, as msgfmt does)."""
    with po_path.open("rb") as handle:
        catalogue = read_po(handle, locale=po_path.parent.parent.name, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    return buffer.getvalue()


@cache
def translations(language: str) -> NullTranslations:
    """The gettext translations of ``language``; English (the source language) is identity."""
    language = language_of(language)
    po_path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language == "en" or not po_path.exists():
        return NullTranslations()
    return Translations(io.BytesIO(compile_catalogue(po_path)), domain=DOMAIN)


def gettext_for(language: str) -> Gettext:
    """``_`` for one language: ``_ = gettext_for("tr")``, then ``_("Score")`` -> ``"Skor"``.

    Bind it to ``_`` (or use :func:`translate`): message extraction only finds the literal
    strings passed to ``_()``, ``ngettext()``, ``N_()`` and ``translate(language, ...)``.
    """
    return translations(language).gettext


def translate(language: str, message: str) -> str:
    """``message`` in ``language``; for one-off uses such as ``lambda lang: translate(lang, "x")``."""
    return translations(language).gettext(message)


def ngettext_for(language: str) -> Callable[[str, str, int], str]:
    return translations(language).ngettext


def zone_of(name: str | None) -> ZoneInfo:
    """The named time zone; Istanbul when the name is missing or unknown."""
    try:
        return ZoneInfo(name or ISTANBUL)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(ISTANBUL)


def zone_label(language: str, zone: ZoneInfo) -> str:
    """What a reader sees after a time: "TSİ" / "Istanbul time", or the zone's name."""
    if zone.key == ISTANBUL:
        return _ZONE_LABEL[language_of(language)]
    return zone.key


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) > 10:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def format_date(value: Any, language: str, zone: ZoneInfo | None = None) -> str:
    """A date as the reader writes it: 05.12.2026 (tr), 2026-12-05 (en).

    Datetimes (naive ones are UTC, as everything is stored) are first moved to ``zone``.
    Text that is no date comes back unchanged.
    """
    if value is None or value == "":
        return ""
    day: date | None = None
    moment = _moment(value)
    if moment is not None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        day = moment.astimezone(zone or zone_of(None)).date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
    if day is None:
        return str(value)
    return day.strftime("%d.%m.%Y") if language_of(language) == "tr" else day.isoformat()


def format_time(value: Any, language: str, zone: ZoneInfo | None = None) -> str:
    """A stored (naive UTC) time in the RMs' zone, with the zone named: 05.12.2026 09:30 TSİ."""
    moment = _moment(value)
    if moment is None:
        return "" if value is None else format_date(value, language, zone)
    zone = zone or zone_of(None)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone)
    pattern = "%d.%m.%Y %H:%M" if language_of(language) == "tr" else "%Y-%m-%d %H:%M"
    return f"{local.strftime(pattern)} {zone_label(language, zone)}"


def format_number(value: float | int, language: str, digits: int = 0) -> str:
    """A number grouped the reader's way: 1.234.567,89 (tr), 1,234,567.89 (en)."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=_BABEL_LOCALE[language_of(language)])


def format_money(value: float | int, currency: str | None, language: str) -> str:
    """An amount with its currency after it: 1.234.567,89 TL (tr), 1,234,567.89 TRY (en).

    Whole amounts (how news reports them) are shown without decimals.
    """
    digits = 0 if float(value) == round(float(value)) else 2
    code = (currency or "").strip().upper()
    word = _CURRENCY_WORD.get(code, code) if language_of(language) == "tr" else code
    return f"{format_number(value, language, digits)} {word}".strip()


def N_(message: str) -> str:
    """Mark a message for the catalogue without translating it yet (gettext convention)."""
    return message


# Codes the pages and e-mails show as words: severity, polarity, status, role, decision.
CODE_LABELS: dict[str, str] = {
    "low": N_("low"), "medium": N_("medium"), "high": N_("high"), "critical": N_("critical"),
    "risk": N_("risk"), "opportunity": N_("opportunity"),
    "new": N_("new"), "accepted": N_("accepted"), "rejected": N_("rejected"),
    "forwarded": N_("forwarded"), "all": N_("all"),
    "accept": N_("accept"), "reject": N_("reject"), "forward": N_("forward"),
    "analyst": N_("analyst"), "rm": N_("rm"), "admin": N_("admin"),
    "client": N_("client"), "prospect": N_("prospect"),
    "single": N_("single"), "combination": N_("combination"), "rate": N_("rate"),
    "group": N_("group"),
}


def code_label(code: object, language: str) -> str:
    """A stored code in words of ``language``; an unknown code as it is."""
    text = "" if code is None else str(code)
    message = CODE_LABELS.get(text)
    return gettext_for(language)(message) if message else text


class Phrase(str):
    """Words built from data, in English (the string itself) and in every language.

    Stages hand these around where a plain English ``str`` used to go (a score detail, a
    date basis), so older callers keep working while readers of other languages get
    ``texts[language]``. ``render(language)`` builds the words once per language.
    """

    texts: dict[str, str]

    def __new__(cls, render: Callable[[str], str]) -> Phrase:
        texts = {language: render(language) for language in LANGUAGES}
        phrase = super().__new__(cls, texts["en"])
        phrase.texts = texts
        return phrase

    def text(self, language: str) -> str:
        return self.texts.get(language, str(self))


def decimal_text(value: float, spec: str, language: str) -> str:
    """``format(value, spec)`` with a decimal comma in Turkish (small arithmetic numbers)."""
    text = format(value, spec)
    return text.replace(".", ",") if language_of(language) == "tr" else text


def texts_of(value: str) -> dict[str, str]:
    """The per-language texts of a ``Phrase``; a plain string is the same in every language."""
    return dict(value.texts) if isinstance(value, Phrase) else {}
