"""The accounts of the province, as identity announces them (identity.account.* events): whom a message
may be addressed to, and the names shown beside it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index
from sqlmodel import Field, SQLModel

from common.db import utcnow


class AccountRef(SQLModel, table=True):
    __tablename__ = "account_ref"
    __table_args__ = (Index("ix_account_ref_unit", "unit_id"),)

    account_id: str = Field(primary_key=True, max_length=64)  # the Keycloak user id
    username: str = Field(max_length=120)
    full_name: str | None = Field(default=None, max_length=200)
    unit_id: str = Field(max_length=64)
    enabled: bool = True
    event_time: datetime = Field(sa_type=DateTime(timezone=True))  # of the newest event applied
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
