"""Back-testing: did alerts come before business and before trouble, and by how long?

For each polarity, an alert is a *hit* when its client has a target outcome (opportunity:
loan_opened/offer_accepted; risk: default/npl/restructuring) within the horizon after the
day the alert became known (never on the same day: a same-day outcome was not foreseen).
Precision is the share of alerts known in the period that were hits; recall the share of
target outcomes in the period with an alert of that polarity in the horizon before them;
lead time counts days from the first such alert to the outcome; lift divides precision by
the base rate of clients with no alert in the period, measured over horizon-long windows
tiling the period. Known times follow ``radar.reporting.backtest_data`` (no look-ahead),
which loads the records this module computes over.
"""

from __future__ import annotations

import bisect
import itertools
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from radar_core.i18n import N_, Phrase
from reports.backtest_records import ClientInfo, KnownAlert, OutcomeRow, ReviewRow, end_of_day
from reports.backtest_report import BacktestReport, Table
from reports.backtest_stats import RATE_COLUMNS, TOO_LITTLE, Rate, quartiles, rate_ratio
from reports.outcomes import OPPORTUNITY_KINDS, RISK_KINDS
from reports.report_text import day_text, num, phrase

log = logging.getLogger(__name__)

TARGETS: dict[str, tuple[str, ...]] = {"opportunity": OPPORTUNITY_KINDS, "risk": RISK_KINDS}
TARGET_LABEL = {"opportunity": N_("a loan or accepted offer"),
                "risk": N_("a default, NPL or restructuring")}
# "Opportunity"/"Risk" at the start of a title or sentence, and mid-sentence.
POLARITY_TITLE = {"opportunity": N_("Opportunity"), "risk": N_("Risk")}
POLARITY_WORD = {"opportunity": N_("opportunity"), "risk": N_("risk")}
NONE = "(none)"
PR_POINTS = 40
OFFER_HISTORY_DAYS = 365

Dimension = Callable[[KnownAlert, dict[str, ClientInfo]], Iterable[str]]
DIMENSIONS: dict[str, Dimension] = {
    "rule": lambda a, c: [a.rule_id],
    "event_type": lambda a, c: a.event_types,
    "source": lambda a, c: a.sources or [NONE],
    "source_type": lambda a, c: a.source_types or [NONE],
    "sector": lambda a, c: [(c[a.client_id].sector if a.client_id in c else None) or NONE],
    "segment": lambda a, c: [(c[a.client_id].segment if a.client_id in c else None) or NONE],
    # scores of different arithmetic are not comparable: precision per version tells them apart
    "scoring_version": lambda a, c: [a.scoring_version or NONE],
}
CLIENT_DIMENSIONS = {"sector", "segment"}  # recall and base rate within the group's clients


@dataclass
class Hit:
    """An alert's fate: the first target outcome within the horizon, if any."""

    alert: KnownAlert
    outcome_day: date | None

    @property
    def hit(self) -> bool:
        return self.outcome_day is not None


@dataclass
class Covered:
    """A target outcome and the alerts (of its polarity) known in the horizon before it."""

    outcome: OutcomeRow
    alerts: list[KnownAlert]

    def lead(self, alerts: Sequence[KnownAlert] | None = None) -> int | None:
        chosen = self.alerts if alerts is None else alerts
        if not chosen:
            return None
        return (self.outcome.date - min(a.day for a in chosen)).days


@dataclass
class PolarityFacts:
    """Everything measured for one polarity; groups and tables are built from it."""

    polarity: str
    hits: list[Hit]
    covered: list[Covered]
    base: Rate
    base_by_group: dict[tuple[str, str], Rate]


def _dates_by_client(outcomes: Iterable[OutcomeRow], kinds: tuple[str, ...]) -> dict[str, list[date]]:
    index: dict[str, list[date]] = defaultdict(list)
    for o in outcomes:
        if o.kind in kinds:
            index[o.client_id].append(o.date)
    for dates in index.values():
        dates.sort()
    return index


