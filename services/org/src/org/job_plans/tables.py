"""A unit's approved job-position plan (đề án / danh mục vị trí việc làm được phê duyệt), kept by version.

A version is never changed once decided: a new decision makes a new version. Each line names one of the
unit's job positions (staffing.tables.JobPosition, by code) and the number of posts approved for it."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, UniqueConstraint
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class JobPositionPlan(SQLModel, table=True):
    __tablename__ = "job_position_plan"
    __table_args__ = (UniqueConstraint("unit_id", "version", name="uq_job_position_plan_unit_id_version"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    unit_id: str = Field(max_length=64, foreign_key="unit.unit_id", index=True)
    version: int  # 1, 2, ... per unit, in the order the versions were entered
    effective_on: date  # the plan applies from this day (the decision's date unless it says otherwise)
    decision_number: str = Field(max_length=120)
    decision_date: date
    issuer: str = Field(max_length=300)  # who signed the decision (UBND tỉnh, Chủ tịch UBND tỉnh, ...)
    note: str | None = Field(default=None, max_length=1000)
    state: str = Field(default="submitted", max_length=20)  # submitted | approved | rejected
    submitted_by: str = Field(max_length=200)
    submitted_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    decided_by: str | None = Field(default=None, max_length=200)
    decided_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    decision_note: str | None = Field(default=None, max_length=1000)  # the reason of a refusal


class JobPositionPlanItem(SQLModel, table=True):
    __tablename__ = "job_position_plan_item"

    plan_id: uuid.UUID = Field(primary_key=True, foreign_key="job_position_plan.id")
    position_code: str = Field(primary_key=True, max_length=60)
    posts: int  # số lượng người làm việc / biên chế được phê duyệt cho vị trí
    sort_order: int = 0
