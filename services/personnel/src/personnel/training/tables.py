"""Training courses and programmes (domestic and abroad) and the register of who attends them. An
attendance's completion is submitted by an officer and approved by another account; approval writes the
course into the person's training table and, for political theory and state management, the level."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class TrainingCourse(SQLModel, table=True):
    __tablename__ = "training_course"
    __table_args__ = (Index("ix_training_course_unit_id_starts_on", "unit_id", "starts_on"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    unit_id: str = Field(max_length=64)  # the unit that sends people to it (whose register holds it)
    name: str = Field(max_length=300)
    kind: str = Field(max_length=20)  # profiles.schema.TrainingKind: professional | political_theory | ...
    location: str = Field(default="domestic", max_length=10)  # domestic | abroad
    country: str | None = Field(default=None, max_length=100)
    mode: str | None = Field(default=None, max_length=100)  # hình thức: a training_modes code
    specialty: str | None = Field(default=None, max_length=300)
    school: str = Field(max_length=300)
    diploma: str | None = Field(default=None, max_length=300)  # văn bằng / chứng chỉ as written
    level_code: str | None = Field(default=None, max_length=20)  # the level it gives (catalog of its kind)
    funding: str = Field(default="state", max_length=12)  # state | unit | self | sponsor
    starts_on: date
    ends_on: date
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class TrainingAttendance(SQLModel, table=True):
    __tablename__ = "training_attendance"
    __table_args__ = (
        UniqueConstraint("course_id", "person_id", name="uq_training_attendance_course_id_person_id"),
        Index("ix_training_attendance_person_id", "person_id"),
        Index("ix_training_attendance_batch_id", "batch_id"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    course_id: uuid.UUID = Field(foreign_key="training_course.id")
    person_id: uuid.UUID = Field(foreign_key="person.id")
    unit_id: str = Field(max_length=64)
    full_name: str = Field(max_length=120)
    state: str = Field(default="enrolled", max_length=20)  # enrolled | completion_submitted | completed | dropped
    enrolled_by: str = Field(max_length=120)
    completed_on: date | None = None
    certificate_number: str | None = Field(default=None, max_length=100)
    submitted_by: str | None = Field(default=None, max_length=120)
    batch_id: uuid.UUID | None = None  # the batch decision (personnel.batches, kind "training") writing the record
    decided_by: str | None = Field(default=None, max_length=120)
    decided_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    applied_version: int | None = None
