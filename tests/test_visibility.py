"""One visibility rule in SQL: what reaches a mailbox is what its RM can open.

The register below has a three-level group (holding > energy > plant), a group alert,
a client whose RM address is malformed and a prospect. The same condition must give
each RM's e-mail digest and their review-queue view, and it must be one SQL query
whatever the number of alerts (no Python filter over alert rows).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from radar.reporting.mail_plan import plan_digests
from radar.visibility import reaches, research_address
from radar.web.queue import QueueFilters, queue_page
from radar_core.config import Settings
from radar_core.db import session_scope
from radar_core.db.models import Alert, AlertNotify, Client, User

NOW = datetime(2025, 6, 30, 9, 0)
RESEARCH = "Araştırma <research@bank.example>"
CLIENTS = (  # id, RM, parent
    ("HOLD", "Grup.RM@Bank.example ", None),
    ("ENERGY", "energy.rm@bank.example", "HOLD"),
    ("PLANT", None, "ENERGY"),
    ("OTHER", "other.rm@bank.example", None),
    ("BROKEN", "not an address", None),
)


def _alert(session: Session, key: str, client_id: str | None, notify: list[str] | None = None,
           severity: str = "high", status: str = "new") -> int:
    alert = Alert(dedupe_key=key, rule_id="r", rule_version="1", polarity="risk", client_id=client_id,
                  firm_key=client_id or key, company=client_id or key, title=key, score=50.0,
                  severity=severity, status=status, explanation={}, notify_client_ids=notify or [],
                  created_at=NOW, updated_at=NOW, as_of=NOW)
    session.add(alert)
    session.flush()
    return alert.id


@pytest.fixture
def register(sessions: sessionmaker[Session]) -> dict[str, int]:
    with session_scope(sessions) as session:
        for client_id, rm, parent in CLIENTS:
            session.add(Client(client_id=client_id, legal_name=client_id.title(), rm_email=rm,
                               parent_id=parent, updated_at=NOW))
        return {
            "hold": _alert(session, "hold", "HOLD"),
            "energy": _alert(session, "energy", "ENERGY"),
            "plant": _alert(session, "plant", "PLANT"),  # two levels below HOLD, no RM
            "group": _alert(session, "group", "OTHER", notify=["HOLD"]),
            "other": _alert(session, "other", "OTHER"),
            "broken": _alert(session, "broken", "BROKEN"),
            "prospect": _alert(session, "prospect", None),
            "rejected": _alert(session, "rejected", "HOLD", status="rejected"),
        }


EXPECTED = {
    "grup.rm@bank.example": {"hold", "energy", "plant", "group"},
    "energy.rm@bank.example": {"energy", "plant"},
    "other.rm@bank.example": {"group", "other"},
    "research@bank.example": {"plant", "broken", "prospect"},
}


def _names(ids: dict[str, int], found: set[int]) -> set[str]:
    return {name for name, i in ids.items() if i in found}


def test_each_mailbox_reaches_portfolio_subsidiaries_and_group_alerts(sessions, register):
    with session_scope(sessions) as session:
        for email, expected in EXPECTED.items():
            found = set(session.scalars(select(Alert.id).where(
                reaches(session, email, "research@bank.example"), Alert.status != "rejected")))
            assert _names(register, found) == expected, email
        # case and spaces in the address do not matter; an unknown mailbox sees nothing
        upper = set(session.scalars(select(Alert.id).where(reaches(session, " GRUP.rm@bank.EXAMPLE"))))
        assert _names(register, upper) >= {"hold", "plant"}
        assert not session.scalars(select(Alert.id).where(reaches(session, "nobody@bank.example"))).all()
        assert not session.scalars(select(Alert.id).where(reaches(session, ""))).all()


def test_digest_recipients_and_queue_views_are_the_same_sets(sessions, register, tmp_path):
    settings = Settings(data_dir=tmp_path, research_mailbox=RESEARCH)
    with session_scope(sessions) as session:
        digests = {d.recipient: set(d.alert_ids) for d in plan_digests(session, settings, lambda: NOW)}
        assert {r: _names(register, ids) for r, ids in digests.items()} == EXPECTED
        for email, ids in digests.items():
            rm = User(username=email, password_hash="x", role="rm", rm_email=email, active=True, created_at=NOW)
            page = queue_page(session, rm, QueueFilters(status="all"), page_size=100,
                              research=research_address(RESEARCH))
            shown = {a.id for a in page.alerts} - {register["rejected"]}
            assert shown == ids, email


def test_the_rule_is_one_query_whatever_the_number_of_alerts(sessions, register):
    """No alert ids are read into Python: the SQL and its parameters do not grow with alerts."""
    def compiled() -> tuple[str, dict[str, object]]:
        with session_scope(sessions) as session:
            statement = select(Alert.id).where(reaches(session, "grup.rm@bank.example", "research@bank.example"))
            sql = statement.compile(session.get_bind())
            return str(sql), dict(sql.params)

    before = compiled()
    with session_scope(sessions) as session:
        for n in range(50):
            _alert(session, f"more{n}", "PLANT" if n % 2 else "OTHER", notify=["HOLD"] if n % 3 == 0 else None)
    assert compiled() == before
    sql = before[0].upper()
    assert "RECURSIVE" in sql and "ALERT_NOTIFY" in sql


def test_notify_rows_follow_the_alert(sessions, register):
    with session_scope(sessions) as session:
        alert = session.get(Alert, register["group"])
        assert alert is not None
        alert.notify_client_ids = ["ENERGY", "HOLD"]
    with session_scope(sessions) as session:
        rows = session.execute(select(AlertNotify.client_id).where(AlertNotify.alert_id == register["group"]))
        assert sorted(r[0] for r in rows) == ["ENERGY", "HOLD"]
        alert = session.get(Alert, register["group"])
        assert alert is not None
        alert.notify_client_ids = []
        alert.severity = "critical"
    with session_scope(sessions) as session:
        assert not session.scalars(select(AlertNotify).where(AlertNotify.alert_id == register["group"])).all()
        assert session.scalar(select(Alert.severity_rank).where(Alert.id == register["group"])) == 3
