"""a training completion is written through a batch decision: the batch of each attendance

Revision ID: 7a9c13e5f4b6
Revises: 6f8b02d4e3a5
Create Date: 2026-12-04 08:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '7a9c13e5f4b6'
down_revision: str | None = '6f8b02d4e3a5'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('training_attendance', sa.Column('batch_id', sa.Uuid(), nullable=True))
    op.create_index('ix_training_attendance_batch_id', 'training_attendance', ['batch_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_training_attendance_batch_id', table_name='training_attendance')
    op.drop_column('training_attendance', 'batch_id')
