"""``radar status``: what needs a person makes the exit code non-zero."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from radar.status import collect_status, format_status
from radar_core.db import session_scope
from radar_core.db.models import EmailMessage, JobRun, Source

NOW = datetime(2025, 6, 30, 9, 0)


def _run(session, job, status, hours_ago, error=None, finished=True):
    started = NOW - timedelta(hours=hours_ago)
    session.add(JobRun(job=job, status=status, started_at=started, counts={}, error=error,
                       finished_at=started + timedelta(minutes=3) if finished else None))


def test_a_healthy_deployment_is_ok(sessions):
    with session_scope(sessions) as session:
        _run(session, "crawl:a", "failed", 5, "boom")
        _run(session, "crawl:a", "ok", 1)  # the newest run counts
        _run(session, "mail", "ok", 2)
        session.add(EmailMessage(message_id="<m1>", recipient="rm@bank.example", subject="s",
                                 status="queued", created_at=NOW - timedelta(minutes=5)))
    with session_scope(sessions) as session:
        report = collect_status(session, NOW)
    assert report.ok, report.problems
    assert [(j.job, j.status) for j in report.jobs] == [("crawl:a", "ok"), ("mail", "ok")]
    assert report.queued_emails == 1
    assert format_status(report)[-1] == "status: OK"


def test_failures_stuck_jobs_broken_sources_and_late_mail_need_attention(sessions):
    with session_scope(sessions) as session:
        _run(session, "process", "failed", 1, "RunError: database down")
        _run(session, "crawl:b", "running", 10, finished=False)
        _run(session, "crawl:c", "running", 1, finished=False)  # still within bounds
        session.add(Source(name="src-x", family="feed", source_type="news", broken=True,
                           broken_reason="no documents", created_at=NOW, config={}))
        session.add(EmailMessage(message_id="<m2>", recipient="rm@bank.example", subject="s",
                                 status="queued", created_at=NOW - timedelta(hours=5)))
    with session_scope(sessions) as session:
        report = collect_status(session, NOW)
    text = "\n".join(report.problems)
    assert "job process: last run failed: RunError: database down" in text
    assert "job crawl:b: running since" in text and "crawl:c" not in text
    assert "source src-x: broken (no documents)" in text
    assert "1 e-mail(s) unsent" in text
    assert not report.ok


def _status(database_url: str, *args: str):
    """``radar --db URL status ARGS`` on a group holding only this command.

    ``radar.cli`` registers the module itself; a private group keeps the shared one as is.
    """
    import click
    from click.testing import CliRunner

    from radar.cli import cli
    from radar.commands.status import command

    group = click.Group("radar", params=cli.params, callback=cli.callback,
                        commands={"status": command})
    result = CliRunner().invoke(group, ["--db", database_url, "status", *args])
    code = getattr(result.exception, "exit_code", result.exit_code)
    return code, result.stdout


def test_status_command_exit_codes_and_json(database_url):
    from radar_core.db import connect

    assert _status(database_url)[0] == 0
    with session_scope(connect(database_url)) as session:
        _run(session, "mail", "failed", 0, "SMTP down")
    code, out = _status(database_url, "--json")
    assert code == 1
    payload = json.loads(out)
    assert payload["ok"] is False and payload["jobs"][0]["job"] == "mail"
