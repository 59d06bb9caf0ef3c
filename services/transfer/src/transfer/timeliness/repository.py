"""The obligations the timeliness report counts, in SQL, within the account's scope."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Date, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, scope_clause, subtree_of
from transfer.deadlines.tables import Obligation

VIETNAM = "Asia/Ho_Chi_Minh"


def _scoped(principal: Principal, unit_id: str | None):  # type: ignore[no-untyped-def]
    stmt = select(Obligation).where(Obligation.cancelled_at.is_(None),  # type: ignore[union-attr]
                                    scope_clause(principal, Obligation.unit_id))
    if unit_id:
        stmt = stmt.where(Obligation.unit_id.in_(subtree_of(unit_id)))  # type: ignore[attr-defined]
    return stmt


async def due_in(session: AsyncSession, principal: Principal, *, unit_id: str | None, start: date,
                 end: date) -> list[tuple[str, str, date, date | None]]:
    """(unit, kind, due_on, the Vietnamese day it was done) of every obligation due in [start, end]."""
    scoped = _scoped(principal, unit_id).where(Obligation.due_on >= start, Obligation.due_on <= end).subquery()
    done_on = cast(func.timezone(VIETNAM, scoped.c.done_at), Date)
    rows = await session.execute(select(scoped.c.unit_id, scoped.c.kind, scoped.c.due_on, done_on))
    return [(r[0], r[1], r[2], r[3]) for r in rows.all()]


async def overdue(session: AsyncSession, principal: Principal, *, unit_id: str | None,
                  today: date) -> list[Obligation]:
    """Open obligations whose due date has passed, the longest overdue first."""
    stmt = _scoped(principal, unit_id).where(Obligation.done_at.is_(None), Obligation.due_on < today)  # type: ignore[union-attr]
    return list((await session.scalars(stmt.order_by(Obligation.due_on, Obligation.unit_id,
                                                     Obligation.created_at))).all())


async def unit_names(session: AsyncSession, unit_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(unit_ids))
    if not ids:
        return {}
    rows = await session.execute(select(UnitNode.unit_id, UnitNode.name).where(UnitNode.unit_id.in_(ids)))  # type: ignore[attr-defined]
    return {r[0]: r[1] for r in rows.all()}
