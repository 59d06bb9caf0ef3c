"""Per-unit headcount as org learns it from other services' events.

Org does not own people. Personnel announces every approved record and status change
(`personnel.person.*`); `handlers.py` keeps one placement row per person (where they work, in which
category, whether they count) and recounts the units a change touches. Pending transfers will come from
`transfer.*` events once the transfer service publishes them. Every rule that needs headcount reads it
through `org.headcount.service.staff_of`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel

from common.db import utcnow


class UnitHeadcount(SQLModel, table=True):
    __tablename__ = "unit_headcount"

    unit_id: str = Field(primary_key=True, max_length=64)
    cadre: int = 0
    civil_servant: int = 0
    public_employee: int = 0
    contract_worker: int = 0
    pending_transfers: int = 0  # transfers into or out of the unit not yet effective or rejected
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))

    @property
    def staff(self) -> int:
        return self.cadre + self.civil_servant + self.public_employee + self.contract_worker


class PersonPlacement(SQLModel, table=True):
    """Where one person counts, as of the newest approved version org has seen."""

    __tablename__ = "person_placement"

    person_id: str = Field(primary_key=True, max_length=64)
    unit_id: str = Field(max_length=64, index=True)
    staff_category: str = Field(default="civil_servant", max_length=32)
    active: bool = True
    version: int = 0
