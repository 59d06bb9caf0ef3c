"""requests that wait for a second administrator (unlocking or resetting an administrator's account)

Revision ID: 3c8f0a6e4b12
Revises: 7b1e5c2d9a40
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3c8f0a6e4b12"
down_revision: str | None = "7b1e5c2d9a40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requested_by_username", sa.String(length=255), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by_username", sa.String(length=255), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_request")),
    )
    op.create_index(op.f("ix_account_request_account_id"), "account_request", ["account_id"])
    op.create_index(op.f("ix_account_request_state"), "account_request", ["state"])


def downgrade() -> None:
    op.drop_table("account_request")
