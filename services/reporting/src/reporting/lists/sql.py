"""An ad-hoc list as one query over the read model: the state of each person of the unit's subtree today
(reports/sql.py's STATE and FROM, whose unit array is the subtree: scope is in the SQL), the chosen filters
as bound parameters, the chosen columns as whitelisted expressions (lists/rules.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from reporting.lists.rules import COLUMNS, FILTER_DIMENSIONS
from reporting.reports import sql as report_sql
from reporting.reports.sql import EXPR, FROM, STATE, Query

FROM_NAMED = FROM.replace("WHERE true", "LEFT JOIN report_unit u ON u.unit_id = f.unit_id WHERE true")
assert FROM_NAMED != FROM
ORDER = "ORDER BY regexp_replace(f.full_name, '^.* ', ''), f.full_name, f.person_id"


def where(q: Query, filters: dict[str, Any]) -> str:
    parts = []
    for key, value in filters.items():
        if key in FILTER_DIMENSIONS:
            parts.append(f"({EXPR[key]}) IN ({', '.join(q.bind(v) for v in value)})")
        elif key == "age_min":
            parts.append(f"({EXPR['age']}) >= {q.bind(value)}")
        elif key == "age_max":
            parts.append(f"({EXPR['age']}) <= {q.bind(value)}")
        elif key == "name_contains":
            parts.append(f"f.full_name ILIKE {q.bind('%' + value.replace('%', '').replace('_', '') + '%')}")
        elif key == "rank_code":
            parts.append(f"f.rank_code = ANY(CAST({q.bind(value)} AS text[]))")
        elif key == "qualification":
            parts.append(f"f.qualification = ANY(CAST({q.bind(value)} AS text[]))")
        elif key == "unit_ids":  # units of the subtree (others simply match nobody)
            parts.append(f"f.unit_id = ANY(CAST({q.bind(value)} AS text[]))")
    return " AND ".join(f"({p})" for p in parts) or "true"


def select(q: Query, columns: list[str], filters: dict[str, Any], *, limit: int | None = None) -> str:
    cols = ", ".join(f"{COLUMNS[c].sql} AS {c}" for c in columns)
    sql = f"{STATE} SELECT f.person_id::text AS person_id, {cols} {FROM_NAMED} AND {where(q, filters)} {ORDER}"
    return sql + (f" LIMIT {int(limit)}" if limit is not None else "")


async def count(session: AsyncSession, q: Query, filters: dict[str, Any]) -> int:
    sql = f"{STATE} SELECT count(*) {FROM} AND {where(q, filters)}"
    await report_sql._custom_plan(session)
    return int((await session.execute(text(sql), q.params)).scalar_one())


async def rows(session: AsyncSession, q: Query, columns: list[str], filters: dict[str, Any],
               limit: int) -> list[dict[str, Any]]:
    await report_sql._custom_plan(session)
    result = await session.execute(text(select(q, columns, filters, limit=limit)), q.params)
    return [dict(r) for r in result.mappings().all()]


async def stream(session: AsyncSession, q: Query, columns: list[str],
                 filters: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
    """Every row, read through a server-side cursor in batches: an export never holds them all."""
    await report_sql._custom_plan(session)
    result = await session.stream(text(select(q, columns, filters)).execution_options(yield_per=1000), q.params)
    async for r in result.mappings():
        yield dict(r)
