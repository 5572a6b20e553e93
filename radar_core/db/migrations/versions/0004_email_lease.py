"""email lease

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 17:10:00

A queued e-mail is claimed by one ``radar mail`` run with a lease (owner and expiry), so
two overlapping runs never send it twice and a crashed run's e-mail is taken over once
its lease expires. Existing rows hold no lease.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("emails", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_owner", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("lease_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("emails", schema=None) as batch_op:
        batch_op.drop_column("lease_until")
        batch_op.drop_column("lease_owner")
