from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Index
from sqlmodel import Field, SQLModel

from common.db import utcnow


class PersonRef(SQLModel, table=True):
    """One person as personnel last approved them: enough to open a case and to find a unit's people."""

    __tablename__ = "person_ref"
    __table_args__ = (Index("ix_person_ref_unit_active", "unit_id", "is_active"),)

    person_id: uuid.UUID = Field(primary_key=True)
    unit_id: str = Field(max_length=64)
    full_name: str = Field(max_length=120)
    status: str = Field(max_length=40)
    is_active: bool = True
    version: int = 0  # personnel's approved version: an older event changes nothing
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
