from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field


class CellErrorPublic(BaseModel):
    sheet: str
    row: int
    column: str
    header: str
    field: str
    code: str
    message: str  # in the language the client asked for


class ImportDecisionPublic(BaseModel):
    number: str
    signed_on: date | None
    signer: str | None
    issuer: str | None


class ImportSkipPublic(BaseModel):
    seq: int
    change_request_id: uuid.UUID
    personal_id_number: str
    full_name: str
    code: str
    message: str


class ImportJobPublic(BaseModel):
    id: uuid.UUID
    state: str  # analysing | preview | applying | done | failed | cancelled | approving | approved
    mode: str
    file_name: str
    created_by: str
    created_at: datetime
    confirmed_by: str | None
    confirmed_at: datetime | None
    finished_at: datetime | None
    total: int
    processed: int
    created: int
    changed: int
    unchanged: int
    rejected: int
    error_count: int
    error_code: str | None
    error_message: str | None
    errors: list[CellErrorPublic]  # the first 20 errors (by sheet, row and column); all: GET .../errors
    # The approval of the whole job under one decision (POST .../approve): the decision, who approves, and
    # the progress (approval_processed of approval_total change requests) and result.
    decision: ImportDecisionPublic | None = None
    approver: str | None = None
    approval_requested_at: datetime | None = None
    approved_at: datetime | None = None
    approval_total: int = 0
    approval_processed: int = 0
    approved_count: int = 0
    skipped_count: int = 0
    skips: list[ImportSkipPublic] = []  # the first skipped change requests, with why


class ImportJobsPublic(BaseModel):
    items: list[ImportJobPublic]


class ImportItemPublic(BaseModel):
    seq: int
    row: int
    personal_id_number: str
    full_name: str
    unit_id: str | None
    action: str  # create | update | unchanged | error
    person_id: uuid.UUID | None
    changes: list[str]
    warnings: list[dict[str, Any]]
    change_request_id: uuid.UUID | None


class ImportItemsPublic(BaseModel):
    items: list[ImportItemPublic]
    total: int


class ImportErrorsPublic(BaseModel):
    items: list[CellErrorPublic]
    total: int


class Confirm(BaseModel):
    mode: Literal["draft", "submitted"] = "draft"


class ApproveImport(BaseModel):
    """The one decision under which every change request of an import is approved."""

    decision_number: str = Field(max_length=100)
    decision_signed_on: date
    signer: str = Field(max_length=200)
    issuer: str | None = Field(default=None, max_length=300)
