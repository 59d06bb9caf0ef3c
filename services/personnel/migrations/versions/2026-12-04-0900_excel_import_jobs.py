"""excel import jobs: import_job (the uploaded workbook, its state, preview and cursor) and import_item (one
person each); change requests found by the personal identification number of their profile

Revision ID: a7c3e5f19d82
Revises: e5a1c7d93b40
Create Date: 2026-12-04 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = 'a7c3e5f19d82'
down_revision: str | None = 'e5a1c7d93b40'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('import_job',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('created_by_subject', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('roles', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('file_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('mode', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('error_code', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
    sa.Column('error_params', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('processed', sa.Integer(), nullable=False),
    sa.Column('created', sa.Integer(), nullable=False),
    sa.Column('changed', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('errors', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('error_count', sa.Integer(), nullable=False),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('confirmed_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_job'))
    )
    op.create_index('ix_import_job_state', 'import_job', ['state'], unique=False)
    op.create_index('ix_import_job_created_by', 'import_job', ['created_by'], unique=False)
    op.create_table('import_item',
    sa.Column('job_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('row', sa.Integer(), nullable=False),
    sa.Column('personal_id_number', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Uuid(), nullable=True),
    sa.Column('profile', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('changes', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('warnings', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('change_request_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['job_id'], ['import_job.id'], name=op.f('fk_import_item_job_id_import_job')),
    sa.PrimaryKeyConstraint('job_id', 'seq', name=op.f('pk_import_item'))
    )
    # An import matches people by the identification number of the profile: pending creations have no
    # person columns yet, only their change request's profile.
    op.execute("create index ix_change_request_personal_id_number on change_request "
               "((profile -> 'identity' ->> 'personal_id_number')) where state in ('draft', 'submitted')")


def downgrade() -> None:
    op.execute("drop index ix_change_request_personal_id_number")
    op.drop_table('import_item')
    op.drop_index('ix_import_job_created_by', table_name='import_job')
    op.drop_index('ix_import_job_state', table_name='import_job')
    op.drop_table('import_job')
