"""Chat rooms (two accounts, or everyone of a unit), their messages in order, and each account's read mark."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Column, DateTime, Identity, Index, Text
from sqlmodel import Field, SQLModel

from common.db import utcnow


class ChatRoom(SQLModel, table=True):
    __tablename__ = "chat_room"
    __table_args__ = (Index("ix_chat_room_a", "account_a"), Index("ix_chat_room_b", "account_b"))

    id: uuid.UUID = Field(primary_key=True)  # rules.room_id: the same pair or unit always gives the same room
    kind: str = Field(max_length=10)  # direct | unit
    unit_id: str | None = Field(default=None, max_length=64)  # a unit room's unit
    account_a: str | None = Field(default=None, max_length=64)  # a direct room's two accounts, sorted
    account_b: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class ChatMessage(SQLModel, table=True):
    __tablename__ = "chat_message"
    __table_args__ = (
        Index("ix_chat_message_room", "room_id", "seq"),
        # A message resent after a lost acknowledgement is stored once.
        Index("uq_chat_message_client", "sender_account_id", "client_id", unique=True),
    )

    seq: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), primary_key=True))
    room_id: uuid.UUID = Field(foreign_key="chat_room.id")
    sender_account_id: str = Field(max_length=64)
    sender_username: str = Field(max_length=120)
    sender_name: str | None = Field(default=None, max_length=200)
    body: str = Field(sa_column=Column(Text, nullable=False))
    client_id: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class ChatRead(SQLModel, table=True):
    __tablename__ = "chat_read"

    room_id: uuid.UUID = Field(foreign_key="chat_room.id", primary_key=True)
    account_id: str = Field(max_length=64, primary_key=True)
    last_seq: int = Field(default=0, sa_type=BigInteger)
