"""password expiry notices: once per account and expiry date

identity.password_expiry publishes identity.password.expiring.v1 a week before an account's password
expires; this table remembers what was sent.

Revision ID: identity_pw_expiry
Revises: 3c8f0a6e4b12
Create Date: 2026-12-04 08:05:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "identity_pw_expiry"
down_revision: str | None = "3c8f0a6e4b12"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "password_expiry_notice",
        sa.Column("account_id", sa.String(length=64), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("account_id", "expires_on"),
    )


def downgrade() -> None:
    op.drop_table("password_expiry_notice")
