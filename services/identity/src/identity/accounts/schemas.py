import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class AccountCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=3, max_length=100, pattern=r"^[a-z0-9][a-z0-9._-]*$")
    unit_id: str = Field(min_length=1, max_length=64)
    roles: list[str] = Field(min_length=1)
    full_name: str | None = Field(default=None, max_length=300)
    email: str | None = Field(default=None, max_length=255, pattern=r"^[^@\s]+@[^@\s]+$")
    # Left out: a random temporary password is generated and returned once.
    password: str | None = Field(default=None, max_length=128)
    additional_reason: str | None = Field(default=None, max_length=500)


class AccountRolesUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    roles: list[str] = Field(min_length=1)
    row_version: int = Field(ge=1, description="the account's version the administrator read (409 if it moved on)")


class AccountLock(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=3, max_length=500)


class AccountPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    account_id: str
    username: str
    unit_id: str
    unit_name: str | None = None
    roles: list[str]
    enabled: bool
    status: str  # active | locked
    full_name: str | None
    email: str | None
    lock_reason: str | None
    locked_at: datetime | None
    last_sign_in_at: datetime | None
    created_at: datetime
    row_version: int  # send it back with a change of roles


class AccountsPublic(BaseModel):
    data: list[AccountPublic]
    count: int


class AccountCreated(BaseModel):
    account: AccountPublic
    temporary_password: str  # shown once; the person must change it at the first sign-in


class PasswordReset(BaseModel):
    account_id: str
    temporary_password: str  # shown once; the person must change it at the next sign-in


class AccountRequestCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account_id: str = Field(min_length=1, max_length=64)
    action: Literal["unlock", "reset", "second_factor"]  # second_factor: a lost authenticator app
    reason: str = Field(min_length=3, max_length=500)


class AccountRequestPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    account_id: str
    username: str | None = None  # of the account the request is about
    action: str
    reason: str
    state: str
    requested_by_username: str
    requested_at: datetime
    decided_by_username: str | None
    decided_at: datetime | None


class AccountRequestDone(BaseModel):
    request: AccountRequestPublic
    account: AccountPublic
    temporary_password: str | None = None  # a reset: shown once, to the administrator who confirmed
