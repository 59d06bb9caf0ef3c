"""Requests and answers of the award and discipline registers."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["award", "discipline"]
State = Literal["submitted", "approved", "rejected"]
Text = Annotated[str, Field(min_length=1, max_length=300)]


class DecisionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    kind: Kind
    number: Annotated[str, Field(min_length=1, max_length=100)]
    signed_on: date
    issuer: Text  # cơ quan, người có thẩm quyền ban hành
    signer: Annotated[str | None, Field(max_length=200)] = None
    form: Annotated[str, Field(min_length=1, max_length=40)]  # award_forms / emulation_titles / discipline_forms
    level: Annotated[str | None, Field(max_length=100)] = None
    achievement_year: Annotated[int | None, Field(ge=1945, le=2100)] = None
    violation: Annotated[str | None, Field(max_length=2000)] = None
    duty_related: bool = True
    note: Annotated[str | None, Field(max_length=2000)] = None
    person_ids: Annotated[list[uuid.UUID], Field(max_length=500)]


class RegisterReject(BaseModel):
    reason: Annotated[str, Field(max_length=2000)] = ""


class EarlyRaiseUsage(BaseModel):
    """An award used for an early raise (R-13), computed from the early-raise batch decisions naming it (or,
    for a raise decided outside the system, the date recorded on the register's entry)."""

    effective_on: date | None  # the raise's date
    batch_id: uuid.UUID | None = None
    decision_number: str | None = None
    decision_signed_on: date | None = None
    state: str  # the batch's: draft | submitted | approved; recorded: typed on the register, no batch
    text: str  # "Đã dùng để nâng lương trước thời hạn ..." (Vietnamese, with the decision)


class RegisterEntryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    person_id: uuid.UUID
    unit_id: str
    unit_name: str | None = None
    full_name: str
    staff_category: str | None
    applied_version: int | None
    used_for_early_raise_on: date | None
    early_raise: EarlyRaiseUsage | None = None  # award: the early raise that used it, computed


class DecisionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: Kind
    unit_id: str
    unit_name: str | None = None
    state: State
    batch_id: uuid.UUID | None = None  # the batch decision writing the records (also on the batch screen)
    number: str
    signed_on: date
    issuer: str
    signer: str | None
    form: str
    form_name: str | None = None
    level: str | None
    achievement_year: int | None
    violation: str | None
    valid_until: date | None = None  # discipline of a public employee: in force 12 months, then lapses
    duty_related: bool
    note: str | None
    person_count: int
    created_by: str
    created_at: datetime
    submitted_by: str | None
    decided_by: str | None
    decided_at: datetime | None
    reject_reason: str | None
    may_approve: bool = False
    entries: list[RegisterEntryPublic] = []


class DecisionPage(BaseModel):
    items: list[DecisionPublic]
    total: int


class EarlyRaiseUse(BaseModel):
    raised_on: date


class DisciplineEffectPublic(BaseModel):
    form: str
    form_name: str | None = None
    decided_on: date
    decision_number: str | None = None
    extension_months: int
    extension_basis: str
    in_force_until: date | None
    in_force: bool
    restricted_until: date | None
    restricted: bool
    forced_rating_year: int | None


class AwardEffectPublic(BaseModel):
    code: str
    name: str | None = None
    decided_on: date
    decision_number: str | None = None
    early_raise_months: int
    usable_until: date | None
    usable: bool
    used_on: date | None
    entry_id: uuid.UUID | None = None  # the register's entry, to record its use for an early raise
    early_raise: EarlyRaiseUsage | None = None  # the early raise that used it (batch decision), computed


class PersonEffects(BaseModel):
    person_id: uuid.UUID
    as_of: date
    staff_category: str
    pay_group: str | None
    review_year: int
    extension_months: int
    forced_ratings: list[int]
    restricted_until: date | None
    disciplines: list[DisciplineEffectPublic]
    awards: list[AwardEffectPublic]
    best_usable_award: AwardEffectPublic | None
    pending_decisions: int  # submitted decisions naming the person, not yet approved
