"""alert scoring version

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 19:00:00

Each alert records which scoring arithmetic produced its score, so back-tests can group
alerts by version. Every alert stored before this revision was scored by the first
arithmetic (recency from fetch time, damping after three rejections), hence "v1".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scoring_version", sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f("ix_alerts_scoring_version"), ["scoring_version"],
                              unique=False)
    op.execute(sa.text("UPDATE alerts SET scoring_version = 'v1'"))


def downgrade() -> None:
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alerts_scoring_version"))
        batch_op.drop_column("scoring_version")
