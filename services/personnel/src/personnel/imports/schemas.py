from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel


class CellErrorPublic(BaseModel):
    sheet: str
    row: int
    column: str
    header: str
    field: str
    code: str
    message: str  # in the language the client asked for


class ImportJobPublic(BaseModel):
    id: uuid.UUID
    state: str  # analysing | preview | applying | done | failed | cancelled
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
