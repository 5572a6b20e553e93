"""Evaluate rules over event facts: match, score, de-duplicate, cool down, explain.

Pure and DB-free: the core passes what was known by ``as_of`` plus prior alerts and
reviews, and stores the drafts by ``dedupe_key``. Keys rest on rule id, firm and the
first report of each story matched, so re-running the same data on any later day yields
the same keys and the core updates instead of duplicating.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from radar_core.clock import naive_utc
from radar_core.i18n import (
    DEFAULT_LANGUAGE,
    Phrase,
    decimal_text,
    format_time,
    gettext_for,
    texts_of,
    translate,
)
from radar_core.records import AlertDraft, EventFact, Explanation, RuleRef
from rules.explain import company_of, explained_event, source_names, texts, title, why
from rules.loader import RuleSet
from rules.matching import (
    Match,
    eligible,
    event_time,
    match_combination,
    match_rate,
    match_stories,
    stories,
)
from rules.schema import CombinationRule, GroupRule, RateRule, Rule, ScoringConfig
from rules.scoring import (
    SCORING_VERSION,
    Component,
    Feedback,
    SourceReliability,
    combine,
    corroboration,
    recency,
    severity_of,
)

log = logging.getLogger(__name__)


@dataclass
class PriorAlert:
    """An alert raised before, as the cool-down needs it."""

    rule_id: str
    firm_key: str
    score: float
    created_at: datetime
    dedupe_key: str


def dedupe_key(rule_id: str, firm_key: str, anchor: str) -> str:
    """Stable key: the same rule, firm and anchoring stories always give the same key."""
    digest = hashlib.sha1(f"{rule_id}|{firm_key}|{anchor}".encode()).hexdigest()[:16]
    return f"{rule_id}:{firm_key}:{digest}"


def _matches(rule: Rule, facts_by_firm: dict[str, list[EventFact]], scoring: ScoringConfig,
             as_of: datetime) -> list[Match]:
    out: list[Match] = []
    for firm_key, firm_facts in facts_by_firm.items():
        usable = [f for f in firm_facts if eligible(rule, f, scoring)]
        if not usable:
            continue
        units = stories(usable, scoring.story_days, join_by_time=not isinstance(rule, RateRule))
        if isinstance(rule, CombinationRule):
            out.extend(match_combination(rule, firm_key, units, as_of))
        elif isinstance(rule, RateRule):
            first = min(event_time(f) for f in firm_facts)
            out.extend(match_rate(rule, firm_key, units, first, as_of))
        else:
            out.extend(match_stories(rule, firm_key, units, as_of))
    return out


def _supersede(matches: list[Match]) -> list[Match]:
    """Drop a match when a rule that supersedes it fires on overlapping events of the firm."""
    kept = []
    for m in matches:
        ids = set(m.event_ids)
        beaten = any(
            m.rule.id in other.rule.supersedes and other.firm_key == m.firm_key
            and ids & set(other.event_ids)
            for other in matches if other is not m
        )
        if not beaten:
            kept.append(m)
    return kept


def _components(match: Match, ruleset: RuleSet, reliability: SourceReliability,
                feedback: Feedback | None, ref_time: datetime,
                sources: list[str]) -> list[Component]:
    rule, scoring = match.rule, ruleset.scoring
    exp = scoring.exponents
    confs = [s.confidence for s in match.stories]
    conf = sum(confs) / len(confs)
    rels = [reliability.of(f.source, f.source_type) for f in match.facts]
    best_rel = max(rels, key=lambda r: r[0])
    half_life = rule.half_life_days or scoring.half_life_days
    age = (ref_time - match.recency_time).total_seconds() / 86400
    recency_value = recency(age, half_life)
    type_factor = max(rule.type_weights.get(s.type, 1.0) for s in match.stories)
    age = max(0.0, age)

    def weight_detail(lang: str) -> str:
        _ = gettext_for(lang)
        text = _("rule {id} v{version}").format(id=rule.id, version=rule.version)
        if type_factor != 1.0:
            text += _(": {weight} x type weight {factor}").format(
                weight=decimal_text(rule.weight, "g", lang),
                factor=decimal_text(type_factor, "g", lang))
        return text

    def recency_detail(lang: str) -> str:
        when = f"{ref_time:%Y-%m-%d %H:%M}" if lang == "en" else format_time(ref_time, lang)
        basis = match.recency_basis
        return translate(lang,
            "from the {basis}: {age} days before {time}, half-life {half_life} days; "
            "0.5^({age}/{half_life}) = {value}").format(
            basis=basis.text(lang) if isinstance(basis, Phrase) else basis,
            age=decimal_text(age, ".1f", lang), time=when,
            half_life=decimal_text(half_life, "g", lang),
            value=decimal_text(recency_value, ".3f", lang))

    rel_source = best_rel[1]
    comps = [
        _component("rule_weight", rule.weight * type_factor, 1.0, Phrase(weight_detail)),
        _component("confidence", conf, exp.get("confidence", 1.0), Phrase(
            lambda lang: translate(lang, "extraction confidence (mean of stories)")
            if len(confs) > 1 else translate(lang, "extraction confidence"))),
        _component("reliability", best_rel[0], exp.get("reliability", 1.0), Phrase(
            lambda lang: translate(lang, "most reliable outlet: {outlet}").format(
                outlet=rel_source.text(lang) if isinstance(rel_source, Phrase) else rel_source))),
        _component("recency", recency_value, exp.get("recency", 1.0), Phrase(recency_detail)),
        _component("corroboration", corroboration(len(sources), scoring),
                   exp.get("corroboration", 1.0), Phrase(
                       lambda lang: translate(lang, "{n} distinct source(s)").format(
                           n=len(sources)))),
    ]
    if isinstance(rule, RateRule):
        volume = min(1.5, match.info["count"] / max(match.info["threshold"], 1e-9))
        comps.append(_component("volume", volume, exp.get("volume", 1.0), Phrase(
            lambda lang: translate(lang, "{count} in window vs threshold {threshold}").format(
                count=match.info["count"],
                threshold=decimal_text(match.info["threshold"], "g", lang)))))
    if feedback is not None:
        # only decisions made by the time the alert was raised: they never rescale it later
        factor, detail = feedback.damping(rule.id, match.firm_key, scoring.feedback_prior,
                                          scoring.damping_floor, until=ref_time)
        comps.append(_component("damping", factor, 1.0, detail))
    return comps


def _component(name: str, value: float, weight: float, detail: str) -> Component:
    """A score component whose detail is stored in English and in every language."""
    return Component(name, value, weight, str(detail), texts_of(detail))


def _cooldown(match: Match, key: str, fresh: float, priors: list[tuple[PriorAlert, datetime, float]],
              ) -> tuple[bool, tuple[float, float, str] | None]:
    """(raise?, rose_from) for a match given earlier alerts of the same rule and firm.

    Scores are compared before recency decay, so an old story scored today does not
    look weaker than it was when raised (back-tests over many days in one run).
    """
    rule = match.rule
    if any(p.dedupe_key == key for p, _, _ in priors):
        return True, None  # the same alert again: the core updates it
    window = timedelta(days=rule.cooldown_days)
    recent = [(p, when, value) for p, when, value in priors
              if p.rule_id == rule.id and p.firm_key == match.firm_key
              and abs(match.trigger_time - when) < window]
    if not recent:
        return True, None
    best, when, best_value = max(recent, key=lambda pw: pw[2])
    if fresh >= best_value + rule.rise_margin:
        return True, (best_value, fresh, when.date().isoformat())
    log.debug("cool-down: %s for %s (%.1f, prior %.1f)", rule.id, match.firm_key, fresh,
              best_value)
    return False, None


def _draft(match: Match, key: str, score: float, formula: str, comps: list[Component],
           rose_from: tuple[float, float, str] | None, sources: list[str],
           scoring: ScoringConfig) -> AlertDraft:
    rule = match.rule
    severity = severity_of(score, scoring, rule.min_severity)
    anchor = match.stories[0].anchor
    notify = []
    if isinstance(rule, GroupRule):
        notify = sorted({f.parent_id for f in match.facts if f.parent_id})
    explanation = Explanation(
        rule=RuleRef(rule.id, rule.version, rule.kind, rule.description.text("en")),
        why=why(match, sources, rose_from, "en"),
        events=tuple(explained_event(f) for f in sorted(match.facts, key=lambda f: f.event_id)),
        sources=tuple(sources),
        score_total=score,
        score_formula=formula,
        components=tuple(comps),
        severity=severity,
        match=dict(match.info),
        score_rose_from=None if rose_from is None else rose_from[0],
        texts=texts(match, sources, rose_from),
    )
    return AlertDraft(
        rule_id=rule.id,
        rule_version=rule.version,
        polarity=rule.resolved_polarity,
        firm_key=match.firm_key,
        client_id=anchor.client_id,
        company=company_of(match),
        score=score,
        severity=severity,
        title=title(match, sources, DEFAULT_LANGUAGE),
        dedupe_key=key,
        event_ids=match.event_ids,
        explanation=explanation,
        notify_client_ids=notify,
        scoring_version=SCORING_VERSION,
    )


def evaluate(
    ruleset: RuleSet,
    facts: Sequence[EventFact],
    *,
    as_of: datetime,
    history: Sequence[PriorAlert] = (),
    feedback: Feedback | None = None,
    reliability: SourceReliability | None = None,
) -> list[AlertDraft]:
    """Alerts the rules raise on what was known by ``as_of``, strongest first."""
    as_of = naive_utc(as_of)
    reliability = reliability or ruleset.reliability
    scoring = ruleset.scoring
    by_firm: dict[str, list[EventFact]] = defaultdict(list)
    for fact in sorted(facts, key=lambda f: f.event_id):
        if naive_utc(fact.known_at) <= as_of:  # no look-ahead, whatever the caller passed
            by_firm[fact.firm_key].append(fact)
    matches: list[Match] = []
    for rule in ruleset.rules:
        matches.extend(_matches(rule, by_firm, scoring, as_of))

    raised = {p.dedupe_key: p for p in history if naive_utc(p.created_at) <= as_of}
    scored = []
    for match in matches:
        key = dedupe_key(match.rule.id, match.firm_key, match.anchor)
        # An alert raised before keeps the score of its day: re-runs update it, but neither
        # decay nor later feedback lowers it.
        ref_time = naive_utc(raised[key].created_at) if key in raised else as_of
        sources = source_names(match.facts)
        comps = _components(match, ruleset, reliability, feedback, ref_time, sources)
        score, formula = combine(comps)
        floor = match.rule.min_score if match.rule.min_score is not None else scoring.min_score
        if score < floor:
            log.debug("%s for %s below min score (%.1f < %.1f)", match.rule.id,
                      match.firm_key, score, floor)
            continue
        fresh = combine([replace(c, value=1.0) if c.name == "recency" else c for c in comps])[0]
        scored.append((match, key, score, fresh, formula, comps, sources))
    # only a rule that clears its own min score may replace another
    kept = {id(m) for m in _supersede([s[0] for s in scored])}
    scored = [s for s in scored if id(s[0]) in kept]

    # Oldest first, so a back-test without history raises what daily runs would have.
    scored.sort(key=lambda s: (s[0].trigger_time, s[0].rule.id, s[1]))
    priors: list[tuple[PriorAlert, datetime, float]] = [
        (p, naive_utc(p.created_at), p.score) for p in history if naive_utc(p.created_at) <= as_of
    ]
    drafts: list[AlertDraft] = []
    for match, key, score, fresh, formula, comps, sources in scored:
        raise_it, rose_from = _cooldown(match, key, fresh, priors)
        if not raise_it:
            continue
        drafts.append(_draft(match, key, score, formula, comps, rose_from, sources, scoring))
        priors.append((PriorAlert(match.rule.id, match.firm_key, score, match.trigger_time, key),
                       match.trigger_time, fresh))
    drafts.sort(key=lambda d: (-d.score, d.dedupe_key))
    return drafts
