from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator


class RuleCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    obligation: str = Field(max_length=40, description="new_record, decision_update, internal_move, "
                                                       "transfer_handover, transfer_receive, status_change, "
                                                       "electronic_dossier")
    working_days: int = Field(ge=0, le=60)
    valid_from: date
    legal_basis: str = Field(min_length=3, max_length=300)
    note: str | None = Field(default=None, max_length=1000)

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _strip(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value

    @field_validator("note", mode="before")
    @classmethod
    def _blank_note_is_none(cls, value: object) -> object:
        return (value.strip() or None) if isinstance(value, str) else value


class RulePublic(BaseModel):
    id: uuid.UUID
    obligation: str
    obligation_name: str
    working_days: int
    valid_from: date
    valid_to: date | None
    legal_basis: str
    note: str | None
    created_by: str
    created_at: datetime
