"""org.catalog_item.changed.v1 -> the local copy (an upsert: safe to run twice)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.org import CatalogItemChanged
from common.messaging import Event
from personnel.catalogs import repository


async def copy_catalog_item_on_changed(session: AsyncSession, event: Event[CatalogItemChanged]) -> None:
    item = event.payload
    await repository.upsert(session, [{
        "catalog": item.catalog, "code": item.code, "name": item.name, "sort_order": item.sort_order,
        "active": item.active, "valid_from": item.valid_from, "valid_to": item.valid_to,
        "attributes": dict(item.attributes), "source": "org"}])
