"""Every query of announcements: a unit's outbox (sent by units of the scope) and inbox (its own copies)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, scope_clause
from notify.announcements.tables import Announcement, AnnouncementRecipient


def sent_by_scope(principal: Principal) -> Any:
    return scope_clause(principal, Announcement.sender_unit_id)


def _search(stmt: Any, q: str | None) -> Any:
    for word in (q or "").split():
        stmt = stmt.where(Announcement.search_text.contains(word, autoescape=True))  # type: ignore[attr-defined]
    return stmt


async def outbox(session: AsyncSession, principal: Principal, *, unit_id: str | None, q: str | None, page: int,
                 size: int) -> tuple[list[Announcement], int]:
    stmt = select(Announcement).where(sent_by_scope(principal))
    if unit_id:
        stmt = stmt.where(Announcement.sender_unit_id.in_(  # type: ignore[attr-defined]
            select(UnitNode.unit_id).where(UnitNode.path.contains([unit_id]))))  # type: ignore[attr-defined]
    stmt = _search(stmt, q)
    total = int(await session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = (await session.scalars(stmt.order_by(Announcement.updated_at.desc()).offset((page - 1) * size)
                                  .limit(size))).all()
    return list(rows), total


async def inbox(session: AsyncSession, unit_id: str, *, box: str, q: str | None, page: int,
                size: int) -> tuple[list[tuple[Announcement, AnnouncementRecipient]], int]:
    stmt = (select(Announcement, AnnouncementRecipient)
            .join(AnnouncementRecipient, AnnouncementRecipient.announcement_id == Announcement.id)
            .where(AnnouncementRecipient.unit_id == unit_id, Announcement.state == "sent"))
    if box == "unread":
        stmt = stmt.where(AnnouncementRecipient.read_at.is_(None))  # type: ignore[union-attr]
    elif box == "unacknowledged":
        stmt = stmt.where(AnnouncementRecipient.acknowledged_at.is_(None))  # type: ignore[union-attr]
    stmt = _search(stmt, q)
    total = int(await session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = (await session.execute(stmt.order_by(Announcement.sent_at.desc()).offset((page - 1) * size)  # type: ignore[union-attr]
                                  .limit(size))).all()
    return [(a, r) for a, r in rows], total


async def unread_count(session: AsyncSession, unit_id: str) -> int:
    return int(await session.scalar(
        select(func.count()).select_from(AnnouncementRecipient)
        .join(Announcement, Announcement.id == AnnouncementRecipient.announcement_id)
        .where(AnnouncementRecipient.unit_id == unit_id, Announcement.state == "sent",
               AnnouncementRecipient.acknowledged_at.is_(None))) or 0)  # type: ignore[union-attr]


async def as_sender(session: AsyncSession, principal: Principal, announcement_id: uuid.UUID, *,
                    for_update: bool = False) -> Announcement | None:
    stmt = select(Announcement).where(Announcement.id == announcement_id, sent_by_scope(principal))
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def as_recipient(session: AsyncSession, unit_id: str, announcement_id: uuid.UUID, *,
                       for_update: bool = False) -> tuple[Announcement, AnnouncementRecipient] | None:
    stmt = (select(Announcement, AnnouncementRecipient)
            .join(AnnouncementRecipient, AnnouncementRecipient.announcement_id == Announcement.id)
            .where(Announcement.id == announcement_id, AnnouncementRecipient.unit_id == unit_id,
                   Announcement.state == "sent"))
    if for_update:
        stmt = stmt.with_for_update(of=AnnouncementRecipient)  # type: ignore[arg-type]
    row = (await session.execute(stmt)).first()
    return (row[0], row[1]) if row else None


async def recipients(session: AsyncSession, announcement_ids: list[uuid.UUID]) -> list[AnnouncementRecipient]:
    if not announcement_ids:
        return []
    return list((await session.scalars(select(AnnouncementRecipient).where(
        AnnouncementRecipient.announcement_id.in_(announcement_ids))  # type: ignore[attr-defined]
        .order_by(AnnouncementRecipient.unit_id))).all())


async def units(session: AsyncSession, unit_ids: set[str]) -> dict[str, UnitNode]:
    if not unit_ids:
        return {}
    rows = (await session.scalars(select(UnitNode).where(UnitNode.unit_id.in_(unit_ids)))).all()  # type: ignore[attr-defined]
    return {u.unit_id: u for u in rows}
