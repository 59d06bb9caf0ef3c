"""staffing quotas carry a row version: a change names the version read (409 if it moved on)

Revision ID: org_quota_row_version
Revises: b7c41e2a9d63
Create Date: 2026-12-04 16:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "org_quota_row_version"
down_revision: str | None = "b7c41e2a9d63"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("staffing_quota", sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    op.drop_column("staffing_quota", "row_version")
