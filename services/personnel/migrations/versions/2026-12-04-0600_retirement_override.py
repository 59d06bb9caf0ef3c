"""retirement override: a person's early or late retirement on its legal basis (careers, R-20)

Revision ID: c7a3e91d5b20
Revises: 6b1e8d4f2a57
Create Date: 2026-12-04 06:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'c7a3e91d5b20'
down_revision: str | None = '6b1e8d4f2a57'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('retirement_override',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('retirement_date', sa.Date(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('legal_basis', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('decision_signed_on', sa.Date(), nullable=True),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_retirement_override_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retirement_override'))
    )
    op.create_index('ix_retirement_override_person_id_recorded_at', 'retirement_override',
                    ['person_id', 'recorded_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_retirement_override_person_id_recorded_at', table_name='retirement_override')
    op.drop_table('retirement_override')
