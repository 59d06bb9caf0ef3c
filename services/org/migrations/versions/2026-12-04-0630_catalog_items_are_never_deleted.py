"""catalog items are never deleted: a removed item is marked with when it was removed

Revision ID: 4e2d8b7c1f90
Revises: 9d3f6a1c7e25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4e2d8b7c1f90"
down_revision: str | None = "9d3f6a1c7e25"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("catalog_item", sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("catalog_item", "deleted_at")
