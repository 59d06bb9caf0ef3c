"""What concerns a unit (or one of its accounts), from the other services' events and from notify itself,
and which account has read what."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Index
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class Notification(SQLModel, table=True):
    __tablename__ = "notification"
    __table_args__ = (
        Index("ix_notification_unit", "unit_id", "created_at"),
        # One notification per fact and recipient: a redelivered event adds nothing.
        Index("uq_notification_source", "source", "unit_id", "account_id", unique=True,
              postgresql_nulls_not_distinct=True),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(max_length=40)  # rules.KINDS
    unit_id: str = Field(max_length=64)  # every account of this unit ...
    account_id: str | None = Field(default=None, max_length=64)  # ... or only this one
    title_vi: str = Field(max_length=400)
    title_en: str = Field(max_length=400)
    link: str = Field(max_length=300)  # the client's screen
    source: str = Field(max_length=200)  # the event id (or the fact) it comes from
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class NotificationRead(SQLModel, table=True):
    __tablename__ = "notification_read"

    notification_id: uuid.UUID = Field(foreign_key="notification.id", primary_key=True)
    account_id: str = Field(max_length=64, primary_key=True)
    read_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
