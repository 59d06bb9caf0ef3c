from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from notify.messages.rules import MAX_BODY
from notify.news.schemas import AttachmentPublic


def _body(v: str) -> str:
    v = v.strip()
    if not v:
        raise ValueError("message.body_required")
    if len(v) > MAX_BODY:
        raise ValueError("message.too_long")
    return v


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: str = Field(min_length=1, max_length=100_000, description=f"plain text, at most {MAX_BODY} characters")

    @field_validator("body")
    @classmethod
    def _check_body(cls, v: str) -> str:
        return _body(v)


class ThreadCreate(MessageIn):
    subject: str = Field(min_length=1, max_length=300)
    to_unit_ids: list[str] = Field(default_factory=list, max_length=50, description="whole units")
    to_account_ids: list[str] = Field(default_factory=list, max_length=50, description="accounts")

    @field_validator("subject")
    @classmethod
    def _subject(cls, v: str) -> str:
        v = " ".join(v.split())
        if not v:
            raise ValueError("message.subject_required")
        return v

    @model_validator(mode="after")
    def _someone(self) -> ThreadCreate:
        if not self.to_unit_ids and not self.to_account_ids:
            raise ValueError("message.addressee_required")
        return self


class Addressee(BaseModel):
    kind: Literal["unit", "account"]
    key: str  # the unit id or the account id to send to
    label: str
    unit_label: str | None


class MessagePublic(BaseModel):
    id: uuid.UUID
    sender_account_id: str
    sender_username: str
    sender_name: str | None
    sender_unit_id: str
    body: str
    created_at: datetime
    mine: bool
    attachments: list[AttachmentPublic]


class ThreadSummary(BaseModel):
    id: uuid.UUID
    subject: str
    from_account_id: str
    from_username: str
    from_name: str | None
    from_unit_id: str
    from_unit: str | None
    to_unit_id: str
    to_unit: str | None
    to_account_id: str | None
    to_username: str | None
    to_name: str | None
    created_at: datetime
    last_message_at: datetime
    last_preview: str
    messages: int
    unread: int


class ThreadPublic(ThreadSummary):
    items: list[MessagePublic]


class ThreadPage(BaseModel):
    items: list[ThreadSummary]
    total: int
    page: int
    size: int


class Unread(BaseModel):
    threads: int
    messages: int
