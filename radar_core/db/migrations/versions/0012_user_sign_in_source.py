"""user sign-in source

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 06:00:00

Users may now come from an OpenID Connect provider or an LDAP directory, provisioned on
their first sign-in. ``auth_source`` says who checks their password (existing users are
"local"), ``external_id`` names them at that source.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("auth_source", sa.String(length=10), nullable=False,
                                      server_default="local"))
        batch_op.add_column(sa.Column("external_id", sa.String(length=600), nullable=True))
        batch_op.create_index(batch_op.f("ix_users_external_id"), ["external_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_external_id"))
        batch_op.drop_column("external_id")
        batch_op.drop_column("auth_source")
