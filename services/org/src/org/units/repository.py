"""Every query on the unit tree. Scope is applied in SQL on the materialised path of `unit`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement

from common.auth import Principal
from org.units.tables import Unit, UnitChange, UnitVersion

# One lock for every structural change (create, move, merge, split, dissolve): two concurrent moves
# could each pass the cycle check against the other's old path; serialising them makes the check hold.
TREE_LOCK_ID = 0x0E6_7EE


async def lock_tree(session: AsyncSession) -> None:
    await session.execute(select(func.pg_advisory_xact_lock(TREE_LOCK_ID)))


def in_scope(principal: Principal) -> ColumnElement[bool]:
    """Province-wide roles see the whole tree; others their own unit and what lies below it."""
    if principal.is_province_wide:
        return true()
    return Unit.path.contains([principal.unit_id])  # type: ignore[attr-defined,no-any-return]


def valid_on(version: Any, on: date) -> ColumnElement[bool]:
    return and_(version.valid_from <= on, or_(version.valid_to.is_(None), version.valid_to > on))


async def get(session: AsyncSession, unit_id: str) -> Unit | None:
    return await session.get(Unit, unit_id)


async def get_in_scope(session: AsyncSession, principal: Principal, unit_id: str) -> Unit | None:
    return await session.scalar(select(Unit).where(Unit.unit_id == unit_id, in_scope(principal)))


async def lock_units(session: AsyncSession, unit_ids: Iterable[str]) -> dict[str, Unit]:
    """The units, locked for this transaction (in a fixed order, so two writers never deadlock)."""
    ids = sorted(set(unit_ids))
    rows = (await session.scalars(
        select(Unit).where(Unit.unit_id.in_(ids)).order_by(Unit.unit_id).with_for_update()  # type: ignore[attr-defined]
    )).all()
    return {u.unit_id: u for u in rows}


async def open_version(session: AsyncSession, unit_id: str) -> UnitVersion | None:
    return await session.scalar(
        select(UnitVersion).where(UnitVersion.unit_id == unit_id, UnitVersion.valid_to.is_(None))  # type: ignore[union-attr]
    )


async def version_on(session: AsyncSession, unit_id: str, on: date) -> UnitVersion | None:
    return await session.scalar(select(UnitVersion).where(UnitVersion.unit_id == unit_id, valid_on(UnitVersion, on)))


async def last_version(session: AsyncSession, unit_id: str) -> UnitVersion | None:
    return await session.scalar(
        select(UnitVersion).where(UnitVersion.unit_id == unit_id)
        .order_by(UnitVersion.valid_from.desc()).limit(1)  # type: ignore[attr-defined]
    )


def _has_children_on(on: date) -> Any:
    child = aliased(UnitVersion)
    return exists().where(child.parent_id == UnitVersion.unit_id, valid_on(child, on)).label("has_children")


async def versions_on(
    session: AsyncSession, principal: Principal, on: date, *, parent_id: str | None = None,
    unit_ids: Sequence[str] | None = None,
) -> list[tuple[UnitVersion, bool]]:
    """Versions valid on the date, with whether each has children then: children of parent_id, the
    roots (parent_id None and no unit_ids), or the listed units."""
    stmt = (select(UnitVersion, _has_children_on(on))
            .join(Unit, Unit.unit_id == UnitVersion.unit_id)
            .where(valid_on(UnitVersion, on), in_scope(principal)))
    if unit_ids is not None:
        stmt = stmt.where(UnitVersion.unit_id.in_(list(unit_ids)))  # type: ignore[attr-defined]
    elif parent_id is not None:
        stmt = stmt.where(UnitVersion.parent_id == parent_id)
    else:
        stmt = stmt.where(UnitVersion.parent_id.is_(None))  # type: ignore[union-attr]
    stmt = stmt.order_by(UnitVersion.sort_order, UnitVersion.name)
    return [(v, bool(h)) for v, h in (await session.execute(stmt)).all()]


async def descendants(session: AsyncSession, unit_id: str) -> list[Unit]:
    """Every unit strictly below unit_id, locked (their paths are about to change)."""
    return list((await session.scalars(
        select(Unit).where(Unit.path.contains([unit_id]), Unit.unit_id != unit_id)  # type: ignore[attr-defined]
        .order_by(func.cardinality(Unit.path), Unit.unit_id).with_for_update()
    )).all())


async def active_children(session: AsyncSession, unit_id: str) -> list[str]:
    return list((await session.scalars(
        select(Unit.unit_id).where(Unit.parent_id == unit_id, Unit.active).order_by(Unit.unit_id)
    )).all())


async def history(session: AsyncSession, unit_id: str) -> list[UnitChange]:
    return list((await session.scalars(
        select(UnitChange).where(UnitChange.unit_id == unit_id)
        .order_by(UnitChange.effective_on, UnitChange.created_at)  # type: ignore[arg-type]
    )).all())


async def names(session: AsyncSession, unit_ids: Iterable[str]) -> dict[str, str]:
    ids = list(set(unit_ids))
    if not ids:
        return {}
    rows = await session.execute(select(Unit.unit_id, Unit.name).where(Unit.unit_id.in_(ids)))  # type: ignore[attr-defined]
    return {u: n for u, n in rows.all()}


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def search(
    session: AsyncSession, principal: Principal, folded_terms: Sequence[str], *, limit: int,
    include_inactive: bool = False,
) -> list[tuple[Unit, bool]]:
    """Units whose folded code/name contain every term (trigram index), best first."""
    child = aliased(Unit)
    has_children = exists().where(child.parent_id == Unit.unit_id, child.active).label("has_children")
    stmt = select(Unit, has_children).where(in_scope(principal))
    for term in folded_terms:
        stmt = stmt.where(Unit.name_search.like(f"%{_like_escape(term)}%", escape="\\"))  # type: ignore[attr-defined]
    if not include_inactive:
        stmt = stmt.where(Unit.active)
    stmt = stmt.order_by(Unit.active.desc(), func.length(Unit.name), Unit.name).limit(limit)  # type: ignore[attr-defined]
    return [(u, bool(h)) for u, h in (await session.execute(stmt)).all()]
