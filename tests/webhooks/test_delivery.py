"""Signed webhooks against a real receiver on 127.0.0.1: once, signed, retried, never twice."""

from __future__ import annotations

import json
import random
import threading
from datetime import timedelta

from sqlalchemy import select

from radar.webhooks import REPLAY_WINDOW_SECONDS, enqueue, retry_failed, run, send_due, verify
from radar_core.db.models import WebhookDelivery
from tests.webhooks.conftest import (
    HOSTILE_SENTENCE,
    HOSTILE_TITLE,
    NOW,
    SECRET,
    Receiver,
    add_alert,
    free_port,
    hook_settings,
    start_receiver,
)


def _rows(sessions) -> list[WebhookDelivery]:
    with sessions() as session:
        return list(session.scalars(select(WebhookDelivery).order_by(WebhookDelivery.id)))


def _seed(sessions, count: int = 1, **kw) -> list[int]:
    with sessions() as session:
        ids = [add_alert(session, n, **kw).id for n in range(count)]
        session.commit()
    return ids


def test_a_delivery_arrives_once_with_a_valid_signature(hook_db, receiver, tmp_path, clock_):
    [alert_id] = _seed(hook_db)
    settings = hook_settings(tmp_path, receiver.url)
    first = run(hook_db, settings, clock_)
    assert (first.queued, first.delivered) == (1, 1)
    again = run(hook_db, settings, clock_)  # nothing new, nothing re-sent
    assert (again.queued, again.delivered) == (0, 0)
    assert len(receiver.requests) == 1
    got = receiver.requests[0]
    signature, stamp = got.headers["X-Radar-Signature"], got.headers["X-Radar-Timestamp"]
    assert signature.startswith("sha256=") and got.headers["Content-Type"].startswith("application/json")
    unix = int(json.loads(got.body)["timestamp"])
    assert str(unix) == stamp
    assert verify(SECRET, got.body, signature, stamp, unix + 10)
    # a forged body, a wrong secret, a replay after the window: all refused
    assert not verify(SECRET, got.body.replace(b"Kuzey", b"Guney"), signature, stamp, unix)
    assert not verify("another-secret-0123456789", got.body, signature, stamp, unix)
    assert not verify(SECRET, got.body, signature, stamp, unix + REPLAY_WINDOW_SECONDS + 1)
    assert not verify(SECRET, got.body, signature, str(unix + 60), unix + 60)  # header moved
    body = json.loads(got.body)
    assert body["alert"]["id"] == alert_id and body["alert"]["severity"] == "high"
    assert body["alert"]["url"] == f"https://radar.bank.example/alerts/{alert_id}"
    [evidence] = body["evidence"]
    assert evidence["sentence"] == "Kuzey Tekstil A.Ş. yeni hat kuruyor."
    assert evidence["source_url"] == "https://news.example/0"
    assert evidence["stored_copy"].startswith("https://radar.bank.example/evidence/")
    assert body["delivery_id"] == int(got.headers["X-Radar-Delivery"])
    [row] = _rows(hook_db)
    assert (row.status, row.attempts, row.last_status, row.delivered_at) == ("delivered", 1, 200, NOW)


def test_the_endpoint_filter_and_link_reviews(hook_db, receiver, tmp_path, clock_):
    with hook_db() as session:
        wanted = add_alert(session, 1, polarity="risk", severity="critical").id
        add_alert(session, 2, polarity="risk", severity="medium")          # too mild
        add_alert(session, 3, polarity="opportunity", severity="critical")  # other polarity
        add_alert(session, 4, polarity="risk", severity="high", client_id=None,
                  firm_key="review:ege kimya")                                # waits for a link review
        add_alert(session, 5, polarity="risk", severity="high",
                  created=NOW - timedelta(days=30))                           # before the lookback
        session.commit()
    settings = hook_settings(tmp_path, receiver.url, polarity="risk", min_severity="high")
    run(hook_db, settings, clock_)
    assert [json.loads(r.body)["alert"]["id"] for r in receiver.requests] == [wanted]


