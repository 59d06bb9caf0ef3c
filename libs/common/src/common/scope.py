"""Unit scope: an account sees its own unit's subtree (province-wide roles see everything).

Each service keeps its own copy of the organisation tree (`unit_node`), fed by org.unit.* events, and
checks scope against it in the database query itself: lists are filtered by a SQL clause, single
records outside the scope answer 404 exactly like records that do not exist, so nothing leaks."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, DateTime, Index, String, select, true
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import ColumnElement
from sqlmodel import Field, SQLModel

from common.auth import Principal
from common.db import utcnow
from common.errors import NotFound
from common.events.contracts.org import UnitState
from common.messaging import Event, Handler


class UnitNode(SQLModel, table=True):
    __tablename__ = "unit_node"
    __table_args__ = (Index("ix_unit_node_path", "path", postgresql_using="gin"),)

    unit_id: str = Field(primary_key=True, max_length=64)
    parent_id: str | None = Field(default=None, max_length=64)
    name: str = Field(max_length=300)
    path: list[str] = Field(sa_column=Column(ARRAY(String(64)), nullable=False))  # root .. self
    active: bool = True
    version: int = Field(default=0, sa_type=BigInteger, sa_column_kwargs={"server_default": "0"})  # org's revision
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


def subtree_of(unit_id: str) -> Any:
    """SELECT unit_id of every unit at or below unit_id."""
    return select(UnitNode.unit_id).where(UnitNode.path.contains([unit_id]))  # type: ignore[attr-defined]


def scope_clause(principal: Principal, unit_column: ColumnElement[Any] | Any) -> ColumnElement[bool] | Any:
    """A WHERE clause limiting unit_column to the principal's subtree (true for province-wide roles)."""
    if principal.is_province_wide:
        return true()
    return unit_column.in_(subtree_of(principal.unit_id))


async def in_scope(session: AsyncSession, principal: Principal, unit_id: str | None) -> bool:
    if principal.is_province_wide:
        return True
    if unit_id is None:
        return False
    row = await session.scalar(
        select(UnitNode.unit_id).where(UnitNode.unit_id == unit_id, UnitNode.path.contains([principal.unit_id]))  # type: ignore[attr-defined]
    )
    return row is not None


async def units_in_scope(session: AsyncSession, principal: Principal, unit_ids: Iterable[str | None]) -> set[str]:
    """Which of these units the principal's scope covers, in one query (in_scope for a whole page)."""
    wanted = {u for u in unit_ids if u}
    if not wanted or principal.is_province_wide:
        return wanted
    rows = await session.scalars(select(UnitNode.unit_id).where(
        UnitNode.unit_id.in_(wanted), UnitNode.path.contains([principal.unit_id])))  # type: ignore[attr-defined]
    return set(rows.all())


async def ensure_in_scope(session: AsyncSession, principal: Principal, unit_id: str | None) -> None:
    """Raise NotFound (never Forbidden: existence is not revealed) when unit_id is outside the scope."""
    if not await in_scope(session, principal, unit_id):
        raise NotFound()


async def upsert_unit_node(session: AsyncSession, event: Event[UnitState]) -> None:
    """Apply a unit's state unless the replica already holds a newer one: events replayed or arriving
    out of order leave the replica at the highest version seen (on a tie, the later event wins, which
    keeps replicas of events sent before versions were counted, all 0, last-writer-wins)."""
    unit = event.payload
    values = {"unit_id": unit.unit_id, "parent_id": unit.parent_id, "name": unit.name, "path": list(unit.path),
              "active": unit.active, "version": unit.version, "updated_at": utcnow()}
    stmt = insert(UnitNode).values(**values)
    stmt = stmt.on_conflict_do_update(index_elements=["unit_id"], set_={k: stmt.excluded[k] for k in values},
                                      where=UnitNode.version <= stmt.excluded.version)  # type: ignore[arg-type]
    await session.execute(stmt)
    # A move changes the path of every descendant; org sends an updated event for each of them too,
    # so this replica needs no recursive fix-up of its own.


UNIT_TREE_HANDLERS: dict[str, Handler] = {
    "org.unit.created.v1": upsert_unit_node,
    "org.unit.updated.v1": upsert_unit_node,
    "org.unit.dissolved.v1": upsert_unit_node,
}
