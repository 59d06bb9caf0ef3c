"""evaluation rounds: a year's round, each unit's list and its lines (evaluations, R-40..R-43)

Revision ID: e5a1c7d93b40
Revises: 86477b6eb776
Create Date: 2026-12-04 08:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = 'e5a1c7d93b40'
down_revision: str | None = '86477b6eb776'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table('evaluation_round',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=False),
    sa.Column('state', S(length=12), nullable=False),
    sa.Column('note', S(length=1000), nullable=True),
    sa.Column('opened_by', S(length=120), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_by', S(length=120), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_round')),
    sa.UniqueConstraint('year', name=op.f('uq_evaluation_round_year')),
    )
    op.create_table('evaluation_sheet',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', S(length=64), nullable=False),
    sa.Column('state', S(length=12), nullable=False),
    sa.Column('unit_rating', S(length=20), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_by', S(length=120), nullable=False),
    sa.Column('updated_by', S(length=120), nullable=False),
    sa.Column('submitted_by', S(length=120), nullable=True),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', S(length=120), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reject_reason', S(length=1000), nullable=True),
    sa.Column('decision_number', S(length=100), nullable=True),
    sa.Column('decision_signed_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['evaluation_round.id'],
                            name=op.f('fk_evaluation_sheet_round_id_evaluation_round')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_sheet')),
    sa.UniqueConstraint('round_id', 'unit_id', name='uq_evaluation_sheet_round_id_unit_id'),
    )
    op.create_index('ix_evaluation_sheet_unit_id', 'evaluation_sheet', ['unit_id'], unique=False)
    op.create_table('evaluation_entry',
    sa.Column('sheet_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('full_name', S(length=120), nullable=False),
    sa.Column('staff_category', S(length=30), nullable=True),
    sa.Column('months_worked', sa.Integer(), nullable=False),
    sa.Column('leave_exception', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('forced', sa.Boolean(), nullable=False),
    sa.Column('forced_reason', S(length=1000), nullable=True),
    sa.Column('self_assessment', S(length=4000), nullable=True),
    sa.Column('score', sa.Numeric(5, 2), nullable=True),
    sa.Column('rating', S(length=20), nullable=True),
    sa.Column('previous_rating', S(length=20), nullable=True),
    sa.Column('applied_version', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_evaluation_entry_person_id_person')),
    sa.ForeignKeyConstraint(['sheet_id'], ['evaluation_sheet.id'],
                            name=op.f('fk_evaluation_entry_sheet_id_evaluation_sheet')),
    sa.PrimaryKeyConstraint('sheet_id', 'person_id', name=op.f('pk_evaluation_entry')),
    )
    op.create_index('ix_evaluation_entry_person_id', 'evaluation_entry', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_evaluation_entry_person_id', table_name='evaluation_entry')
    op.drop_table('evaluation_entry')
    op.drop_index('ix_evaluation_sheet_unit_id', table_name='evaluation_sheet')
    op.drop_table('evaluation_sheet')
    op.drop_table('evaluation_round')
