"""person facts carry the report levels; move facts their units

Revision ID: 3ce5f401483e
Revises: 81fdb13c4fb5
Create Date: 2026-12-04 16:30:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '3ce5f401483e'
down_revision: str | None = '81fdb13c4fb5'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The facts already written stay NULL (their events did not carry these): not counted, as before.
    op.add_column('person_fact', sa.Column('it_level', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True))
    op.add_column('person_fact', sa.Column('english_level', sqlmodel.sql.sqltypes.AutoString(length=40),
                                           nullable=True))
    op.add_column('person_fact', sa.Column('other_language_level', sqlmodel.sql.sqltypes.AutoString(length=40),
                                           nullable=True))
    op.add_column('person_fact', sa.Column('ethnic_language_certificate', sa.Boolean(), nullable=True))
    op.add_column('person_fact', sa.Column('general_education_level', sqlmodel.sql.sqltypes.AutoString(length=40),
                                           nullable=True))
    op.add_column('move_fact', sa.Column('from_unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
    op.add_column('move_fact', sa.Column('to_unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column('move_fact', 'to_unit_id')
    op.drop_column('move_fact', 'from_unit_id')
    op.drop_column('person_fact', 'general_education_level')
    op.drop_column('person_fact', 'ethnic_language_certificate')
    op.drop_column('person_fact', 'other_language_level')
    op.drop_column('person_fact', 'english_level')
    op.drop_column('person_fact', 'it_level')
