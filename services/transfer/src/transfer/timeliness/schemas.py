"""What the timeliness report answers (Art. 9, 16.5, 16.6)."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, Field


class UnitTimeliness(BaseModel):
    rank: int = Field(description="1 = best share on time; units with the same share share the rank")
    unit_id: str
    unit_name: str | None
    due: int = Field(description="obligations falling due in the period")
    on_time: int = Field(description="done by their due date")
    late: int = Field(description="done after their due date")
    open_overdue: int = Field(description="not done, due date passed")
    open_not_due: int = Field(description="not done, due date not yet passed")
    share_on_time: float | None = Field(description="on_time / (on_time + late + open_overdue), 0..1; null if "
                                                    "nothing due in the period can be judged yet")
    kinds: dict[str, int] = Field(description="obligations due, by kind")


class TimelinessReport(BaseModel):
    period_from: date
    period_to: date
    units: list[UnitTimeliness]
    due: int
    on_time: int
    late: int
    open_overdue: int
    share_on_time: float | None


class OverdueItem(BaseModel):
    obligation_id: uuid.UUID
    kind: str
    kind_name: str
    unit_id: str
    unit_name: str | None
    label: str
    person_id: uuid.UUID | None
    case_id: uuid.UUID | None
    trigger_on: date
    due_on: date
    working_days_overdue: int = Field(description="working days passed since the due date, today included")
    legal_basis: str
