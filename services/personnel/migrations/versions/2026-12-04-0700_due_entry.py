"""due entry: each person's precomputed due dates (raise, beyond frame, retirement, term) for the due lists

Revision ID: d4e8b2a61c93
Revises: c7a3e91d5b20
Create Date: 2026-12-04 07:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = 'd4e8b2a61c93'
down_revision: str | None = 'c7a3e91d5b20'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('due_entry',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('details', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_due_entry_person_id_person')),
    sa.PrimaryKeyConstraint('person_id', 'kind', name=op.f('pk_due_entry'))
    )
    op.create_index('ix_due_entry_kind_due_on', 'due_entry', ['kind', 'due_on'], unique=False,
                    postgresql_include=['unit_id'])
    op.create_index('ix_due_entry_unit_id_kind_due_on', 'due_entry', ['unit_id', 'kind', 'due_on'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_due_entry_unit_id_kind_due_on', table_name='due_entry')
    op.drop_index('ix_due_entry_kind_due_on', table_name='due_entry')
    op.drop_table('due_entry')
