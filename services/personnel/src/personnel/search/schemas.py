from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from pydantic import BaseModel, SerializerFunctionWrapHandler, model_serializer


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
    # True when counting stopped at the cap and total is the planner's estimate (at least cap + 1).
    # Left out of the body when False, so an exact page keeps the agreed shape {items, total}.
    total_is_estimate: bool = False

    @model_serializer(mode="wrap")
    def _without_exact_flag(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        body: dict[str, Any] = handler(self)
        if not self.total_is_estimate:
            body.pop("total_is_estimate", None)
        return body
