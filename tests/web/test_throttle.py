"""The login throttle on its own: growing waits per bucket, an injected clock, a real database.

No sleeps: the clock is a value the test moves. Small policies keep the counts short.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from radar.web.throttle import LoginThrottle, Policy, Throttled, client_key
from radar_core.db import connect
from radar_core.db.models import ThrottleBucket

START = datetime(2025, 6, 30, 9, 0, 0)
ACCOUNT = Policy(free=2, base=timedelta(seconds=1), cap=timedelta(seconds=10), forget=timedelta(hours=1))
ADDRESS = Policy(free=5, base=timedelta(seconds=1), cap=timedelta(seconds=60), forget=timedelta(hours=1))


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def sessions(database_url: str) -> sessionmaker[Session]:
    return connect(database_url)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def throttle(sessions, clock) -> LoginThrottle:
    return LoginThrottle(sessions, clock, address_policy=ADDRESS, account_policy=ACCOUNT)


def _fail(throttle: LoginThrottle, host: str, account: str) -> None:
    throttle.failed(throttle.begin(host, account))


def _retry_after(throttle: LoginThrottle, host: str, account: str) -> int:
    with pytest.raises(Throttled) as caught:
        throttle.begin(host, account)
    return caught.value.retry_after


def test_delay_is_free_then_doubles_up_to_the_cap():
    assert [ACCOUNT.delay(n).total_seconds() for n in range(1, 9)] == [0, 0, 1, 2, 4, 8, 10, 10]
    assert ACCOUNT.delay(10_000) == ACCOUNT.cap  # no overflow for absurd counts


def test_guesses_earn_growing_waits_for_that_address_only(throttle, clock):
    for _ in range(3):  # two free failures, the third earns a one-second wait
        _fail(throttle, "203.0.113.9", "ana")
    assert _retry_after(throttle, "203.0.113.9", "ana") == 1
    # the account is not locked: the user at another address gets in
    throttle.succeeded(throttle.begin("198.51.100.20", "ana"))
    clock.advance(1)
    _fail(throttle, "203.0.113.9", "ana")
    assert _retry_after(throttle, "203.0.113.9", "ana") == 2
    clock.advance(2)
    _fail(throttle, "203.0.113.9", "ana")
    assert _retry_after(throttle, "203.0.113.9", "ana") == 4
    clock.advance(3)  # still a second to wait
    assert _retry_after(throttle, "203.0.113.9", "ana") == 1


def test_a_refused_attempt_does_not_lengthen_the_wait(throttle, clock):
    for _ in range(3):
        _fail(throttle, "203.0.113.9", "ana")
    for _ in range(20):
        assert _retry_after(throttle, "203.0.113.9", "ana") == 1
    clock.advance(1)
    throttle.succeeded(throttle.begin("203.0.113.9", "ana"))  # the real user, after the wait


def test_a_right_password_clears_the_account_count_and_returns_the_address_share(throttle, sessions):
    for _ in range(2):
        _fail(throttle, "203.0.113.9", "ana")
    throttle.succeeded(throttle.begin("203.0.113.9", "ana"))
    with sessions() as session:
        rows = {(r.kind, r.account): r.failures for r in session.scalars(select(ThrottleBucket))}
    assert rows == {("address", ""): 2}  # the two wrong guesses still count for the address
    for _ in range(2):  # free again for the account
        _fail(throttle, "203.0.113.9", "ana")


def test_spraying_many_accounts_from_one_address_is_slowed(throttle):
    for n in range(6):  # ADDRESS allows five free failures, whatever the accounts
        _fail(throttle, "203.0.113.9", f"user{n}")
    assert _retry_after(throttle, "203.0.113.9", "someone-else") == 1
    throttle.succeeded(throttle.begin("198.51.100.20", "someone-else"))


def test_attempts_count_before_their_passwords_are_checked(throttle):
    """Three guesses in flight at once: the third is counted before the first one's outcome."""
    attempts = [throttle.begin("203.0.113.9", "ana") for _ in range(3)]
    assert attempts[-1].wait == timedelta(seconds=1)
    assert _retry_after(throttle, "203.0.113.9", "ana") == 1
    for attempt in attempts:
        throttle.failed(attempt)


def test_a_burst_of_parallel_guesses_is_counted_one_by_one(throttle):
    """Twelve threads guess at once; exactly the free failures plus one get through."""
    start = threading.Barrier(12)
    allowed: list[bool] = []
    errors: list[BaseException] = []

    def guess() -> None:
        start.wait()
        try:
            throttle.failed(throttle.begin("203.0.113.9", "ana"))
            allowed.append(True)
        except Throttled:
            allowed.append(False)
        except BaseException as exc:  # a database error must fail the test, not vanish
            errors.append(exc)

    threads = [threading.Thread(target=guess) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert allowed.count(True) == ACCOUNT.free + 1 and len(allowed) == 12


def test_buckets_are_forgotten_and_purged(throttle, clock, sessions):
    for n in range(40):
        _fail(throttle, f"192.0.2.{n}", "ana")
    for _ in range(3):
        _fail(throttle, "203.0.113.9", "ana")
    clock.advance(3600)  # ACCOUNT and ADDRESS forget after an hour
    for _ in range(2):  # the free failures are back
        _fail(throttle, "203.0.113.9", "ana")
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(ThrottleBucket)) == 2


def test_client_key_groups_ipv6_by_64_and_keeps_other_text():
    assert client_key("203.0.113.9") == "203.0.113.9"
    assert client_key("2001:db8:1:2:aaaa::1") == client_key("2001:db8:1:2:bbbb::2") == "2001:db8:1:2::/64"
    assert client_key("2001:db8:1:3::1") != client_key("2001:db8:1:2::1")
    assert client_key("::ffff:203.0.113.9") == "203.0.113.9"
    assert client_key(None) == "unknown"
    assert client_key("testclient") == "testclient"
    assert len(client_key("x" * 500)) == 64
