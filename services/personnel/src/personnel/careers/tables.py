"""A person's early or late retirement (R-20): recorded on its legal basis, never edited or deleted; the
latest row of a person is the one in force (a withdrawal is a row without a date)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, Index
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class RetirementOverride(SQLModel, table=True):
    __tablename__ = "retirement_override"
    __table_args__ = (Index("ix_retirement_override_person_id_recorded_at", "person_id", "recorded_at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id")
    retirement_date: date | None = None  # the last day of work; none: withdrawn, the statutory date again
    kind: str = Field(max_length=12)  # early | late | withdrawn
    legal_basis: str = Field(max_length=500)
    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None
    recorded_by: str = Field(max_length=120)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
