from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Column, DateTime
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from common.db import utcnow


class CatalogItem(SQLModel, table=True):
    """Personnel's own copy of org's catalog items. The table name differs from org's `catalog_item`
    because every service's tables share one SQLModel registry when the whole test suite imports them."""

    __tablename__ = "catalog_copy_item"

    catalog: str = Field(primary_key=True, max_length=80)
    code: str = Field(primary_key=True, max_length=80)
    name: str = Field(max_length=400)
    sort_order: int = 0
    active: bool = True
    valid_from: date | None = None
    valid_to: date | None = None
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    source: str = Field(default="org", max_length=20)  # org (event) | seed (CSV on first start)
    version: int = Field(default=0, sa_type=BigInteger, sa_column_kwargs={"server_default": "0"})  # org's revision
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
