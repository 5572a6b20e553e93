"""The queue: filters, paging, and RM portfolios."""

from __future__ import annotations

import re
from datetime import timedelta

from radar.web.queue import QueueFilters, queue_page
from radar_core.db.models import Alert
from tests.web.conftest import NOW


def _ids(html: str) -> set[int]:
    return {int(i) for i in re.findall(r'data-id="(\d+)"', html)}


def test_analyst_sees_all_new_alerts_most_severe_first(login, seeded):
    html = login("ana").get("/").text
    ids = re.findall(r'data-id="(\d+)"', html)
    assert [int(i) for i in ids] == [seeded.mehmet_alert, seeded.ayse_alert, seeded.prospect_alert, seeded.group_alert]
    assert "4 alerts" in html and "Keys:" in html


def test_filters_narrow_the_queue(login, seeded):
    client = login("ana")
    cases = {
        "polarity=risk": {seeded.mehmet_alert},
        "severity=high": {seeded.ayse_alert},
        "rule=group_capital": {seeded.group_alert},
        "event_type=tender_opened": {seeded.prospect_alert},
        "source_type=tender": {seeded.prospect_alert},
        "kind=prospect": {seeded.prospect_alert},
        "kind=client": {seeded.mehmet_alert, seeded.ayse_alert, seeded.group_alert},
        "client=kuzey": {seeded.ayse_alert},
        "client=C2": {seeded.mehmet_alert},
        "rm=ayse%40bank.example": {seeded.ayse_alert, seeded.group_alert},
        "status=accepted": {seeded.old_alert},
        "status=all&client=kuzey": {seeded.ayse_alert, seeded.old_alert},
        "status=all&date_from=2025-05-01&date_to=2025-05-31": {seeded.old_alert},
        "date_from=2025-07-01": set(),
    }
    for query, expected in cases.items():
        assert _ids(client.get(f"/?{query}").text) == expected, query


def test_rm_sees_only_their_portfolio_including_group_alerts(login, seeded):
    ayse = login("ayse")
    assert _ids(ayse.get("/").text) == {seeded.ayse_alert, seeded.group_alert}
    # an RM cannot widen their view with someone else's rm filter
    assert _ids(ayse.get("/?rm=mehmet%40bank.example").text) == {seeded.ayse_alert, seeded.group_alert}
    assert ayse.get(f"/alerts/{seeded.mehmet_alert}").status_code == 404
    assert ayse.get(f"/alerts/{seeded.group_alert}").status_code == 200
    assert _ids(login("mehmet").get("/").text) == {seeded.mehmet_alert}


def test_paging_walks_every_alert_once(sessions_, seeded):
    from radar_core.db.models import User

    with sessions_() as session:
        for n in range(30):
            session.add(Alert(dedupe_key=f"bulk{n}", rule_id="bulk", rule_version="1", polarity="risk",
                              client_id="C1", firm_key="C1", company="Kuzey", title=f"bulk {n}", score=float(n % 7),
                              severity="low", created_at=NOW - timedelta(hours=n), updated_at=NOW, as_of=NOW))
        session.commit()
        analyst = session.query(User).filter_by(username="ana").one()
        seen: list[int] = []
        first = queue_page(session, analyst, QueueFilters(rule="bulk"), page_size=8)
        assert (first.total, first.pages) == (30, 4)
        for page in range(1, 5):
            seen += [a.id for a in queue_page(session, analyst, QueueFilters(rule="bulk", page=page), page_size=8).alerts]
        assert len(seen) == len(set(seen)) == 30


def test_unknown_filter_values_are_ignored():
    f = QueueFilters.from_params({"polarity": "evil", "status": "x", "page": "-3", "date_from": "nope"})
    assert (f.polarity, f.status, f.page, f.date_from) == ("", "new", 1, "")
    assert QueueFilters(polarity="risk", page=2).params() == {"polarity": "risk", "status": "new", "page": "2"}
