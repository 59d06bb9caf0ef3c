"""An announcement of a unit to the units below it (the Department: to any unit), and each receiving
unit's copy: when it was read, acknowledged, reminded."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class Announcement(SQLModel, table=True):
    __tablename__ = "announcement"
    __table_args__ = (Index("ix_announcement_sender", "sender_unit_id", "state"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    sender_unit_id: str = Field(max_length=64)
    title: str = Field(max_length=300)
    body_html: str = Field(sa_column=Column(Text, nullable=False))  # sanitised on input
    search_text: str = Field(sa_column=Column(Text, nullable=False))  # folded title and words of the body
    due_on: date | None = None  # by when the receiving units acknowledge
    state: str = Field(max_length=20)  # draft | sent
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    sent_by: str | None = Field(default=None, max_length=120)
    sent_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    row_version: int = 1


class AnnouncementRecipient(SQLModel, table=True):
    __tablename__ = "announcement_recipient"
    __table_args__ = (Index("ix_announcement_recipient_unit", "unit_id", "announcement_id"),)

    announcement_id: uuid.UUID = Field(foreign_key="announcement.id", primary_key=True)
    unit_id: str = Field(max_length=64, primary_key=True)
    read_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    read_by: str | None = Field(default=None, max_length=120)
    acknowledged_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    acknowledged_by: str | None = Field(default=None, max_length=120)
    acknowledge_note: str | None = Field(default=None, max_length=1000)
    reminded_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    reminders: int = 0
