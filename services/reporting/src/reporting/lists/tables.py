from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Column, DateTime, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel


class SavedList(SQLModel, table=True):
    """An ad-hoc list's definition, saved for a unit: its columns and filters (lists/rules.py), run on demand
    over the unit's subtree."""

    __tablename__ = "saved_list"
    __table_args__ = (UniqueConstraint("unit_id", "name", name="uq_saved_list_unit_name"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    unit_id: str = Field(max_length=64, index=True)
    name: str = Field(max_length=200)
    columns: list[str] = Field(sa_column=Column(JSONB, nullable=False))
    filters: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(sa_type=DateTime(timezone=True))
