"""Report sentences in every language: the back-test and offers reports are read by Turkish
RMs (Turkish by default) and by English readers, from one computation.

A sentence is a ``Phrase`` (``radar_core.i18n``): its ``str`` is the English text (CSV,
JSON, logs and older callers keep working) and ``text(language)`` the reader's. Mark the
message with ``N_`` so the catalogue check sees it: ``phrase(N_("{n} offers"), n=3)``.
Numbers inside sentences go through ``num``/``pct`` so Turkish gets ``12,5`` and ``%12,5``.
"""

from __future__ import annotations

from datetime import date

from radar_core.i18n import Phrase, decimal_text, format_date, language_of, translate


def _value(value: object, language: str) -> object:
    return value.text(language) if isinstance(value, Phrase) else value


def phrase(message: str, **values: object) -> Phrase:
    """``message`` translated into each language, ``str.format``-ed with ``values``
    (``Phrase`` values in the same language)."""
    def render(language: str) -> str:
        return translate(language, message).format(
            **{key: _value(value, language) for key, value in values.items()})
    return Phrase(render)


def num(value: float, spec: str = ".1f") -> Phrase:
    """A number in a sentence: ``2.5`` (en), ``2,5`` (tr)."""
    return Phrase(lambda language: decimal_text(value, spec, language))


def pct(share: float, digits: int = 1) -> Phrase:
    """A share (0..1) as a percentage: ``12.5%`` (en), ``%12,5`` (tr, the sign comes first)."""
    def render(language: str) -> str:
        text = decimal_text(100 * share, f".{digits}f", language)
        return f"%{text}" if language_of(language) == "tr" else f"{text}%"
    return Phrase(render)


def text_in(value: object, language: str) -> str:
    """Any report text (a ``Phrase`` or a plain string) in ``language``."""
    return str(_value(value, language))


def day_text(day: date) -> Phrase:
    """A date in a sentence: 05.12.2026 (tr), 2026-12-05 (en)."""
    return Phrase(lambda language: format_date(day, language))
