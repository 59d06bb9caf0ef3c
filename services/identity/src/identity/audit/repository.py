from collections.abc import AsyncIterator, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditEntry
from common.scope import subtree_of
from identity.audit.tables import AuditHead, AuditRecord


async def search(
    session: AsyncSession, *, resource_id: str | None, actor: str | None, unit_id: str | None,
    include_subunits: bool, service: str | None, action: str | None, since: datetime | None,
    until: datetime | None, limit: int, offset: int,
) -> tuple[Sequence[AuditRecord], int]:
    where = []
    if resource_id:
        where.append(AuditRecord.resource_id == resource_id)
    if actor:  # the account's id or its username
        where.append((AuditRecord.actor == actor) | (AuditRecord.actor_username == actor))
    if unit_id:
        where.append(AuditRecord.unit_id.in_(subtree_of(unit_id)) if include_subunits  # type: ignore[union-attr]
                     else AuditRecord.unit_id == unit_id)
    if service:
        where.append(AuditRecord.service == service)
    if action:
        where.append(AuditRecord.action == action)
    if since:
        where.append(AuditRecord.at >= since)
    if until:
        where.append(AuditRecord.at < until)
    total = int(await session.scalar(select(func.count()).select_from(AuditRecord).where(*where)) or 0)
    rows = (await session.scalars(
        select(AuditRecord).where(*where).order_by(AuditRecord.at.desc(), AuditRecord.seq.desc())  # type: ignore[attr-defined]
        .limit(limit).offset(offset))).all()
    return rows, total


async def services_held(session: AsyncSession) -> list[str]:
    return list((await session.scalars(select(AuditRecord.service).distinct().order_by(AuditRecord.service))).all())


async def received_chain(session: AsyncSession, service: str, chain: int,
                         batch: int = 5000) -> AsyncIterator[AuditRecord]:
    last = -1
    while True:
        rows = (await session.scalars(
            select(AuditRecord).where(AuditRecord.service == service, AuditRecord.chain == chain,
                                      AuditRecord.seq > last)
            .order_by(AuditRecord.seq).limit(batch))).all()  # type: ignore[arg-type]
        if not rows:
            return
        for row in rows:
            yield row
        last = rows[-1].seq


async def local_chain(session: AsyncSession, chain: int, batch: int = 5000) -> AsyncIterator[AuditEntry]:
    last = 0
    while True:
        rows = (await session.scalars(
            select(AuditEntry).where(AuditEntry.chain == chain, AuditEntry.seq > last)  # type: ignore[operator]
            .order_by(AuditEntry.seq).limit(batch))).all()  # type: ignore[arg-type]
        if not rows:
            return
        for row in rows:
            yield row
        last = rows[-1].seq or last


async def heads(session: AsyncSession) -> dict[tuple[str, int], AuditHead]:
    """The newest signed head of every chain, by (service, chain)."""
    return {(h.service, h.chain): h for h in (await session.scalars(select(AuditHead))).all()}
