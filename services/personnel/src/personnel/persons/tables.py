"""The person row holds the official profile (JSONB) plus the columns search and scope need; every
approved version is kept in person_version; status changes are dated events. Nothing is deleted."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Index, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow

LIVE = text("version > 0 AND is_active")  # approved and still working: what search lists by default


class Person(SQLModel, table=True):
    __tablename__ = "person"
    __table_args__ = (
        # Name search by word prefixes: person_name_terms() is defined in migration "name search by word
        # prefixes" (each folded word and its prefixes of two letters or more, marked "~").
        Index("ix_person_name_terms", text("person_name_terms(name_folded)"), postgresql_using="gin"),
        Index("ix_person_unit_id_status", "unit_id", "status"),
        Index("ix_person_personal_id_number", "personal_id_number"),
        Index("ix_person_unit_id_name_sort", "unit_id", "name_sort"),
        Index("ix_person_birth_date", "birth_date"),
        # Search over working people in approved records (the default list): partial covering indexes,
        # so the page of ids and the capped count never read the wide rows (see search.repository).
        Index("ix_person_live_name", "name_sort", "id", postgresql_include=["name_folded", "unit_id"],
              postgresql_where=LIVE),
        # Every approved record, people who left too (include_left, status filters), in name order.
        Index("ix_person_approved_name", "name_sort", "id", postgresql_include=["name_folded", "unit_id"],
              postgresql_where=text("version > 0")),
        # name_folded included: a unit officer's name search walks only the unit's entries, index-only.
        Index("ix_person_live_unit_name", "unit_id", "name_sort", "id", postgresql_include=["name_folded"],
              postgresql_where=LIVE),
        Index("ix_person_live_birth_date", "birth_date", "id",
              postgresql_include=["unit_id", "gender", "party_member", "qualification", "rank_code",
                                  "political_theory_level", "ethnicity", "staff_category"],
              postgresql_where=LIVE),
        # The same filters within one unit (a unit officer's filtered list, or unit_id given).
        Index("ix_person_live_unit_birth_date", "unit_id", "birth_date", "id",
              postgresql_include=["gender", "party_member", "qualification", "rank_code",
                                  "political_theory_level", "ethnicity", "staff_category"],
              postgresql_where=LIVE),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)  # person_id: one for a whole career
    unit_id: str = Field(max_length=64)
    version: int = 0  # 0 = never approved (only a pending creation exists)
    status: str = Field(default="DANG_CONG_TAC", max_length=40)  # employment_status catalog
    is_active: bool = True  # the status's is_active flag: left people are hidden unless asked for
    # Search columns, copied from the official profile at each approval.
    full_name: str = Field(default="", max_length=120)
    name_folded: str = Field(default="", max_length=120)
    name_sort: str = Field(default="", max_length=120)  # folded given name first: Vietnamese sort order
    birth_date: date | None = None
    gender: str | None = Field(default=None, max_length=8)
    personal_id_number: str | None = Field(default=None, max_length=20)
    staff_category: str | None = Field(default=None, max_length=30)
    rank_code: str | None = Field(default=None, max_length=20)
    qualification: str | None = Field(default=None, max_length=20)
    political_theory_level: str | None = Field(default=None, max_length=20)
    ethnicity: str | None = Field(default=None, max_length=8)
    party_member: bool = False
    position: str | None = Field(default=None, max_length=300)
    profile: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))  # the official profile
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class PersonVersion(SQLModel, table=True):
    __tablename__ = "person_version"

    person_id: uuid.UUID = Field(primary_key=True, foreign_key="person.id")
    version: int = Field(primary_key=True)
    unit_id: str = Field(max_length=64)
    profile: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    change_request_id: uuid.UUID | None = None
    submitted_by: str = Field(max_length=120)
    approved_by: str = Field(max_length=120)
    approved_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None


class StatusEvent(SQLModel, table=True):
    __tablename__ = "status_event"
    __table_args__ = (Index("ix_status_event_person_id_effective_on", "person_id", "effective_on"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id")
    status: str = Field(max_length=40)
    effective_on: date
    reason: str | None = Field(default=None, max_length=1000)
    leaving_form: str | None = Field(default=None, max_length=40)  # leaving_service_forms catalog
    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None
    recorded_by: str = Field(max_length=120)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


