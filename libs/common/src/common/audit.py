"""Audit of access to personal data: who did what to which record, when, from where.

Each service writes its entries in its own database, in the same transaction as the action (so an
action whose audit cannot be written fails with it), chained by hash: every entry stores the hash of
the previous one, and `verify_chain` finds the first broken link. Writers take a transaction-level
advisory lock so the chain stays a single line. Each entry also goes out through the outbox
(`<service>.audit.recorded.v1`) so that the identity service can offer one search over all of them."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, DateTime, Identity, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel

from common.auth import Principal
from common.db import utcnow
from common.events.envelope import Envelope
from common.outbox import add_event

AUDIT_LOCK_ID = 0xA0D17
GENESIS = "0" * 64


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"

    seq: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), primary_key=True))
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True), index=True)
    actor: str = Field(max_length=120, index=True)  # account subject
    actor_username: str = Field(max_length=120)
    actor_unit_id: str | None = Field(default=None, max_length=64)
    client_address: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=60, index=True)  # read | create | update | approve | export | download | ...
    resource_type: str = Field(max_length=60)  # person | document | account | ...
    resource_id: str | None = Field(default=None, max_length=120, index=True)
    unit_id: str | None = Field(default=None, max_length=64, index=True)  # the unit the record belongs to
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def _hashed_fields(e: AuditEntry) -> dict[str, Any]:
    return {"at": e.at.isoformat(), "actor": e.actor, "actor_username": e.actor_username,
            "actor_unit_id": e.actor_unit_id, "client_address": e.client_address, "action": e.action,
            "resource_type": e.resource_type, "resource_id": e.resource_id, "unit_id": e.unit_id,
            "detail": e.detail}


async def record(
    session: AsyncSession,
    *,
    service: str,
    principal: Principal | None,
    action: str,
    resource_type: str,
    resource_id: str | None = None,
    unit_id: str | None = None,
    client_address: str | None = None,
    detail: dict[str, Any] | None = None,
    actor: str | None = None,
    actor_username: str | None = None,
) -> AuditEntry:
    """Append one entry to this service's chain, in the caller's transaction."""
    await session.execute(select(func.pg_advisory_xact_lock(AUDIT_LOCK_ID)))
    prev = await session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))  # type: ignore[union-attr]
    entry = AuditEntry(
        actor=actor or (principal.subject if principal else "system"),
        actor_username=actor_username or (principal.username if principal else "system"),
        actor_unit_id=principal.unit_id if principal else None,
        client_address=client_address,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        unit_id=unit_id,
        detail=detail or {},
        prev_hash=prev or GENESIS,
        hash="",
    )
    entry.at = entry.at.replace(microsecond=(entry.at.microsecond // 1000) * 1000)  # JSON-stable precision
    entry.hash = entry_hash(entry.prev_hash, _hashed_fields(entry))
    session.add(entry)
    await session.flush()
    add_event(session, Envelope(
        type=f"{service}.audit.recorded.v1", source=f"/{service}", subject=str(entry.seq),
        actor=entry.actor, unitid=unit_id, data={**_hashed_fields(entry), "seq": entry.seq, "hash": entry.hash,
                                                 "prev_hash": entry.prev_hash, "service": service},
    ))
    return entry


async def verify_chain(session: AsyncSession, batch: int = 5000) -> int | None:
    """The seq of the first entry whose link is broken (edited, deleted or reordered), or None."""
    prev = GENESIS
    last = 0
    while True:
        rows = (await session.scalars(
            select(AuditEntry).where(AuditEntry.seq > last).order_by(AuditEntry.seq).limit(batch)  # type: ignore[arg-type,operator]
        )).all()
        if not rows:
            return None
        for e in rows:
            if e.prev_hash != prev or entry_hash(prev, _hashed_fields(e)) != e.hash:
                return e.seq
            prev, last = e.hash, e.seq or last
