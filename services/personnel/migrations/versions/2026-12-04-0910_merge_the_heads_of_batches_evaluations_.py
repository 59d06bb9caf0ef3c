"""merge the heads of batches, evaluations, registers and imports

Revision ID: 2945d509b3d3
Revises: 7a9c13e5f4b6, a7c3e5f19d82
Create Date: 2026-12-04 09:10:08.886380
"""
from collections.abc import Sequence



revision: str = '2945d509b3d3'
down_revision: str | None = ('7a9c13e5f4b6', 'a7c3e5f19d82')
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
