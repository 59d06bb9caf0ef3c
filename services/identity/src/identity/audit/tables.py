from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, DateTime, Index
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from common.db import utcnow


class AuditRecord(SQLModel, table=True):
    """A copy of one entry of a service's audit chain (identity's own included), as received from Kafka:
    the one place where the Sở Nội vụ searches who did what. Rows are only ever inserted."""

    __tablename__ = "audit_record"
    __table_args__ = (
        Index("ix_audit_record_resource", "resource_id", "at"),
        Index("ix_audit_record_actor", "actor", "at"),
        Index("ix_audit_record_unit", "unit_id", "at"),
        Index("ix_audit_record_chain", "service", "chain", "seq"),
    )

    service: str = Field(primary_key=True, max_length=40)
    seq: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    chain: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
    actor: str = Field(max_length=120)
    actor_username: str = Field(max_length=120, index=True)
    actor_unit_id: str | None = Field(default=None, max_length=64)
    client_address: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=60)
    resource_type: str = Field(max_length=60)
    resource_id: str | None = Field(default=None, max_length=120)
    unit_id: str | None = Field(default=None, max_length=64)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    received_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class AuditHead(SQLModel, table=True):
    """The newest signed head received for one chain of one service (common.audit_heads): the chain's
    copy here, and the service's own chain, must still reach it."""

    __tablename__ = "audit_head"

    service: str = Field(primary_key=True, max_length=40)
    chain: int = Field(primary_key=True)
    seq: int = Field(sa_column=Column(BigInteger, nullable=False))
    hash: str = Field(max_length=64)
    at: str = Field(max_length=40)
    key_id: str = Field(max_length=32)
    signature: str = Field(max_length=200)
    received_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
