"""The reader's language on the review queue's pages: which one, and alerts' texts in it.

A logged-in user's choice (``User.language``) wins; it is also remembered in the session
cookie, so the login and error pages after it speak the same language. Everyone else
reads Turkish. Alerts carry their title, why and rule description in every language
(``Explanation.texts``); older alerts have one text, shown as it is.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from starlette.requests import Request

from radar_core.db.models import Alert, User
from radar_core.i18n import (
    DEFAULT_LANGUAGE,
    N_,
    Gettext,
    Phrase,
    gettext_for,
    language_of,
    translate,
)
from radar_core.i18n_jinja import context_language
from radar_core.records import Explanation

SESSION_LANGUAGE = "language"

# Score components (rules.engine) as an analyst reads them in the score table.
COMPONENT_LABELS = {
    "rule_weight": N_("rule weight"), "confidence": N_("confidence"),
    "reliability": N_("source reliability"), "recency": N_("recency"),
    "corroboration": N_("corroboration"), "volume": N_("volume"), "damping": N_("damping"),
}


def browser_language(header: str | None) -> str | None:
    """The reader's most preferred of our languages in an ``Accept-Language`` header
    (``en-GB,en;q=0.9,tr;q=0.8`` -> ``en``); ``None`` when it names none of them."""
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate((header or "").split(",")):
        tag, _semi, params = item.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        code = language_of(tag, "")
        if code and weight > 0:
            ranked.append((-weight, index, code))
    return min(ranked)[2] if ranked else None


def page_language(request: Request, user: User | None) -> str:
    """The language a page is rendered in for ``user`` (or the session's last user).

    Before anyone has chosen (a first visit to the login page), the browser's
    ``Accept-Language`` decides between Turkish and English; Turkish without one.
    """
    if user is not None:
        language = language_of(user.language)
        if request.session.get(SESSION_LANGUAGE) != language:
            request.session[SESSION_LANGUAGE] = language
        return language
    chosen = request.session.get(SESSION_LANGUAGE)
    if chosen:
        return language_of(chosen, DEFAULT_LANGUAGE)
    return browser_language(request.headers.get("accept-language")) or DEFAULT_LANGUAGE


def request_gettext(request: Request) -> Gettext:
    """``_`` for messages built in Python before a user is known (login, error pages)."""
    return gettext_for(page_language(request, None))


def detail_text(detail: object, language: str) -> str:
    """An error's detail in the reader's language.

    A detail is a ``Phrase`` (built with values) or an ``N_``-marked message; anything else
    (an exception's own words) is looked up in the catalogue and otherwise shown as it is.
    The JSON API keeps the English ``str`` of the same detail.
    """
    if isinstance(detail, Phrase):
        return detail.text(language)
    return translate(language, str(detail)) if detail else ""


def alert_text(alert: Alert, key: str, language: str) -> str:
    """An alert's ``title``, ``why`` or ``description`` in ``language``."""
    explanation = Explanation.from_json(alert.explanation)
    fallback = alert.title if key == "title" else ""
    return explanation.text(language, key, fallback)


@pass_context
def _alert_title(context: Context, alert: Alert) -> str:
    return alert_text(alert, "title", context_language(context))


@pass_context
def _alert_text(context: Context, alert: Alert, key: str) -> str:
    return alert_text(alert, key, context_language(context))


@pass_context
def _component(context: Context, name: Any) -> str:
    text = str(name or "")
    if text in COMPONENT_LABELS:
        return gettext_for(context_language(context))(COMPONENT_LABELS[text])
    return text.replace("_", " ")


# What rules.scoring.combine stores: "score = 100 x names; 100 x numbers = total[ (capped at 100)]".
_FORMULA = re.compile(r"score = 100 x (?P<names>[^;]+); (?P<numbers>100 x [^(]+?)(?P<capped> \(capped at 100\))?")
_DECIMAL = re.compile(r"\d+\.\d+")


def formula_text(formula: str, language: str) -> str:
    """The stored score formula with human labels in ``language`` (same arithmetic):
    ``skor = 100 x kural ağırlığı x güven ...; 100 x 0,80 x ... = 57,6`` in Turkish.
    A formula of another shape is shown as it is."""
    match = _FORMULA.fullmatch(formula or "")
    if match is None:
        return formula
    _ = gettext_for(language)

    def label(part: str) -> str:
        name, _hat, power = part.strip().partition("^")
        text = _(COMPONENT_LABELS[name]) if name in COMPONENT_LABELS else name.replace("_", " ")
        if language_of(language) == "tr":
            power = power.replace(".", ",")
        return f"{text}^{power}" if power else text

    names = " x ".join(label(part) for part in match["names"].split(" x "))
    numbers = match["numbers"].strip()
    if language_of(language) == "tr":
        numbers = _DECIMAL.sub(lambda m: m.group().replace(".", ","), numbers)
    capped = " ({})".format(_("capped at 100")) if match["capped"] else ""
    score = _("score")
    return f"{score} = 100 x {names}; {numbers}{capped}"


@pass_context
def _formula(context: Context, value: Any) -> str:
    return formula_text(str(value or ""), context_language(context))


@pass_context
def _sig(context: Context, value: Any) -> str:
    """Three significant digits, with a decimal comma in Turkish."""
    text = f"{value:.3g}"
    return text.replace(".", ",") if context_language(context) == "tr" else text


FILTERS: dict[str, Any] = {
    "alert_title": _alert_title, "alert_text": _alert_text, "component": _component, "sig": _sig,
    "formula": _formula,
}
