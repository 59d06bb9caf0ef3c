"""Request and response models of the catalogs API."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field


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
    row_version: int = Field(ge=0, description="the item's row_version the editor read (409 if it moved on)")


class CatalogItemPublic(BaseModel):
    catalog: str
    code: str
    name: str
    sort_order: int
    active: bool
    valid_from: date | None
    valid_to: date | None
    attributes: dict[str, Any]
    # The item's revision, bumped by every change of it: send it back with PATCH.
    row_version: int = Field(validation_alias=AliasChoices("row_version", "revision"))


class CatalogItemRetire(BaseModel):
    model_config = ConfigDict(extra="forbid")

    valid_to: date | None = None  # the item's last day in force; yesterday when absent


class ImportResult(BaseModel):
    created: int
    updated: int
    rows: int
