"""the signed heads of every service's audit chains, and the received copies made append-only

Revision ID: 7b1e5c2d9a40
Revises: 21cdcd79649a
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7b1e5c2d9a40"
down_revision: str | None = "21cdcd79649a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = "audit_0002"  # audit_append_only()


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("chain", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("signature", sa.String(length=200), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("service", "chain", name=op.f("pk_audit_head")),
    )
    op.execute("create trigger audit_record_append_only before update or delete on audit_record "
               "for each row execute function audit_append_only()")
    op.execute("create trigger audit_record_no_truncate before truncate on audit_record "
               "for each statement execute function audit_append_only()")


def downgrade() -> None:
    op.execute("drop trigger if exists audit_record_no_truncate on audit_record")
    op.execute("drop trigger if exists audit_record_append_only on audit_record")
    op.drop_table("audit_head")
