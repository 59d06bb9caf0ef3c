"""units and catalog items count their revisions, so replicas can ignore older events

Revision ID: 9d3f6a1c7e25
Revises: 5a6f05136282
Create Date: 2026-12-04 02:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9d3f6a1c7e25"
down_revision: str | None = "5a6f05136282"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("unit", sa.Column("revision", sa.BigInteger(), server_default="0", nullable=False))
    op.add_column("catalog_item", sa.Column("revision", sa.BigInteger(), server_default="0", nullable=False))


def downgrade() -> None:
    op.drop_column("catalog_item", "revision")
    op.drop_column("unit", "revision")
