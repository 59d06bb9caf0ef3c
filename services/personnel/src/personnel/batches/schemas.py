from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from personnel.batches.rules import KIND_PATTERN, MAX_ITEMS, ProfilePatch


class Decision(BaseModel):
    """The decision every item is written with: number, date, signer, issuing body."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    decision_number: str | None = Field(default=None, max_length=100)
    decision_signed_on: date | None = None
    signer: str | None = Field(default=None, max_length=200)
    issuer: str | None = Field(default=None, max_length=300)


class ItemCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    person_id: uuid.UUID
    patch: ProfilePatch
    effective_on: date | None = None  # the date the change takes effect (a raise's date)
    reason: str | None = Field(default=None, max_length=1000)
    summary: dict[str, Any] = Field(default_factory=dict)


class BatchCreate(Decision):
    kind: str = Field(pattern=KIND_PATTERN)
    unit_id: str | None = Field(default=None, max_length=64)  # the deciding unit; the account's own by default
    title: str = Field(default="", max_length=300)
    note: str | None = Field(default=None, max_length=2000)
    effective_on: date | None = None
    items: list[ItemCreate] = Field(max_length=MAX_ITEMS)


class BatchUpdate(Decision):
    """The decision's fields of a draft (the items are fixed: a new list is a new batch)."""

    title: str = Field(default="", max_length=300)
    note: str | None = Field(default=None, max_length=2000)


class Approve(Decision):
    pass


class Reject(BaseModel):
    reason: str = Field(min_length=1, max_length=2000)


class ItemPublic(BaseModel):
    id: uuid.UUID
    position: int
    person_id: uuid.UUID
    full_name: str
    unit_id: str
    effective_on: date | None
    base_version: int
    patch: dict[str, Any]
    reason: str | None
    summary: dict[str, Any]
    applied_version: int | None


class BatchPublic(BaseModel):
    id: uuid.UUID
    kind: str
    unit_id: str
    state: str
    title: str
    note: str | None
    decision_number: str | None
    decision_signed_on: date | None
    signer: str | None
    issuer: str | None
    effective_on: date | None
    has_scan: bool = False
    scan_filename: str | None = None
    scan_content_type: str | None = None
    item_count: int
    warnings: list[dict[str, Any]]
    created_by: str
    created_at: datetime
    submitted_by: str | None
    submitted_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    reject_reason: str | None


class BatchDetail(BatchPublic):
    items: list[ItemPublic]


class BatchesPublic(BaseModel):
    items: list[BatchPublic]
    total: int


class FieldDiff(BaseModel):
    path: str
    official: Any
    proposed: Any


class PersonDiff(BaseModel):
    item_id: uuid.UUID
    person_id: uuid.UUID
    full_name: str
    base_version: int
    current_version: int
    stale: bool  # the record changed since the batch was built: approving gives 409 naming the person
    changes: list[FieldDiff]


class BatchDiff(BaseModel):
    batch_id: uuid.UUID
    people: list[PersonDiff]


SalaryKind = Literal["salary_raise", "beyond_frame", "early_raise"]


class SalaryProposalQuery(BaseModel):
    """People picked from a due list: the system proposes each one's new step, coefficient, amount and date."""

    model_config = ConfigDict(extra="forbid")

    kind: SalaryKind = "salary_raise"
    person_ids: list[uuid.UUID] = Field(max_length=MAX_ITEMS)
    # Early raise: without a reason given, R-13 proposes the date and the achievement (review year of
    # `effective_on`, or this year); with a reason, the officer's date (`dates` per person, else effective_on).
    effective_on: date | None = None
    dates: dict[str, date] = Field(default_factory=dict)  # person_id -> early raise's date
    reasons: dict[str, str] = Field(default_factory=dict)  # person_id -> early-raise reason (achievement)


class SalaryProposal(BaseModel):
    person_id: uuid.UUID
    full_name: str
    unit_id: str
    rank_code: str | None
    salary_group: str | None
    step: int | None
    coefficient: str | None
    new_step: int | None
    new_coefficient: str | None
    beyond_frame_percent: int | None = None
    effective_on: date | None
    base_salary: int | None
    monthly_amount: int | None
    reason: str | None = None
    problem: str | None = None  # a code of personnel.errors when nothing can be proposed
    problem_message: str | None = None
    item: ItemCreate | None = None  # ready to be sent in BatchCreate.items


class SalaryProposals(BaseModel):
    kind: str
    items: list[SalaryProposal]


class RetirementProposalQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    person_ids: list[uuid.UUID] = Field(max_length=MAX_ITEMS)
