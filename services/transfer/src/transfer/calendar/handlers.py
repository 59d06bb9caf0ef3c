"""org's catalog changes: the copy takes them (common.catalogs); a change to the holiday calendar also
drops the cached calendar once committed and measures again the obligations whose period holds that day
(a day announced off moves their due date later, a make-up day earlier)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common.catalogs import CATALOG_COPY_HANDLERS, copy_catalog_item
from common.events.contracts.org import CatalogItemChanged
from common.messaging import Event, Handler
from transfer.calendar import service
from transfer.deadlines import service as deadlines


async def catalog_item_changed(session: AsyncSession, event: Event[CatalogItemChanged]) -> None:
    await copy_catalog_item(session, event)
    if event.payload.catalog != service.HOLIDAY_CATALOG:
        return
    service.forget_after_commit(session)
    day = service.as_date(event.payload.code)
    if day is not None:
        await deadlines.remeasure(session, around=day, calendar=await service.load(session))


CATALOG_HANDLERS: dict[str, Handler] = {**CATALOG_COPY_HANDLERS,
                                         "org.catalog_item.changed.v1": catalog_item_changed}
