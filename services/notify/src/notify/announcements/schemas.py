from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from notify.news.schemas import AttachmentPublic


class AnnouncementIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=300)
    body_html: str = Field(min_length=1, max_length=100_000, description="rich text; sanitised on input")
    due_on: date | None = Field(default=None, description="by when the receiving units acknowledge")
    recipient_unit_ids: list[str] = Field(min_length=1, max_length=500)

    @field_validator("title")
    @classmethod
    def _title(cls, v: str) -> str:
        v = " ".join(v.split())
        if not v:
            raise ValueError("announcement.title_required")
        return v


class AnnouncementCreate(AnnouncementIn):
    sender_unit_id: str | None = Field(default=None, max_length=64, description="default: the account's unit")


class AnnouncementUpdate(AnnouncementIn):
    row_version: int = Field(ge=1)


class AcknowledgeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(default=None, max_length=1000)


class RecipientPublic(BaseModel):
    unit_id: str
    unit_name: str | None
    standing: str  # unread | read | acknowledged
    read_at: datetime | None
    read_by: str | None
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    acknowledge_note: str | None
    reminded_at: datetime | None
    reminders: int
    overdue: bool


class Counts(BaseModel):
    recipients: int
    read: int
    acknowledged: int


class AnnouncementSummary(BaseModel):
    id: uuid.UUID
    sender_unit_id: str
    sender_unit: str | None
    title: str
    due_on: date | None
    state: str
    sent_at: datetime | None
    updated_at: datetime
    row_version: int
    counts: Counts | None = None  # the sender's view
    # The receiving unit's view: its own copy.
    recipient_unit_id: str | None = None
    standing: str | None = None
    reminded_at: datetime | None = None
    overdue: bool = False


class AnnouncementPublic(AnnouncementSummary):
    body_html: str
    created_by: str
    sent_by: str | None
    attachments: list[AttachmentPublic]
    recipients: list[RecipientPublic]  # the sender's view only
    is_sender: bool
    can_edit: bool
    can_acknowledge: bool


class AnnouncementPage(BaseModel):
    items: list[AnnouncementSummary]
    total: int
    page: int
    size: int


class RemindResult(BaseModel):
    reminded: int
