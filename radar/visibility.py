"""Who sees which alert: one rule, in SQL, for the e-mail digests and the review queue.

An alert reaches a mailbox when

* its firm is in the mailbox's portfolio (clients whose ``rm_email`` it is), or
* its firm is a subsidiary of a portfolio firm (up to ``MAX_PARENT_DEPTH`` levels down
  the register's ``parent_id`` chain): a group's RM hears about its subsidiaries, or
* it is a group alert naming a portfolio firm in ``notify_client_ids`` (``alert_notify``), or
* the mailbox is the research mailbox and the alert is about a prospect or about a
  client nobody (validly) owns: the safety net no alert falls through.

An alert waiting for a link review (``review:`` firm, one of several clients) reaches no
mailbox until an analyst decides on /links; the decision re-targets it.

The digest planner selects each recipient's alerts with :func:`reaches`, and the web
queue, alert page and API narrow an RM's view with the same condition, so what an RM is
sent is exactly what that RM can open. It is one SQL condition (a recursive portfolio
join), never a Python filter over all alerts, so it stays fast at a million alerts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, literal, or_, select
from sqlalchemy.orm import Session

from radar_core.addresses import valid_email
from radar_core.db.models import Alert, AlertNotify, Client
from radar_core.records import REVIEW_PREFIX

MAX_PARENT_DEPTH = 10


def portfolio(email: str) -> Select[Any]:
    """Client ids whose relationship manager is ``email`` (case and spaces ignored)."""
    return select(Client.client_id).where(Client.rm_key == email.strip().lower())


def reached_clients(email: str) -> Select[Any]:
    """The portfolio of ``email`` and every subsidiary below it, as a recursive query."""
    base = portfolio(email).add_columns(literal(0).label("depth"))
    tree = base.cte("reached", recursive=True)
    child = select(Client.client_id, (tree.c.depth + 1).label("depth")).join(
        tree, Client.parent_id == tree.c.client_id
    ).where(tree.c.depth < MAX_PARENT_DEPTH)
    tree = tree.union_all(child)
    return select(tree.c.client_id)


def _unowned(session: Session) -> ColumnElement[bool]:
    """Alerts about prospects, or about clients without a valid RM address."""
    invalid = [addr for addr in session.scalars(select(Client.rm_key).distinct())
               if addr and not valid_email(addr)]
    owned = select(Client.client_id).where(Client.rm_key.is_not(None))
    if invalid:
        owned = owned.where(Client.rm_key.not_in(invalid))
    return or_(Alert.client_id.is_(None), Alert.client_id.not_in(owned))


def reaches(session: Session, email: str, research: str = "") -> ColumnElement[bool]:
    """SQL condition: the alert reaches mailbox ``email`` (see the module docstring).

    ``research`` is the research mailbox's address; when ``email`` is it, prospects and
    unowned clients' alerts are included too.
    """
    email = email.strip().lower()
    if not email:
        return false()
    notified = select(AlertNotify.alert_id).where(AlertNotify.client_id.in_(portfolio(email)))
    condition = or_(Alert.client_id.in_(reached_clients(email)), Alert.id.in_(notified))
    if research and email == research.strip().lower():
        condition = or_(condition, _unowned(session))
    return and_(condition, ~Alert.firm_key.startswith(REVIEW_PREFIX, autoescape=True))


def research_address(mailbox: str) -> str:
    """The bare, lower-case address of the ``research_mailbox`` setting (``Name <addr>``)."""
    from reports.digest import split_address

    return split_address(mailbox)[1]
