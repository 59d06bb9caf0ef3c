"""rename catalog copy table

Revision ID: bc1966c1091a
Revises: 57c492e78ef8
Create Date: 2026-11-26 18:19:07.181010
"""
from collections.abc import Sequence

from alembic import op


revision: str = 'bc1966c1091a'
down_revision: str | None = '57c492e78ef8'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.rename_table("catalog_item", "catalog_copy_item")
    op.execute("ALTER TABLE catalog_copy_item RENAME CONSTRAINT pk_catalog_item TO pk_catalog_copy_item")


def downgrade() -> None:
    op.execute("ALTER TABLE catalog_copy_item RENAME CONSTRAINT pk_catalog_copy_item TO pk_catalog_item")
    op.rename_table("catalog_copy_item", "catalog_item")
