"""A unit a case may be addressed to."""

from __future__ import annotations

from pydantic import BaseModel


class UnitChoice(BaseModel):
    unit_id: str
    name: str
    path_names: list[str]  # root .. the unit, to tell apart units of the same name
