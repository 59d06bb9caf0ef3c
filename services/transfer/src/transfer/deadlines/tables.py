from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, Index, text
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class DeadlineRule(SQLModel, table=True):
    """How many working days an obligation allows, from when to when, and by which legal text.
    Rules are never edited in place: a newer rule is added with its own valid_from, and each obligation
    is measured by the rule in force on its triggering date."""

    __tablename__ = "deadline_rule"
    # One rule per obligation and start date: the newer rule is the one with the later valid_from.
    __table_args__ = (Index("uq_deadline_rule_obligation_valid_from", "obligation", "valid_from", unique=True),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    obligation: str = Field(max_length=40)  # new_record | decision_update | internal_move | ...
    working_days: int
    valid_from: date
    valid_to: date | None = None  # inclusive; none: until a newer rule starts
    legal_basis: str = Field(max_length=300)
    note: str | None = Field(default=None, max_length=1000)
    created_by: str = Field(default="seed", max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class Obligation(SQLModel, table=True):
    """Something a unit must do by a date: enter a record, hand a dossier over, change a status."""

    __tablename__ = "obligation"
    __table_args__ = (
        Index("ix_obligation_unit_due", "unit_id", "due_on"),
        Index("ix_obligation_case", "case_id", "kind"),
        Index("ix_obligation_open_due", "due_on", postgresql_where=text("done_at IS NULL")),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(max_length=40)  # the rule's obligation
    unit_id: str = Field(max_length=64)  # the unit that must act
    person_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    source_key: str | None = Field(default=None, max_length=160, unique=True)  # idempotency for event-made ones
    label: str = Field(max_length=300)  # what is due, in words (the person's name, the decision)
    trigger_on: date  # the start date or the decision's effective date
    due_on: date
    working_days: int
    rule_id: uuid.UUID | None = None
    legal_basis: str = Field(max_length=300)
    done_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    cancelled_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))  # its case was cancelled
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class DeadlineAlert(SQLModel, table=True):
    """An alert published for an obligation at a threshold (deadlines.alerts): the primary key makes it
    once per obligation and threshold, whichever replica or pass gets there first."""

    __tablename__ = "deadline_alert"

    obligation_id: uuid.UUID = Field(foreign_key="obligation.id", primary_key=True)
    threshold: str = Field(max_length=20, primary_key=True)  # approaching | overdue
    due_on: date
    sent_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
