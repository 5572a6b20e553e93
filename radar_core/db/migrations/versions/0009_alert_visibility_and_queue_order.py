"""alert visibility rows and queue order

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 05:30:00

Who may see an alert becomes SQL: ``alert_notify`` holds each alert's
``notify_client_ids`` as rows (one indexed join instead of a JSON scan in Python), and
``alerts.severity_rank`` stores the severity as a number so the queue sorts on an index
(composite indexes for the queue order, keyset paging), and ``clients.rm_key`` holds the
RM address as mailboxes compare it (trimmed, lower-case) so a portfolio is an index
lookup. Existing rows are backfilled.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

RANKS = {"low": 0, "medium": 1, "high": 2, "critical": 3}


def upgrade() -> None:
    op.create_table(
        "alert_notify",
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["alert_id"], ["alerts.id"]),
        sa.PrimaryKeyConstraint("alert_id", "client_id"),
    )
    op.create_index(op.f("ix_alert_notify_client_id"), "alert_notify", ["client_id"], unique=False)
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("severity_rank", sa.Integer(), server_default="-1",
                                      nullable=False))
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rm_key", sa.String(length=320), nullable=True))
        batch_op.create_index(batch_op.f("ix_clients_rm_key"), ["rm_key"], unique=False)
    bind = op.get_bind()
    keys = [{"id": client_id, "key": (rm or "").strip().lower() or None}
            for client_id, rm in bind.execute(sa.text("SELECT client_id, rm_email FROM clients"))]
    if keys:
        bind.execute(sa.text("UPDATE clients SET rm_key = :key WHERE client_id = :id"), keys)
    for severity, rank in RANKS.items():
        op.execute(sa.text("UPDATE alerts SET severity_rank = :rank WHERE severity = :severity")
                   .bindparams(rank=rank, severity=severity))
    rows = bind.execute(sa.text("SELECT id, notify_client_ids FROM alerts")).all()
    notify = []
    for alert_id, value in rows:
        ids = json.loads(value) if isinstance(value, str) else value
        for client_id in sorted({str(c) for c in ids or [] if c}):
            notify.append({"alert_id": alert_id, "client_id": client_id})
    if notify:
        bind.execute(sa.text("INSERT INTO alert_notify (alert_id, client_id) "
                             "VALUES (:alert_id, :client_id)"), notify)
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index("ix_alerts_queue_status",
                              ["status", "severity_rank", "score", "created_at", "id"], unique=False)
        batch_op.create_index("ix_alerts_queue_order",
                              ["severity_rank", "score", "created_at", "id"], unique=False)
        batch_op.create_index("ix_alerts_queue_client",
                              ["client_id", "status", "severity_rank", "score", "created_at", "id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_queue_client")
        batch_op.drop_index("ix_alerts_queue_order")
        batch_op.drop_index("ix_alerts_queue_status")
        batch_op.drop_column("severity_rank")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_rm_key"))
        batch_op.drop_column("rm_key")
    op.drop_index(op.f("ix_alert_notify_client_id"), table_name="alert_notify")
    op.drop_table("alert_notify")
