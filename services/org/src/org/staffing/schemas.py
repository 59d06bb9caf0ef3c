"""Request and response models of staffing quotas and job positions."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class QuotaFields(BaseModel):
    staffing_quota: int | None = Field(default=None, ge=0)  # biên chế công chức
    headcount_quota: int | None = Field(default=None, ge=0)  # số lượng người làm việc
    contract_worker_quota: int | None = Field(default=None, ge=0)
    decision_number: str | None = Field(default=None, max_length=120)
    decision_date: date | None = None
    note: str | None = Field(default=None, max_length=1000)


class QuotaUpdate(QuotaFields):
    """The year's quota, replaced as a whole; `row_version` is the one the GET gave (0: none set yet)."""

    model_config = ConfigDict(extra="forbid")

    row_version: int = Field(ge=0, description="the quota's version the editor read (409 if it moved on)")


class Actual(BaseModel):
    """Headcount as org last heard it (see org.headcount), beside the quota."""

    cadre: int
    civil_servant: int
    public_employee: int
    contract_worker: int


class QuotaPublic(QuotaFields):
    unit_id: str
    year: int
    row_version: int  # 0 while no quota is set for the year; send it back with a change
    actual: Actual
    job_position_count: int


class JobPositionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, max_length=60)
    name: str = Field(min_length=1, max_length=300)
    category: str = Field(min_length=1, max_length=30)  # a job_position_categories code
    rank_codes: list[str] = Field(default_factory=list, max_length=50)  # ranks catalog codes
    quantity: int = Field(default=1, ge=0)
    description: str | None = Field(default=None, max_length=2000)
    valid_from: date | None = None


class JobPositionRetire(BaseModel):
    model_config = ConfigDict(extra="forbid")

    valid_to: date  # the position's last day


class JobPositionPublic(JobPositionCreate):
    id: uuid.UUID
    unit_id: str
    active: bool
    valid_to: date | None = None
