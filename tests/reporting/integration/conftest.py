"""Reporting on real databases: a fresh migrated database per module (the catalog copy seeded as the
service seeds it on start), and the cells of any form computed the way the service computes them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.catalogs import seed_if_empty
from common.db import make_engine, make_sessionmaker
from reporting.config import ReportingSettings
from reporting.reports import repository, rules, sql
from reporting.reports.definitions import load_forms

FORMS = load_forms(ReportingSettings().forms_dir)
Cells = dict[str, dict[str, Any]]  # row key -> column key -> value


async def seeded(url: str) -> tuple[Any, async_sessionmaker[AsyncSession]]:
    engine = make_engine(url, pool_size=2)
    sm = make_sessionmaker(engine)
    async with sm() as s, s.begin():
        await seed_if_empty(s, ReportingSettings().catalog_seed_dir)
    return engine, sm


@pytest.fixture(scope="module")
async def sessionmaker(migrated_db) -> AsyncIterator[async_sessionmaker[AsyncSession]]:  # type: ignore[no-untyped-def]
    engine, sm = await seeded(migrated_db("reporting"))
    yield sm
    await engine.dispose()


async def cells_of(sm: async_sessionmaker[AsyncSession], form_id: str, unit_id: str, as_of: date,
                   engine: str = "sql") -> Cells:
    """Every cell of the form for the unit's subtree on the date, keyed by row (and 'total'), as the service
    counts them (engine="sql"), or by the reference engine over the people read one by one ("python")."""
    form = FORMS[form_id]
    async with sm() as session:
        units = await repository.units(session)
        groups, names = await repository.ranks(session)
        if engine == "python":
            people = await repository.people_on(session, as_of=as_of, unit_id=unit_id)
            result = rules.evaluate(form, as_of=as_of, selected=units[unit_id], people=people, units=units,
                                    rank_groups=groups, rank_names=names)
        else:
            q = sql.Query(as_of=as_of, selected=units[unit_id], units=units, rank_groups=groups, rank_names=names)
            if form.kind == "list":
                result = rules.list_result(form, await sql.people(session, form, q), units=units, rank_names=names)
            else:
                counts, stats = await sql.counts(session, form, q)
                result = rules.assemble(form, counts, stats, units=units, selected=units[unit_id])
    return {r.key: dict(r.cells) for r in [*result.rows, result.total]}


CellsOf = Callable[[async_sessionmaker[AsyncSession], str, str, date], Awaitable[Cells]]
