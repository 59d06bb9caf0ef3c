"""The local copy of org's reference catalogs, for every service that checks catalog codes or reads a
catalog's data (personnel's validation, transfer's leaving forms and holiday calendar).

The copy is seeded from the shared CSV files on a service's first start, so it works before org has
published anything, and is then kept by `org.catalog_item.changed.v1`: each event carries org's version
of the item, and a copy replaces only an older one, so events replayed or out of order leave the newest.
A deleted item stays as an inactive row, so an older event arriving late cannot bring it back. The table
comes from the shared migration branch `catalog_copy` (common/migrations)."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import anyio
from sqlalchemy import BigInteger, Column, DateTime, func, literal_column, select
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

from common.db import utcnow
from common.events.contracts.org import CatalogItemChanged
from common.messaging import Event, Handler

log = logging.getLogger(__name__)
NAME_COLUMNS = ("name_vi", "name", "digit")


class CatalogCopyItem(SQLModel, table=True):
    """A service's copy of one of org's catalog items (org's own table is `catalog_item`)."""

    __tablename__ = "catalog_copy_item"

    catalog: str = Field(primary_key=True, max_length=80)
    code: str = Field(primary_key=True, max_length=80)
    name: str = Field(max_length=400)
    sort_order: int = 0
    active: bool = True
    valid_from: date | None = None
    valid_to: date | None = None
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    source: str = Field(default="org", max_length=20)  # org (event) | seed (CSV on first start)
    version: int = Field(default=0, sa_type=BigInteger, sa_column_kwargs={"server_default": "0"})  # org's revision
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


async def upsert(session: AsyncSession, items: list[dict[str, Any]]) -> None:
    """Insert or replace items; an item replaces only a copy whose version is not newer."""
    if not items:
        return
    rows = [{"version": 0, **item, "updated_at": utcnow()} for item in items]
    stmt = insert(CatalogCopyItem).values(rows)
    keys = [k for k in rows[0] if k not in ("catalog", "code")]
    stmt = stmt.on_conflict_do_update(index_elements=["catalog", "code"], set_={k: stmt.excluded[k] for k in keys},
                                      where=CatalogCopyItem.version <= stmt.excluded.version)  # type: ignore[arg-type]
    await session.execute(stmt)


async def count(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(CatalogCopyItem)) or 0)


async def items_of(session: AsyncSession, catalogs: Iterable[str]) -> list[CatalogCopyItem]:
    """The catalogs' items (read-only rows with the columns of CatalogCopyItem: see rows_of)."""
    return await session.run_sync(rows_of, catalogs)


# The rows last read, per database and set of catalogs, with the stamp they were read at.
_ROWS: dict[tuple[str, frozenset[str], bool], tuple[tuple[Any, ...], list[Any]]] = {}
_ROWS_KEPT = 256


def rows_of(session: Session, catalogs: Iterable[str], active_only: bool = False) -> list[Any]:
    """The catalogs' items as read-only rows (the columns of CatalogCopyItem as attributes; shared between
    requests: never change them), read again only when the catalogs changed.

    Every write of a row gives it a new xmin (the transaction that wrote it; freezing keeps it), and a
    deleted row lowers the count: (count, sum of xmin) over the catalogs tells whether the rows kept are
    still those of the caller's snapshot, whatever wrote them and in whatever order their transactions
    committed (the newest updated_at would miss an older write committed after a newer one, or an edit by
    hand). A check of a change asks for several hundred catalog items, and building them as ORM objects
    with their JSON cost 10-20 ms of CPU per request (bench/load_officers.py: most of an approval's)."""
    names = frozenset(catalogs)
    table = CatalogCopyItem.__table__  # type: ignore[attr-defined]
    where = table.c.catalog.in_(sorted(names))
    written = func.sum(literal_column("xmin::text::bigint"))
    stamp = tuple(session.execute(select(func.count(), written).select_from(table).where(where)).one())
    bind = session.get_bind()
    key = (repr(bind.url) if hasattr(bind, "url") else str(id(bind)), names, active_only)
    kept = _ROWS.get(key)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    stmt = select(table).where(where, table.c.active) if active_only else select(table).where(where)
    rows = list(session.execute(stmt).all())
    if len(_ROWS) >= _ROWS_KEPT:
        _ROWS.clear()
    _ROWS[key] = (stamp, rows)
    return rows


