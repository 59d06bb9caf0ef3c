"""accounts carry a row version: an administrator's change names the version read (409 if it moved on)

Revision ID: identity_account_row_version
Revises: identity_pw_expiry
Create Date: 2026-12-04 16:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "identity_account_row_version"
down_revision: str | None = "identity_pw_expiry"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("account", sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    op.drop_column("account", "row_version")
