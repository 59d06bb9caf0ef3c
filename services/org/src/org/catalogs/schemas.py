"""Request and response models of the catalogs API."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class CatalogPublic(BaseModel):
    catalog: str
    name: str
    item_count: int
    attribute_names: list[str]
    editable: bool = True


class CatalogItemBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=400)
    sort_order: int = 0
    active: bool = True
    valid_from: date | None = None
    valid_to: date | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)


class CatalogItemCreate(CatalogItemBase):
    code: str = Field(min_length=1, max_length=120, pattern=r"^\S(.*\S)?$")


class CatalogItemUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=400)
    sort_order: int | None = None
    active: bool | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    attributes: dict[str, Any] | None = None


class CatalogItemPublic(BaseModel):
    catalog: str
    code: str
    name: str
    sort_order: int
    active: bool
    valid_from: date | None
    valid_to: date | None
    attributes: dict[str, Any]


class CatalogItemRetire(BaseModel):
    model_config = ConfigDict(extra="forbid")

    valid_to: date | None = None  # the item's last day in force; yesterday when absent


class ImportResult(BaseModel):
    created: int
    updated: int
    rows: int
