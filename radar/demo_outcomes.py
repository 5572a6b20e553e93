"""Demo outcomes: loans, defaults and priced offers for the demo register, seeded.

The demo crawls everything on one day, so all its alerts are known on that day; outcomes
correlated with them fall in the months after, while offers spread over the year before.
Alerted firms get loans or defaults more often than the rest, so the back-test shows a
lift; offer prices follow a known logistic curve per segment, so the offers report has a
curve to find. Dates hang off the earliest alert (not the clock), so running the generator
again adds nothing; but an outcome is stored only once its day has come (never after
today): on the demo's first day the alerts have no outcomes yet, and a run weeks later
adds the ones whose day has passed, as the real world would.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from radar_core.db.models import Alert, Client, Outcome

log = logging.getLogger(__name__)

SEED = 20261123
# segment -> (typical price as an annual %, logistic slope per price point)
PRICE_CURVES = {"corporate": (38.0, 1.1), "commercial": (42.0, 0.9), "sme": (46.0, 0.7)}
DEFAULT_CURVE = (44.0, 0.8)
COMPETITORS = ("Marmara Bank", "Anadolu Katılım", "Boğaziçi Yatırım Bankası", "Ege Ticaret Bankası")
OTHER_REASONS = ("collateral", "tenor", "relationship", "limit")
P_LOAN_AFTER_OPPORTUNITY = 0.55
P_TROUBLE_AFTER_RISK = 0.45
P_OFFER_AFTER_OPPORTUNITY = 0.4
P_LOAN_BASE = 0.12
P_TROUBLE_BASE = 0.04


def _amount(rng: random.Random, low: float, high: float) -> float:
    """A round amount, log-uniform: loans range over orders of magnitude."""
    return float(round(math.exp(rng.uniform(math.log(low), math.log(high))) / 100_000) * 100_000)


def _offers(rng: random.Random, client: Client, days: list[date]) -> list[Outcome]:
    ref, slope = PRICE_CURVES.get(client.segment or "", DEFAULT_CURVE)
    rows = []
    for when in days:
        price = round(ref + rng.gauss(0, 2.2), 2)
        p_win = 1 / (1 + math.exp(slope * (price - ref) - 0.4))
        amount = _amount(rng, 2e6, 3e8)
        if rng.random() < p_win:
            rows.append(Outcome(client_id=client.client_id, kind="offer_accepted", date=when,
                                amount=amount, currency="TRY", offered_price=price, note="demo"))
            continue
        competitor = rng.choice(COMPETITORS)
        dear = price > ref
        reason = "price" if rng.random() < (0.75 if dear else 0.35) else rng.choice(OTHER_REASONS)
        note = "demo"
        if reason == "price":
            note = f"demo; competitor_price={round(price - rng.uniform(0.4, 3.0), 2)}"
        rows.append(Outcome(client_id=client.client_id, kind="offer_rejected", date=when, amount=amount,
                            currency="TRY", offered_price=price, reason=reason, competitor=competitor,
                            note=note))
    return rows


def demo_outcomes(clients: list[Client], alerts: list[Alert], anchor: date, seed: int = SEED) -> list[Outcome]:
    """The outcome rows (not yet stored) for these clients and alerts."""
    rng = random.Random(seed)
    first: dict[tuple[str, str], date] = {}
    for alert in sorted(alerts, key=lambda a: (a.created_at, a.id)):
        if alert.client_id:
            first.setdefault((alert.client_id, alert.polarity), alert.created_at.date())
    rows: list[Outcome] = []
    for client in sorted(clients, key=lambda c: c.client_id):
        cid = client.client_id
        opp, risk = first.get((cid, "opportunity")), first.get((cid, "risk"))
        if opp is not None and rng.random() < P_LOAN_AFTER_OPPORTUNITY:
            rows.append(Outcome(client_id=cid, kind="loan_opened", date=opp + timedelta(days=rng.randint(15, 160)),
                                amount=_amount(rng, 5e6, 5e8), currency="TRY", note="demo"))
        elif opp is None and rng.random() < P_LOAN_BASE:
            rows.append(Outcome(client_id=cid, kind="loan_opened",
                                date=anchor + timedelta(days=rng.randint(-150, 170)),
                                amount=_amount(rng, 5e6, 5e8), currency="TRY", note="demo"))
        if risk is not None and rng.random() < P_TROUBLE_AFTER_RISK:
            rows.append(Outcome(client_id=cid, kind=rng.choice(("default", "npl", "restructuring")),
                                date=risk + timedelta(days=rng.randint(25, 170)),
                                amount=_amount(rng, 1e6, 1e8), currency="TRY", note="demo"))
        elif risk is None and rng.random() < P_TROUBLE_BASE:
            rows.append(Outcome(client_id=cid, kind=rng.choice(("default", "npl")),
                                date=anchor + timedelta(days=rng.randint(-150, 170)),
                                amount=_amount(rng, 1e6, 1e8), currency="TRY", note="demo"))
        # Last year's offers (history for the price model), and one after some opportunity alerts.
        days = [anchor - timedelta(days=rng.randint(100, 400)) for _ in range(rng.randint(4, 8))]
        if opp is not None and rng.random() < P_OFFER_AFTER_OPPORTUNITY:
            days.append(opp + timedelta(days=rng.randint(10, 120)))
        rows.extend(_offers(rng, client, days))
    return rows


def demo_backtest_period(session: Session, clock: Callable[[], datetime],
                         horizon_days: int = 180) -> tuple[date, date]:
    """The period to back-test the demo on: from a quarter before its alerts to today.

    It reaches a horizon past the alerts at most, and never past today: nothing after
    today has happened, so a period ending later would only dilute the rates.
    """
    first = session.scalars(select(Alert.created_at).order_by(Alert.created_at).limit(1)).first()
    today = clock().date()
    anchor = min((first or clock()).date(), today)
    return anchor - timedelta(days=90), min(anchor + timedelta(days=horizon_days), today)


def generate_demo_outcomes(session: Session, clock: Callable[[], datetime], seed: int = SEED) -> int:
    """Store the demo outcomes dated up to today; returns how many were new.

    Later ones are not yet real: they are left for a run on or after their day.
    """
    clients = list(session.scalars(select(Client)))
    alerts = list(session.scalars(select(Alert).where(Alert.client_id.is_not(None))))
    today = clock().date()
    anchor = min((a.created_at for a in alerts), default=clock()).date()
    existing = {(o.client_id, o.kind, o.date, o.amount) for o in session.scalars(select(Outcome))}
    added = 0
    for row in demo_outcomes(clients, alerts, anchor, seed):
        if row.date > today:
            continue
        key = (row.client_id, row.kind, row.date, row.amount)
        if key in existing:
            continue
        existing.add(key)
        session.add(row)
        added += 1
    session.flush()
    log.info("demo outcomes: %d new", added)
    return added
