"""Declaration rounds and each person's invitation (the link, their draft, their signature). Nothing is deleted: a
link replaced by a reminder is revoked, a signed declaration stays with its hash."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Index, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class DeclarationRound(SQLModel, table=True):
    """A year's self-declaration round (Art. 9.2b), opened by the Department of Home Affairs."""

    __tablename__ = "declaration_round"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    year: int = Field(index=True)
    opens_on: date
    closes_on: date
    note: str | None = Field(default=None, max_length=1000)
    opened_by: str = Field(max_length=120)
    opened_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class DeclarationInvitation(SQLModel, table=True):
    """One person in one round: the link (only its token's hash), the draft, the signed declaration."""

    __tablename__ = "declaration_invitation"
    __table_args__ = (UniqueConstraint("round_id", "person_id", name="uq_declaration_invitation_round_person"),
                      Index("ix_declaration_invitation_round_unit", "round_id", "unit_id"))

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="declaration_round.id")
    person_id: uuid.UUID = Field(foreign_key="person.id")
    unit_id: str = Field(max_length=64)
    token_hash: str | None = Field(default=None, max_length=64, unique=True)
    token_expires_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    reminded_count: int = 0
    reminded_by: str | None = Field(default=None, max_length=120)
    reminded_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    draft: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    draft_saved_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    signed_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    signed_name: str | None = Field(default=None, max_length=120)
    signed_ip: str | None = Field(default=None, max_length=64)
    signed_user_agent: str | None = Field(default=None, max_length=500)
    content_hash: str | None = Field(default=None, max_length=64)
    no_change: bool = False
    change_request_id: uuid.UUID | None = Field(default=None, foreign_key="change_request.id")