def base_rate(client_ids: Iterable[str], alerted: set[str], outcome_dates: dict[str, list[date]],
              start: date, end: date, horizon: int) -> Rate:
    """Share of (client, window) pairs with a target outcome, over clients with no alert.

    The period is tiled by horizon-long windows from ``start`` so that the base rate is
    comparable with an alert's own horizon-long window.
    """
    windows = (end - start).days // horizon + 1
    pool = [c for c in client_ids if c not in alerted]
    hits = 0
    for client in pool:
        dates = outcome_dates.get(client)
        if not dates:
            continue
        for i in range(windows):
            lo = start + timedelta(days=i * horizon)
            hi = lo + timedelta(days=horizon - 1)
            j = bisect.bisect_left(dates, lo)
            if j < len(dates) and dates[j] <= hi:
                hits += 1
    return Rate(hits, len(pool) * windows)


def measure(polarity: str, alerts: Sequence[KnownAlert], outcomes: Sequence[OutcomeRow],
            clients: dict[str, ClientInfo], start: date, end: date, horizon: int) -> PolarityFacts:
    """Hits, covered outcomes and base rates of one polarity (see the module docstring)."""
    kinds = TARGETS[polarity]
    dates = _dates_by_client(outcomes, kinds)
    mine = [a for a in alerts if a.polarity == polarity]
    in_range = [a for a in mine if start <= a.day <= end]
    hits: list[Hit] = []
    for alert in in_range:
        days = dates.get(alert.client_id, [])
        j = bisect.bisect_right(days, alert.day)
        first = days[j] if j < len(days) and days[j] <= alert.day + timedelta(days=horizon) else None
        hits.append(Hit(alert, first))
    by_client: dict[str, list[KnownAlert]] = defaultdict(list)
    for alert in mine:
        by_client[alert.client_id].append(alert)
    covered: list[Covered] = []
    for o in outcomes:
        if o.kind not in kinds or not start <= o.date <= end:
            continue
        lo = o.date - timedelta(days=horizon)
        before = [a for a in by_client.get(o.client_id, []) if lo <= a.day < o.date]
        covered.append(Covered(o, before))
    alerted = {a.client_id for a in in_range}
    base = base_rate(clients, alerted, dates, start, end, horizon)
    base_by_group: dict[tuple[str, str], Rate] = {}
    for dim in CLIENT_DIMENSIONS:
        members: dict[str, list[str]] = defaultdict(list)
        for cid, info in clients.items():
            members[getattr(info, dim) or NONE].append(cid)
        for value, ids in members.items():
            base_by_group[(dim, value)] = base_rate(ids, alerted, dates, start, end, horizon)
    return PolarityFacts(polarity, hits, covered, base, base_by_group)


def _lead_cells(leads: list[int]) -> list[Any]:
    q1, med, q3 = quartiles(leads)
    return [med, q1, q3]


def _lift_cells(precision: Rate, base: Rate | None) -> list[Any]:
    if base is None:
        return [None, None, None]
    lift, low, high = rate_ratio(precision, base)
    return [None if v is None else round(v, 3) for v in (lift, low, high)]


GROUP_COLUMNS = (["dimension", "group"] + ["alerts_" + c for c in RATE_COLUMNS]
                 + ["recall_n", "recall_k", "recall", "recall_verdict",
                    "lead_median_days", "lead_q1_days", "lead_q3_days", "lift", "lift_low", "lift_high"])


def _row(dimension: str, group: str, hits: Sequence[Hit], pool_size: int, leads: list[int],
         base: Rate | None) -> list[Any]:
    """One group: precision over its alerts, recall over ``pool_size`` outcomes, lead, lift."""
    precision = Rate(sum(h.hit for h in hits), len(hits))
    recall = Rate(len(leads), pool_size)
    return ([dimension, group] + precision.cells()
            + [recall.n, recall.k, None if recall.value is None else round(recall.value, 4), recall.text()]
            + _lead_cells(leads) + _lift_cells(precision, base))


def _first_by_key(c: Covered, keys_of: Dimension, clients: dict[str, ClientInfo]) -> dict[str, date]:
    """For one covered outcome: each group key of its alerts, with that group's first alert day."""
    first: dict[str, date] = {}
    for alert in c.alerts:
        for key in keys_of(alert, clients):
            if key not in first or alert.day < first[key]:
                first[key] = alert.day
    return first


