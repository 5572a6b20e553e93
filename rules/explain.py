"""Turn a scored match into the alert explanation and title that mail and web render.

The explanation shape is pinned in ``radar_core.records.AlertDraft``; this module only adds
plain words ("why call today") and fills the rule's declared title template.
"""

from __future__ import annotations

from datetime import datetime

from babel.numbers import format_decimal

from radar_core.i18n import (
    LANGUAGES,
    format_date,
    format_money,
    format_number,
    gettext_for,
    ngettext_for,
)
from radar_core.records import Amount, EventFact, ExplainedEvent
from radar_core.taxonomy import sentence_label
from rules.matching import Match, event_time
from rules.schema import CombinationRule, GroupRule, RateRule


def explained_event(fact: EventFact) -> ExplainedEvent:
    """One event of the explanation: what, who, the evidence sentence and where it was read."""
    return ExplainedEvent(
        event_id=fact.event_id, type=fact.type, company=fact.company, client_id=fact.client_id,
        evidence=fact.evidence, url=fact.url, source=fact.source, source_type=fact.source_type,
        published=fact.published, amount=fact.amount, event_date=fact.event_date,
    )


def source_names(facts: list[EventFact]) -> list[str]:
    """Distinct outlet names in first-seen order (a fact without a source counts by URL)."""
    names: list[str] = []
    for fact in facts:
        name = fact.source or fact.url or f"document {fact.document_id}"
        if name not in names:
            names.append(name)
    return names


def label(event_type: str, language: str = "en") -> str:
    """An event type in words inside a sentence: the taxonomy's Turkish label in lower case
    ("... tarihinde yönetici ayrılığı"), or the code with spaces."""
    if language == "en":
        return event_type.replace("_", " ")
    return sentence_label(event_type, language)


def _num(value: float, language: str) -> str:
    """A ratio or count as written in the text (3.5 / 3,5), without needless decimals."""
    return f"{value:g}" if language == "en" else format_decimal(value, locale="tr_TR")


def _day(moment: datetime, language: str) -> str:
    return format_date(moment.date(), language)


def _amount(amount: Amount | None, language: str) -> str:
    if amount is None:
        return ""
    if language == "en":
        return f" ({amount.value:,.0f} {amount.currency})"
    return f" ({format_money(amount.value, amount.currency, language)})"


def company_of(match: Match) -> str:
    """The firm's name as most outlets wrote it (ties: the first report)."""
    names = [f.company for f in match.facts if f.company]
    if not names:
        return match.firm_key
    return max(names, key=lambda n: (names.count(n), -names.index(n)))


def why(match: Match, sources: list[str], rose_from: tuple[float, float, str] | None,
        language: str = "en") -> str:
    """Plain words an RM reads first: what happened, how sure we are, what to do.

    The sentences come from the translation catalogue (``radar_core.i18n``); English is
    the source language, so ``language="en"`` reads as the message ids do.
    """
    _, ngettext = gettext_for(language), ngettext_for(language)
    rule, company = match.rule, company_of(match)
    n = len(sources)
    names = ", ".join(sources[:5]) + (", ..." if n > 5 else "")
    outlets = ngettext("{n} source ({names})", "{n} sources ({names})", n).format(n=n, names=names)
    if isinstance(rule, RateRule):
        info = match.info
        if info.get("fallback"):
            base = _("too little history for a baseline ({days} days), so the minimum volume "
                     "of {threshold} applies").format(
                days=_num(info["history_days"], language), threshold=int(info["threshold"]))
        elif info.get("ratio") is None:
            base = _("none in the baseline period before")
        else:
            base = _("{ratio}x its normal of {expected} per {days} days").format(
                ratio=_num(info["ratio"], language), expected=_num(info["expected"], language),
                days=rule.window_days)
        text = _("{company}: {count} {event} stories in the last {days} days, {base}; "
                 "reported by {outlets}.").format(
            company=company, count=info["count"], event=label(rule.events[0], language),
            days=rule.window_days, base=base, outlets=outlets)
    elif isinstance(rule, CombinationRule):
        parts = [f"{label(s.type, language)} ({_day(event_time(s.anchor), language)})"
                 for s in match.stories]
        text = _("{company}: {parts} within {span} days (rule window {window}); "
                 "reported by {outlets}.").format(
            company=company, parts=" + ".join(parts),
            span=max(1, round(match.info.get("span_days", 0))), window=rule.within_days,
            outlets=outlets)
    else:
        story = match.stories[0]
        text = _("{company}: {event}{amount} on {date}, reported by {outlets}.").format(
            company=company, event=label(story.type, language),
            amount=_amount(story.anchor.amount, language),
            date=_day(event_time(story.anchor), language), outlets=outlets)
        if isinstance(rule, GroupRule):
            text = _("Group {parent}: its subsidiary {text}").format(
                parent=story.anchor.parent_id, text=text)
    if rose_from is not None:
        old, new, when = rose_from
        shown = when if language == "en" else format_date(when, language)
        text += " " + _("Score rose from {old} to {new} since the alert of {when}.").format(
            old=format_number(old, language, 1), new=format_number(new, language, 1), when=shown)
    advice = rule.advice.text(language)
    if advice:
        text += f" {advice}"
    return text


def title(match: Match, sources: list[str], language: str = "tr") -> str:
    """The rule's declared title (in ``language``) with its placeholders filled."""
    parent = next((f.parent_id for f in match.facts if f.parent_id), "") or ""
    ratio = match.info.get("ratio")
    values = {
        "company": company_of(match),
        "count": match.info.get("count", len(match.stories)),
        "ratio": "-" if ratio is None else _num(ratio, language),
        "sources": len(sources),
        "parent": parent,
    }
    return match.rule.title.text(language).format_map(values)


def texts(match: Match, sources: list[str],
          rose_from: tuple[float, float, str] | None) -> dict[str, dict[str, str]]:
    """Title, why and rule description in every language, stored with the explanation."""
    return {
        language: {
            "title": title(match, sources, language),
            "why": why(match, sources, rose_from, language),
            "description": match.rule.description.text(language),
        }
        for language in LANGUAGES
    }
