"""Audit of access to personal data: who did what to which record, when, from where.

Each service writes its entries in its own database, in the same transaction as the action (so an
action whose audit cannot be written fails with it), chained by hash: every entry stores the hash of
the previous one of its chain, and `verify_chain` finds the first broken link. Entries are spread over
CHAINS parallel chains by actor, so one account's entries stay in one chain, in order; a writer locks
(transaction-level advisory lock) only its own chain, so audited reads by different accounts do not
queue behind one another, while each chain stays a single line. Each entry also goes out through the outbox
(`<service>.audit.recorded.v1`) so that the identity service can offer one search over all of them."""

from __future__ import annotations

import hashlib
import ipaddress
import json
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import BigInteger, Column, DateTime, Identity, Index, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel

from common.auth import Principal
from common.db import utcnow
from common.events.envelope import Envelope
from common.outbox import add_event

AUDIT_LOCK_ID = 0xA0D17
CHAINS = 16
GENESIS = "0" * 64


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_chain_seq", "chain", "seq"),)

    seq: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), primary_key=True))
    chain: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True), index=True)
    actor: str = Field(max_length=120, index=True)  # account subject
    actor_username: str = Field(max_length=120)
    actor_unit_id: str | None = Field(default=None, max_length=64)
    client_address: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=60, index=True)  # read | create | update | approve | export | ...
    resource_type: str = Field(max_length=60)  # person | document | account | ...
    resource_id: str | None = Field(default=None, max_length=120, index=True)
    unit_id: str | None = Field(default=None, max_length=64, index=True)  # the unit the record belongs to
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


class ChainedEntry(Protocol):
    """What a link of a chain carries: an AuditEntry here, or a copy received by the identity service."""

    at: datetime
    actor: str
    actor_username: str
    actor_unit_id: str | None
    client_address: str | None
    action: str
    resource_type: str
    resource_id: str | None
    unit_id: str | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str


def hashed_fields(e: ChainedEntry) -> dict[str, Any]:
    """The fields an entry's hash covers (with the previous hash)."""
    return {"at": e.at.isoformat(), "actor": e.actor, "actor_username": e.actor_username,
            "actor_unit_id": e.actor_unit_id, "client_address": e.client_address, "action": e.action,
            "resource_type": e.resource_type, "resource_id": e.resource_id, "unit_id": e.unit_id,
            "detail": e.detail}


def first_broken_link(entries: Iterable[ChainedEntry], prev_hash: str = GENESIS) -> ChainedEntry | None:
    """The first entry (in the given order) that does not follow its predecessor, or None."""
    prev = prev_hash
    for e in entries:
        if e.prev_hash != prev or entry_hash(prev, hashed_fields(e)) != e.hash:
            return e
        prev = e.hash
    return None


def client_address(request: Any) -> str | None:
    """The caller's address for the audit. Behind the gateway it is the address the gateway appended
    to X-Forwarded-For (the last entry: earlier ones are whatever the client claimed)."""
    peer = request.client.host if request.client else None
    forwarded = [a.strip() for a in request.headers.get("x-forwarded-for", "").split(",") if a.strip()]
    if forwarded and peer:
        try:
            trusted = ipaddress.ip_address(peer).is_private or ipaddress.ip_address(peer).is_loopback
        except ValueError:
            trusted = False
        if trusted:
            return forwarded[-1][:64]
    return peer


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
    at: datetime | None = None,
) -> AuditEntry:
    """Append one entry to this service's chain, in the caller's transaction.

    `at` is when it happened, if not now (a sign-in that Keycloak reported a few seconds ago)."""
    who = actor or (principal.subject if principal else "system")
    chain = chain_of(who)
    await session.execute(select(func.pg_advisory_xact_lock(AUDIT_LOCK_ID + chain)))
    prev = await session.scalar(
        select(AuditEntry.hash).where(AuditEntry.chain == chain)
        .order_by(AuditEntry.seq.desc()).limit(1)  # type: ignore[union-attr]
    )
    entry = AuditEntry(
        chain=chain,
        actor=who,
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
    if at is not None:
        entry.at = at.astimezone(UTC)  # the database gives it back in UTC; the hash must match that
    entry.at = entry.at.replace(microsecond=(entry.at.microsecond // 1000) * 1000)  # JSON-stable precision
    entry.hash = entry_hash(entry.prev_hash, hashed_fields(entry))
    session.add(entry)
    await session.flush()
    # Keyed by chain, not by entry: one chain travels in one Kafka partition, so its copies arrive in order
    # and a copy taken at any moment is an unbroken prefix (keyed by seq, a verify could see a gap in flight).
    add_event(session, Envelope(
        type=f"{service}.audit.recorded.v1", source=f"/{service}", subject=f"chain-{chain}",
        actor=entry.actor, unitid=unit_id,
        data={**hashed_fields(entry), "seq": entry.seq, "chain": chain, "hash": entry.hash,
              "prev_hash": entry.prev_hash, "service": service},
    ))
    return entry


def chain_of(actor: str) -> int:
    return zlib.crc32(actor.encode()) % CHAINS


async def verify_chain(session: AsyncSession, batch: int = 5000) -> int | None:
    """The seq of the first entry whose link is broken (edited, deleted or reordered), or None."""
    broken = [seq for chain in range(CHAINS) if (seq := await _verify_one(session, chain, batch)) is not None]
    return min(broken) if broken else None


async def _verify_one(session: AsyncSession, chain: int, batch: int) -> int | None:
    prev = GENESIS
    last = 0
    while True:
        rows = (await session.scalars(
            select(AuditEntry).where(AuditEntry.chain == chain, AuditEntry.seq > last)  # type: ignore[operator]
            .order_by(AuditEntry.seq).limit(batch)  # type: ignore[arg-type]
        )).all()
        if not rows:
            return None
        broken = first_broken_link(rows, prev)
        if broken is not None:
            return broken.seq  # type: ignore[attr-defined, no-any-return]
        prev, last = rows[-1].hash, rows[-1].seq or last
