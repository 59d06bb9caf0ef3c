"""The catalog copy's handler (common.catalogs) through the consumer's own path: the newest version wins, whatever the
order, and a deleted item cannot come back through an older event."""

from __future__ import annotations

from common.catalogs import CATALOG_COPY_HANDLERS
from common.db import make_engine, make_sessionmaker
from common.events.contracts.org import CatalogItemChanged
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed

CATALOGS = Subscription("catalogs", dict(CATALOG_COPY_HANDLERS))


def changed(version: int, **fields) -> Envelope:
    item = CatalogItemChanged(catalog="religions", code="99", name=fields.pop("name", "Thử"), version=version,
                              **fields)
    return Envelope.of(item, source="org", subject="religions:99")


async def test_the_newest_version_of_an_item_wins_and_a_deletion_sticks(personnel_db):
    engine = make_engine(personnel_db, pool_size=2)
    sm = make_sessionmaker(engine)
    try:
        first = await feed(sm, CATALOGS, changed(1, name="Tôn giáo thử"))
        assert [(r["code"], r["name"], r["version"]) for r in first.table("catalog_copy_item")] == [
            ("99", "Tôn giáo thử", 1)]
        assert first.events == []
        gone = await feed(sm, CATALOGS, changed(3, deleted=True))
        assert gone.table("catalog_copy_item")[0]["active"] is False
        late = await feed(sm, CATALOGS, changed(2, name="Đổi tên"))  # older than the deletion
        assert late.outcome == "handled" and late.rows == {}
    finally:
        await engine.dispose()
