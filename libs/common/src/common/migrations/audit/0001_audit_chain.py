"""the audit hash chains (every service but none that keeps no personal data)

Revision ID: audit_0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "audit_0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = ("audit",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("actor_username", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("actor_unit_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("client_address", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("resource_type", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("resource_id", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("unit_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("detail", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("chain", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
    )
    for column in ("action", "actor", "at", "resource_id", "unit_id"):
        op.create_index(op.f(f"ix_audit_entry_{column}"), "audit_entry", [column], unique=False)
    op.create_index("ix_audit_entry_chain_seq", "audit_entry", ["chain", "seq"], unique=False)


def downgrade() -> None:
    op.drop_table("audit_entry")
