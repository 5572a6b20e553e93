"""Offer analysis: why offers were lost, to whom, at what price gap, and the price that wins.

Win probability against offered price is a logistic regression per segment (statsmodels
``Logit``, which gives standard errors directly); the curve carries a 95% band from the
delta method. The suggested price band runs from the price the model says still wins 75%
of offers to the price that wins 50%: cheaper is margin given away, dearer loses most
deals. Accepted offers priced below that band left margin on the table. Prices are read as
an annual rate in percent when turning headroom into money (headroom / 100 x amount).
"""

from __future__ import annotations

import logging
import math
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from radar_core.i18n import N_, Phrase
from reports.backtest_records import ClientInfo, OutcomeRow
from reports.backtest_report import BacktestReport, Table
from reports.backtest_stats import RATE_COLUMNS, TOO_LITTLE, Z95, Rate, quartiles
from reports.report_text import num, pct, phrase

log = logging.getLogger(__name__)

MIN_OFFERS = 20  # fewer priced offers in a segment: no curve is fitted
MIN_EACH = 5  # and at least this many wins and this many losses
BAND_PROBABILITIES = (0.75, 0.5)
CURVE_POINTS = 40
_COMPETITOR_PRICE = re.compile(
    r"(?:competitor[_ ]price|rakip[_ ]fiyat[ıi]?)\s*[:=]?\s*([0-9][0-9.,]*)", re.IGNORECASE)


@dataclass
class OffersSection:
    headlines: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    series: dict[str, Any] = field(default_factory=dict)


@dataclass
class WinModel:
    """P(win | price) = 1 / (1 + exp(-(a + b (price - centre)))), with its covariance."""

    n: int
    wins: int
    centre: float
    a: float
    b: float
    cov: list[list[float]]
    low: float
    high: float

    @property
    def b_se(self) -> float:
        return math.sqrt(max(self.cov[1][1], 0.0))

    @property
    def b_p(self) -> float:
        z = abs(self.b) / self.b_se if self.b_se > 0 else math.inf
        return math.erfc(z / math.sqrt(2))

    @property
    def meaningful(self) -> bool:
        """The price clearly lowers the win chance (negative slope, 95% interval below 0)."""
        return self.b < 0 and self.b + Z95 * self.b_se < 0

    def probability(self, price: float) -> tuple[float, float, float]:
        """Win probability at ``price`` with its 95% band."""
        x = price - self.centre
        eta = self.a + self.b * x
        var = self.cov[0][0] + 2 * x * self.cov[0][1] + x * x * self.cov[1][1]
        se = math.sqrt(max(var, 0.0))
        return _expit(eta), _expit(eta - Z95 * se), _expit(eta + Z95 * se)

    def price_at(self, probability: float) -> tuple[float, float, float]:
        """The price with this win probability, with a delta-method 95% interval."""
        logit = math.log(probability / (1 - probability))
        x = (logit - self.a) / self.b
        ga, gb = -1 / self.b, -(logit - self.a) / self.b ** 2
        var = ga * ga * self.cov[0][0] + 2 * ga * gb * self.cov[0][1] + gb * gb * self.cov[1][1]
        se = math.sqrt(max(var, 0.0))
        return self.centre + x, self.centre + x - Z95 * se, self.centre + x + Z95 * se


def _expit(value: float) -> float:
    if value >= 0:
        return 1 / (1 + math.exp(-value))
    e = math.exp(value)
    return e / (1 + e)


def fit_win_model(prices: Sequence[float], won: Sequence[bool]) -> WinModel | str:
    """Fit the logistic curve, or say in words why it cannot be fitted."""
    n, wins = len(prices), sum(bool(w) for w in won)
    if n < MIN_OFFERS or min(wins, n - wins) < MIN_EACH:
        return phrase(N_("{verdict}: {n} priced offers, {wins} won (a curve needs {needed} offers "
                         "with at least {each} wins and {each} losses)"),
                      verdict=phrase(TOO_LITTLE), n=n, wins=wins, needed=MIN_OFFERS, each=MIN_EACH)
    import numpy as np
    from statsmodels.discrete.discrete_model import Logit  # not statsmodels.api: seconds to import

    x = np.asarray(prices, dtype=float)
    centre = float(x.mean())
    if float(x.std()) == 0.0:
        return phrase(N_("all offers carry the same price: price cannot explain wins"))
    design = np.column_stack([np.ones_like(x), x - centre])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            fit = Logit(np.asarray(won, dtype=float), design).fit(disp=0, maxiter=100)
        except Exception as exc:  # separation, singular matrix, no convergence
            log.info("win model not fitted: %s", exc)
            return phrase(N_("price separates wins from losses perfectly (or the fit failed): no curve"))
    params, cov = fit.params, fit.cov_params()
    return WinModel(n=n, wins=wins, centre=centre, a=float(params[0]), b=float(params[1]),
                    cov=[[float(cov[0][0]), float(cov[0][1])], [float(cov[1][0]), float(cov[1][1])]],
                    low=float(x.min()), high=float(x.max()))


