"""unit name index covers the folded name

Revision ID: 3cd93b08b8cd
Revises: a0bc1f07bfed
Create Date: 2026-11-26 19:33:38.681946
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '3cd93b08b8cd'
down_revision: str | None = 'a0bc1f07bfed'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


LIVE = sa.text("version > 0 AND is_active")


def upgrade() -> None:
    # A unit officer's name search walks the unit's entries in name order; with name_folded in the
    # index the LIKE filters run on the index alone instead of one heap fetch per entry.
    op.drop_index("ix_person_live_unit_name", table_name="person", if_exists=True)
    op.create_index("ix_person_live_unit_name", "person", ["unit_id", "name_sort", "id"], unique=False,
                    postgresql_include=["name_folded"], postgresql_where=LIVE)


def downgrade() -> None:
    op.drop_index("ix_person_live_unit_name", table_name="person")
    op.create_index("ix_person_live_unit_name", "person", ["unit_id", "name_sort", "id"], unique=False,
                    postgresql_where=LIVE)
