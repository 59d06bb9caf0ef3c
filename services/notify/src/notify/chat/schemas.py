from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class DirectRoomIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account_id: str = Field(min_length=1, max_length=64, description="the other account (within reach)")


class RoomPublic(BaseModel):
    id: uuid.UUID
    kind: str  # direct | unit
    label: str
    with_account_id: str | None
    room_unit_id: str
    room_unit: str | None
    last_seq: int
    read_seq: int
    unread: int


class ChatMessagePublic(BaseModel):
    seq: int
    room_id: uuid.UUID
    sender_account_id: str
    sender_username: str
    sender_name: str | None
    body: str
    client_id: str
    created_at: datetime
