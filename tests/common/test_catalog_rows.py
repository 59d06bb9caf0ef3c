"""The catalog rows a service checks changes against are read once and kept until the catalogs change
(common.catalogs.rows_of): an item org changes, a seed, an item deleted by hand are all seen by the next read."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.catalogs import items_of, load_lookup, rows_of, upsert
from common.clock import today
from common.db import make_engine, make_sessionmaker


@pytest.fixture(scope="module")
async def catalog_db(migrated_db) -> AsyncIterator[async_sessionmaker[AsyncSession]]:  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db("transfer"), pool_size=2)  # a service with the catalog copy
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as s, s.begin():
        await upsert(s, [{"catalog": "probe_levels", "code": c, "name": f"Bậc {c}", "sort_order": i,
                          "attributes": {"months": str(12 * i)}} for i, c in enumerate(["A", "B", "C"])])
    yield sessionmaker
    await engine.dispose()


async def read(sessionmaker: async_sessionmaker[AsyncSession], active_only: bool = False) -> list:
    async with sessionmaker() as s:
        return await s.run_sync(rows_of, ["probe_levels"], active_only)


async def test_unchanged_catalogs_are_not_read_again(catalog_db) -> None:  # type: ignore[no-untyped-def]
    first = await read(catalog_db)
    assert sorted(r.code for r in first) == ["A", "B", "C"]
    assert first[0].attributes["months"] in {"0", "12", "24"}  # the columns of the table, JSON decoded
    assert await read(catalog_db) is first  # the same rows, kept


async def test_a_change_org_sends_is_seen_by_the_next_read(catalog_db) -> None:  # type: ignore[no-untyped-def]
    before = await read(catalog_db, active_only=True)
    async with catalog_db() as s, s.begin():
        await upsert(s, [{"catalog": "probe_levels", "code": "B", "name": "Bậc B", "active": False, "version": 2,
                          "attributes": {}}])
    after = await read(catalog_db, active_only=True)
    assert after is not before and sorted(r.code for r in after) == ["A", "C"]
    async with catalog_db() as s:
        lookup = await load_lookup(s, {"probe_levels"}, today())
    assert lookup.state("probe_levels", "B") is False and lookup.name("probe_levels", "C") == "Bậc C"


async def test_an_item_deleted_by_hand_is_gone_from_the_next_read(catalog_db) -> None:  # type: ignore[no-untyped-def]
    await read(catalog_db)
    async with catalog_db() as s, s.begin():
        await s.execute(text("delete from catalog_copy_item where catalog = 'probe_levels' and code = 'C'"))
    async with catalog_db() as s:
        assert sorted(r.code for r in await items_of(s, ["probe_levels"])) == ["A", "B"]


async def test_a_row_changed_without_a_newer_stamp_is_seen_by_the_next_read(catalog_db) -> None:  # type: ignore[no-untyped-def]
    """An edit by hand, or a write whose transaction began before another's and committed after it: its
    updated_at is not the newest, the rows kept must still be read again."""
    first = await read(catalog_db)
    async with catalog_db() as s, s.begin():
        await s.execute(text("update catalog_copy_item set name = 'Bậc A (sửa tay)', updated_at = "
                             "updated_at - interval '1 day' where catalog = 'probe_levels' and code = 'A'"))
    again = await read(catalog_db)
    assert again is not first and {r.code: r.name for r in again}["A"] == "Bậc A (sửa tay)"


async def test_a_write_in_the_callers_own_transaction_is_seen_by_it(catalog_db) -> None:  # type: ignore[no-untyped-def]
    await read(catalog_db)
    async with catalog_db() as s:
        await upsert(s, [{"catalog": "probe_levels", "code": "D", "name": "Bậc D", "sort_order": 9, "attributes": {}}])
        assert "D" in {r.code for r in await s.run_sync(rows_of, ["probe_levels"])}
        await s.rollback()
    assert "D" not in {r.code for r in await read(catalog_db)}
