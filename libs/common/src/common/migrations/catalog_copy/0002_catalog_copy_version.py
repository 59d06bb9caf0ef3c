"""the catalog copy remembers org's version of each item, so older events change nothing

Revision ID: catalog_copy_0002
Revises: catalog_copy_0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "catalog_copy_0002"
down_revision: str | None = "catalog_copy_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("catalog_copy_item", sa.Column("version", sa.BigInteger(), server_default="0", nullable=False))


def downgrade() -> None:
    op.drop_column("catalog_copy_item", "version")