def group_table(facts: PolarityFacts, clients: dict[str, ClientInfo]) -> Table:
    """Precision, recall, lead time and lift overall and per rule/event type/source/sector/
    scoring version."""
    overall = [lead for c in facts.covered if (lead := c.lead()) is not None]
    rows = [_row("all", "all", facts.hits, len(facts.covered), overall, facts.base)]
    for dim, keys_of in DIMENSIONS.items():
        groups: dict[str, list[Hit]] = defaultdict(list)
        for h in facts.hits:
            for key in keys_of(h.alert, clients):
                groups[key].append(h)
        leads: dict[str, list[int]] = defaultdict(list)
        pool_sizes: dict[str, int] = defaultdict(int)
        for c in facts.covered:
            for key, first in _first_by_key(c, keys_of, clients).items():
                leads[key].append((c.outcome.date - first).days)
            if dim in CLIENT_DIMENSIONS:
                pool_sizes[(getattr(clients.get(c.outcome.client_id), dim, None)) or NONE] += 1
        for key in sorted(groups):
            if dim in CLIENT_DIMENSIONS:
                pool, base = pool_sizes[key], facts.base_by_group.get((dim, key))
            else:
                pool, base = len(facts.covered), facts.base
            rows.append(_row(dim, key, groups[key], pool, leads[key], base))
    return Table(
        name=f"{facts.polarity}_groups",
        title=phrase(N_("{polarity} alerts followed by {target}"),
                     polarity=phrase(POLARITY_TITLE[facts.polarity]),
                     target=phrase(TARGET_LABEL[facts.polarity])),
        columns=GROUP_COLUMNS, rows=rows,
        note=phrase(N_("Base rate (clients with no {polarity} alert): {base}. "
                       "Recall per sector/segment counts only that group's outcomes."),
                    polarity=phrase(POLARITY_WORD[facts.polarity]), base=facts.base.text()),
        section=facts.polarity)


def pr_curve(facts: PolarityFacts) -> Table:
    """Precision and recall of the alerts scoring at least each threshold."""
    scores = sorted({h.alert.score for h in facts.hits})
    if len(scores) > PR_POINTS:
        step = (len(scores) - 1) / (PR_POINTS - 1)
        scores = sorted({scores[round(i * step)] for i in range(PR_POINTS)})
    best = sorted(max(a.score for a in c.alerts) for c in facts.covered if c.alerts)
    ranked = sorted(((h.alert.score, h.hit) for h in facts.hits), reverse=True)
    hits_above = list(itertools.accumulate(hit for _s, hit in ranked))
    scores_desc = [-score for score, _hit in ranked]
    rows = []
    for t in scores:
        count = bisect.bisect_right(scores_desc, -t)  # alerts scoring >= t
        precision = Rate(hits_above[count - 1] if count else 0, count)
        recall = Rate(len(best) - bisect.bisect_left(best, t), len(facts.covered))
        rows.append([round(t, 4), *precision.cells()[:5],
                     recall.n, recall.k, None if recall.value is None else round(recall.value, 4)])
    return Table(name=f"{facts.polarity}_pr_curve",
                 title=phrase(N_("{polarity}: precision and recall by score threshold"),
                              polarity=phrase(POLARITY_TITLE[facts.polarity])),
                 columns=["threshold", "alerts_n", "alerts_k", "precision", "ci_low", "ci_high",
                          "recall_n", "recall_k", "recall"], rows=rows, section=facts.polarity)


def lead_table(facts: PolarityFacts) -> Table:
    """Each covered outcome with its lead time (for the histogram and for audit)."""
    rows = []
    for c in facts.covered:
        first = min(c.alerts, key=lambda a: (a.day, a.id)) if c.alerts else None
        rows.append([c.outcome.client_id, c.outcome.kind, c.outcome.date.isoformat(),
                     first.id if first else None, first.rule_id if first else None,
                     first.scoring_version if first else None, c.lead()])
    return Table(name=f"{facts.polarity}_outcomes",
                 title=phrase(N_("{polarity} outcomes in the period and their first alert"),
                              polarity=phrase(POLARITY_TITLE[facts.polarity])),
                 columns=["client_id", "kind", "date", "first_alert_id", "first_alert_rule",
                          "first_alert_scoring_version", "lead_days"],
                 rows=rows, section=facts.polarity)


