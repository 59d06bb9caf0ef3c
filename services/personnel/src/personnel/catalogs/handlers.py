"""org.catalog_item.changed.v1 -> the local copy: an upsert of the newest version, safe to run twice or out of
order. A deleted item stays as an inactive row, so an older event arriving late cannot bring it back."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.org import CatalogItemChanged
from common.messaging import Event
from personnel.catalogs import repository


async def copy_catalog_item_on_changed(session: AsyncSession, event: Event[CatalogItemChanged]) -> None:
    item = event.payload
    await repository.upsert(session, [{
        "catalog": item.catalog, "code": item.code, "name": item.name, "sort_order": item.sort_order,
        "active": item.active and not item.deleted, "valid_from": item.valid_from, "valid_to": item.valid_to,
        "attributes": dict(item.attributes), "source": "org", "version": item.version}])
