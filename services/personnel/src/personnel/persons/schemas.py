from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field


class PersonPublic(BaseModel):
    person_id: uuid.UUID
    unit_id: str
    version: int  # the approved version shown (0: not approved yet, no official profile)
    status: str
    as_of: date | None = None
    approved_at: datetime | None = None
    approved_by: str | None = None
    decision_number: str | None = None
    profile: dict[str, Any] | None


class VersionPublic(BaseModel):
    version: int
    unit_id: str
    approved_by: str
    approved_at: datetime
    submitted_by: str
    decision_number: str | None
    decision_signed_on: date | None
    change_request_id: uuid.UUID | None


class FieldEventPublic(BaseModel):
    version: int
    old: Any
    new: Any
    changed_by: str
    changed_at: str
    decision_number: str | None


class StatusEventCreate(BaseModel):
    status: str = Field(max_length=40)
    effective_on: date
    reason: str | None = Field(default=None, max_length=1000)
    leaving_form: str | None = Field(default=None, max_length=40)
    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None


class StatusEventPublic(StatusEventCreate):
    id: uuid.UUID
    recorded_by: str
    recorded_at: datetime
