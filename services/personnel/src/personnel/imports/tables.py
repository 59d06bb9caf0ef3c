"""An import job (one uploaded workbook) and its items (one person each, in the file's order)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Index, LargeBinary, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow
from personnel.changes.tables import ChangeRequest


class ImportJob(SQLModel, table=True):
    """analysing -> preview -> applying -> done; or failed (the file itself was refused in the background).
    A job done in mode submitted may be approved whole under one decision: done -> approving -> approved.

    `processed` is the cursor of the application: items with seq <= processed are written, each chunk in
    one transaction with the cursor, so a killed service resumes after the last whole chunk."""

    __tablename__ = "import_job"
    __table_args__ = (Index("ix_import_job_state", "state"), Index("ix_import_job_created_by", "created_by"))

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    unit_id: str = Field(max_length=64)  # the account's unit (its scope)
    created_by: str = Field(max_length=120)
    created_by_subject: str = Field(max_length=120)
    roles: list[str] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    file_name: str = Field(default="", max_length=255)
    file_sha256: str = Field(max_length=64)
    content: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    state: str = Field(default="analysing", max_length=12)
    mode: str = Field(default="draft", max_length=12)  # draft | submitted: what the change requests become
    error_code: str | None = Field(default=None, max_length=80)
    error_params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    total: int = 0  # people in the file
    processed: int = 0  # the cursor: items applied
    created: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: int = 0  # people with at least one error (never applied)
    errors: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    error_count: int = 0
    lease_until: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    confirmed_by: str | None = Field(default=None, max_length=120)
    confirmed_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    finished_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    # The approval of the whole job under one decision (approving -> approved), run in the background like
    # the application: `approval_cursor` is the last item's seq whose change request was decided.
    approver: str | None = Field(default=None, max_length=120)
    approver_subject: str | None = Field(default=None, max_length=120)
    approver_unit_id: str | None = Field(default=None, max_length=64)
    approver_roles: list[str] = Field(default_factory=list, sa_column=Column(
        JSONB, nullable=False, server_default=text("'[]'::jsonb")))
    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None
    decision_signer: str | None = Field(default=None, max_length=200)
    decision_issuer: str | None = Field(default=None, max_length=300)
    approval_requested_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    approved_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    approval_total: int = Field(default=0, sa_column_kwargs={"server_default": "0"})  # change requests to decide
    approval_cursor: int = Field(default=0, sa_column_kwargs={"server_default": "0"})  # item seq
    approval_processed: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    approved_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    skipped_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    skips: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(  # the first skipped, with why
        JSONB, nullable=False, server_default=text("'[]'::jsonb")))


class ImportItem(SQLModel, table=True):
    """One person of the file: what the preview shows and what the application writes."""

    __tablename__ = "import_item"

    job_id: uuid.UUID = Field(primary_key=True, foreign_key="import_job.id")
    seq: int = Field(primary_key=True)  # 1.. in the order of the main sheet
    row: int  # the person's row on the main sheet
    personal_id_number: str = Field(max_length=20)
    full_name: str = Field(default="", max_length=120)
    unit_id: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=10)  # create | update | unchanged | error
    person_id: uuid.UUID | None = None  # the existing record (update, unchanged)
    base_version: int = 0
    draft_id: uuid.UUID | None = None  # an open draft of this person that the import replaces
    profile: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB, nullable=True))
    changes: list[str] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    warnings: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    change_request_id: uuid.UUID | None = None  # written by the application


# The import finds pending creations (no person columns yet) by the identification number in their profile.
Index("ix_change_request_personal_id_number",
      ChangeRequest.__table__.c.profile["identity"]["personal_id_number"].astext,  # type: ignore[attr-defined]
      postgresql_where=text("state in ('draft', 'submitted')"))
