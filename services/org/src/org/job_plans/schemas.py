"""Request and response models of the job-position plans."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class PlanLineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    position_code: str = Field(min_length=1, max_length=60)
    posts: int  # approved posts for the position: a whole number, 0 or more

    @field_validator("posts", mode="before")
    @classmethod
    def _whole_and_not_negative(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("job_plan.posts_whole_number")
        if isinstance(value, str):
            try:
                value = float(value.strip()) if value.strip() else None
            except ValueError:
                raise ValueError("job_plan.posts_whole_number") from None
        whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        if not whole:
            raise ValueError("job_plan.posts_whole_number")
        if value < 0:
            raise ValueError("job_plan.posts_negative")
        if value > 100_000:
            raise ValueError("job_plan.posts_too_many")
        return int(value)


class PlanCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision_number: str = Field(min_length=1, max_length=120)
    decision_date: date
    issuer: str = Field(min_length=1, max_length=300)
    effective_on: date | None = None  # the decision's date when not given
    note: str | None = Field(default=None, max_length=1000)
    items: list[PlanLineIn] = Field(max_length=500)

    @model_validator(mode="after")
    def _effective_not_before_decision(self) -> PlanCreate:
        if self.effective_on is not None and self.effective_on < self.decision_date:
            raise ValueError("job_plan.effective_before_decision")
        return self


class PlanDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(default=None, max_length=1000)


class PlanLinePublic(BaseModel):
    position_code: str
    position_name: str | None  # None: the code no longer names a position of the unit
    category: str | None
    posts: int


class PlanPublic(BaseModel):
    id: uuid.UUID
    unit_id: str
    version: int
    effective_on: date
    decision_number: str
    decision_date: date
    issuer: str
    note: str | None
    state: Literal["submitted", "approved", "rejected"]
    submitted_by: str
    submitted_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str | None
    current: bool  # the version in force today
    total_posts: int
    items: list[PlanLinePublic]
