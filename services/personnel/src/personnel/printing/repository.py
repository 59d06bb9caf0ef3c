"""Queries the printouts need: unit names for the header block, and the rows of a list export (the
search's own conditions, so the export shows exactly what the list shows, scope included, in SQL)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode
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
    subtrees = await search_repository.resolve_subtrees(session, principal, filters)
    sql = search_repository.Sql()
    where = " AND ".join(search_repository.conditions(sql, principal, filters, subtrees, name="pairs"))
    return await sql.rows(session, (
        "SELECT person.id, person.full_name, person.birth_date, person.gender, person.ethnicity, person.unit_id, "
        "unit_node.name AS unit_name, person.position, person.rank_code, "
        "person.profile -> 'salary' ->> 'salary_step' AS salary_step, "
        "person.profile -> 'salary' ->> 'salary_coefficient' AS salary_coefficient, "
        "person.qualification, person.political_theory_level, person.party_member, person.staff_category, "
        "person.status FROM person LEFT JOIN unit_node ON unit_node.unit_id = person.unit_id "
        f"WHERE {where} ORDER BY {search_repository.order_by(sort)} LIMIT {int(limit)}"))
