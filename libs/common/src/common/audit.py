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
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Protocol

from fastapi import Depends, Request
from sqlalchemy import BigInteger, Column, DateTime, Identity, Index, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel

from common.auth import CurrentPrincipal, Principal
from common.db import utcnow
from common.events.envelope import Envelope
from common.logging import correlation_id
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


# The header the gateway sets to the address it saw (nginx: proxy_set_header X-Real-IP $remote_addr).
# nginx replaces whatever a client sent under that name, so behind the gateway it cannot be forged;
# X-Forwarded-For is never read: its first entries are whatever the client claimed.
GATEWAY_ADDRESS_HEADER = "x-real-ip"


def client_address(request: Any) -> str | None:
    """The caller's address as the gateway saw it. Only a peer on a private or loopback address (the
    gateway, a sidecar) is believed about someone else's address; a caller reaching the service
    directly is recorded as itself."""
    peer = request.client.host if request.client else None
    seen = request.headers.get(GATEWAY_ADDRESS_HEADER, "").strip()
    if seen and peer and _is_internal(peer):
        try:
            return str(ipaddress.ip_address(seen))
        except ValueError:
            return peer  # not an address: the header was not written by the gateway
    return peer


def _is_internal(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback


@dataclass(frozen=True)
class AuditContext:
    """Who is acting, from where, in which request: what every audit entry of a request carries.

    Routes get it from the `Audit` dependency and pass it to the service layer, which records with
    `await audit.record(session, action=..., resource_type=..., ...)` in the same transaction as the
    change (so a change whose audit cannot be written fails with it). Event handlers and jobs use
    `AuditContext.system(service, actor)`."""

    service: str
    principal: Principal | None
    client_address: str | None = None
    request_id: str | None = None
    actor: str | None = None  # a non-account actor ("keycloak", "system") when principal is None
    actor_username: str | None = None

    @classmethod
    def system(cls, service: str, actor: str = "system", *, request_id: str | None = None) -> AuditContext:
        return cls(service=service, principal=None, actor=actor, actor_username=actor, request_id=request_id)

    @property
    def actor_id(self) -> str:
        return self.actor or (self.principal.subject if self.principal else "system")

    @property
    def actor_unit_id(self) -> str | None:
        return self.principal.unit_id if self.principal else None

    async def record(
        self,
        session: AsyncSession,
        *,
        action: str,
        resource_type: str,
        resource_id: str | None = None,
        unit_id: str | None = None,
        detail: dict[str, Any] | None = None,
        at: datetime | None = None,
        client_address: str | None = None,
    ) -> AuditEntry:
        """Append one entry for this request. `client_address` overrides the request's own only for
        facts reported by another system (a sign-in Keycloak saw)."""
        full = dict(detail or {})
        if self.request_id:
            full.setdefault("request_id", self.request_id)
        return await record(
            session, service=self.service, principal=self.principal, action=action,
            resource_type=resource_type, resource_id=resource_id, unit_id=unit_id,
            client_address=client_address or self.client_address, detail=full,
            actor=self.actor, actor_username=self.actor_username, at=at,
        )


async def audit_context(request: Request, principal: CurrentPrincipal) -> AuditContext:
    """The FastAPI dependency: the signed-in account, its unit, the gateway-seen address, the request id."""
    return AuditContext(
        service=request.app.state.settings.service_name,
        principal=principal,
        client_address=client_address(request),
        request_id=correlation_id.get(),
    )


Audit = Annotated[AuditContext, Depends(audit_context)]


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
    # What the request changed is written before the chain's lock is taken, not by the flush below: the
    # lock is held until the commit, and every audited request of the chain's accounts waits for it.
    await session.flush()
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
