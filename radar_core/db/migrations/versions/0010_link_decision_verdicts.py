"""link decisions by mention, with verdicts; ambiguous events keyed for review

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 05:15:00

An analyst's link decision now applies to the mention wherever it appears (context_key
"" = any sentence; a sentence hash still narrows one), and "not this firm" is kept too:
``verdict`` is "is" (the mention means ``client_id``, or no client when NULL) or "not"
(the mention does not mean ``client_id``). Several "not" rows may share a mention, so
the unique key grows by verdict and client. Events of still-ambiguous links were keyed
as prospects; they become ``review:<name>`` so that no prospect rule or mailbox takes them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("link_decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verdict", sa.String(length=8), nullable=False,
                                      server_default="is"))
        batch_op.drop_constraint("uq_link_decisions", type_="unique")
        batch_op.create_unique_constraint(
            "uq_link_decisions", ["mention_key", "context_key", "verdict", "client_id"])
    op.execute(sa.text(
        "UPDATE events SET firm_key = 'review:' || substr(firm_key, 10) "
        "WHERE link_status = 'ambiguous' AND client_id IS NULL AND firm_key LIKE 'prospect:%'"
    ))


def downgrade() -> None:
    op.execute(sa.text(
        "UPDATE events SET firm_key = 'prospect:' || substr(firm_key, 8) "
        "WHERE firm_key LIKE 'review:%'"
    ))
    op.execute(sa.text("DELETE FROM link_decisions WHERE verdict <> 'is' OR context_key = ''"))
    with op.batch_alter_table("link_decisions", schema=None) as batch_op:
        batch_op.drop_constraint("uq_link_decisions", type_="unique")
        batch_op.create_unique_constraint("uq_link_decisions", ["mention_key", "context_key"])
        batch_op.drop_column("verdict")
