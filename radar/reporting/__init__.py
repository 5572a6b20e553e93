"""Reporting on the database: the queries behind the reports stage, and the mail ledger.

The ``reports`` stage renders, delivers and computes over plain records; this package
loads those records (digests to mail, back-test and offers data), writes outcomes, and
runs the exactly-once mail queue. Modules are imported by name (``radar.reporting.backtest``
...) so that a command pays only for what it uses; the mail entry points are re-exported.
"""

from radar.reporting.mail import MailItem, MailResult, preview, send_pending
from radar.reporting.mail_plan import plan_digests

__all__ = ["MailItem", "MailResult", "plan_digests", "preview", "send_pending"]
