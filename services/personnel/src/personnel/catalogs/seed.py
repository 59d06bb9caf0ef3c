"""Seeds the catalog copy from the shared CSV files on first start, so validation works before org
publishes its catalog events. Org's events later overwrite these rows (same catalog and code)."""

from __future__ import annotations

import csv
import logging
from datetime import date
from pathlib import Path
from typing import Any

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from personnel.catalogs import repository

log = logging.getLogger(__name__)
NAME_COLUMNS = ("name_vi", "name", "digit")
INACTIVE_WORDS = ("no", "false", "0")


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
    if await repository.count(session) > 0:
        return 0
    total = 0
    for items in await anyio.to_thread.run_sync(read_directory, directory):
        for start in range(0, len(items), 500):
            await repository.upsert(session, items[start:start + 500])
        total += len(items)
    log.info("catalog copy seeded from CSV", extra={"items": total, "directory": str(directory)})
    return total
