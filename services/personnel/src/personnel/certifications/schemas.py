"""Requests and answers of the monthly certification."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from personnel.certifications.rules import Month

Status = Literal["certified", "late", "missing", "waiting"]


class CertificationCreate(BaseModel):
    unit_id: str = Field(min_length=1, max_length=64)
    month: str = Field(description="YYYY-MM", examples=["2026-11"])

    @field_validator("month")
    @classmethod
    def _month(cls, v: str) -> str:
        return str(Month.parse(v))


class CertificationPublic(BaseModel):
    id: uuid.UUID
    unit_id: str
    unit_name: str
    month: str
    certified_on: date
    certified_at: datetime
    certified_by: str
    certified_by_name: str | None
    late: bool
    window_opens: date
    window_closes: date
    change_count: int
    size: int
    sha256: str
    signer_subject: str
    signer_serial: str
    signer_kind: str


class Change(BaseModel):
    """One line of the certificate: a person, what changed, the decision and its date."""

    person_id: uuid.UUID
    full_name: str
    unit_id: str
    unit_name: str
    kind: Literal["version", "status"]
    what: str
    decision_number: str | None = None
    decision_signed_on: date | None = None
    on: date


class CertificationPreview(BaseModel):
    """What the unit's head sees before certifying: the month, its window, whether they may, the changes."""

    unit_id: str
    unit_name: str
    month: str
    window_opens: date
    window_closes: date
    today: date
    timing: Literal["early", "on_time", "late"]
    may_certify: bool
    refusal: str | None = None  # the error code a certification would get now
    refusal_message: str | None = None
    certification: CertificationPublic | None = None
    changes: list[Change]
    changes_capped: bool = False


class OverviewRow(BaseModel):
    unit_id: str
    unit_name: str
    parent_id: str | None
    depth: int
    status: Status
    certification: CertificationPublic | None = None


class Overview(BaseModel):
    unit_id: str
    month: str
    window_opens: date
    window_closes: date
    today: date
    counts: dict[str, int]
    rows: list[OverviewRow]