def source_table(all_facts: Sequence[PolarityFacts], stories: dict[str, tuple[int, int]]) -> Table:
    """Foresight per source: median lead time x precision, and who reports stories first."""
    hits: dict[str, list[Hit]] = defaultdict(list)
    leads: dict[str, list[int]] = defaultdict(list)
    for facts in all_facts:
        for h in facts.hits:
            for s in h.alert.sources or [NONE]:
                hits[s].append(h)
        for c in facts.covered:
            per_source: dict[str, list[KnownAlert]] = defaultdict(list)
            for a in c.alerts:
                for s in a.sources or [NONE]:
                    per_source[s].append(a)
            for s, chosen in per_source.items():
                lead = c.lead(chosen)
                if lead is not None:
                    leads[s].append(lead)
    rows = []
    for source in sorted(set(hits) | set(stories)):
        precision = Rate(sum(h.hit for h in hits[source]), len(hits[source]))
        _q1, median, _q3 = quartiles(leads[source])
        foresight = (round(median * precision.value, 2)
                     if median is not None and precision.value is not None and precision.enough else None)
        first, told = stories.get(source, (0, 0))
        rows.append([source, *precision.cells(), median, foresight, first, told,
                     phrase(N_("never led to an outcome")) if precision.n and precision.k == 0 else ""])
    rows.sort(key=lambda r: (-(r[8] or -1), -r[1], r[0]))
    return Table(name="sources", title=phrase(N_("Foresight per source (median lead days x precision)")),
                 columns=["source", *RATE_COLUMNS, "lead_median_days", "foresight",
                          "stories_first", "stories_reported", "flag"],
                 rows=rows, section="sources",
                 note=phrase(N_("Foresight is shown only when the source has enough alerts. 'stories "
                                "first' counts stories told by several outlets that this source "
                                "reported first.")))


def review_tables(reviews: Sequence[ReviewRow], hits: dict[int, bool], start: date,
                  end: date) -> list[Table]:
    """Acceptance by rule and analyst; what became of forwarded leads."""
    lo, hi = datetime.combine(start, datetime.min.time()), end_of_day(end)
    in_range = [r for r in reviews if lo <= r.alert_created <= hi]
    latest: dict[int, ReviewRow] = {}
    for r in in_range:
        latest[r.alert_id] = r
    tables = []
    by_titles = {"rule_id": N_("Acceptance rate of reviewed alerts by rule"),
                 "analyst": N_("Acceptance rate of reviewed alerts by analyst")}
    for dim in ("rule_id", "analyst"):
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in latest.values():
            key = getattr(r, dim)
            counts[key][1] += 1
            counts[key][0] += r.decision == "accept"
        rows = [[key, *Rate(k, n).cells()] for key, (k, n) in sorted(counts.items())]
        total = Rate(sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values()))
        rows.insert(0, ["all", *total.cells()])
        tables.append(Table(name=f"review_by_{dim.removesuffix('_id')}",
                            title=phrase(by_titles[dim]),
                            columns=[dim.removesuffix("_id"), *RATE_COLUMNS], rows=rows, section="review"))
    forwarded: dict[int, datetime] = {}
    accepted_after: set[int] = set()
    for r in in_range:
        if r.decision == "forward":
            forwarded.setdefault(r.alert_id, r.created_at)
        elif r.decision == "accept" and r.alert_id in forwarded:
            accepted_after.add(r.alert_id)
    rows = [[phrase(N_("forwarded leads later accepted")),
             *Rate(len(accepted_after), len(forwarded)).cells()]]
    followed = {"accept": N_("accept: followed by an outcome"),
                "forward": N_("forward: followed by an outcome"),
                "reject": N_("reject: followed by an outcome"),
                "unreviewed": N_("unreviewed: followed by an outcome")}
    for decision in ("accept", "forward", "reject", "unreviewed"):
        ids = ([aid for aid in hits if aid not in latest] if decision == "unreviewed"
               else [aid for aid, r in latest.items() if r.decision == decision and aid in hits])
        rows.append([phrase(followed[decision]), *Rate(sum(hits[i] for i in ids), len(ids)).cells()])
    tables.append(Table(name="review_usefulness",
                        title=phrase(N_("How useful reviewed and forwarded leads were")),
                        columns=["measure", *RATE_COLUMNS], rows=rows, section="review",
                        note=phrase(N_("Decisions are each alert's latest review; outcomes use the "
                                       "horizon."))))
    return tables


