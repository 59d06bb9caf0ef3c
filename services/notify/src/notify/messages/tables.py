"""A thread between one account and one addressee (an account, or a whole unit), its messages, and how
far each account has read."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class MessageThread(SQLModel, table=True):
    __tablename__ = "message_thread"
    __table_args__ = (
        Index("ix_message_thread_from", "from_account_id", "last_message_at"),
        Index("ix_message_thread_to_account", "to_account_id", "last_message_at"),
        Index("ix_message_thread_to_unit", "to_unit_id", "last_message_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    subject: str = Field(max_length=300)
    from_account_id: str = Field(max_length=64)
    from_username: str = Field(max_length=120)
    from_name: str | None = Field(default=None, max_length=200)
    from_unit_id: str = Field(max_length=64)
    to_unit_id: str = Field(max_length=64)  # the addressed unit, or the addressed account's unit
    to_account_id: str | None = Field(default=None, max_length=64)  # none: every account of to_unit_id
    to_username: str | None = Field(default=None, max_length=120)
    to_name: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    last_message_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class Message(SQLModel, table=True):
    __tablename__ = "message"
    __table_args__ = (Index("ix_message_thread", "thread_id", "created_at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    thread_id: uuid.UUID = Field(foreign_key="message_thread.id")
    sender_account_id: str = Field(max_length=64)
    sender_username: str = Field(max_length=120)
    sender_name: str | None = Field(default=None, max_length=200)
    sender_unit_id: str = Field(max_length=64)
    body: str = Field(sa_column=Column(Text, nullable=False))  # plain text
    search_text: str = Field(sa_column=Column(Text, nullable=False))  # folded subject and body
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class ThreadRead(SQLModel, table=True):
    """Up to when an account has read a thread."""

    __tablename__ = "message_thread_read"

    thread_id: uuid.UUID = Field(foreign_key="message_thread.id", primary_key=True)
    account_id: str = Field(max_length=64, primary_key=True)
    read_at: datetime = Field(sa_type=DateTime(timezone=True))
