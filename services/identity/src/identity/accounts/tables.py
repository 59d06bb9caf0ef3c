import uuid
from datetime import date, datetime

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
    # Bumped by every change of roles, status or details (not by a sign-in): a change of roles names the
    # version its administrator read, and is refused (409) if the account moved on meanwhile.
    row_version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class AccountRequest(SQLModel, table=True):
    """An action on an administrator's account asked by one administrator, waiting for a second one
    (rules.needs_second_administrator). Kept after it is decided."""

    __tablename__ = "account_request"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    account_id: str = Field(max_length=64, index=True)
    action: str = Field(max_length=20)  # unlock | reset | second_factor
    reason: str = Field(max_length=500)
    state: str = Field(default="pending", max_length=20, index=True)  # pending | done | cancelled
    requested_by: str = Field(max_length=64)
    requested_by_username: str = Field(max_length=255)
    requested_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    decided_by_username: str | None = Field(default=None, max_length=255)
    decided_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class PasswordExpiryNotice(SQLModel, table=True):
    """identity.password.expiring.v1 sent for an account's password expiring on a date (identity.password_expiry):
    the primary key makes it once per account and expiry, whichever pass or replica gets there first."""

    __tablename__ = "password_expiry_notice"

    account_id: str = Field(primary_key=True, max_length=64)
    expires_on: date = Field(primary_key=True)
    sent_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
