"""Every query of messages: the threads an account takes part in (written by it, to it, or to its unit)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode
from notify.accounts.tables import AccountRef
from notify.messages.tables import Message, MessageThread, ThreadRead

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def mine(principal: Principal) -> Any:
    return or_(MessageThread.from_account_id == principal.subject,
               MessageThread.to_account_id == principal.subject,
               and_(MessageThread.to_account_id.is_(None),  # type: ignore[union-attr]
                    MessageThread.to_unit_id == principal.unit_id))


def _unread_of(principal: Principal) -> Any:
    """Per thread: messages of others after the account's last reading."""
    read_at = (select(ThreadRead.read_at).where(ThreadRead.thread_id == MessageThread.id,
                                                ThreadRead.account_id == principal.subject)
               .correlate(MessageThread).scalar_subquery())
    return (select(func.count()).select_from(Message)
            .where(Message.thread_id == MessageThread.id, Message.sender_account_id != principal.subject,
                   Message.created_at > func.coalesce(read_at, literal(EPOCH)))
            .correlate(MessageThread).scalar_subquery())


async def threads(session: AsyncSession, principal: Principal, *, words: list[str], unread_only: bool, page: int,
                  size: int) -> tuple[list[tuple[MessageThread, int]], int]:
    unread = _unread_of(principal).label("unread")
    stmt = select(MessageThread, unread).where(mine(principal))
    for word in words:
        stmt = stmt.where(select(Message.id).where(
            Message.thread_id == MessageThread.id,
            Message.search_text.contains(word, autoescape=True)).exists())  # type: ignore[attr-defined]
    if unread_only:
        stmt = stmt.where(_unread_of(principal) > 0)
    total = int(await session.scalar(select(func.count()).select_from(
        stmt.with_only_columns(MessageThread.id).subquery())) or 0)
    rows = (await session.execute(stmt.order_by(MessageThread.last_message_at.desc())
                                  .offset((page - 1) * size).limit(size))).all()
    return [(t, int(u)) for t, u in rows], total


async def unread_totals(session: AsyncSession, principal: Principal) -> tuple[int, int]:
    unread = _unread_of(principal).label("unread")
    sub = select(unread).where(mine(principal)).subquery()
    row = (await session.execute(select(func.count().filter(sub.c.unread > 0), func.coalesce(func.sum(sub.c.unread), 0))
                                 )).one()
    return int(row[0]), int(row[1])


async def thread(session: AsyncSession, principal: Principal, thread_id: uuid.UUID, *,
                 for_update: bool = False) -> MessageThread | None:
    stmt = select(MessageThread).where(MessageThread.id == thread_id, mine(principal))
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def messages(session: AsyncSession, thread_ids: list[uuid.UUID]) -> list[Message]:
    if not thread_ids:
        return []
    return list((await session.scalars(select(Message).where(Message.thread_id.in_(thread_ids))  # type: ignore[attr-defined]
                                       .order_by(Message.created_at))).all())


async def last_messages(session: AsyncSession, thread_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, int]]:
    """thread -> (its last message's body, how many messages)."""
    if not thread_ids:
        return {}
    newest = Message.created_at.desc()  # type: ignore[attr-defined]
    ranked = select(Message.thread_id, Message.body,
                    func.row_number().over(partition_by=Message.thread_id, order_by=newest).label("n"),
                    func.count().over(partition_by=Message.thread_id).label("total")
                    ).where(Message.thread_id.in_(thread_ids)).subquery()  # type: ignore[attr-defined]
    rows = (await session.execute(select(ranked.c.thread_id, ranked.c.body, ranked.c.total)
                                  .where(ranked.c.n == 1))).all()
    return {t: (b, int(n)) for t, b, n in rows}


async def read_mark(session: AsyncSession, thread_id: uuid.UUID, account_id: str) -> ThreadRead | None:
    return await session.get(ThreadRead, (thread_id, account_id))


async def units(session: AsyncSession, unit_ids: set[str] | None = None) -> dict[str, UnitNode]:
    stmt = select(UnitNode).where(UnitNode.active.is_(True))  # type: ignore[attr-defined]
    if unit_ids is not None:
        if not unit_ids:
            return {}
        stmt = select(UnitNode).where(UnitNode.unit_id.in_(unit_ids))  # type: ignore[attr-defined]
    return {u.unit_id: u for u in (await session.scalars(stmt)).all()}


async def accounts(session: AsyncSession, account_ids: set[str] | None = None,
                   unit_ids: set[str] | None = None) -> list[AccountRef]:
    stmt = select(AccountRef).where(AccountRef.enabled.is_(True))  # type: ignore[attr-defined]
    if account_ids is not None:
        stmt = stmt.where(AccountRef.account_id.in_(account_ids))  # type: ignore[attr-defined]
    if unit_ids is not None:
        stmt = stmt.where(AccountRef.unit_id.in_(unit_ids))  # type: ignore[attr-defined]
    return list((await session.scalars(stmt.order_by(AccountRef.username))).all())
