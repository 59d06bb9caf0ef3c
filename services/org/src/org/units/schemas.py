"""Request and response models of the unit tree API (the web client is written against these)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class DecisionIn(BaseModel):
    """The legal act behind a change. effective_on defaults to decision_date."""

    model_config = ConfigDict(extra="forbid")

    decision_number: str = Field(min_length=1, max_length=120)
    decision_date: date | None = None
    effective_on: date | None = None
    signer: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _effective(self) -> DecisionIn:
        if self.effective_on is None:
            if self.decision_date is None:
                raise ValueError("unit.decision_date_required")
            self.effective_on = self.decision_date
        return self

    @property
    def on(self) -> date:
        assert self.effective_on is not None
        return self.effective_on


class UnitFields(BaseModel):
    name: str = Field(min_length=1, max_length=300)
    short_name: str | None = Field(default=None, max_length=120)
    unit_type: str | None = Field(default=None, max_length=60)
    unit_block: str | None = Field(default=None, max_length=60)
    management_level: str | None = Field(default=None, max_length=60)
    address: str | None = Field(default=None, max_length=500)
    sort_order: int = 0


class UnitCreate(DecisionIn, UnitFields):
    unit_id: str = Field(min_length=1, max_length=64)  # the unit's code
    parent_id: str | None = Field(default=None, max_length=64)


class UnitRename(DecisionIn):
    name: str = Field(min_length=1, max_length=300)
    short_name: str | None = Field(default=None, max_length=120)


class UnitMove(DecisionIn):
    parent_id: str = Field(min_length=1, max_length=64)


class UnitDissolve(DecisionIn):
    note: str | None = Field(default=None, max_length=1000)


class UnitUpdate(DecisionIn):
    """Type, block, level, address or order: dated like every other change."""

    short_name: str | None = Field(default=None, max_length=120)
    unit_type: str | None = Field(default=None, max_length=60)
    unit_block: str | None = Field(default=None, max_length=60)
    management_level: str | None = Field(default=None, max_length=60)
    address: str | None = Field(default=None, max_length=500)
    sort_order: int | None = None
    row_version: int = Field(ge=0, description="the unit's row_version the editor read (409 if it moved on)")


class UnitItem(BaseModel):
    unit_id: str
    name: str
    short_name: str | None
    unit_type: str | None
    unit_block: str | None
    management_level: str | None
    parent_id: str | None
    has_children: bool
    active: bool


class UnitEdited(UnitItem):
    row_version: int  # the unit's version now: bumped by every change of the unit (its path included)


class PathEntry(BaseModel):
    unit_id: str
    name: str


class SearchHit(UnitItem):
    path: list[PathEntry]  # root .. the unit itself
    path_names: list[str]


class DecisionOut(BaseModel):
    decision_number: str | None
    decision_date: date | None
    signer: str | None


class ChangeOut(BaseModel):
    id: uuid.UUID
    kind: str
    effective_on: date
    decision_number: str
    decision_date: date | None
    signer: str | None
    reorganization_id: uuid.UUID | None
    detail: dict[str, Any]


class UnitDetail(UnitItem):
    as_of: date
    address: str | None
    sort_order: int
    established_on: date
    dissolved_on: date | None
    valid_from: date
    valid_to: date | None
    decision: DecisionOut  # the decision that created the unit
    path: list[PathEntry]
    history: list[ChangeOut]
    row_version: int  # the unit's current version (whatever as_of): send it back with PATCH /units/{id}


class PersonMoveIn(BaseModel):
    person_id: str = Field(min_length=1, max_length=64)
    from_unit_id: str = Field(min_length=1, max_length=64)
    to_unit_id: str = Field(min_length=1, max_length=64)


class ReorgTarget(BaseModel):
    """An existing unit (just unit_id), or a new one (new=true with its fields; parent defaults to the
    first source's parent)."""

    unit_id: str = Field(min_length=1, max_length=64)
    new: bool = False
    name: str | None = Field(default=None, max_length=300)
    short_name: str | None = Field(default=None, max_length=120)
    unit_type: str | None = Field(default=None, max_length=60)
    unit_block: str | None = Field(default=None, max_length=60)
    management_level: str | None = Field(default=None, max_length=60)
    parent_id: str | None = Field(default=None, max_length=64)
    address: str | None = Field(default=None, max_length=500)
    sort_order: int = 0


class ReorganizationCreate(DecisionIn):
    kind: Literal["merge", "split"]
    source_unit_ids: list[str] = Field(min_length=1, max_length=50)
    targets: list[ReorgTarget] = Field(min_length=1, max_length=50)
    person_moves: list[PersonMoveIn] = Field(default_factory=list, max_length=20000)
    child_moves: dict[str, str] = Field(default_factory=dict)  # split: sub-unit -> target
    default_target_unit_id: str | None = None  # split: where everyone not in person_moves goes
    keep_source: bool = False  # split: part of a unit split off, the unit itself remains


class ReorganizationPublic(BaseModel):
    id: uuid.UUID
    kind: str
    effective_on: date
    decision_number: str
    source_unit_ids: list[str]
    target_unit_ids: list[str]
    dissolved_unit_ids: list[str]
    moved_units: dict[str, str]
    person_moves: list[PersonMoveIn]
    default_moves: dict[str, str]
