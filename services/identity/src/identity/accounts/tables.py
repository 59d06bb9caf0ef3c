from datetime import datetime

from sqlalchemy import Column, DateTime, String
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

from common.db import utcnow


class Account(SQLModel, table=True):
    """The identity service's mirror of a Keycloak user: what lists, scope checks and audits need."""

    __tablename__ = "account"

    account_id: str = Field(primary_key=True, max_length=64)  # the Keycloak user id
    username: str = Field(max_length=255, unique=True)
    unit_id: str = Field(max_length=64, index=True)
    roles: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String(40)), nullable=False))
    enabled: bool = True
    full_name: str | None = Field(default=None, max_length=300)
    email: str | None = Field(default=None, max_length=255)
    lock_reason: str | None = Field(default=None, max_length=500)
    locked_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    last_sign_in_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
