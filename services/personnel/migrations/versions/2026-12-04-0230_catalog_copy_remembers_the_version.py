"""the catalog copy remembers org's version of each item, so older events change nothing

Revision ID: 4e8a2c6f1b37
Revises: 6b1e8d4f2a57
Create Date: 2026-12-04 02:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4e8a2c6f1b37"
down_revision: str | None = "6b1e8d4f2a57"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("catalog_copy_item", sa.Column("version", sa.BigInteger(), server_default="0", nullable=False))


def downgrade() -> None:
    op.drop_column("catalog_copy_item", "version")
