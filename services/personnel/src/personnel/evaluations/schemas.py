"""Requests and answers of evaluation rounds."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class EvaluationRoundCreate(_In):
    year: Annotated[int, Field(ge=1945, le=2100)]
    closes_on: date | None = None  # R-42 by default: 15 December (15 January next year with special_year_end)
    special_year_end: bool = False
    note: Annotated[str | None, Field(max_length=1000)] = None


class EvaluationRoundPublic(BaseModel):
    id: uuid.UUID
    year: int
    closes_on: date
    state: str  # open | closed
    note: str | None
    opened_by: str
    opened_at: datetime
    closed_by: str | None
    closed_at: datetime | None
    overdue: bool  # past its closing date


class EvaluationEntryInput(_In):
    person_id: uuid.UUID
    months_worked: Annotated[int, Field(ge=0, le=12)] = 12
    leave_exception: bool = False  # maternity, sick or unpaid leave: rated on the actual time
    is_head: bool = False
    forced: bool = False  # a forcing event of R-40
    forced_reason: Annotated[str | None, Field(max_length=1000)] = None
    self_assessment: Annotated[str | None, Field(max_length=4000)] = None
    score: Annotated[Decimal | None, Field(ge=0, le=100, decimal_places=2)] = None
    rating: Annotated[str | None, Field(max_length=20)] = None


class EvaluationSheetSave(_In):
    revision: int = 0
    unit_rating: Annotated[str | None, Field(max_length=20)] = None
    entries: list[EvaluationEntryInput] = []


class EvaluationApprove(_In):
    decision_number: Annotated[str, Field(min_length=1, max_length=100)]
    decision_signed_on: date


class EvaluationReject(_In):
    reason: Annotated[str, Field(max_length=1000)]


class EvaluationPoorFlag(BaseModel):
    years: tuple[int, int]
    procedure: str  # termination | dismissal_from_post | contract_termination
    message: str


class EvaluationEntryPublic(BaseModel):
    person_id: uuid.UUID
    full_name: str
    birth_date: date | None
    position: str | None
    staff_category: str | None
    months_worked: int
    leave_exception: bool
    is_head: bool
    forced: bool
    forced_reason: str | None
    # A discipline of the year in the record forces "Không hoàn thành nhiệm vụ": why, in words.
    forcing_discipline: str | None = None
    self_assessment: str | None
    score: Decimal | None
    rating: str | None
    score_level: str | None  # the level the score reaches (points scheme)
    scheme: str | None  # levels | points
    score_required: bool
    levels: list[str]
    legal_basis: str | None
    previous_year_rating: str | None
    poor_flag: EvaluationPoorFlag | None  # R-43 with this year's rating
    saved: bool  # a saved line (else the defaults of a new one)
    applied_version: int | None


class EvaluationQuota(BaseModel):
    task_group: str
    good: int
    excellent: int
    percent: int
    allowed: int
    exceeded: bool


class EvaluationIssue(BaseModel):
    person_id: uuid.UUID | None
    field: str
    code: str
    message: str


class EvaluationSheetPublic(BaseModel):
    round: EvaluationRoundPublic
    unit_id: str
    unit_name: str
    sheet_id: uuid.UUID | None
    state: str  # new | draft | submitted | approved
    revision: int
    unit_rating: str | None
    created_by: str | None
    updated_by: str | None
    submitted_by: str | None
    submitted_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    decision_number: str | None
    decision_signed_on: date | None
    reject_reason: str | None
    entries: list[EvaluationEntryPublic]
    quotas: list[EvaluationQuota]
    issues: list[EvaluationIssue]


class EvaluationProgressRow(BaseModel):
    unit_id: str
    unit_name: str
    to_rate: int  # working people of the unit
    rated: int  # lines with a result
    state: str  # new | draft | submitted | approved
    submitted_at: datetime | None
    decided_at: datetime | None
    poor: int  # rated "Không hoàn thành nhiệm vụ"
    flagged: int  # two consecutive years
    late: bool  # not approved after the closing date


class EvaluationProgress(BaseModel):
    round: EvaluationRoundPublic
    as_of: date
    rows: list[EvaluationProgressRow]
    units: int
    approved: int
    late: int
    to_rate: int
    rated: int


class EvaluationHistoryRow(BaseModel):
    year: int
    rating: str | None
    emulation_title: str | None = None
    award: str | None = None


class EvaluationPendingRow(BaseModel):
    year: int
    unit_id: str
    state: str
    rating: str | None
    score: Decimal | None


class PersonEvaluations(BaseModel):
    person_id: uuid.UUID
    history: list[EvaluationHistoryRow]
    pending: list[EvaluationPendingRow]
    poor_flag: EvaluationPoorFlag | None
