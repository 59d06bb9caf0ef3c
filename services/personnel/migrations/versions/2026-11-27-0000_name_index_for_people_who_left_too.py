"""name index for people who left too

A province-wide list or name search that includes people who left (include_left, or a status filter)
had no index in name order: the partial name index holds working people only. So PostgreSQL sorted all
2 million approved records, which took 1.1 to 1.8 s. This index holds every approved record in name
order and covers the walk (folded name, unit). Lists of working people keep the smaller partial index.

Revision ID: 2f7a9c3e5d18
Revises: 8c4d2b6e1f93
Create Date: 2026-11-27 00:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2f7a9c3e5d18"
down_revision: str | None = "8c4d2b6e1f93"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("SET LOCAL maintenance_work_mem = '512MB'")
    op.create_index("ix_person_approved_name", "person", ["name_sort", "id"],
                    postgresql_include=["name_folded", "unit_id"], postgresql_where=sa.text("version > 0"))


def downgrade() -> None:
    op.drop_index("ix_person_approved_name", table_name="person")