def segment_word(segment: str) -> Phrase:
    """A segment named in a sentence; the pseudo-segments "all" and "(none)" in words."""
    if segment == "all":
        return phrase(N_("all"))
    if segment == "(none)":
        return phrase(N_("(none)"))
    return Phrase(lambda language: segment)


def competitor_price(row: OutcomeRow) -> float | None:
    """The competitor's price when the note states it (``competitor_price=41.5``)."""
    match = _COMPETITOR_PRICE.search(row.note or "")
    if not match:
        return None
    text = match.group(1).rstrip(".,")
    try:
        return float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(
            text.replace(",", ""))
    except ValueError:
        return None


def _r(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def lost_tables(offers: Sequence[OutcomeRow]) -> list[Table]:
    """Rejected offers by reason and by competitor, with the price gap where known."""
    lost = [o for o in offers if o.kind == "offer_rejected"]
    by_reason: dict[str, list[OutcomeRow]] = defaultdict(list)
    by_rival: dict[str, list[OutcomeRow]] = defaultdict(list)
    for o in lost:
        by_reason[o.reason or "(not given)"].append(o)
        by_rival[o.competitor or "(unknown)"].append(o)
    reason_rows = []
    for reason, rows in sorted(by_reason.items(), key=lambda kv: -len(kv[1])):
        rivals = Counter(o.competitor for o in rows if o.competitor)
        top = rivals.most_common(1)[0][0] if rivals else ""
        reason_rows.append([reason, *Rate(len(rows), len(lost)).cells(), top])
    rival_rows = []
    for rival, rows in sorted(by_rival.items(), key=lambda kv: -len(kv[1])):
        gaps = [o.offered_price - cp for o in rows
                if o.offered_price is not None and (cp := competitor_price(o)) is not None]
        q1, med, q3 = quartiles(gaps)
        reasons = Counter(o.reason for o in rows if o.reason)
        rival_rows.append([rival, *Rate(len(rows), len(lost)).cells(), len(gaps), _r(med), _r(q1), _r(q3),
                           reasons.most_common(1)[0][0] if reasons else ""])
    return [
        Table(name="offers_lost_by_reason", title=phrase(N_("Rejected offers by reason")),
              columns=["reason", *RATE_COLUMNS, "top_competitor"], rows=reason_rows, section="offers",
              note=phrase(N_("Share of all rejected offers in the period."))),
        Table(name="offers_lost_by_competitor",
              title=phrase(N_("Rejected offers by competitor and price gap")),
              columns=["competitor", *RATE_COLUMNS, "priced_n", "gap_median", "gap_q1", "gap_q3",
                       "top_reason"], rows=rival_rows, section="offers",
              note=phrase(N_("Gap = our offered price minus the competitor's price (when the note "
                             "states it); positive means we were dearer."))),
    ]


def model_tables(offers: Sequence[OutcomeRow], clients: dict[str, ClientInfo]
                 ) -> tuple[list[Table], dict[str, Any], list[str]]:
    """Win-probability model, price band and margin left on the table, per segment."""
    priced: dict[str, list[OutcomeRow]] = defaultdict(list)
    for o in offers:
        if o.offered_price is not None:
            info = clients.get(o.client_id)
            priced[(info.segment if info else None) or "(none)"].append(o)
            priced["all"].append(o)
    model_rows, margin_rows, curve_rows = [], [], []
    lines: list[str] = []
    series: dict[str, Any] = {}
    if not priced:
        lines.append(phrase(N_("Offers: no offer carries an offered price, so there is no price curve.")))
    for segment in sorted(priced, key=lambda s: (s != "all", s)):
        rows = priced[segment]
        won = [o.kind == "offer_accepted" for o in rows]
        rate = Rate(sum(won), len(won))
        model = fit_win_model([o.offered_price for o in rows if o.offered_price is not None], won)
        if isinstance(model, str):
            model_rows.append([segment, *rate.cells(), None, None, None, None, None, None, None, None, model])
            lines.append(phrase(N_("Offers, segment {segment}: {model}."), segment=segment_word(segment),
                                model=model))
            continue
        hi_p, lo_p = BAND_PROBABILITIES
        band_low, band_low_lo, band_low_hi = model.price_at(hi_p)
        band_high, band_high_lo, band_high_hi = model.price_at(lo_p)
        if model.meaningful:
            verdict = phrase(N_("price band {low}-{high} (wins {hi_p} to {lo_p}; edges ±{low_edge}/±{high_edge})"),
                             low=num(band_low, ".2f"), high=num(band_high, ".2f"), hi_p=pct(hi_p, 0),
                             lo_p=pct(lo_p, 0), low_edge=num((band_low_hi - band_low_lo) / 2, ".2f"),
                             high_edge=num((band_high_hi - band_high_lo) / 2, ".2f"))
        else:
            verdict = phrase(N_("price does not clearly lower the win chance here (slope interval "
                                "includes 0): no band"))
        model_rows.append([segment, *rate.cells(), _r(model.a, 4), _r(model.b, 4), _r(model.b_se, 4),
                           _r(model.b_p, 4), _r(model.centre), _r(band_low) if model.meaningful else None,
                           _r(band_high) if model.meaningful else None, model.n, verdict])
        lines.append(phrase(N_("Offers, segment {segment}: win rate {rate}; {verdict}."),
                            segment=segment_word(segment), rate=rate.text(), verdict=verdict))
        grid = [model.low + (model.high - model.low) * i / (CURVE_POINTS - 1) for i in range(CURVE_POINTS)]
        points = [(p, *model.probability(p)) for p in grid]
        series.setdefault("offer_curves", {})[segment] = {
            "points": [[round(v, 4) for v in pt] for pt in points],
            "observed": [[o.offered_price, 1 if o.kind == "offer_accepted" else 0] for o in rows],
            "band": [round(band_low, 3), round(band_high, 3)] if model.meaningful else None,
        }
        curve_rows += [[segment, *(round(v, 4) for v in pt)] for pt in points]
        if model.meaningful and segment != "all":
            accepted = [o for o in rows if o.kind == "offer_accepted" and o.offered_price is not None]
            below = [(o, band_low - o.offered_price) for o in accepted
                     if o.offered_price is not None and o.offered_price < band_low]
            heads = [h for _o, h in below]
            _q1, med, _q3 = quartiles(heads)
            value = sum(h / 100 * o.amount for o, h in below if o.amount)
            margin_rows.append([segment, len(accepted), *Rate(len(below), len(accepted)).cells()[1:],
                                _r(med), round(value, 2)])
    tables = [
        Table(name="offers_win_model",
              title=phrase(N_("Win probability against offered price (logistic, per segment)")),
              columns=["segment", *RATE_COLUMNS, "intercept", "slope", "slope_se", "slope_p",
                       "price_centre", "band_low", "band_high", "priced_n", "assessment"],
              rows=model_rows, section="offers",
              note=phrase(N_("P(win) = 1/(1+exp(-(intercept + slope x (price - price centre)))); "
                             "band = prices winning {hi_p} down to {lo_p} of offers."),
                          hi_p=pct(BAND_PROBABILITIES[0], 0), lo_p=pct(BAND_PROBABILITIES[1], 0))),
        Table(name="offers_win_curve", title=phrase(N_("Fitted win probability by price ({band} band)"),
                                                     band=pct(0.95, 0)),
              columns=["segment", "price", "p_win", "p_low", "p_high"], rows=curve_rows, section="offers"),
        Table(name="offers_left_on_table",
              title=phrase(N_("Accepted offers priced below the suggested band")),
              columns=["segment", "accepted_n", "k", "rate", "ci_low", "ci_high", "verdict",
                       "headroom_median", "value_at_stake"], rows=margin_rows, section="offers",
              note=phrase(N_("Headroom = band low edge minus the accepted price; value = "
                             "headroom/100 x amount (prices read as annual % rates)."))),
    ]
    return tables, series, lines


def offers_section(outcomes: Sequence[OutcomeRow], clients: dict[str, ClientInfo]) -> OffersSection:
    """All offer tables, series and headline sentences for these outcomes."""
    offers = [o for o in outcomes if o.kind in ("offer_accepted", "offer_rejected")]
    section = OffersSection()
    if not offers:
        section.headlines.append(phrase(N_("Offers: no offer outcomes in the period.")))
        return section
    section.tables += lost_tables(offers)
    tables, series, lines = model_tables(offers, clients)
    section.tables += tables
    section.series.update(series)
    section.headlines += lines
    return section


def offers_report_of(outcomes: Sequence[OutcomeRow], clients: dict[str, ClientInfo],
                     start: date | None, end: date | None, now: datetime) -> BacktestReport:
    """The offers report on its own from its records (``radar offers report`` loads them)."""
    section = offers_section(outcomes, clients)
    return BacktestReport(title=phrase(N_("Radar offers report")), start=start, end=end, horizon_days=None,
                          generated_at=now, headlines=section.headlines, tables=section.tables,
                          series=section.series)
