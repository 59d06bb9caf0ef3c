"""Per-unit headcount as org learns it from other services' events.

Org does not own people. Personnel and transfer will announce hires, departures and transfers
(`personnel.person.*`, `transfer.*`); handlers not yet written will keep these counters current. Until
then the table stays empty (every unit counts as empty) unless an administrator or a test fills it, and
every rule that needs headcount reads it through `org.headcount.service.staff_of`."""

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
