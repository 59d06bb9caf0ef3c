"""import job approval: one decision for a whole import (issue 18.1): the approver, the decision and the
approval's cursor and counts on import_job

Revision ID: 7d1a4e9b2c35
Revises: c4e81d2f7a90
Create Date: 2026-12-04 14:15:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '7d1a4e9b2c35'
down_revision: str | None = 'c4e81d2f7a90'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('import_job', sa.Column('approver', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True))
    op.add_column('import_job', sa.Column('approver_subject', sqlmodel.sql.sqltypes.AutoString(length=120),
                                          nullable=True))
    op.add_column('import_job', sa.Column('approver_unit_id', sqlmodel.sql.sqltypes.AutoString(length=64),
                                          nullable=True))
    op.add_column('import_job', sa.Column('approver_roles', postgresql.JSONB(astext_type=sa.Text()),
                                          server_default=sa.text("'[]'::jsonb"), nullable=False))
    op.add_column('import_job', sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=100),
                                          nullable=True))
    op.add_column('import_job', sa.Column('decision_signed_on', sa.Date(), nullable=True))
    op.add_column('import_job', sa.Column('decision_signer', sqlmodel.sql.sqltypes.AutoString(length=200),
                                          nullable=True))
    op.add_column('import_job', sa.Column('decision_issuer', sqlmodel.sql.sqltypes.AutoString(length=300),
                                          nullable=True))
    op.add_column('import_job', sa.Column('approval_requested_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('import_job', sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('import_job', sa.Column('approval_total', sa.Integer(), server_default='0', nullable=False))
    op.add_column('import_job', sa.Column('approval_cursor', sa.Integer(), server_default='0', nullable=False))
    op.add_column('import_job', sa.Column('approval_processed', sa.Integer(), server_default='0', nullable=False))
    op.add_column('import_job', sa.Column('approved_count', sa.Integer(), server_default='0', nullable=False))
    op.add_column('import_job', sa.Column('skipped_count', sa.Integer(), server_default='0', nullable=False))
    op.add_column('import_job', sa.Column('skips', postgresql.JSONB(astext_type=sa.Text()),
                                          server_default=sa.text("'[]'::jsonb"), nullable=False))


def downgrade() -> None:
    for column in ('skips', 'skipped_count', 'approved_count', 'approval_processed', 'approval_cursor',
                   'approval_total', 'approved_at', 'approval_requested_at', 'decision_issuer', 'decision_signer',
                   'decision_signed_on', 'decision_number', 'approver_roles', 'approver_unit_id', 'approver_subject',
                   'approver'):
        op.drop_column('import_job', column)
