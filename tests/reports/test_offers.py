"""Offer analysis: the logistic win curve is recovered from offers simulated on a known curve."""

from __future__ import annotations

import math
import random
from datetime import date, datetime

import pytest

from reports.backtest_records import ClientInfo, OutcomeRow
from reports.offers import competitor_price, fit_win_model, offers_report_of, offers_section

TRUE_CENTRE, TRUE_A, TRUE_B = 40.0, 0.5, -0.6  # P(win) = expit(0.5 - 0.6 (price - 40))


def simulate(n: int, seed: int = 3, segment_client: str = "C1") -> list[OutcomeRow]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        price = rng.uniform(32, 48)
        p = 1 / (1 + math.exp(-(TRUE_A + TRUE_B * (price - TRUE_CENTRE))))
        won = rng.random() < p
        rows.append(OutcomeRow(segment_client, "offer_accepted" if won else "offer_rejected",
                               date(2026, 1, 1), 1_000_000.0 + i, "TRY",
                               None if won else f"competitor_price={price - 1:.2f}",
                               None if won else ("price" if price > 40 else "tenor"),
                               None if won else ("Bank X" if i % 2 else "Bank Y"), round(price, 3)))
    return rows


def test_logistic_recovers_the_true_curve():
    rows = simulate(4000)
    model = fit_win_model([r.offered_price for r in rows], [r.kind == "offer_accepted" for r in rows])
    assert not isinstance(model, str)
    assert model.b == pytest.approx(TRUE_B, abs=0.08)
    assert abs(model.b - TRUE_B) < 3 * model.b_se  # the standard error is honest
    true_price_at_half = TRUE_CENTRE + TRUE_A / -TRUE_B  # 40.83
    price, low, high = model.price_at(0.5)
    assert price == pytest.approx(true_price_at_half, abs=0.4)
    assert low < true_price_at_half < high
    p, p_low, p_high = model.probability(40.0)
    assert p == pytest.approx(1 / (1 + math.exp(-TRUE_A)), abs=0.04) and p_low < p < p_high
    assert model.meaningful


def test_thin_or_flat_data_is_said_plainly():
    rows = simulate(15)
    verdict = fit_win_model([r.offered_price for r in rows], [r.kind == "offer_accepted" for r in rows])
    assert isinstance(verdict, str) and verdict.startswith("too little data to conclude")
    flat = fit_win_model([40.0] * 30, [i % 2 == 0 for i in range(30)])
    assert isinstance(flat, str) and "same price" in flat


def test_price_that_does_not_matter_gets_no_band():
    rng = random.Random(5)
    prices = [rng.uniform(30, 50) for _ in range(400)]
    won = [rng.random() < 0.5 for _ in prices]
    model = fit_win_model(prices, won)
    assert not isinstance(model, str) and not model.meaningful


def test_section_tables_reason_competitor_band_and_margin():
    rows = simulate(2000)
    clients = {"C1": ClientInfo("C1", "Gıda", "corporate")}
    section = offers_section(rows, clients)
    names = [t.name for t in section.tables]
    assert names == ["offers_lost_by_reason", "offers_lost_by_competitor", "offers_win_model",
                     "offers_win_curve", "offers_left_on_table"]
    lost = [r for r in rows if r.kind == "offer_rejected"]
    reasons = {r["reason"]: r for r in section.tables[0].records()}
    assert reasons["price"]["k"] == sum(r.reason == "price" for r in lost)
    assert reasons["price"]["n"] == len(lost)
    rivals = {r["competitor"]: r for r in section.tables[1].records()}
    assert rivals["Bank X"]["gap_median"] == pytest.approx(1.0, abs=1e-6)  # we were 1 point dearer
    model = {r["segment"]: r for r in section.tables[2].records()}["corporate"]
    assert model["band_low"] < model["band_high"]
    margin = section.tables[4].records()[0]
    accepted = [r for r in rows if r.kind == "offer_accepted"]
    below = [r for r in accepted if r.offered_price < model["band_low"]]
    assert (margin["accepted_n"], margin["k"]) == (len(accepted), len(below))
    assert any("segment corporate: win rate" in line and "price band" in line for line in section.headlines)


def test_competitor_price_in_notes():
    row = OutcomeRow("C1", "offer_rejected", date(2026, 1, 1), None, None,
                     "lost on price; Rakip fiyat: 41,25", "price", "Bank X", 43.0)
    assert competitor_price(row) == 41.25
    assert competitor_price(row.__class__(*(list(row.__dict__.values())[:5] + ["no price"]
                                            + list(row.__dict__.values())[6:]))) is None


def test_offers_report_of_records():
    report = offers_report_of(simulate(300), {"C1": ClientInfo("C1", None, "sme")}, None, None,
                              datetime(2026, 6, 1))
    assert report.title == "Radar offers report" and report.horizon_days is None
    model = {r["segment"]: r for r in report.table("offers_win_model").records()}
    assert model["sme"]["n"] == 300 and model["sme"]["slope"] < 0
