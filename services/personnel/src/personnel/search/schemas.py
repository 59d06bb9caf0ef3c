from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel


class PersonSummary(BaseModel):
    person_id: uuid.UUID
    full_name: str
    birth_date: date | None
    gender: str | None
    unit_id: str
    unit_name: str | None
    position: str | None
    status: str


class PersonsPage(BaseModel):
    items: list[PersonSummary]
    total: int
