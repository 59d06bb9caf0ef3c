"""A person's early or late retirement (R-20): recorded on its legal basis, never edited or deleted; the
latest row of a person is the one in force (a withdrawal is a row without a date)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Index
from sqlalchemy.dialects.postgresql import JSONB
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


class DueEntry(SQLModel, table=True):
    """A person's precomputed due date of one kind (raise, beyond_frame, retirement, term), from the
    approved record by the rules of careers.rules: refreshed in the transaction that publishes a version,
    records a status event or a retirement override; `python -m personnel.careers.due_lists rebuild`
    computes every row again (after a catalog or rule table changes). The due lists read this table only."""

    __tablename__ = "due_entry"
    __table_args__ = (
        Index("ix_due_entry_kind_due_on", "kind", "due_on", postgresql_include=["unit_id"]),
        Index("ix_due_entry_unit_id_kind_due_on", "unit_id", "kind", "due_on"),
    )

    person_id: uuid.UUID = Field(primary_key=True, foreign_key="person.id")
    kind: str = Field(primary_key=True, max_length=16)  # raise | beyond_frame | retirement | term
    due_on: date  # next raise, beyond-frame rate, last day of work, term end
    unit_id: str = Field(max_length=64)
    full_name: str = Field(default="", max_length=120)
    birth_date: date | None = None
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    computed_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
