"""Requests and answers of the career clocks. The three calculator contracts (/rules/retirement,
/rules/next-raise, /rules/reappointment) are public: other e-government systems call them, so their
fields are exactly these, dates YYYY-MM-DD."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Reason = Annotated[str, Field(max_length=500)]


class Query(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RetirementQuery(Query):
    gender: Literal["1", "2"] = Field(description='gender catalog code: "1" male, "2" female')
    birth_date: date


class RetirementAnswer(BaseModel):
    retirement_date: date = Field(description="the last day of work")
    pension_from: date
    notice_due: date = Field(description="the written notice at the latest (6 months before)")
    decision_due: date = Field(description="the retirement decision at the latest (3 months before)")


class NextRaiseQuery(Query):
    salary_group: str = Field(max_length=12, description='as in the salary-grades catalog, e.g. "A1", "A2.1", "B"')
    step_start: date
    extension_months: int = Field(default=0, ge=0, le=240)

    @field_validator("salary_group")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()


class NextRaiseAnswer(BaseModel):
    next_raise: date


class ReappointmentQuery(Query):
    term_start: date


class ReappointmentAnswer(BaseModel):
    term_end: date
    procedure_start_by: date


# A person's due dates (GET /persons/{id}/due-dates)


class ExtensionPublic(BaseModel):
    event: str  # poor_rating | reprimand | warning | salary_step_demotion | demotion | dismissal
    on: date
    months: int
    source: str
    legal_basis: str


class SalaryDue(BaseModel):
    kind: Literal["step_raise", "beyond_frame"]
    rank_code: str
    salary_group: str
    salary_table: str
    step: int
    coefficient: Decimal | None
    held_since: date  # the step's start (a step raise) or the current beyond-frame rate's (or the last step's)
    due_on: date
    next_step: int | None = None
    next_coefficient: Decimal | None = None
    beyond_frame_percent: int | None = None  # the rate reached on due_on
    period_months: int
    extension_months: int
    non_counted_months: int
    extensions: list[ExtensionPublic] = []
    early_before_retirement: date | None = None  # R-14, once the retirement notice is issued
    legal_basis: str


class RetirementOverridePublic(BaseModel):
    id: uuid.UUID
    retirement_date: date | None
    kind: str
    legal_basis: str
    decision_number: str | None
    decision_signed_on: date | None
    recorded_by: str
    recorded_at: datetime


class RetirementDue(RetirementAnswer):
    age_years: int | None
    age_months: int | None
    source: Literal["catalog", "schedule", "override"]
    legal_basis: str
    override: RetirementOverridePublic | None = None


class TermDue(BaseModel):
    position: str | None
    term_start: date
    term_end: date
    procedure_start_by: date
    warn_from: date
    decision_due_by: date | None
    state: Literal["running", "warning", "overdue", "ended"]
    at_term_end: Literal["reappoint", "until_retirement", "extend_until_retirement"] | None
    remaining_months_at_term_end: int | None
    legal_basis: str


class Problem(BaseModel):
    field: str
    code: str
    message: str


class DueDates(BaseModel):
    person_id: uuid.UUID
    version: int  # the approved version computed from (0: no approved record yet, nothing computed)
    status: str
    as_of: date
    salary: SalaryDue | None = None
    retirement: RetirementDue | None = None
    appointments: list[TermDue] = []
    problems: list[Problem] = []  # what in the record keeps a date from being computed, or looks wrong


class RetirementOverrideSet(Query):
    retirement_date: date = Field(description="the last day of work")
    kind: Literal["early", "late"]
    legal_basis: Annotated[str, Field(min_length=1, max_length=500)]
    decision_number: Annotated[str | None, Field(max_length=100)] = None
    decision_signed_on: date | None = None

    @field_validator("legal_basis")
    @classmethod
    def _basis(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("careers.override_legal_basis_required")
        return value.strip()


# The due lists (GET /due-lists)

DueKind = Literal["raise", "beyond_frame", "retirement", "term"]


class DueListItem(BaseModel):
    person_id: uuid.UUID
    full_name: str
    birth_date: date | None
    unit_id: str
    unit_name: str | None
    kind: DueKind
    due_on: date = Field(description="next step raise, beyond-frame rate, last day of work, or term end")
    state: str = Field(description="raise: upcoming | past_due; retirement: upcoming | notice_overdue | "
                                   "decision_overdue | past; term: running | warning | overdue | ended (R-31)")
    details: dict[str, Any] = Field(
        description="raise/beyond_frame: rank_code, salary_group, step, coefficient, next_step, next_coefficient, "
                    "beyond_frame_percent, held_since, extension_months, non_counted_months, position; "
                    "retirement: retirement_date, pension_from, notice_due, decision_due, age_months, source, "
                    "gender, position; term: position, term_start, warn_from, procedure_start_by, decision_due_by, "
                    "at_term_end, remaining_months_at_term_end")


class DueListPage(BaseModel):
    kind: DueKind
    date_from: date
    date_to: date
    as_of: date
    items: list[DueListItem]
    total: int
