"""Password-guessing throttle for the login form and the API's HTTP basic auth.

Failures are counted in two buckets: the client address with the account it tried, and
the client address alone (password spraying over many accounts). Past a few free
failures each further one doubles the wait before that bucket's next attempt is
considered (1 s, 2 s, 4 s … capped); an attempt that comes too early is refused with 429
and ``Retry-After`` without its password being checked. There is no bucket for an account
alone: a correct password from an address that is not throttled always works, so nobody
can lock a user out by guessing from elsewhere.

State lives in the database (``login_throttle``) so that every web process shares it.
Each attempt is counted *before* its password is checked, in a short transaction that
locks the bucket rows, so a burst of parallel guesses is counted guess by guess rather
than all passing one stale check; a correct password then takes its count back.
IPv6 clients are counted per /64, the block one host usually controls.
"""

from __future__ import annotations

import ipaddress
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from radar_core.db import session_scope
from radar_core.db.models import ThrottleBucket

log = logging.getLogger(__name__)

ADDRESS = "address"
ACCOUNT = "account"  # the address together with one account
PURGE_BATCH = 500


@dataclass(frozen=True)
class Policy:
    """How one kind of bucket grows its delay and when it forgets."""

    free: int  # failures allowed before any delay
    base: timedelta  # the first delay
    cap: timedelta  # the longest delay
    forget: timedelta  # a bucket without an attempt for this long starts again from zero

    def delay(self, failures: int) -> timedelta:
        """The wait after ``failures`` failures: none up to ``free``, then doubling to ``cap``."""
        if failures <= self.free:
            return timedelta(0)
        doublings: int = min(failures - self.free - 1, 40)
        return min(self.cap, self.base * (1 << doublings))


# One account from one address: three free guesses, then 1 s, 2 s, 4 s … up to 15 minutes.
# The bucket outlives its cap, so a patient guesser never gets the free guesses back.
ACCOUNT_POLICY = Policy(free=3, base=timedelta(seconds=1), cap=timedelta(minutes=15),
                        forget=timedelta(hours=24))
# Any account from one address: room for an office behind one address, then the same growth.
ADDRESS_POLICY = Policy(free=20, base=timedelta(seconds=1), cap=timedelta(minutes=15),
                        forget=timedelta(hours=1))


