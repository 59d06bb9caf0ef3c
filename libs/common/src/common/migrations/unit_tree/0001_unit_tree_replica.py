"""the replica of org's unit tree that scope is checked against (every service but org)

Revision ID: unit_tree_0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "unit_tree_0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = ("unit_tree",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "unit_node",
        sa.Column("unit_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("parent_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("path", postgresql.ARRAY(sa.String(length=64)), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("unit_id", name=op.f("pk_unit_node")),
    )
    op.create_index("ix_unit_node_path", "unit_node", ["path"], unique=False, postgresql_using="gin")


def downgrade() -> None:
    op.drop_table("unit_node")
