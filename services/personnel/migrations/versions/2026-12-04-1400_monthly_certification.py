"""monthly certification: certification (one per unit and month: who, when, late or not, the signed PDF in
S3 with its digest and the signing certificate)

Revision ID: c4e81d2f7a90
Revises: 2945d509b3d3
Create Date: 2026-12-04 14:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = 'c4e81d2f7a90'
down_revision: str | None = '2945d509b3d3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('certification',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('unit_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('month', sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
    sa.Column('certified_on', sa.Date(), nullable=False),
    sa.Column('certified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('certified_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('certified_by_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.Column('window_opens', sa.Date(), nullable=False),
    sa.Column('window_closes', sa.Date(), nullable=False),
    sa.Column('change_count', sa.Integer(), nullable=False),
    sa.Column('object_key', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('signer_subject', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('signer_serial', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('signer_kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('uq_certification_unit_id_month', 'certification', ['unit_id', 'month'], unique=True)
    op.create_index('ix_certification_month', 'certification', ['month'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_certification_month', table_name='certification')
    op.drop_index('uq_certification_unit_id_month', table_name='certification')
    op.drop_table('certification')
