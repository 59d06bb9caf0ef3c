"""Staffing quotas per unit and year, and job positions per unit."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Column, DateTime, Index, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class StaffingQuota(SQLModel, table=True):
    __tablename__ = "staffing_quota"

    unit_id: str = Field(primary_key=True, max_length=64, foreign_key="unit.unit_id")
    year: int = Field(primary_key=True)
    staffing_quota: int | None = None  # biên chế công chức
    headcount_quota: int | None = None  # số lượng người làm việc (viên chức)
    contract_worker_quota: int | None = None  # hợp đồng lao động
    decision_number: str | None = Field(default=None, max_length=120)
    decision_date: date | None = None
    note: str | None = Field(default=None, max_length=1000)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    # Bumped by every change; a change names the version its editor read (409 if it moved on).
    row_version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class JobPosition(SQLModel, table=True):
    __tablename__ = "job_position"
    __table_args__ = (
        UniqueConstraint("unit_id", "code", name="uq_job_position_unit_id_code"),
        Index("ix_job_position_rank_codes", "rank_codes", postgresql_using="gin"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    unit_id: str = Field(max_length=64, foreign_key="unit.unit_id", index=True)
    code: str = Field(max_length=60)
    name: str = Field(max_length=300)
    category: str = Field(max_length=30)  # leadership | professional | shared_professional | support
    rank_codes: list[str] = Field(sa_column=Column(ARRAY(String(120)), nullable=False))  # acceptable ranks
    quantity: int = 1
    description: str | None = Field(default=None, max_length=2000)
    active: bool = True
    valid_from: date | None = None  # in force from (None: since the unit's first plan)
    valid_to: date | None = None  # its last day when retired; plans dated later may not name it
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