async def copy_catalog_item(session: AsyncSession, event: Event[CatalogItemChanged]) -> None:
    item = event.payload
    await upsert(session, [{
        "catalog": item.catalog, "code": item.code, "name": item.name, "sort_order": item.sort_order,
        "active": item.active and not item.deleted, "valid_from": item.valid_from, "valid_to": item.valid_to,
        "attributes": dict(item.attributes), "source": "org", "version": item.version}])


CATALOG_COPY_HANDLERS: dict[str, Handler] = {"org.catalog_item.changed.v1": copy_catalog_item}


class CatalogLookup:
    """The catalogs one check needs, loaded in one query, judged on one day."""

    def __init__(self, items: list[CatalogCopyItem], today: date) -> None:
        self.today = today
        self._items = {(i.catalog, i.code): i for i in items}
        # Every item judged once on the lookup's day: an import asks about the same codes thousands of times.
        self._states: dict[tuple[str, str], bool] = {
            key: bool(i.active) and (i.valid_from is None or i.valid_from <= today)
            and (i.valid_to is None or i.valid_to >= today) for key, i in self._items.items()}
        # Each catalog's items in their order, grouped once (items() and codes() are asked per value).
        self._grouped: dict[str, list[CatalogCopyItem]] = {}
        for item in sorted(self._items.values(), key=lambda i: i.sort_order):
            self._grouped.setdefault(item.catalog, []).append(item)

    def state(self, catalog: str, code: str) -> bool | None:
        """True if active and valid today, False if not, None if unknown."""
        return self._states.get((catalog, code))

    def item(self, catalog: str, code: str) -> CatalogCopyItem | None:
        return self._items.get((catalog, code))

    def items(self, catalog: str) -> list[CatalogCopyItem]:
        return list(self._grouped.get(catalog, ()))

    def codes(self, catalog: str) -> set[str]:
        return {i.code for i in self._grouped.get(catalog, ())}

    def name(self, catalog: str, code: str | None) -> str | None:
        item = self._items.get((catalog, code or ""))
        return item.name if item else None


LOOKUP_MEMO = "catalog_lookups"  # session.info key: a caller deciding many records in one transaction sets {}


async def load_lookup(session: AsyncSession, catalogs: set[str], today: date) -> CatalogLookup:
    """The catalogs' items on `today`; loaded once per transaction when the session opted in with
    `session.info[LOOKUP_MEMO] = {}` (a whole import approved in chunks asks the same catalogs per person)."""
    memo: dict[tuple[frozenset[str], date], CatalogLookup] | None = session.info.get(LOOKUP_MEMO)
    if memo is None:
        return CatalogLookup(await items_of(session, catalogs), today)
    key = (frozenset(catalogs), today)
    if key not in memo:
        memo[key] = CatalogLookup(await items_of(session, catalogs), today)
    return memo[key]


# Seeding from the shared CSV files (the same files org seeds its catalogs from).

def read_catalog(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        return []
    key = "code" if "code" in rows[0] else next(iter(rows[0]))
    items = []
    for order, row in enumerate(rows):
        code = (row.get(key) or "").strip()
        if not code:
            continue
        name = next((row[c] for c in NAME_COLUMNS if row.get(c)), code)
        attrs = {k: v for k, v in row.items() if k not in (key, "name_vi") and v not in (None, "")}
        items.append({"catalog": path.stem, "code": code, "name": name[:400], "sort_order": order,
                      "active": True, "valid_from": _date(row.get("valid_from")),
                      "valid_to": _date(row.get("valid_to")), "attributes": attrs, "source": "seed"})
    # As org reads the same files: the first row of a repeated code wins.
    first: dict[str, dict[str, Any]] = {}
    for item in items:
        first.setdefault(item["code"], item)
    return list(first.values())


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "").strip()) if (text or "").strip() else None
    except ValueError:
        return None


def read_directory(directory: Path) -> list[list[dict[str, Any]]]:
    return [read_catalog(path) for path in sorted(directory.glob("*.csv"))] if directory.is_dir() else []


async def seed_if_empty(session: AsyncSession, directory: Path) -> int:
    if await count(session) > 0:
        return 0
    total = 0
    for items in await anyio.to_thread.run_sync(read_directory, directory):
        for start in range(0, len(items), 500):
            await upsert(session, items[start:start + 500])
        total += len(items)
    log.info("catalog copy seeded from CSV", extra={"items": total, "directory": str(directory)})
    return total
