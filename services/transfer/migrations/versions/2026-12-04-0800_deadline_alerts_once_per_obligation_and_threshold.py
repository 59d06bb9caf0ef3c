"""deadline alerts: once per obligation and threshold

deadlines.alerts publishes transfer.deadline.reached.v1 when an open obligation is two working days from due
and when it is overdue; this table remembers what was sent, so each is sent once.

Revision ID: transfer_0003
Revises: transfer_0002
Create Date: 2026-12-04 08:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'transfer_0003'
down_revision: str | None = 'transfer_0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'deadline_alert',
        sa.Column('obligation_id', sa.Uuid(), sa.ForeignKey('obligation.id'), nullable=False),
        sa.Column('threshold', sa.String(length=20), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('obligation_id', 'threshold'),
    )


def downgrade() -> None:
    op.drop_table('deadline_alert')
