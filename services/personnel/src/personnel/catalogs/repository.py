"""Queries of the catalog copy, and the in-memory lookup a validation needs."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.db import utcnow
from personnel.catalogs.tables import CatalogItem
from personnel.profiles.rules import CenturyDigit


async def upsert(session: AsyncSession, items: list[dict[str, Any]]) -> None:
    """Insert or replace items; an item carrying a version replaces only an older copy (events replayed or
    out of order leave the newest)."""
    if not items:
        return
    rows = [{**item, "updated_at": utcnow()} for item in items]
    stmt = insert(CatalogItem).values(rows)
    keys = [k for k in rows[0] if k not in ("catalog", "code")]
    newer = CatalogItem.version <= stmt.excluded.version if "version" in rows[0] else None  # type: ignore[operator]
    stmt = stmt.on_conflict_do_update(index_elements=["catalog", "code"], set_={k: stmt.excluded[k] for k in keys},
                                      where=newer)
    await session.execute(stmt)


async def count(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(CatalogItem)) or 0)


class CatalogLookup:
    """The catalogs one validation needs, loaded in one query."""

    def __init__(self, items: list[CatalogItem], today: date) -> None:
        self.today = today
        self._items = {(i.catalog, i.code): i for i in items}

    def state(self, catalog: str, code: str) -> bool | None:
        item = self._items.get((catalog, code))
        if item is None:
            return None
        valid = (item.valid_from is None or item.valid_from <= self.today) and (
            item.valid_to is None or item.valid_to >= self.today)
        return item.active and valid

    def item(self, catalog: str, code: str) -> CatalogItem | None:
        return self._items.get((catalog, code))

    def codes(self, catalog: str) -> set[str]:
        return {code for (cat, code) in self._items if cat == catalog}

    def name(self, catalog: str, code: str | None) -> str | None:
        item = self._items.get((catalog, code or ""))
        return item.name if item else None

    def century_digits(self) -> dict[str, CenturyDigit]:
        out = {}
        for (cat, code), item in self._items.items():
            if cat == "cccd_century_gender_digit":
                a = item.attributes
                out[code] = CenturyDigit(int(a["birth_year_from"]), int(a["birth_year_to"]), str(a["gender"]))
        return out


async def load_lookup(session: AsyncSession, catalogs: set[str], today: date) -> CatalogLookup:
    rows = (await session.scalars(select(CatalogItem).where(CatalogItem.catalog.in_(catalogs)))).all()  # type: ignore[attr-defined]
    return CatalogLookup(list(rows), today)
