from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class ListQuery(BaseModel):
    """What to list: the unit whose subtree is read (default: the account's unit), columns and filters."""

    unit_id: str | None = Field(default=None, max_length=64)
    columns: list[str] = Field(max_length=60)
    filters: dict[str, Any] = Field(default_factory=dict, max_length=30)


class ListDefinitionIn(ListQuery):
    name: str = Field(min_length=1, max_length=200)


class ListDefinition(BaseModel):
    id: uuid.UUID
    unit_id: str
    name: str
    columns: list[str]
    filters: dict[str, Any]
    created_by: str
    created_at: datetime
    updated_at: datetime


class FieldInfo(BaseModel):
    key: str
    label: str
    label_en: str


class FilterInfo(BaseModel):
    key: str
    kind: str  # values | number | text | codes
    values: list[Any] | None = None


class ListFields(BaseModel):
    columns: list[FieldInfo]
    default_columns: list[str]
    filters: list[FilterInfo]


class ListRows(BaseModel):
    unit_id: str
    unit_name: str
    columns: list[FieldInfo]
    total: int
    rows: list[dict[str, Any]]
    truncated: bool  # only the first rows are here (a preview); the export has them all
