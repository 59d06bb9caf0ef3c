from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Column, DateTime, Index, String
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel


class PersonAttributes(SQLModel):
    """What a report counts of a person in one version: held by the version's fact and copied onto each of
    its periods at work, so that the state on a date is one range scan of person_period, without a join of
    every period with its fact (at 2 million people the join was 40 % of a report's time)."""

    unit_id: str = Field(max_length=64)
    full_name: str = Field(max_length=120)
    gender: str | None = Field(default=None, max_length=8)
    birth_date: date | None = None
    staff_category: str | None = Field(default=None, max_length=40)
    rank_code: str | None = Field(default=None, max_length=40)
    salary_step: int | None = None
    salary_coefficient: float | None = None
    qualification: str | None = Field(default=None, max_length=40)
    political_theory_level: str | None = Field(default=None, max_length=40)
    state_management_level: str | None = Field(default=None, max_length=40)
    ethnicity: str | None = Field(default=None, max_length=40)
    religion: str | None = Field(default=None, max_length=40)
    party_member: bool = False
    position: str | None = Field(default=None, max_length=300)
    first_recruited_on: date | None = None
    # The levels personnel derives from the record for the reports (None: an event older than them).
    it_level: str | None = Field(default=None, max_length=40)
    english_level: str | None = Field(default=None, max_length=40)
    other_language_level: str | None = Field(default=None, max_length=40)
    ethnic_language_certificate: bool | None = None
    general_education_level: str | None = Field(default=None, max_length=40)


ATTRIBUTES = tuple(PersonAttributes.model_fields)


class PersonFact(PersonAttributes, table=True):
    """One approved version of a person, as personnel published it; never changed once written.

    `valid_from` is the day this version starts to hold: the day it was approved (Vietnam time), and for
    the first version the day the person was first recruited when that is earlier (the initial load of a
    record describes the person since they started). The state on a reference date D is the highest
    version whose valid_from <= D."""

    __tablename__ = "person_fact"
    __table_args__ = (Index("ix_person_fact_valid_from", "valid_from"),)

    person_id: uuid.UUID = Field(primary_key=True)
    version: int = Field(primary_key=True)
    valid_from: date
    event_time: datetime = Field(sa_type=DateTime(timezone=True))  # the envelope's time
    approved_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    status: str = Field(max_length=40)
    is_active: bool = True
    decision_number: str | None = Field(default=None, max_length=120)


class StatusFact(SQLModel, table=True):
    """A dated status of a person (retired, resigned, transferred out, back at work...): from its
    effective date it overrides the status the versions carry."""

    __tablename__ = "status_fact"
    __table_args__ = (Index("ix_status_fact_person", "person_id", "effective_on"),)

    event_id: str = Field(primary_key=True, max_length=64)  # the envelope's id: a redelivery writes nothing
    person_id: uuid.UUID
    effective_on: date
    event_time: datetime = Field(sa_type=DateTime(timezone=True))
    status: str = Field(max_length=40)
    is_active: bool = True
    leaving_form: str | None = Field(default=None, max_length=40)


class ReportUnit(SQLModel, table=True):
    """A unit as org last described it, with what the forms need beyond the scope replica (its level)."""

    __tablename__ = "report_unit"

    unit_id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=300)
    parent_id: str | None = Field(default=None, max_length=64)
    path: list[str] = Field(sa_column=Column(ARRAY(String(64)), nullable=False))
    unit_type: str | None = Field(default=None, max_length=40)
    management_level: str | None = Field(default=None, max_length=40)
    active: bool = True
    established_on: date | None = None  # the effective date of org's unit.created event
    version: int = Field(default=0, sa_type=BigInteger)
    event_time: datetime = Field(sa_type=DateTime(timezone=True))


class MoveFact(SQLModel, table=True):
    """A move decided by transfer and applied by personnel: the version it produced holds from the
    decision's effective date, not from the day personnel applied it. Either half may arrive first."""

    __tablename__ = "move_fact"
    __table_args__ = (Index("ix_move_fact_person_version", "person_id", "version"),)

    move_id: str = Field(primary_key=True, max_length=120)
    person_id: uuid.UUID
    kind: str | None = Field(default=None, max_length=40)
    effective_on: date | None = None  # transfer.move.decided.v1
    from_unit_id: str | None = Field(default=None, max_length=64)  # transfer.move.decided.v1
    to_unit_id: str | None = Field(default=None, max_length=64)  # transfer.move.decided.v1
    version: int | None = None  # personnel.move.applied.v1: the approved version that carries the move


class PersonPeriod(PersonAttributes, table=True):
    """A person's time at work in one version (people/rules.py: periods), derived from the facts and
    rebuilt with every fact of the person, with that version's attributes: the state on a date is a range
    condition on this table alone."""

    __tablename__ = "person_period"
    __table_args__ = (Index("ix_person_period_from", "valid_from"),)

    person_id: uuid.UUID = Field(primary_key=True)
    valid_from: date = Field(primary_key=True)
    valid_to: date | None = None  # exclusive; None: still at work in this version
    version: int
