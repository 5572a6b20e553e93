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


def _bulk(sessions_, count: int) -> None:
    """``count`` alerts with many ties in severity, score and time, so the id decides often."""
    with sessions_() as session:
        for n in range(count):
            session.add(Alert(dedupe_key=f"bulk{n}", rule_id="bulk", rule_version="1", polarity="risk",
                              client_id="C1" if n % 2 else "C4", firm_key="C1", company="Kuzey",
                              title=f"bulk {n}", score=float(n % 3), severity=("low", "high")[n % 2],
                              created_at=NOW - timedelta(hours=n % 4), updated_at=NOW, as_of=NOW))
        session.commit()


def _key(alert: Alert) -> tuple[int, float, object, int]:
    return (alert.severity_rank, alert.score, alert.created_at, alert.id)


def test_cursor_pages_walk_every_alert_once_in_queue_order_and_back(sessions_, seeded):
    from radar_core.db.models import User

    _bulk(sessions_, 30)
    with sessions_() as session:
        analyst = session.query(User).filter_by(username="ana").one()
        pages, cursor = [], ""
        while True:
            page = queue_page(session, analyst, QueueFilters(rule="bulk", after=cursor), page_size=8)
            pages.append(page.alerts)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        walked = [a for p in pages for a in p]
        assert len(walked) == len({a.id for a in walked}) == 30 and len(pages) == 4
        assert [_key(a) for a in walked] == sorted((_key(a) for a in walked), reverse=True)
        numbered = [a.id for n in range(1, 5)
                    for a in queue_page(session, analyst, QueueFilters(rule="bulk", page=n), page_size=8).alerts]
        assert numbered == [a.id for a in walked]  # old page=N links give the same order
        # back from the last page with ``before``: the same pages, in the same order
        back = queue_page(session, analyst, QueueFilters(rule="bulk", after=cursor), page_size=8)
        for expected in reversed(pages[:-1]):
            assert back.prev_cursor is not None
            back = queue_page(session, analyst, QueueFilters(rule="bulk", before=back.prev_cursor), page_size=8)
            assert [a.id for a in back.alerts] == [a.id for a in expected]
        assert back.prev_cursor is None and back.page == 1


def test_a_new_alert_does_not_shift_the_next_cursor_page(sessions_, seeded):
    from radar_core.db.models import User

    _bulk(sessions_, 20)
    with sessions_() as session:
        analyst = session.query(User).filter_by(username="ana").one()
        first = queue_page(session, analyst, QueueFilters(rule="bulk"), page_size=5)
        second = queue_page(session, analyst, QueueFilters(rule="bulk", after=first.next_cursor or ""), page_size=5)
        session.add(Alert(dedupe_key="top", rule_id="bulk", rule_version="1", polarity="risk", client_id="C1",
                          firm_key="C1", company="Kuzey", title="top", score=99.0, severity="critical",
                          created_at=NOW, updated_at=NOW, as_of=NOW))
        session.commit()
        again = queue_page(session, analyst, QueueFilters(rule="bulk", after=first.next_cursor or ""), page_size=5)
        assert [a.id for a in again.alerts] == [a.id for a in second.alerts]


def test_queue_pages_follow_next_links_and_refuse_bad_cursors(login, sessions_, seeded):
    _bulk(sessions_, 60)
    client = login("ana")
    seen: list[int] = []
    url = "/?rule=bulk"
    while url:
        html = client.get(url).text
        seen += [int(i) for i in re.findall(r'data-id="(\d+)"', html)]
        found = re.search(r'<a href="(/\?[^"]+)" rel="next">', html)
        url = found.group(1).replace("&amp;", "&") if found else ""
    assert len(seen) == len(set(seen)) == 60
    assert "page 3 of 3" in html
    bad = client.get("/?rule=bulk&after=not-a-cursor")
    assert bad.status_code == 400 and "cursor" in bad.text


def test_rm_cursor_pages_stay_inside_what_reaches_them(login, sessions_, seeded):
    """C4 is a subsidiary of ayse's C3 (no RM of its own): its alerts reach her, paged in SQL."""
    _bulk(sessions_, 40)
    client = login("ayse")
    ids: list[int] = []
    url = "/?rule=bulk"
    while url:
        html = client.get(url).text
        ids += [int(i) for i in re.findall(r'data-id="(\d+)"', html)]
        found = re.search(r'<a href="(/\?[^"]+)" rel="next">', html)
        url = found.group(1).replace("&amp;", "&") if found else ""
    assert len(ids) == len(set(ids)) == 40  # C1 is hers, C4 is her group's
    assert _ids(login("mehmet").get("/?rule=bulk").text) == set()


def test_count_stops_at_the_cap_and_paging_goes_on(sessions_, seeded):
    from radar_core.db.models import User

    _bulk(sessions_, 30)
    with sessions_() as session:
        analyst = session.query(User).filter_by(username="ana").one()
        first = queue_page(session, analyst, QueueFilters(rule="bulk"), page_size=8, count_cap=10)
        assert (first.total, first.more, first.pages) == (10, True, 2)
        seen, page = [a.id for a in first.alerts], first
        while page.next_cursor:
            page = queue_page(session, analyst, QueueFilters(rule="bulk", after=page.next_cursor), page_size=8,
                              count_cap=10)
            seen += [a.id for a in page.alerts]
        assert len(seen) == len(set(seen)) == 30
        deep = queue_page(session, analyst, QueueFilters(rule="bulk", page=4), page_size=8, count_cap=10)
        assert (deep.page, len(deep.alerts), deep.next_cursor) == (4, 6, None)
        exact = queue_page(session, analyst, QueueFilters(rule="bulk"), page_size=8, count_cap=30)
        assert (exact.total, exact.more) == (30, False)


def test_queue_reads_full_rows_for_the_page_alone(sessions_, seeded):
    """The page's ids come first (from the queue indexes, which hold every column the order
    and the visibility rule need), then only those rows: at a million alerts reading an
    RM's thousands of rows to sort them made the queue four times slower."""
    from sqlalchemy import event

    from radar_core.db.models import User

    _bulk(sessions_, 40)
    statements: list[str] = []
    with sessions_() as session:
        engine = session.get_bind()
        ayse = session.query(User).filter_by(username="ayse").one()

        def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", record)
        try:
            for status in ("new", "all"):
                page = queue_page(session, ayse, QueueFilters(status=status, rule="bulk"), page_size=8)
                assert len(page.alerts) == 8 and page.next_cursor
                following = queue_page(session, ayse, QueueFilters(status=status, rule="bulk",
                                                                   after=page.next_cursor), page_size=8)
                assert len({a.id for a in page.alerts + following.alerts}) == 16
                keys = [_key(a) for a in page.alerts + following.alerts]
                assert keys == sorted(keys, reverse=True)  # queue order survives the two steps
        finally:
            event.remove(engine, "before_cursor_execute", record)
        full_rows = [s for s in statements if "FROM alerts" in s and "alerts.explanation" in s]
        assert len(full_rows) == 4 and not any("ORDER BY" in s or "reached" in s for s in full_rows)
