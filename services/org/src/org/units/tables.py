"""The dated organisation tree.

`unit` holds each unit's identity and its latest state (after every recorded change), with the
materialised `path` used for subtree and scope filters and the folded `name_search` used for search.
`unit_version` holds the state valid in each period [valid_from, valid_to): as-of queries pick the
version valid on the date. `unit_change` is the history shown to people: every change with its decision.
Paths are not versioned: a move opens a new version of the moved unit only (its parent changed), and
descendants follow through parent_id; their current `path` is rewritten and announced."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Column, DateTime, Identity, Index, String
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class UnitAttributes(SQLModel):
    name: str = Field(max_length=300)
    short_name: str | None = Field(default=None, max_length=120)
    unit_type: str | None = Field(default=None, max_length=60)
    unit_block: str | None = Field(default=None, max_length=60)
    management_level: str | None = Field(default=None, max_length=60)
    parent_id: str | None = Field(default=None, max_length=64)
    address: str | None = Field(default=None, max_length=500)
    sort_order: int = 0


class Unit(UnitAttributes, table=True):
    __tablename__ = "unit"
    __table_args__ = (
        Index("ix_unit_path", "path", postgresql_using="gin"),
        Index("ix_unit_parent_id", "parent_id"),
        Index("ix_unit_name_search_trgm", "name_search", postgresql_using="gin",
              postgresql_ops={"name_search": "gin_trgm_ops"}),
    )

    unit_id: str = Field(primary_key=True, max_length=64)  # the unit's code, stable for its whole life
    path: list[str] = Field(sa_column=Column(ARRAY(String(64)), nullable=False))  # root .. self
    name_search: str = Field(max_length=600)  # folded code, name and short name (see common.text.fold)
    active: bool = True
    established_on: date
    dissolved_on: date | None = None
    last_changed_on: date  # changes may not be dated before this
    decision_number: str | None = Field(default=None, max_length=120)  # the decision that created it
    decision_date: date | None = None
    signer: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    # Bumped with every event announcing the unit: replicas apply an event only if it is newer.
    revision: int = Field(default=0, sa_type=BigInteger, sa_column_kwargs={"server_default": "0"})


class UnitVersion(UnitAttributes, table=True):
    __tablename__ = "unit_version"
    __table_args__ = (
        Index("ix_unit_version_unit_id_valid_from", "unit_id", "valid_from"),
        Index("ix_unit_version_parent_id_valid_from", "parent_id", "valid_from"),
    )

    id: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), primary_key=True))
    unit_id: str = Field(max_length=64)
    valid_from: date
    valid_to: date | None = None  # exclusive; None = still valid
    change_id: uuid.UUID | None = None  # the change that opened this version


class UnitChange(SQLModel, table=True):
    __tablename__ = "unit_change"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    unit_id: str = Field(max_length=64, index=True)
    kind: str = Field(max_length=30)  # create | rename | move | update | dissolve | merge | split
    effective_on: date
    decision_number: str = Field(max_length=120)
    decision_date: date | None = None
    signer: str | None = Field(default=None, max_length=200)
    reorganization_id: uuid.UUID | None = Field(default=None, index=True)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    actor: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class Reorganization(SQLModel, table=True):
    """A merge or split as decided: who was involved, and where their people go."""

    __tablename__ = "reorganization"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(max_length=10)  # merge | split
    effective_on: date
    decision_number: str = Field(max_length=120)
    decision_date: date | None = None
    signer: str | None = Field(default=None, max_length=200)
    source_unit_ids: list[str] = Field(sa_column=Column(ARRAY(String(64)), nullable=False))
    target_unit_ids: list[str] = Field(sa_column=Column(ARRAY(String(64)), nullable=False))
    person_moves: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    default_moves: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    actor: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
