"""The translation catalogue and reader formats in Jinja2 templates (web pages and e-mails).

One environment serves every reader, so nothing language-specific is installed on it:
``_()``/``ngettext()`` and the format filters read ``language`` from the render context
(and the zone is fixed per environment). Templates mark text with ``{{ _("...") }}`` or
``{% trans %}``; ``pybabel extract -F babel.cfg`` finds both.
"""

from __future__ import annotations

from typing import Any

import jinja2
from jinja2 import pass_context
from jinja2.runtime import Context

from radar_core.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGE_NAMES,
    LANGUAGES,
    code_label,
    format_date,
    format_money,
    format_number,
    format_time,
    gettext_for,
    language_of,
    ngettext_for,
    zone_of,
)
from radar_core.taxonomy import label_of


def context_language(context: Context) -> str:
    """The reader's language of a render: the ``language`` variable, Turkish without one."""
    return language_of(context.get("language"), DEFAULT_LANGUAGE)


@pass_context
def _gettext(context: Context, message: str) -> str:
    return gettext_for(context_language(context))(message)


@pass_context
def _ngettext(context: Context, singular: str, plural: str, n: int) -> str:
    return ngettext_for(context_language(context))(singular, plural, n)


def install(env: jinja2.Environment, zone_name: str | None) -> None:
    """Add the i18n extension, the catalogue and the ``date``/``time``/``number``/``money``,
    ``code`` and ``event_label`` filters to ``env``; times are shown in ``zone_name``."""
    zone = zone_of(zone_name)
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(  # type: ignore[attr-defined]
        _gettext, _ngettext, newstyle=True)

    @pass_context
    def date_(context: Context, value: Any) -> str:
        return format_date(value, context_language(context), zone)

    @pass_context
    def time_(context: Context, value: Any) -> str:
        return format_time(value, context_language(context), zone)

    @pass_context
    def number(context: Context, value: Any, digits: int = 0) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "" if value is None else str(value)
        return format_number(value, context_language(context), digits)

    @pass_context
    def money(context: Context, value: Any, currency: Any = "") -> str:
        if isinstance(value, dict):
            value, currency = value.get("value"), value.get("currency")
        if isinstance(value, bool) or not isinstance(value, int | float):
            return ""
        return format_money(value, str(currency or ""), context_language(context))

    @pass_context
    def code(context: Context, value: Any) -> str:
        return code_label(value, context_language(context))

    @pass_context
    def event_label(context: Context, value: Any) -> str:
        text = str(value or "")
        language = context_language(context)
        label = label_of(text, language)
        return label.replace("_", " ") if label == text else label

    env.filters.update(date=date_, time=time_, number=number, money=money, code=code,
                       event_label=event_label)
    env.globals.update(LANGUAGES=LANGUAGES, LANGUAGE_NAMES=LANGUAGE_NAMES)