def test_500_twice_then_200_arrives_on_the_third_attempt(hook_db, receiver, tmp_path, clock_):
    receiver.script = [500, 500]
    _seed(hook_db)
    settings = hook_settings(tmp_path, receiver.url)
    rng = random.Random(7)
    assert run(hook_db, settings, clock_, rng=rng).retrying == 1
    [row] = _rows(hook_db)
    assert (row.status, row.attempts, row.last_status) == ("pending", 1, 500)
    first_wait = row.next_attempt_at - NOW
    assert timedelta(seconds=15) <= first_wait <= timedelta(seconds=30)
    assert send_due(hook_db, settings, clock_, rng=rng).skipped == 0  # not due yet: not tried
    assert len(receiver.requests) == 1
    clock_.now = row.next_attempt_at
    assert send_due(hook_db, settings, clock_, rng=rng).retrying == 1
    [row] = _rows(hook_db)
    assert row.attempts == 2 and timedelta(seconds=30) <= row.next_attempt_at - clock_.now <= timedelta(seconds=60)
    clock_.now = row.next_attempt_at
    assert send_due(hook_db, settings, clock_, rng=rng).delivered == 1
    [row] = _rows(hook_db)
    assert (row.status, row.attempts, row.last_status, row.last_error) == ("delivered", 3, 200, None)
    assert len(set(receiver.delivery_ids())) == 1 and len(receiver.requests) == 3
    for got in receiver.requests:
        assert verify(SECRET, got.body, got.headers["X-Radar-Signature"], got.headers["X-Radar-Timestamp"],
                      int(got.headers["X-Radar-Timestamp"]))


def test_the_last_attempt_fails_for_good_until_retried(hook_db, receiver, tmp_path, clock_):
    receiver.script = [503, 503]
    _seed(hook_db)
    settings = hook_settings(tmp_path, receiver.url).model_copy(update={"webhook_max_attempts": 2})
    run(hook_db, settings, clock_)
    clock_.advance(hours=1)
    assert send_due(hook_db, settings, clock_).failed == 1
    [row] = _rows(hook_db)
    assert (row.status, row.attempts, row.last_status) == ("failed", 2, 503)
    clock_.advance(days=1)
    assert send_due(hook_db, settings, clock_).delivered == 0  # failed stays failed
    assert retry_failed(hook_db, clock_) == 1
    assert send_due(hook_db, settings, clock_).delivered == 1
    assert len(receiver.requests) == 3


def test_two_senders_at_once_deliver_each_alert_exactly_once(hook_db, receiver, tmp_path, clock_):
    receiver.delay = 0.02  # slow enough that the two senders overlap
    ids = _seed(hook_db, 30)
    settings = hook_settings(tmp_path, receiver.url)
    start = threading.Barrier(2)
    results, errors = [], []

    def sender() -> None:
        try:
            start.wait()
            results.append(run(hook_db, settings, clock_))
        except Exception as exc:  # reported below: a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    assert sum(r.queued for r in results) == 30
    assert sum(r.delivered for r in results) == 30
    got = sorted(json.loads(r.body)["alert"]["id"] for r in receiver.requests)
    assert got == sorted(ids)  # every alert once, none twice
    assert {r.status for r in _rows(hook_db)} == {"delivered"} and len(_rows(hook_db)) == 30


def test_a_receiver_that_is_down_leaves_the_delivery_pending_for_later(hook_db, tmp_path, clock_):
    port = free_port()
    url = f"http://127.0.0.1:{port}/hooks/radar"
    _seed(hook_db, 3)
    settings = hook_settings(tmp_path, url)
    result = run(hook_db, settings, clock_)
    assert (result.queued, result.delivered, result.retrying, result.skipped) == (3, 0, 1, 2)
    rows = _rows(hook_db)
    assert [r.status for r in rows] == ["pending"] * 3
    assert [r.attempts for r in rows] == [1, 0, 0]  # not hammered: one try per run
    assert "cannot connect" in (rows[0].last_error or "") and rows[0].last_status is None
    receiver, server = start_receiver(port, Receiver(url, port))
    try:
        clock_.advance(minutes=5)
        assert send_due(hook_db, settings, clock_).delivered == 3
        assert len(receiver.requests) == 3
    finally:
        server.shutdown()
        server.server_close()
    assert [r.status for r in _rows(hook_db)] == ["delivered"] * 3


def test_hostile_alert_text_is_json_escaped(hook_db, receiver, tmp_path, clock_):
    _seed(hook_db, title=HOSTILE_TITLE, evidence=HOSTILE_SENTENCE)
    run(hook_db, hook_settings(tmp_path, receiver.url), clock_)
    [got] = receiver.requests
    for raw in (b"<", b">", b"&", "\u2028".encode()):
        assert raw not in got.body
    body = json.loads(got.body)
    assert body["alert"]["title"] == HOSTILE_TITLE
    assert body["evidence"][0]["sentence"] == HOSTILE_SENTENCE
    assert set(body) == {"type", "delivery_id", "endpoint", "timestamp", "alert", "evidence"}


def test_queueing_twice_at_once_adds_each_delivery_once(hook_db, tmp_path, clock_):
    _seed(hook_db, 5)
    settings = hook_settings(tmp_path, "https://crm.bank.example/hook")
    assert enqueue(hook_db, settings, clock_) == 5
    assert enqueue(hook_db, settings, clock_) == 0
    assert len(_rows(hook_db)) == 5
