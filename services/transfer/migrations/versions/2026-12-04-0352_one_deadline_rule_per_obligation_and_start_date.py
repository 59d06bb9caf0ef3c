"""one deadline rule per obligation and start date

A newer rule is the one with the later valid_from, so two rules of one obligation starting the same day
would leave "the rule in force" undecided: the index that ordered them becomes unique.

Revision ID: transfer_0002
Revises: 6aeefe9bbcd1
Create Date: 2026-12-04 03:52:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = 'transfer_0002'
down_revision: str | None = '6aeefe9bbcd1'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_deadline_rule_obligation', table_name='deadline_rule')
    op.create_index('uq_deadline_rule_obligation_valid_from', 'deadline_rule', ['obligation', 'valid_from'],
                    unique=True)


def downgrade() -> None:
    op.drop_index('uq_deadline_rule_obligation_valid_from', table_name='deadline_rule')
    op.create_index('ix_deadline_rule_obligation', 'deadline_rule', ['obligation', 'valid_from'], unique=False)
