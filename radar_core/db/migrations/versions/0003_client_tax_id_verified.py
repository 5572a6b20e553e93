"""client tax id verified

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 10:00:00

A register row whose tax number fails its check digit is kept with the number marked
unverified (never used to identify the firm). Existing rows were validated when imported,
so they are verified.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tax_id_verified", sa.Boolean(), server_default=sa.true(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("tax_id_verified")
