"""Reference catalogs (danh mục): one row per catalog, one per item, and the usage counters."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Column, DateTime
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from common.db import utcnow


class Catalog(SQLModel, table=True):
    __tablename__ = "catalog"

    catalog: str = Field(primary_key=True, max_length=60)  # the CSV file's stem, e.g. ethnic_groups
    name: str = Field(max_length=200)  # Vietnamese title
    name_en: str | None = Field(default=None, max_length=200)
    source: str | None = Field(default=None, max_length=300)  # the file it was seeded from
    attribute_names: list[str] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class CatalogItem(SQLModel, table=True):
    __tablename__ = "catalog_item"

    catalog: str = Field(primary_key=True, max_length=60, foreign_key="catalog.catalog")
    code: str = Field(primary_key=True, max_length=120)
    name: str = Field(max_length=400)
    sort_order: int = 0
    active: bool = True
    valid_from: date | None = None
    valid_to: date | None = None
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    seeded: bool = Field(default=False, sa_column_kwargs={"server_default": "false"})  # from a statutory list
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    # Bumped with every event announcing the item: copies apply an event only if it is newer.
    revision: int = Field(default=0, sa_type=BigInteger, sa_column_kwargs={"server_default": "0"})
    # Removed by an administrator: kept (records of the past may name it), listed nowhere, restorable.
    deleted_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class CatalogItemUsage(SQLModel, table=True):
    """How many records of another service use an item (fed by their events later; see catalogs/README).

    Org's own references (unit types, blocks, levels, ranks of job positions) are counted live instead."""

    __tablename__ = "catalog_item_usage"

    catalog: str = Field(primary_key=True, max_length=60)
    code: str = Field(primary_key=True, max_length=120)
    consumer: str = Field(primary_key=True, max_length=60)  # the service holding the references
    ref_count: int = 0
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
