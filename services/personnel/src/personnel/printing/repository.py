"""Queries the printouts need: unit names for the header block, and the rows of a list export (the
search's own conditions, so the export shows exactly what the list shows, scope included, in SQL)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode
from personnel.persons.tables import Person
from personnel.search import repository as search_repository


async def units(session: AsyncSession, unit_ids: Iterable[str]) -> dict[str, UnitNode]:
    ids = {u for u in unit_ids if u}
    if not ids:
        return {}
    rows = await session.scalars(select(UnitNode).where(UnitNode.unit_id.in_(ids)))  # type: ignore[attr-defined]
    return {u.unit_id: u for u in rows.all()}


async def export_rows(session: AsyncSession, principal: Principal, filters: search_repository.Filters, *,
                      sort: str, limit: int) -> list[Any]:
    """Up to `limit` rows (the caller asks for one more than it allows, to know the list is too long)."""
    profile: Any = Person.profile
    stmt = (select(Person.id, Person.full_name, Person.birth_date, Person.gender, Person.ethnicity, Person.unit_id,
                   UnitNode.name.label("unit_name"), Person.position, Person.rank_code,  # type: ignore[attr-defined]
                   profile["salary"]["salary_step"].astext.label("salary_step"),
                   profile["salary"]["salary_coefficient"].astext.label("salary_coefficient"),
                   Person.qualification, Person.political_theory_level, Person.party_member,
                   Person.staff_category, Person.status)
            .outerjoin(UnitNode, UnitNode.unit_id == Person.unit_id)
            .where(and_(*search_repository.conditions(principal, filters)))
            .order_by(*search_repository.SORTS.get(sort, search_repository.SORTS["name"]))
            .limit(limit))
    return list((await session.execute(stmt)).all())
