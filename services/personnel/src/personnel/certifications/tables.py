"""One certification per unit and month, never changed once signed."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, Index
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class Certification(SQLModel, table=True):
    __tablename__ = "certification"
    __table_args__ = (
        Index("uq_certification_unit_id_month", "unit_id", "month", unique=True),
        Index("ix_certification_month", "month"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    unit_id: str = Field(max_length=64)
    unit_name: str = Field(max_length=300)
    month: str = Field(max_length=7)  # YYYY-MM
    certified_on: date  # the day in Vietnam (common.clock.today())
    certified_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    certified_by: str = Field(max_length=120)  # username
    certified_by_name: str | None = Field(default=None, max_length=200)
    late: bool = False  # after the month's last working day
    window_opens: date
    window_closes: date
    change_count: int = 0
    object_key: str = Field(max_length=300)  # the signed PDF in the documents bucket
    size: int = 0
    sha256: str = Field(max_length=64)
    signer_subject: str = Field(max_length=500)  # the signing certificate's subject
    signer_serial: str = Field(max_length=80)
    signer_kind: str = Field(max_length=20)  # dev_ca | (production: remote, pkcs11)
