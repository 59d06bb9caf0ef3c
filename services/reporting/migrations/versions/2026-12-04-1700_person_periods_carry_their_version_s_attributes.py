"""person periods carry their version's attributes (a report reads person_period alone)

Revision ID: 5d0e7c2a91b4
Revises: 3ce5f401483e
Create Date: 2026-12-04 17:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '5d0e7c2a91b4'
down_revision: str | None = '3ce5f401483e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = sqlmodel.sql.sqltypes.AutoString
# The columns as they were on person_fact when this ran (a migration never imports the models).
COLUMNS: list[tuple[str, sa.types.TypeEngine, bool]] = [
    ('unit_id', S(length=64), False), ('full_name', S(length=120), False), ('gender', S(length=8), True),
    ('birth_date', sa.Date(), True), ('staff_category', S(length=40), True), ('rank_code', S(length=40), True),
    ('salary_step', sa.Integer(), True), ('salary_coefficient', sa.Float(), True),
    ('qualification', S(length=40), True), ('political_theory_level', S(length=40), True),
    ('state_management_level', S(length=40), True), ('ethnicity', S(length=40), True),
    ('religion', S(length=40), True), ('party_member', sa.Boolean(), False), ('position', S(length=300), True),
    ('first_recruited_on', sa.Date(), True), ('it_level', S(length=40), True),
    ('english_level', S(length=40), True), ('other_language_level', S(length=40), True),
    ('ethnic_language_certificate', sa.Boolean(), True), ('general_education_level', S(length=40), True),
]


def upgrade() -> None:
    for name, type_, _ in COLUMNS:
        op.add_column('person_period', sa.Column(name, type_, nullable=True))
    names = [name for name, _, _ in COLUMNS]
    op.execute(f"UPDATE person_period pp SET ({', '.join(names)}) = "
               f"(SELECT {', '.join('f.' + n for n in names)} FROM person_fact f "
               f"WHERE f.person_id = pp.person_id AND f.version = pp.version)")
    # A period whose fact is missing cannot be (periods are derived from the facts); none is left without one.
    op.execute("DELETE FROM person_period WHERE unit_id IS NULL")
    for name, _, nullable in COLUMNS:
        if not nullable:
            op.alter_column('person_period', name, nullable=False)


def downgrade() -> None:
    for name, _, _ in reversed(COLUMNS):
        op.drop_column('person_period', name)
