"""Evaluation rounds, each unit's list in a round and its lines. Nothing is deleted: a round is closed, a
list is approved (its results written into the records with the decision)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import DateTime, Index, Numeric, UniqueConstraint
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class EvaluationRound(SQLModel, table=True):
    """A year's round, opened by the Department of Home Affairs with its closing date (R-42)."""

    __tablename__ = "evaluation_round"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    year: int = Field(unique=True)
    closes_on: date
    state: str = Field(default="open", max_length=12)  # open | closed
    note: str | None = Field(default=None, max_length=1000)
    opened_by: str = Field(max_length=120)
    opened_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    closed_by: str | None = Field(default=None, max_length=120)
    closed_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class EvaluationSheet(SQLModel, table=True):
    """One unit's list in a round: entered by its officer, submitted, approved by its leader."""

    __tablename__ = "evaluation_sheet"
    __table_args__ = (UniqueConstraint("round_id", "unit_id", name="uq_evaluation_sheet_round_id_unit_id"),
                      Index("ix_evaluation_sheet_unit_id", "unit_id"))

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="evaluation_round.id")
    unit_id: str = Field(max_length=64)
    state: str = Field(default="draft", max_length=12)  # draft | submitted | approved
    unit_rating: str | None = Field(default=None, max_length=20)  # the unit's own rating
    revision: int = 0
    created_by: str = Field(max_length=120)
    updated_by: str = Field(max_length=120)
    submitted_by: str | None = Field(default=None, max_length=120)
    submitted_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    decided_by: str | None = Field(default=None, max_length=120)
    decided_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    reject_reason: str | None = Field(default=None, max_length=1000)
    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class EvaluationEntry(SQLModel, table=True):
    """One person's line: self-assessment, score (where points are used), level."""

    __tablename__ = "evaluation_entry"
    __table_args__ = (Index("ix_evaluation_entry_person_id", "person_id"),)

    sheet_id: uuid.UUID = Field(primary_key=True, foreign_key="evaluation_sheet.id")
    person_id: uuid.UUID = Field(primary_key=True, foreign_key="person.id")
    full_name: str = Field(default="", max_length=120)
    staff_category: str | None = Field(default=None, max_length=30)
    months_worked: int = 12
    leave_exception: bool = False
    is_head: bool = False
    forced: bool = False
    forced_reason: str | None = Field(default=None, max_length=1000)
    self_assessment: str | None = Field(default=None, max_length=4000)
    score: Decimal | None = Field(default=None, sa_type=Numeric(5, 2))
    rating: str | None = Field(default=None, max_length=20)
    previous_rating: str | None = Field(default=None, max_length=20)  # the record's rating of the year at submission
    applied_version: int | None = None  # the record's version the approval published
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