class Throttled(Exception):
    """An attempt that came before its bucket's delay ended; ``retry_after`` is in seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed attempts: retry after {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Attempt:
    """An attempt that was let through and counted; its outcome is reported back."""

    client: str
    account: str
    address_failures: int
    account_failures: int
    address_until: datetime  # the address bucket's blocked_until that this attempt set
    address_before: datetime  # … and the value it replaced, restored on success
    wait: timedelta  # how long this client waits if the attempt fails


def client_key(host: str | None) -> str:
    """The address a client is counted under: IPv4 as is, IPv6 by its /64, else the text."""
    if not host:
        return "unknown"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host[:64]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


def _seconds(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds()))


class LoginThrottle:
    """Counts password attempts per bucket and refuses those that come too early."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], datetime],
        address_policy: Policy = ADDRESS_POLICY,
        account_policy: Policy = ACCOUNT_POLICY,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.policies = {ADDRESS: address_policy, ACCOUNT: account_policy}

    def _keys(self, client: str, account: str) -> list[tuple[str, str, str]]:
        # Address first, always: every transaction locks the two rows in this order.
        return [(ADDRESS, client, ""), (ACCOUNT, client, account[:100])]

    def _row(self, session: Session, key: tuple[str, str, str], lock: bool) -> ThrottleBucket | None:
        kind, client, account = key
        query = select(ThrottleBucket).where(
            ThrottleBucket.kind == kind, ThrottleBucket.client == client, ThrottleBucket.account == account)
        return session.scalars(query.with_for_update() if lock else query).first()

    def _refuse(self, rows: list[ThrottleBucket | None], now: datetime) -> None:
        waits = [r.blocked_until - now for r in rows
                 if r is not None and r.expires_at > now and r.blocked_until > now]
        if waits:
            raise Throttled(_seconds(max(waits)))

    def _insert_missing(self, session: Session, keys: list[tuple[str, str, str]], now: datetime) -> None:
        """Create absent bucket rows; a row another process just created is left alone."""
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        for kind, client, account in keys:
            session.execute(insert(ThrottleBucket).values(
                kind=kind, client=client, account=account, failures=0, blocked_until=now,
                expires_at=now).on_conflict_do_nothing(index_elements=["kind", "client", "account"]))

    def begin(self, host: str | None, account: str) -> Attempt:
        """Count an attempt by ``host`` on ``account``, or raise ``Throttled`` (nothing counted)."""
        client = client_key(host)
        try:
            return self._count(client, account, self.clock())
        except Throttled as exc:
            log.info("login attempt refused: account %r from %s, retry after %s s",
                     account, client, exc.retry_after)
            raise

    def _count(self, client: str, account: str, now: datetime) -> Attempt:
        keys = self._keys(client, account)
        with session_scope(self.sessions) as session:  # read-only: a hammering client costs no writes
            self._refuse([self._row(session, k, lock=False) for k in keys], now)
        with session_scope(self.sessions) as session:  # a refusal here rolls the inserts back
            # The insert comes first: on SQLite it takes the write lock before anything is read.
            self._insert_missing(session, keys, now)
            rows = [self._row(session, k, lock=True) for k in keys]
            self._refuse(rows, now)
            address, pair = [row for row in rows if row is not None]  # inserted, locked since
            before = address.blocked_until
            for row in (address, pair):
                policy = self.policies[row.kind]
                row.failures = 1 if row.expires_at <= now else row.failures + 1
                row.blocked_until = now + policy.delay(row.failures)
                row.expires_at = now + policy.forget
            attempt = Attempt(client=client, account=pair.account,
                              address_failures=address.failures, account_failures=pair.failures,
                              address_until=address.blocked_until, address_before=before,
                              wait=max(address.blocked_until, pair.blocked_until) - now)
        self._purge(now)
        return attempt

    def failed(self, attempt: Attempt) -> None:
        """The password was wrong: it stays counted; log it with the wait it earned."""
        log.warning(
            "failed login for %r from %s: %d failures for this account and %d from this address%s",
            attempt.account, attempt.client, attempt.account_failures, attempt.address_failures,
            f"; next attempt in {_seconds(attempt.wait)} s" if attempt.wait else "")

    def succeeded(self, attempt: Attempt) -> None:
        """The password was right: clear this address's count for the account, return its share."""
        with session_scope(self.sessions) as session:
            # Writes only, address row first: no read that a concurrent writer could outdate.
            session.execute(
                update(ThrottleBucket)
                .where(ThrottleBucket.kind == ADDRESS, ThrottleBucket.client == attempt.client,
                       ThrottleBucket.account == "")
                .values(
                    failures=case((ThrottleBucket.failures > 0, ThrottleBucket.failures - 1), else_=0),
                    # Undo this attempt's own delay unless a later attempt has set another.
                    blocked_until=case(
                        (ThrottleBucket.blocked_until == attempt.address_until, attempt.address_before),
                        else_=ThrottleBucket.blocked_until),
                ))
            session.execute(delete(ThrottleBucket).where(
                ThrottleBucket.kind == ACCOUNT, ThrottleBucket.client == attempt.client,
                ThrottleBucket.account == attempt.account))

    def _purge(self, now: datetime) -> None:
        """Drop buckets that have expired, a batch at a time; rows in use are skipped."""
        with session_scope(self.sessions) as session:
            stale = (select(ThrottleBucket.id).where(ThrottleBucket.expires_at <= now)
                     .limit(PURGE_BATCH).with_for_update(skip_locked=True))
            session.execute(delete(ThrottleBucket).where(ThrottleBucket.id.in_(stale)))
