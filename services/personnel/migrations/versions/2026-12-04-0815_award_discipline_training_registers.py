"""award, discipline and training registers: decisions for one or many people, courses and attendance

Revision ID: 5e7a91c3d2f4
Revises: d4e8b2a61c93
Create Date: 2026-12-04 08:15:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '5e7a91c3d2f4'
down_revision: str | None = 'd4e8b2a61c93'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table('register_decision',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', S(length=12), nullable=False),
    sa.Column('unit_id', S(length=64), nullable=False),
    sa.Column('state', S(length=12), nullable=False),
    sa.Column('number', S(length=100), nullable=False),
    sa.Column('number_key', S(length=100), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('issuer', S(length=300), nullable=False),
    sa.Column('issuer_key', S(length=300), nullable=False),
    sa.Column('signer', S(length=200), nullable=True),
    sa.Column('form', S(length=40), nullable=False),
    sa.Column('level', S(length=100), nullable=True),
    sa.Column('achievement_year', sa.Integer(), nullable=True),
    sa.Column('violation', S(length=2000), nullable=True),
    sa.Column('duty_related', sa.Boolean(), nullable=False),
    sa.Column('note', S(length=2000), nullable=True),
    sa.Column('person_count', sa.Integer(), nullable=False),
    sa.Column('created_by', S(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_by', S(length=120), nullable=True),
    sa.Column('decided_by', S(length=120), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reject_reason', S(length=2000), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_decision'))
    )
    op.create_index('uq_register_decision_issuer_number', 'register_decision', ['issuer_key', 'number_key'],
                    unique=True, postgresql_where=sa.text("state <> 'rejected'"))
    op.create_index('ix_register_decision_kind_unit_id_signed_on', 'register_decision',
                    ['kind', 'unit_id', 'signed_on'], unique=False)
    op.create_table('register_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('decision_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', S(length=64), nullable=False),
    sa.Column('full_name', S(length=120), nullable=False),
    sa.Column('staff_category', S(length=20), nullable=True),
    sa.Column('applied_version', sa.Integer(), nullable=True),
    sa.Column('used_for_early_raise_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['decision_id'], ['register_decision.id'],
                            name=op.f('fk_register_entry_decision_id_register_decision')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_register_entry_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_entry'))
    )
    op.create_index('ix_register_entry_decision_id', 'register_entry', ['decision_id'], unique=False)
    op.create_index('ix_register_entry_person_id', 'register_entry', ['person_id'], unique=False)
    op.create_table('training_course',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', S(length=64), nullable=False),
    sa.Column('name', S(length=300), nullable=False),
    sa.Column('kind', S(length=20), nullable=False),
    sa.Column('location', S(length=10), nullable=False),
    sa.Column('country', S(length=100), nullable=True),
    sa.Column('mode', S(length=100), nullable=True),
    sa.Column('specialty', S(length=300), nullable=True),
    sa.Column('school', S(length=300), nullable=False),
    sa.Column('diploma', S(length=300), nullable=True),
    sa.Column('level_code', S(length=20), nullable=True),
    sa.Column('funding', S(length=12), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('created_by', S(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_course'))
    )
    op.create_index('ix_training_course_unit_id_starts_on', 'training_course', ['unit_id', 'starts_on'], unique=False)
    op.create_table('training_attendance',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', S(length=64), nullable=False),
    sa.Column('full_name', S(length=120), nullable=False),
    sa.Column('state', S(length=20), nullable=False),
    sa.Column('enrolled_by', S(length=120), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('certificate_number', S(length=100), nullable=True),
    sa.Column('submitted_by', S(length=120), nullable=True),
    sa.Column('decided_by', S(length=120), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('applied_version', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['course_id'], ['training_course.id'],
                            name=op.f('fk_training_attendance_course_id_training_course')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_training_attendance_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_attendance')),
    sa.UniqueConstraint('course_id', 'person_id', name='uq_training_attendance_course_id_person_id')
    )
    op.create_index('ix_training_attendance_person_id', 'training_attendance', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_training_attendance_person_id', table_name='training_attendance')
    op.drop_table('training_attendance')
    op.drop_index('ix_training_course_unit_id_starts_on', table_name='training_course')
    op.drop_table('training_course')
    op.drop_index('ix_register_entry_person_id', table_name='register_entry')
    op.drop_index('ix_register_entry_decision_id', table_name='register_entry')
    op.drop_table('register_entry')
    op.drop_index('ix_register_decision_kind_unit_id_signed_on', table_name='register_decision')
    op.drop_index('uq_register_decision_issuer_number', table_name='register_decision')
    op.drop_table('register_decision')
