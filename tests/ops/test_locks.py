"""Leader locks: a second holder is refused while the first lives, and takes over after."""

from __future__ import annotations

import subprocess
import sys
import time

from radar.locks import AdvisoryLock, FileLock, RedisLock, leader_lock, lock_key


def _exclusive(first, second) -> None:
    assert first.acquire()
    assert first.renew()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    assert not first.acquire()
    second.release()


def test_file_lock_is_exclusive(tmp_path):
    _exclusive(FileLock(tmp_path / "s.lock"), FileLock(tmp_path / "s.lock"))


def test_sqlite_deployments_get_a_file_lock_next_to_the_database(tmp_path):
    lock = leader_lock(f"sqlite:///{tmp_path / 'data' / 'radar_core.db'}")
    assert isinstance(lock, FileLock)
    assert lock.path == (tmp_path / "data" / "radar-scheduler.lock")


def test_file_lock_dies_with_its_process(tmp_path):
    path = tmp_path / "s.lock"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from radar.locks import FileLock; "
        f"l = FileLock(Path({str(path)!r})); assert l.acquire(); print('held', flush=True); "
        "time.sleep(60)")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert not FileLock(path).acquire()
    finally:
        holder.kill()
        holder.wait()
    assert FileLock(path).acquire()


def test_advisory_lock_is_exclusive_and_renewable(pg_url):
    _exclusive(AdvisoryLock(pg_url, "t-lock"), AdvisoryLock(pg_url, "t-lock"))
    assert isinstance(leader_lock(pg_url), AdvisoryLock)


def test_advisory_lock_is_lost_when_its_connection_is_killed(pg_url):
    from sqlalchemy import create_engine, text

    first = AdvisoryLock(pg_url, "t-kill")
    assert first.acquire()
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_locks "
                          "WHERE locktype = 'advisory' AND pid <> pg_backend_pid() AND database = "
                          "(SELECT oid FROM pg_database WHERE datname = current_database())"))
    engine.dispose()
    assert not first.renew()
    second = AdvisoryLock(pg_url, "t-kill")
    assert second.acquire()
    second.release()


def test_lock_keys_are_stable_and_distinct():
    assert lock_key("radar-scheduler") == lock_key("radar-scheduler")
    assert lock_key("radar-scheduler") != lock_key("radar-scheduler-2")


def test_redis_lock_is_exclusive(redis_url, redis_prefix):
    _exclusive(RedisLock(redis_url, redis_prefix), RedisLock(redis_url, redis_prefix))


def test_redis_lock_expires_without_renewal_and_cannot_be_renewed_after(redis_url, redis_prefix):
    first = RedisLock(redis_url, redis_prefix, ttl_seconds=0.3)
    assert first.acquire()
    deadline = time.monotonic() + 5
    second = RedisLock(redis_url, redis_prefix, ttl_seconds=5)
    while not second.acquire():
        assert time.monotonic() < deadline, "the expired lock was never freed"
        time.sleep(0.05)
    assert not first.renew()  # the token no longer matches: the old leader must stop
    first.release()  # must not delete the new holder's lock
    assert second.renew()
    second.release()
