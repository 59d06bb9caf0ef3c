"""Queries of the career clocks: the catalog rows the rules judge by, status events, retirement overrides."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.catalogs import CatalogCopyItem, rows_of
from personnel.careers.tables import RetirementOverride


async def catalog_items(session: AsyncSession, catalogs: Iterable[str]) -> dict[str, list[CatalogCopyItem]]:
    """The active items of the catalogs, by catalog (every name asked for is a key)."""
    names = list(catalogs)
    out: dict[str, list[CatalogCopyItem]] = {name: [] for name in names}
    for item in await session.run_sync(rows_of, names, True):  # read-only rows, kept while unchanged
        out[item.catalog].append(item)
    return out


async def catalog_item(session: AsyncSession, catalog: str, code: str) -> CatalogCopyItem | None:
    item = await session.get(CatalogCopyItem, (catalog, code))
    return item if item is not None and item.active else None


async def retirement_override(session: AsyncSession, person_id: uuid.UUID) -> RetirementOverride | None:
    """The override in force: the person's latest row, unless it is a withdrawal."""
    stmt = (select(RetirementOverride).where(RetirementOverride.person_id == person_id)  # type: ignore[arg-type]
            .order_by(RetirementOverride.recorded_at.desc()).limit(1))  # type: ignore[attr-defined]
    row = (await session.scalars(stmt)).first()
    return row if row is not None and row.retirement_date is not None else None
