from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["internal_move", "transfer", "rotation", "secondment", "arrival", "leaving"]


class DecisionIn(BaseModel):
    decision_number: str = Field(min_length=1, max_length=60)
    decision_signed_on: date
    effective_on: date
    signer: str | None = Field(default=None, max_length=200)


class CaseCreate(DecisionIn):
    model_config = ConfigDict(extra="forbid")

    kind: str = Field(max_length=30, description="internal_move | transfer | rotation | secondment | arrival | leaving")
    person_id: uuid.UUID | None = Field(default=None, description="everyone but an arrival")
    to_unit_id: str | None = Field(default=None, max_length=64)
    to_sub_unit_id: str | None = Field(default=None, max_length=64)
    return_on: date | None = None
    leaving_form: str | None = Field(default=None, max_length=40)
    outside_organisation: str | None = Field(default=None, max_length=300)
    # An arrival from outside the province: who arrives.
    full_name: str | None = Field(default=None, max_length=120)
    personal_id_number: str | None = Field(default=None, pattern=r"^\d{12}$")
    birth_date: date | None = None
    note: str | None = Field(default=None, max_length=2000)


class StepIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    row_version: int | None = Field(default=None, description="the case version the user saw (409 if it moved on)")
    note: str | None = Field(default=None, max_length=1000)
    reason: str | None = Field(default=None, max_length=1000, description="required to reject")
    to_sub_unit_id: str | None = Field(default=None, max_length=64, description="forward: the employing sub-unit")


class StepPublic(BaseModel):
    step: str
    state: str
    by_username: str
    by_unit_id: str | None
    at: datetime
    note: str | None


class ObligationPublic(BaseModel):
    kind: str
    unit_id: str
    label: str
    trigger_on: date
    due_on: date
    working_days: int
    legal_basis: str
    done_at: datetime | None
    days_left: int | None = Field(description="working days from today to the due date (negative: overdue)")
    late: bool


class CasePublic(BaseModel):
    id: uuid.UUID
    kind: str
    state: str
    person_id: uuid.UUID | None
    full_name: str
    personal_id_number: str | None
    from_unit_id: str | None
    from_unit_name: str | None = None
    to_unit_id: str | None
    to_unit_name: str | None = None
    to_sub_unit_id: str | None
    outside_organisation: str | None
    return_on: date | None
    leaving_form: str | None
    decision_number: str
    decision_signed_on: date
    effective_on: date
    signer: str | None
    decision_document_name: str | None
    reject_reason: str | None
    note: str | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    row_version: int
    next_due_on: date | None = None
    next_days_left: int | None = None
    overdue: bool = False
    steps_open: list[str] = []
    steps: list[StepPublic] = []
    obligations: list[ObligationPublic] = []
    moves_applied: int = 0
    moves_total: int = 0


class CasesPublic(BaseModel):
    items: list[CasePublic]
    total: int
