"""What concerns a unit (or one of its accounts), from the other services' events and from notify itself,
and which account has read what."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Column, DateTime, Index, String, text
from sqlalchemy.dialects.postgresql import ARRAY
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
    role: str | None = Field(default=None, max_length=40)  # ... or only its accounts holding this role
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


class NotificationPreference(SQLModel, table=True):
    """Which kinds of notes an account also receives by e-mail, and where. The unit and roles are the
    account's when it last saved them (they decide which of the unit's notes are its own)."""

    __tablename__ = "notification_preference"
    __table_args__ = (Index("ix_notification_preference_unit", "unit_id"),)

    account_id: str = Field(primary_key=True, max_length=64)
    unit_id: str = Field(max_length=64)
    roles: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String(40)), nullable=False))
    email: str | None = Field(default=None, max_length=254)
    email_kinds: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String(40)), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class EmailMessage(SQLModel, table=True):
    """An e-mail to send, written in the transaction that adds its note: the mailer (notifications.mailer)
    sends it and retries with a growing pause while the SMTP server is away, so an outage loses nothing."""

    __tablename__ = "email_message"
    __table_args__ = (
        Index("uq_email_message_note_account", "notification_id", "account_id", unique=True),
        Index("ix_email_message_due", "next_attempt_at", postgresql_where=text("sent_at IS NULL")),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    notification_id: uuid.UUID = Field(foreign_key="notification.id")
    account_id: str = Field(max_length=64)
    to_address: str = Field(max_length=254)
    subject: str = Field(max_length=400)
    body: str
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=500)
    sent_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
