from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from personnel.profiles.schema import Profile


class DecisionRef(BaseModel):
    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None


class ChangeRequestCreate(DecisionRef):
    person_id: uuid.UUID | None = None  # None: a new record
    unit_id: str | None = Field(default=None, max_length=64)  # required for a new record
    profile: Profile
    note: str | None = Field(default=None, max_length=2000)


class ChangeRequestUpdate(DecisionRef):
    revision: int  # the revision the editor started from
    profile: Profile
    note: str | None = Field(default=None, max_length=2000)


class Approve(DecisionRef):
    pass


class Reject(BaseModel):
    reason: str = Field(min_length=1, max_length=2000)


class ChangeRequestPublic(BaseModel):
    id: uuid.UUID
    person_id: uuid.UUID
    kind: str
    unit_id: str
    base_version: int
    revision: int
    state: str
    profile: dict[str, Any]
    warnings: list[dict[str, Any]]
    note: str | None
    decision_number: str | None
    decision_signed_on: date | None
    created_by: str
    created_at: datetime
    submitted_by: str | None
    submitted_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    reject_reason: str | None


class ChangeRequestsPublic(BaseModel):
    items: list[ChangeRequestPublic]
    total: int


class FieldDiff(BaseModel):
    path: str
    official: Any
    proposed: Any


class DiffPublic(BaseModel):
    change_request_id: uuid.UUID
    base_version: int
    current_version: int
    stale: bool  # the official record moved on since the change was started: approving it gives 409
    changes: list[FieldDiff]
