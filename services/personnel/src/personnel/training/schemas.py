"""Requests and answers of training courses, their attendance and the training plan."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from personnel.profiles.schema import TrainingKind

Location = Literal["domestic", "abroad"]
Funding = Literal["state", "unit", "self", "sponsor"]
PlannedKind = Literal["political_theory", "state_management"]


class CourseCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    unit_id: Annotated[str | None, Field(max_length=64)] = None  # whose register holds it (the account's unit)
    name: Annotated[str, Field(min_length=2, max_length=300)]
    kind: TrainingKind
    location: Location = "domestic"
    country: Annotated[str | None, Field(max_length=100)] = None
    mode: Annotated[str | None, Field(max_length=100)] = None  # training_modes code
    specialty: Annotated[str | None, Field(max_length=300)] = None
    school: Annotated[str, Field(min_length=2, max_length=300)]
    diploma: Annotated[str | None, Field(max_length=300)] = None
    level_code: Annotated[str | None, Field(max_length=20)] = None
    funding: Funding = "state"
    starts_on: date
    ends_on: date


class AttendeesAdd(BaseModel):
    person_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=500)]


class CompletionSubmit(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    person_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=500)]
    completed_on: date
    decision_number: Annotated[str, Field(min_length=1, max_length=100)]  # QĐ công nhận / số văn bằng, chứng chỉ
    decision_signed_on: date
    issuer: Annotated[str | None, Field(max_length=300)] = None


class AttendancePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    person_id: uuid.UUID
    unit_id: str
    unit_name: str | None = None
    full_name: str
    state: str
    completed_on: date | None
    certificate_number: str | None
    batch_id: uuid.UUID | None
    applied_version: int | None


class CoursePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    unit_id: str
    unit_name: str | None = None
    name: str
    kind: str
    location: str
    country: str | None
    mode: str | None
    specialty: str | None
    school: str
    diploma: str | None
    level_code: str | None
    level_name: str | None = None
    mode_name: str | None = None
    funding: str
    starts_on: date
    ends_on: date
    created_by: str
    created_at: datetime
    attendee_count: int = 0
    completed_count: int = 0
    pending_count: int = 0
    may_approve: bool = False
    attendees: list[AttendancePublic] = []


class CoursePage(BaseModel):
    items: list[CoursePublic]
    total: int


class PlanUnit(BaseModel):
    unit_id: str
    unit_name: str | None
    people: int
    required: int
    lacking: int
    lacking_planned: int
    lacking_unplanned: int
    planned: int


class PlanSummary(BaseModel):
    kind: PlannedKind
    as_of: date
    units: list[PlanUnit]
    total: PlanUnit
