"""a unit replica row remembers the version of org's unit it holds, so older events change nothing

Revision ID: unit_tree_0002
Revises: unit_tree_0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "unit_tree_0002"
down_revision: str | None = "unit_tree_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("unit_node", sa.Column("version", sa.BigInteger(), server_default="0", nullable=False))


def downgrade() -> None:
    op.drop_column("unit_node", "version")
