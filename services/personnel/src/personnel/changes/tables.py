from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Index
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class ChangeRequest(SQLModel, table=True):
    __tablename__ = "change_request"
    __table_args__ = (
        Index("ix_change_request_person_id_state", "person_id", "state"),
        Index("ix_change_request_unit_id_state", "unit_id", "state"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id")
    kind: str = Field(max_length=10)  # create | update
    unit_id: str = Field(max_length=64)  # the person's unit (scope of who may edit and approve)
    base_version: int  # the official version the change starts from (0 for a new record)
    revision: int = 1  # bumped at each draft edit: two officers editing one draft see a conflict
    state: str = Field(default="draft", max_length=12)
    profile: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))  # the whole proposed profile
    warnings: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    note: str | None = Field(default=None, max_length=2000)
    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    submitted_by: str | None = Field(default=None, max_length=120)
    submitted_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    decided_by: str | None = Field(default=None, max_length=120)
    decided_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    reject_reason: str | None = Field(default=None, max_length=2000)
