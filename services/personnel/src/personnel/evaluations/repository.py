"""Queries of evaluation rounds, built on the caller's session."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, scope_clause
from personnel.evaluations.tables import EvaluationEntry, EvaluationRound, EvaluationSheet
from personnel.persons.tables import Person

LIVE = and_(Person.version > 0, Person.is_active)  # type: ignore[arg-type, operator]


async def rounds(session: AsyncSession) -> list[EvaluationRound]:
    rows = await session.scalars(select(EvaluationRound).order_by(EvaluationRound.year.desc()))  # type: ignore[attr-defined]
    return list(rows.all())


async def round_by_id(session: AsyncSession, round_id: uuid.UUID, *, for_update: bool = False,
                      for_share: bool = False) -> EvaluationRound | None:
    stmt = select(EvaluationRound).where(EvaluationRound.id == round_id)
    if for_update:
        stmt = stmt.with_for_update()
    elif for_share:
        stmt = stmt.with_for_update(read=True)
    return (await session.scalars(stmt)).first()


async def round_of_year(session: AsyncSession, year: int) -> EvaluationRound | None:
    return (await session.scalars(select(EvaluationRound).where(EvaluationRound.year == year))).first()


async def sheet(session: AsyncSession, round_id: uuid.UUID, unit_id: str, *,
                for_update: bool = False) -> EvaluationSheet | None:
    stmt = select(EvaluationSheet).where(EvaluationSheet.round_id == round_id, EvaluationSheet.unit_id == unit_id)
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def entries(session: AsyncSession, sheet_id: uuid.UUID) -> list[EvaluationEntry]:
    rows = await session.scalars(select(EvaluationEntry).where(EvaluationEntry.sheet_id == sheet_id)
                                 .order_by(EvaluationEntry.full_name))
    return list(rows.all())


async def unit_people(session: AsyncSession, unit_id: str) -> list[Person]:
    """The working people of the unit itself (its sub-units enter their own lists), in Vietnamese name order."""
    rows = await session.scalars(select(Person).where(Person.unit_id == unit_id, LIVE)
                                 .order_by(Person.name_sort, Person.id))
    return list(rows.all())


async def people(session: AsyncSession, ids: list[uuid.UUID], *, for_update: bool = False) -> dict[uuid.UUID, Person]:
    if not ids:
        return {}
    stmt = select(Person).where(Person.id.in_(ids)).order_by(Person.id)  # type: ignore[attr-defined]
    if for_update:
        stmt = stmt.with_for_update()
    return {p.id: p for p in (await session.scalars(stmt)).all()}


async def unit_name(session: AsyncSession, unit_id: str) -> str | None:
    return await session.scalar(select(UnitNode.name).where(UnitNode.unit_id == unit_id))


async def progress(session: AsyncSession, principal: Principal, round_id: uuid.UUID) -> list[Any]:
    """Per unit of the scope with working people: the people to rate, then the unit's list (state, lines with a
    result, poor results)."""
    heads = (select(Person.unit_id, func.count().label("to_rate"))
             .where(LIVE, scope_clause(principal, Person.unit_id)).group_by(Person.unit_id).subquery())
    lines = (select(EvaluationEntry.sheet_id,
                    func.count(EvaluationEntry.rating).label("rated"),
                    func.sum(case((EvaluationEntry.rating == "KHTNV", 1), else_=0)).label("poor"))
             .group_by(EvaluationEntry.sheet_id).subquery())
    stmt = (select(heads.c.unit_id, heads.c.to_rate, func.coalesce(UnitNode.name, heads.c.unit_id).label("unit_name"),
                   EvaluationSheet.id.label("sheet_id"), EvaluationSheet.state, EvaluationSheet.submitted_at,  # type: ignore[attr-defined]
                   EvaluationSheet.decided_at, func.coalesce(lines.c.rated, 0).label("rated"),
                   func.coalesce(lines.c.poor, 0).label("poor"))
            .select_from(heads)
            .join(UnitNode, UnitNode.unit_id == heads.c.unit_id, isouter=True)
            .join(EvaluationSheet, and_(EvaluationSheet.unit_id == heads.c.unit_id,
                                        EvaluationSheet.round_id == round_id), isouter=True)
            .join(lines, lines.c.sheet_id == EvaluationSheet.id, isouter=True)
            .order_by(UnitNode.path, heads.c.unit_id))  # type: ignore[arg-type]
    return list((await session.execute(stmt)).all())


async def pending_of(session: AsyncSession, person_id: uuid.UUID) -> list[Any]:
    stmt = (select(EvaluationRound.year, EvaluationSheet.unit_id, EvaluationSheet.state, EvaluationEntry.rating,
                   EvaluationEntry.score)
            .join(EvaluationSheet, EvaluationSheet.id == EvaluationEntry.sheet_id)
            .join(EvaluationRound, EvaluationRound.id == EvaluationSheet.round_id)
            .where(EvaluationEntry.person_id == person_id, EvaluationSheet.state != "approved")
            .order_by(EvaluationRound.year))
    return list((await session.execute(stmt)).all())
