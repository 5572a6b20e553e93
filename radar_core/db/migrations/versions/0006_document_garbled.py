"""document garbled

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 19:00:00

A document whose text is still unreadable after encoding repair (U+FFFD, mojibake, lost
letters) is flagged, so that ``radar sources status`` can count such documents per
source. Documents stored before this revision were never measured: they start unflagged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("garbled", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("garbled")
