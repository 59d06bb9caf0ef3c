"""The notification centre: notes added once per fact and recipient, each account's list and read marks."""

from __future__ import annotations

import uuid

from sqlalchemy import and_, func, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.errors import NotFound
from notify.notifications import email
from notify.notifications.rules import Note
from notify.notifications.tables import Notification, NotificationRead


async def add(session: AsyncSession, notes: list[Note], *, source: str) -> None:
    """Each note once per fact and recipient; the e-mails its readers asked for are queued in the same
    transaction (notifications.mailer sends them)."""
    for n in notes:
        added = await session.scalar(insert(Notification).values(
            id=uuid.uuid4(), kind=n.kind, unit_id=n.unit_id, account_id=n.account_id, role=n.role,
            title_vi=n.title_vi[:400], title_en=n.title_en[:400], link=n.link, source=source[:200],
        ).on_conflict_do_nothing().returning(Notification.id))
        if added is not None:
            await email.queue(session, n, notification_id=added)


def mine(principal: Principal):  # type: ignore[no-untyped-def]
    return and_(Notification.unit_id == principal.unit_id,
                or_(Notification.account_id.is_(None), Notification.account_id == principal.subject),  # type: ignore[union-attr]
                or_(Notification.role.is_(None), Notification.role.in_(sorted(principal.roles) or [""])))  # type: ignore[union-attr]


def _read_at(principal: Principal):  # type: ignore[no-untyped-def]
    return (select(NotificationRead.read_at).where(NotificationRead.notification_id == Notification.id,
                                                   NotificationRead.account_id == principal.subject)
            .correlate(Notification).scalar_subquery())


async def listing(session: AsyncSession, principal: Principal, *, unread_only: bool, page: int,
                  size: int, kind: str | None = None) -> tuple[list[tuple[Notification, object]], int, int]:
    read_at = _read_at(principal)
    stmt = select(Notification, read_at.label("read_at")).where(mine(principal))
    if kind:
        stmt = stmt.where(Notification.kind == kind)
    if unread_only:
        stmt = stmt.where(read_at.is_(None))
    total = int(await session.scalar(select(func.count()).select_from(
        stmt.with_only_columns(Notification.id).subquery())) or 0)
    unread = int(await session.scalar(select(func.count()).select_from(Notification)
                                      .where(mine(principal), _read_at(principal).is_(None))) or 0)
    rows = (await session.execute(stmt.order_by(Notification.created_at.desc())
                                  .offset((page - 1) * size).limit(size))).all()
    return [(n, r) for n, r in rows], total, unread


async def mark_read(session: AsyncSession, principal: Principal, notification_id: uuid.UUID) -> Notification:
    found = (await session.scalars(select(Notification).where(Notification.id == notification_id,
                                                              mine(principal)))).first()
    if found is None:
        raise NotFound("notification.not_found")
    await session.execute(insert(NotificationRead).values(notification_id=found.id, account_id=principal.subject)
                          .on_conflict_do_nothing())
    return found
