from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Step = Literal["submit", "approve", "reject", "withdraw"]


class NewsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=300)
    summary: str = Field(default="", max_length=1000)
    body_html: str = Field(min_length=1, max_length=200_000, description="rich text; sanitised on input")
    category: str = Field(max_length=30)
    province_wide: bool = True
    audience_unit_ids: list[str] = Field(default_factory=list, max_length=200,
                                         description="when not province-wide: these units and their subtrees")
    publish_from: datetime | None = None
    publish_until: datetime | None = None
    pinned: bool = False

    @field_validator("title")
    @classmethod
    def _title(cls, v: str) -> str:
        v = " ".join(v.split())
        if not v:
            raise ValueError("news.title_required")
        return v


class NewsCreate(NewsIn):
    unit_id: str | None = Field(default=None, max_length=64, description="the writing unit (default: the account's)")


class NewsUpdate(NewsIn):
    row_version: int = Field(ge=1, description="the version the editor saw (409 if it moved on)")


class StepIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    row_version: int | None = None
    reason: str | None = Field(default=None, max_length=1000, description="required to reject")


class AttachmentPublic(BaseModel):
    id: uuid.UUID
    name: str
    content_type: str
    size: int


class AudienceUnit(BaseModel):
    unit_id: str
    unit_name: str | None


class NewsStepPublic(BaseModel):
    step: str
    state: str
    by_username: str
    at: datetime
    note: str | None


class NewsSummary(BaseModel):
    id: uuid.UUID
    unit_id: str
    author_unit: str | None
    category: str
    category_label: str
    title: str
    summary: str
    state: str
    province_wide: bool
    pinned: bool
    has_cover: bool
    publish_from: datetime | None
    publish_until: datetime | None
    published_at: datetime | None
    updated_at: datetime
    row_version: int


class NewsPublic(NewsSummary):
    body_html: str
    audience: list[AudienceUnit]
    attachments: list[AttachmentPublic]
    created_by: str
    decided_by: str | None
    reject_reason: str | None
    steps: list[NewsStepPublic]
    live: bool
    can_edit: bool
    can_approve: bool


class NewsPage(BaseModel):
    items: list[NewsSummary]
    total: int
    page: int
    size: int


class Category(BaseModel):
    code: str
    label: str