def _joined(parts: Sequence[Phrase]) -> Phrase:
    """One sentence of several parts, in each language, with its full stop."""
    return Phrase(lambda language: "".join(p.text(language) for p in parts) + ".")


def headlines(all_facts: Sequence[PolarityFacts], horizon: int) -> list[str]:
    lines: list[str] = []
    for facts in all_facts:
        precision = Rate(sum(h.hit for h in facts.hits), len(facts.hits))
        recall = Rate(sum(1 for c in facts.covered if c.alerts), len(facts.covered))
        leads = [lead for c in facts.covered if (lead := c.lead()) is not None]
        q1, med, q3 = quartiles(leads)
        parts = [phrase(N_("{polarity} alerts followed by {target} within {days} days: {precision}; "
                           "outcomes with an alert before them (recall): {recall}"),
                        polarity=phrase(POLARITY_TITLE[facts.polarity]),
                        target=phrase(TARGET_LABEL[facts.polarity]), days=horizon,
                        precision=precision.text(), recall=recall.text())]
        if med is not None and q1 is not None and q3 is not None and recall.enough:
            parts.append(phrase(N_("; median lead {median} days (quartiles {q1}-{q3})"),
                                median=num(med, ".0f"), q1=num(q1, ".0f"), q3=num(q3, ".0f")))
        lift, low, high = rate_ratio(precision, facts.base)
        if lift is not None and precision.enough and facts.base.enough:
            parts.append(phrase(N_("; lift over clients with no alert x{lift}"), lift=num(lift)))
            if low is not None and high is not None:
                parts.append(phrase(N_(" [{low}-{high}]"), low=num(low), high=num(high)))
        elif not precision.enough:
            parts.append(phrase(N_("; lift: {verdict}"), verdict=phrase(TOO_LITTLE)))
        lines.append(_joined(parts))
    return lines


def check_period(start: date, end: date, horizon: int) -> None:
    """``ValueError`` for a period that ends before it starts or a horizon under a day."""
    if end < start:
        raise ValueError("the period ends before it starts")
    if horizon <= 0:
        raise ValueError("the horizon must be at least one day")


def compute_backtest(alerts: Sequence[KnownAlert], clients: dict[str, ClientInfo],
                     outcomes: Sequence[OutcomeRow], reviews: Sequence[ReviewRow],
                     stories: dict[str, tuple[int, int]], start: date, end: date, horizon: int,
                     now: datetime) -> BacktestReport:
    """The back-test report from its records; ``radar.reporting.backtest`` loads them.

    ``alerts`` are those known by the end of ``end``, ``outcomes`` those dated within
    ``horizon`` days either side of the period, ``reviews`` those made by the end of
    ``end``, ``stories`` the first-reporter counts per source (see ``source_table``).
    """
    check_period(start, end, horizon)
    log.info("back-test %s..%s: %d alerts, %d outcomes, %d clients", start, end, len(alerts),
             len(outcomes), len(clients))
    all_facts = [measure(p, alerts, outcomes, clients, start, end, horizon) for p in TARGETS]
    report = BacktestReport(title=phrase(N_("Radar back-test")), start=start, end=end, horizon_days=horizon,
                            generated_at=now, headlines=headlines(all_facts, horizon))
    for facts in all_facts:
        report.tables += [group_table(facts, clients), pr_curve(facts), lead_table(facts)]
        report.series[f"{facts.polarity}_leads"] = [lead for c in facts.covered
                                                    if (lead := c.lead()) is not None]
    report.tables.append(source_table(all_facts, stories))
    hit_of = {h.alert.id: h.hit for facts in all_facts for h in facts.hits}
    report.tables += review_tables(reviews, hit_of, start, end)
    last_outcome = max((o.date for o in outcomes), default=None)
    if last_outcome is not None and last_outcome < end + timedelta(days=horizon):
        report.notes.append(phrase(
            N_("Outcomes are recorded up to {last}; alerts after {cut} have not had their full "
               "{days}-day horizon, so their precision is understated."),
            last=day_text(last_outcome), cut=day_text(last_outcome - timedelta(days=horizon)),
            days=horizon))
    report.notes.append(phrase(N_("No look-ahead: an alert counts from the later of its creation "
                                  "and the fetch/publication of every document it rests on; "
                                  "outcomes on that same day do not count.")))
    return report
