"""Turn a scored match into the alert explanation and title that mail and web render.

The explanation shape is pinned in ``radar_core.records.AlertDraft``; this module only adds
plain words ("why call today") and fills the rule's declared title template.
"""

from __future__ import annotations

from radar_core.records import EventFact, ExplainedEvent
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


def label(event_type: str) -> str:
    return event_type.replace("_", " ")


def company_of(match: Match) -> str:
    """The firm's name as most outlets wrote it (ties: the first report)."""
    names = [f.company for f in match.facts if f.company]
    if not names:
        return match.firm_key
    return max(names, key=lambda n: (names.count(n), -names.index(n)))


def why(match: Match, sources: list[str], rose_from: tuple[float, float, str] | None) -> str:
    """Plain words an RM reads first: what happened, how sure we are, what to do."""
    rule, company = match.rule, company_of(match)
    n = len(sources)
    outlets = f"{n} source{'s' if n != 1 else ''} ({', '.join(sources[:5])}" + (
        ", ...)" if n > 5 else ")")
    if isinstance(rule, RateRule):
        info = match.info
        if info.get("fallback"):
            base = (f"too little history for a baseline ({info['history_days']:g} days), "
                    f"so the minimum volume of {int(info['threshold'])} applies")
        elif info.get("ratio") is None:
            base = "none in the baseline period before"
        else:
            base = (f"{info['ratio']:g}x its normal of {info['expected']:g} "
                    f"per {rule.window_days} days")
        text = (f"{company}: {info['count']} {label(rule.events[0])} stories in the last "
                f"{rule.window_days} days, {base}; reported by {outlets}.")
    elif isinstance(rule, CombinationRule):
        parts = [f"{label(s.type)} ({event_time(s.anchor).date().isoformat()})"
                 for s in match.stories]
        text = (f"{company}: {' + '.join(parts)} within "
                f"{max(1, round(match.info.get('span_days', 0)))} days "
                f"(rule window {rule.within_days}); reported by {outlets}.")
    else:
        story = match.stories[0]
        amount = story.anchor.amount
        amount_text = "" if amount is None else f" ({amount.value:,.0f} {amount.currency})"
        text = (f"{company}: {label(story.type)}{amount_text} on "
                f"{event_time(story.anchor).date().isoformat()}, reported by {outlets}.")
        if isinstance(rule, GroupRule):
            text = f"Group {story.anchor.parent_id}: its subsidiary " + text
    if rose_from is not None:
        old, new, when = rose_from
        text += f" Score rose from {old:.1f} to {new:.1f} since the alert of {when}."
    if rule.advice:
        text += f" {rule.advice}"
    return text


def title(match: Match, sources: list[str]) -> str:
    """The rule's declared title with its placeholders filled."""
    parent = next((f.parent_id for f in match.facts if f.parent_id), "") or ""
    ratio = match.info.get("ratio")
    values = {
        "company": company_of(match),
        "count": match.info.get("count", len(match.stories)),
        "ratio": "-" if ratio is None else f"{ratio:g}",
        "sources": len(sources),
        "parent": parent,
    }
    return match.rule.title.format_map(values)
