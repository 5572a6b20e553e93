"""user language

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 05:00:00

Each review-queue user may read pages and their digest e-mail in English instead of
Turkish. Existing users keep NULL, which means the default language (Turkish).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("language")
