"""job-position plans by version (đề án vị trí việc làm), and job positions dated

Revision ID: b7c41e2a9d63
Revises: 4e2d8b7c1f90
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "b7c41e2a9d63"
down_revision: str | None = "4e2d8b7c1f90"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("job_position", sa.Column("valid_from", sa.Date(), nullable=True))
    op.add_column("job_position", sa.Column("valid_to", sa.Date(), nullable=True))
    op.create_table(
        "job_position_plan",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("decision_number", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("issuer", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("submitted_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.unit_id"], name=op.f("fk_job_position_plan_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_position_plan")),
        sa.UniqueConstraint("unit_id", "version", name="uq_job_position_plan_unit_id_version"),
    )
    op.create_index(op.f("ix_job_position_plan_unit_id"), "job_position_plan", ["unit_id"], unique=False)
    op.create_table(
        "job_position_plan_item",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("position_code", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("posts", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["job_position_plan.id"],
                                name=op.f("fk_job_position_plan_item_plan_id_job_position_plan")),
        sa.PrimaryKeyConstraint("plan_id", "position_code", name=op.f("pk_job_position_plan_item")),
    )


def downgrade() -> None:
    op.drop_table("job_position_plan_item")
    op.drop_index(op.f("ix_job_position_plan_unit_id"), table_name="job_position_plan")
    op.drop_table("job_position_plan")
    op.drop_column("job_position", "valid_to")
    op.drop_column("job_position", "valid_from")
