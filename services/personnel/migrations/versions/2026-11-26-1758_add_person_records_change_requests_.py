"""add person records, change requests, documents (the catalog copy is the shared catalog_copy branch)

Revision ID: 57c492e78ef8
Revises: (root of personnel; after the shared outbox, unit_tree and audit branches)
Create Date: 2026-11-26 17:58:15.630450
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '57c492e78ef8'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = ('personnel',)
# The shared tables (libs/common/src/common/migrations) come first.
depends_on: str | Sequence[str] | None = ('outbox_0001', 'unit_tree_0001', 'audit_0001', 'catalog_copy_0001')


def upgrade() -> None:
    # pg_trgm: the GIN trigram index on person.name_folded serves substring search without diacritics.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table('person',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('name_folded', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('name_sort', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('gender', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('personal_id_number', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('staff_category', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
    sa.Column('rank_code', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('qualification', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('political_theory_level', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('ethnicity', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('party_member', sa.Boolean(), nullable=False),
    sa.Column('position', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('profile', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    op.create_index('ix_person_birth_date', 'person', ['birth_date'], unique=False)
    op.create_index('ix_person_name_folded_trgm', 'person', ['name_folded'], unique=False, postgresql_using='gin', postgresql_ops={'name_folded': 'gin_trgm_ops'})
    op.create_index('ix_person_personal_id_number', 'person', ['personal_id_number'], unique=False)
    op.create_index('ix_person_unit_id_name_sort', 'person', ['unit_id', 'name_sort'], unique=False)
    op.create_index('ix_person_unit_id_status', 'person', ['unit_id', 'status'], unique=False)
    op.create_table('change_request',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('profile', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('warnings', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('decision_signed_on', sa.Date(), nullable=True),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reject_reason', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_change_request_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_request'))
    )
    op.create_index('ix_change_request_person_id_state', 'change_request', ['person_id', 'state'], unique=False)
    op.create_index('ix_change_request_unit_id_state', 'change_request', ['unit_id', 'state'], unique=False)
    op.create_table('document',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('document_type', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('issuer', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('current_version', sa.Integer(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_document_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    op.create_index('ix_document_person_id', 'document', ['person_id'], unique=False)
    op.create_table('person_version',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('profile', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('change_request_id', sa.Uuid(), nullable=True),
    sa.Column('submitted_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('approved_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('decision_signed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_version_person_id_person')),
    sa.PrimaryKeyConstraint('person_id', 'version', name=op.f('pk_person_version'))
    )
    op.create_table('status_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('leaving_form', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('decision_signed_on', sa.Date(), nullable=True),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_status_event_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_event'))
    )
    op.create_index('ix_status_event_person_id_effective_on', 'status_event', ['person_id', 'effective_on'], unique=False)
    op.create_table('document_version',
    sa.Column('document_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('object_key', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('content_type', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('uploaded_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_document_version_document_id_document')),
    sa.PrimaryKeyConstraint('document_id', 'version', name=op.f('pk_document_version'))
    )
    # ### end Alembic commands ###


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.drop_table('document_version')
    op.drop_index('ix_status_event_person_id_effective_on', table_name='status_event')
    op.drop_table('status_event')
    op.drop_table('person_version')
    op.drop_index('ix_document_person_id', table_name='document')
    op.drop_table('document')
    op.drop_index('ix_change_request_unit_id_state', table_name='change_request')
    op.drop_index('ix_change_request_person_id_state', table_name='change_request')
    op.drop_table('change_request')
    op.drop_index('ix_person_unit_id_status', table_name='person')
    op.drop_index('ix_person_unit_id_name_sort', table_name='person')
    op.drop_index('ix_person_personal_id_number', table_name='person')
    op.drop_index('ix_person_name_folded_trgm', table_name='person', postgresql_using='gin', postgresql_ops={'name_folded': 'gin_trgm_ops'})
    op.drop_index('ix_person_birth_date', table_name='person')
    op.drop_table('person')
    # ### end Alembic commands ###
