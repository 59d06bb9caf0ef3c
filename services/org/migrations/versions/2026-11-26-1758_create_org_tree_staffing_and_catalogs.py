"""create org tree staffing and catalogs

Revision ID: 7ee882de87f2
Revises: (root of org; after the shared outbox and audit branches)
Create Date: 2026-11-26 17:58:03.459090
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '7ee882de87f2'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = ('org',)
# The shared tables (libs/common/src/common/migrations) come first.
depends_on: str | Sequence[str] | None = ('outbox_0001', 'audit_0001')


def upgrade() -> None:
    # Trigram index for name search (Debian's PostgreSQL ships pg_trgm in postgresql-contrib).
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table('catalog',
    sa.Column('catalog', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('attribute_names', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('catalog', name=op.f('pk_catalog'))
    )
    op.create_table('catalog_item_usage',
    sa.Column('catalog', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('consumer', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('ref_count', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('catalog', 'code', 'consumer', name=op.f('pk_catalog_item_usage'))
    )
    op.create_table('reorganization',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('signer', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('source_unit_ids', postgresql.ARRAY(sa.String(length=64)), nullable=False),
    sa.Column('target_unit_ids', postgresql.ARRAY(sa.String(length=64)), nullable=False),
    sa.Column('person_moves', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('default_moves', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reorganization'))
    )
    op.create_table('unit',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('short_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('unit_type', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('unit_block', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('management_level', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('parent_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('path', postgresql.ARRAY(sa.String(length=64)), nullable=False),
    sa.Column('name_search', sqlmodel.sql.sqltypes.AutoString(length=600), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('established_on', sa.Date(), nullable=False),
    sa.Column('dissolved_on', sa.Date(), nullable=True),
    sa.Column('last_changed_on', sa.Date(), nullable=False),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('signer', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('unit_id', name=op.f('pk_unit'))
    )
    op.create_index('ix_unit_name_search_trgm', 'unit', ['name_search'], unique=False, postgresql_using='gin', postgresql_ops={'name_search': 'gin_trgm_ops'})
    op.create_index('ix_unit_parent_id', 'unit', ['parent_id'], unique=False)
    op.create_index('ix_unit_path', 'unit', ['path'], unique=False, postgresql_using='gin')
    op.create_table('unit_change',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('signer', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('reorganization_id', sa.Uuid(), nullable=True),
    sa.Column('detail', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_change'))
    )
    op.create_index(op.f('ix_unit_change_reorganization_id'), 'unit_change', ['reorganization_id'], unique=False)
    op.create_index(op.f('ix_unit_change_unit_id'), 'unit_change', ['unit_id'], unique=False)
    op.create_table('unit_headcount',
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('cadre', sa.Integer(), nullable=False),
    sa.Column('civil_servant', sa.Integer(), nullable=False),
    sa.Column('public_employee', sa.Integer(), nullable=False),
    sa.Column('contract_worker', sa.Integer(), nullable=False),
    sa.Column('pending_transfers', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('unit_id', name=op.f('pk_unit_headcount'))
    )
    op.create_table('unit_version',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('short_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('unit_type', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('unit_block', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('management_level', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('parent_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('change_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_version'))
    )
    op.create_index('ix_unit_version_parent_id_valid_from', 'unit_version', ['parent_id', 'valid_from'], unique=False)
    op.create_index('ix_unit_version_unit_id_valid_from', 'unit_version', ['unit_id', 'valid_from'], unique=False)
    op.create_table('catalog_item',
    sa.Column('catalog', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('attributes', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['catalog'], ['catalog.catalog'], name=op.f('fk_catalog_item_catalog_catalog')),
    sa.PrimaryKeyConstraint('catalog', 'code', name=op.f('pk_catalog_item'))
    )
    op.create_table('job_position',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('rank_codes', postgresql.ARRAY(sa.String(length=120)), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.unit_id'], name=op.f('fk_job_position_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_position')),
    sa.UniqueConstraint('unit_id', 'code', name='uq_job_position_unit_id_code')
    )
    op.create_index('ix_job_position_rank_codes', 'job_position', ['rank_codes'], unique=False, postgresql_using='gin')
    op.create_index(op.f('ix_job_position_unit_id'), 'job_position', ['unit_id'], unique=False)
    op.create_table('staffing_quota',
    sa.Column('unit_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('staffing_quota', sa.Integer(), nullable=True),
    sa.Column('headcount_quota', sa.Integer(), nullable=True),
    sa.Column('contract_worker_quota', sa.Integer(), nullable=True),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.unit_id'], name=op.f('fk_staffing_quota_unit_id_unit')),
    sa.PrimaryKeyConstraint('unit_id', 'year', name=op.f('pk_staffing_quota'))
    )


def downgrade() -> None:
    op.drop_table('staffing_quota')
    op.drop_index(op.f('ix_job_position_unit_id'), table_name='job_position')
    op.drop_index('ix_job_position_rank_codes', table_name='job_position', postgresql_using='gin')
    op.drop_table('job_position')
    op.drop_table('catalog_item')
    op.drop_index('ix_unit_version_unit_id_valid_from', table_name='unit_version')
    op.drop_index('ix_unit_version_parent_id_valid_from', table_name='unit_version')
    op.drop_table('unit_version')
    op.drop_table('unit_headcount')
    op.drop_index(op.f('ix_unit_change_unit_id'), table_name='unit_change')
    op.drop_index(op.f('ix_unit_change_reorganization_id'), table_name='unit_change')
    op.drop_table('unit_change')
    op.drop_index('ix_unit_path', table_name='unit', postgresql_using='gin')
    op.drop_index('ix_unit_parent_id', table_name='unit')
    op.drop_index('ix_unit_name_search_trgm', table_name='unit', postgresql_using='gin', postgresql_ops={'name_search': 'gin_trgm_ops'})
    op.drop_table('unit')
    op.drop_table('reorganization')
    op.drop_table('catalog_item_usage')
    op.drop_table('catalog')
