"""A batch decision and its items (one per person). Nothing is deleted: a rejected or withdrawn batch stays."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Index
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class Batch(SQLModel, table=True):
    __tablename__ = "batch"
    __table_args__ = (Index("ix_batch_unit_id_state", "unit_id", "state"),
                      Index("ix_batch_updated_at", "updated_at"))

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(max_length=30)  # salary_raise | beyond_frame | early_raise | retirement | evaluation | ...
    unit_id: str = Field(max_length=64)  # the deciding unit: every item's person is in its subtree
    state: str = Field(default="draft", max_length=12)  # the change requests' life-cycle (changes.approval)
    title: str = Field(default="", max_length=300)
    note: str | None = Field(default=None, max_length=2000)
    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None
    signer: str | None = Field(default=None, max_length=200)
    issuer: str | None = Field(default=None, max_length=300)
    effective_on: date | None = None  # the decision's effective date when one date fits all items
    scan_key: str | None = Field(default=None, max_length=300)  # S3 object of the scanned decision
    scan_content_type: str | None = Field(default=None, max_length=60)
    scan_size: int | None = None
    scan_sha256: str | None = Field(default=None, max_length=64)
    scan_filename: str | None = Field(default=None, max_length=300)
    item_count: int = 0
    warnings: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    submitted_by: str | None = Field(default=None, max_length=120)
    submitted_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    decided_by: str | None = Field(default=None, max_length=120)
    decided_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    reject_reason: str | None = Field(default=None, max_length=2000)


class BatchItem(SQLModel, table=True):
    __tablename__ = "batch_item"
    __table_args__ = (Index("ix_batch_item_batch_id_position", "batch_id", "position"),
                      Index("ix_batch_item_person_id_kind_effective_on", "person_id", "kind", "effective_on"))

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    batch_id: uuid.UUID = Field(foreign_key="batch.id")
    position: int  # order in the decision's list
    person_id: uuid.UUID = Field(foreign_key="person.id")
    kind: str = Field(max_length=30)  # the batch's kind, here for the "same decision twice" check
    effective_on: date | None = None  # the raise's date (same person, kind and date = the same decision)
    full_name: str = Field(default="", max_length=120)
    unit_id: str = Field(max_length=64)
    base_version: int  # the record's version the item was built on (optimistic concurrency per record)
    patch: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))  # batches.rules.ProfilePatch
    reason: str | None = Field(default=None, max_length=1000)  # e.g. the early raise's achievement
    # what the list shows (old and new step, coefficient, amount...)
    summary: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    applied_version: int | None = None  # the record's version the approval published
