"""an outbox row that can never be published is parked, and the rows behind it go on

Revision ID: outbox_0002
Revises: outbox_0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "outbox_0002"
down_revision: str | None = "outbox_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("outbox_message", sa.Column("parked_at", sa.DateTime(timezone=True), nullable=True))
    # The relay's queue: unpublished and not parked. Parked rows are few and found by their own index.
    op.drop_index("ix_outbox_message_unpublished", table_name="outbox_message",
                  postgresql_where=sa.text("published_at IS NULL"))
    op.create_index("ix_outbox_message_unpublished", "outbox_message", ["seq"], unique=False,
                    postgresql_where=sa.text("published_at IS NULL AND parked_at IS NULL"))
    op.create_index("ix_outbox_message_parked", "outbox_message", ["seq"], unique=False,
                    postgresql_where=sa.text("parked_at IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_outbox_message_parked", table_name="outbox_message",
                  postgresql_where=sa.text("parked_at IS NOT NULL"))
    op.drop_index("ix_outbox_message_unpublished", table_name="outbox_message",
                  postgresql_where=sa.text("published_at IS NULL AND parked_at IS NULL"))
    op.create_index("ix_outbox_message_unpublished", "outbox_message", ["seq"], unique=False,
                    postgresql_where=sa.text("published_at IS NULL"))
    op.drop_column("outbox_message", "parked_at")
