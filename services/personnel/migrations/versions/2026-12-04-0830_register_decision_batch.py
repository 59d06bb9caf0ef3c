"""register decisions are written through batch decisions: the batch of each

Revision ID: 6f8b02d4e3a5
Revises: 5e7a91c3d2f4
Create Date: 2026-12-04 08:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '6f8b02d4e3a5'
down_revision: str | None = '5e7a91c3d2f4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('register_decision', sa.Column('batch_id', sa.Uuid(), nullable=True))
    op.create_index('ix_register_decision_batch_id', 'register_decision', ['batch_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_register_decision_batch_id', table_name='register_decision')
    op.drop_column('register_decision', 'batch_id')
