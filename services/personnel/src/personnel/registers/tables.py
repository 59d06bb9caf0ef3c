"""The award and discipline registers: one decision (number, date, issuer, form) for one or many people.
A decision is entered and submitted by an officer and approved once by another account (common.duties);
approval writes the award or discipline into each person's record as a new approved version, through a
batch decision (personnel.batches) of kind "reward" or "discipline"."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, Index, text
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class RegisterDecision(SQLModel, table=True):
    __tablename__ = "register_decision"
    __table_args__ = (
        # A decision number is given once by its issuer (a rejected entry frees it for a corrected one).
        Index("uq_register_decision_issuer_number", "issuer_key", "number_key", unique=True,
              postgresql_where=text("state <> 'rejected'")),
        Index("ix_register_decision_kind_unit_id_signed_on", "kind", "unit_id", "signed_on"),
        Index("ix_register_decision_batch_id", "batch_id"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(max_length=12)  # award | discipline
    unit_id: str = Field(max_length=64)  # the unit whose register holds it (the entering account's scope)
    state: str = Field(default="submitted", max_length=12)  # submitted | approved | rejected
    batch_id: uuid.UUID | None = None  # the batch decision (personnel.batches) that writes the records
    number: str = Field(max_length=100)
    number_key: str = Field(max_length=100)
    signed_on: date
    issuer: str = Field(max_length=300)
    issuer_key: str = Field(max_length=300)
    signer: str | None = Field(default=None, max_length=200)
    form: str = Field(max_length=40)  # award_forms / emulation_titles code, or discipline_forms code
    level: str | None = Field(default=None, max_length=100)  # award: Nhà nước, Chính phủ, tỉnh, cơ sở
    achievement_year: int | None = None  # award: the year the achievement was made
    violation: str | None = Field(default=None, max_length=2000)  # discipline
    duty_related: bool = True  # discipline: a violation in performing duties (forces the year's rating)
    note: str | None = Field(default=None, max_length=2000)
    person_count: int = 0
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    submitted_by: str | None = Field(default=None, max_length=120)
    decided_by: str | None = Field(default=None, max_length=120)
    decided_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    reject_reason: str | None = Field(default=None, max_length=2000)


class RegisterEntry(SQLModel, table=True):
    """One person of a decision, with the unit and name at entry and the version approval wrote."""

    __tablename__ = "register_entry"
    __table_args__ = (
        Index("ix_register_entry_decision_id", "decision_id"),
        Index("ix_register_entry_person_id", "person_id"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    decision_id: uuid.UUID = Field(foreign_key="register_decision.id")
    person_id: uuid.UUID = Field(foreign_key="person.id")
    unit_id: str = Field(max_length=64)
    full_name: str = Field(max_length=120)
    staff_category: str | None = Field(default=None, max_length=20)
    applied_version: int | None = None
    used_for_early_raise_on: date | None = None  # award: the early raise it was used for
