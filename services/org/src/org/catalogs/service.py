"""Catalog use cases: list, edit, delete-if-unused, seed. Every change of an item is announced as
org.catalog_item.changed.v1 (the whole item), so other services' copies stay current."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.db import utcnow
from common.errors import Conflict, NotFound, invalid
from common.events.contracts.org import CatalogItemChanged
from common.events.envelope import Envelope
from common.outbox import add_event
from org.catalogs.schemas import CatalogItemCreate, CatalogItemUpdate
from org.catalogs.seed import SeedCatalog, catalog_files, read_catalog
from org.catalogs.tables import Catalog, CatalogItem, CatalogItemUsage
from org.staffing.tables import JobPosition
from org.units.tables import Unit

# Org's own references, counted live: catalog -> the unit column holding its codes.
UNIT_COLUMNS = {"unit_types": Unit.unit_type, "unit_blocks": Unit.unit_block,
                "management_levels": Unit.management_level}


def announce(session: AsyncSession, item: CatalogItem, actor: str, *, deleted: bool = False) -> None:
    item.revision = (item.revision or 0) + 1
    payload = CatalogItemChanged(
        version=item.revision, catalog=item.catalog, code=item.code, name=item.name, sort_order=item.sort_order,
        active=item.active,
        valid_from=item.valid_from, valid_to=item.valid_to,
        attributes={k: v for k, v in item.attributes.items() if v is None or isinstance(v, str | int | float | bool)},
        deleted=deleted)
    add_event(session, Envelope.of(payload, source="org", subject=f"{item.catalog}:{item.code}", actor=actor))


async def list_catalogs(session: AsyncSession) -> list[tuple[Catalog, int]]:
    counts = (select(CatalogItem.catalog, func.count().label("n")).where(CatalogItem.deleted_at.is_(None))  # type: ignore[union-attr]
              .group_by(CatalogItem.catalog).subquery())
    rows = await session.execute(
        select(Catalog, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.catalog == Catalog.catalog)
        .order_by(Catalog.name))
    return [(c, int(n)) for c, n in rows.all()]


async def require_catalog(session: AsyncSession, catalog: str) -> Catalog:
    found = await session.get(Catalog, catalog)
    if found is None:
        raise NotFound("catalog.not_found")
    return found


async def items(session: AsyncSession, catalog: str, *, include_inactive: bool = True) -> list[CatalogItem]:
    await require_catalog(session, catalog)
    stmt = select(CatalogItem).where(CatalogItem.catalog == catalog, CatalogItem.deleted_at.is_(None))  # type: ignore[union-attr]
    if not include_inactive:
        stmt = stmt.where(CatalogItem.active)
    return list((await session.scalars(stmt.order_by(CatalogItem.sort_order, CatalogItem.code))).all())


async def require_item(session: AsyncSession, catalog: str, code: str, *, for_update: bool = False) -> CatalogItem:
    stmt = select(CatalogItem).where(CatalogItem.catalog == catalog, CatalogItem.code == code,
                                     CatalogItem.deleted_at.is_(None))  # type: ignore[union-attr]
    item = await session.scalar(stmt.with_for_update() if for_update else stmt)
    if item is None:
        raise NotFound("catalog.item_not_found")
    return item


async def ensure_item(session: AsyncSession, catalog: str, code: str, *, field: str) -> None:
    """A code another record is about to reference must exist and be active."""
    item = await session.get(CatalogItem, (catalog, code))
    if item is None or not item.active:
        raise invalid(field, "catalog.inactive_code", item=code, catalog=catalog)


async def usage_count(session: AsyncSession, catalog: str, code: str) -> int:
    """References to an item: those other services reported (catalog_item_usage) plus org's own."""
    reported = await session.scalar(select(func.coalesce(func.sum(CatalogItemUsage.ref_count), 0)).where(
        CatalogItemUsage.catalog == catalog, CatalogItemUsage.code == code)) or 0
    local = 0
    if catalog in UNIT_COLUMNS:
        local = await session.scalar(select(func.count()).where(UNIT_COLUMNS[catalog] == code)) or 0
    elif catalog == "ranks":
        local = await session.scalar(select(func.count()).select_from(JobPosition).where(
            JobPosition.rank_codes.contains([code]))) or 0  # type: ignore[attr-defined]
    elif catalog == "job_position_categories":
        local = await session.scalar(select(func.count()).select_from(JobPosition).where(
            JobPosition.category == code)) or 0
    return int(reported) + int(local)


async def create_item(session: AsyncSession, *, catalog: str, data: CatalogItemCreate,
                      audit: AuditContext) -> CatalogItem:
    actor = audit.actor_id
    await require_catalog(session, catalog)
    item = await session.get(CatalogItem, (catalog, data.code), with_for_update=True)
    if item is not None and item.deleted_at is None:
        raise Conflict("duplicate_catalog_code", item=data.code)
    if item is None:
        item = CatalogItem(catalog=catalog, **data.model_dump())
        session.add(item)
    else:  # a removed code entered again: the same item comes back with the new values
        for key, value in data.model_dump().items():
            setattr(item, key, value)
        item.deleted_at, item.updated_at = None, utcnow()
    await session.flush()
    announce(session, item, actor)
    await audit.record(session, action="create", resource_type="catalog_item", resource_id=f"{catalog}:{item.code}")
    return item


async def update_item(session: AsyncSession, *, catalog: str, code: str, data: CatalogItemUpdate,
                      audit: AuditContext) -> CatalogItem:
    actor = audit.actor_id
    item = await require_item(session, catalog, code, for_update=True)
    if data.row_version != item.revision:  # another change came first: never overwritten silently
        raise Conflict("catalog.item_stale", item=code, revision=item.revision)
    # null means "no end" for the dates; for the other fields it means "unchanged"
    changes = {k: v for k, v in data.model_dump(exclude_unset=True, exclude={"row_version"}).items()
               if v is not None or k in ("valid_from", "valid_to")}
    for key, value in changes.items():
        setattr(item, key, value)
    check_dates(item)
    item.updated_at = utcnow()
    announce(session, item, actor)
    await audit.record(session, action="update", resource_type="catalog_item", resource_id=f"{catalog}:{code}",
                       detail={**data.model_dump(mode="json", exclude_unset=True, exclude={"row_version"}),
                               "row_version": item.revision})
    return item


def check_dates(item: CatalogItem) -> None:
    if item.valid_from and item.valid_to and item.valid_to < item.valid_from:
        raise invalid("valid_to", "catalog.valid_to_before_from")


async def retire_item(session: AsyncSession, *, catalog: str, code: str, valid_to: date | None,
                      audit: AuditContext) -> CatalogItem:
    """An item no longer in force keeps its row, its code and its name (the records naming it still show
    it) and gets its last day of validity: yesterday unless given. New values can no longer choose it;
    history rows dated while it was in force still may. Undone by PATCH valid_to=null."""
    item = await require_item(session, catalog, code, for_update=True)
    item.valid_to = valid_to or clock.today() - timedelta(days=1)
    check_dates(item)
    item.updated_at = utcnow()
    announce(session, item, audit.actor_id)
    await audit.record(session, action="retire", resource_type="catalog_item", resource_id=f"{catalog}:{code}",
                       detail={"valid_to": item.valid_to.isoformat()})
    return item


async def delete_item(session: AsyncSession, *, catalog: str, code: str, audit: AuditContext) -> None:
    actor = audit.actor_id
    item = await require_item(session, catalog, code, for_update=True)
    used = await usage_count(session, catalog, code)
    if used:
        raise Conflict("catalog_item_in_use", item=code, used=used)
    if item.seeded:
        # Other services do not report their references yet, so an item of the statutory lists may be
        # in use anywhere: it can be deactivated, never deleted. Items administrators added can be.
        raise Conflict("catalog_item_seeded", item=code)
    # Never deleted from the table: past records may name it; copies elsewhere drop it.
    item.active, item.deleted_at = False, utcnow()
    item.updated_at = item.deleted_at
    announce(session, item, actor, deleted=True)
    await audit.record(session, action="delete", resource_type="catalog_item", resource_id=f"{catalog}:{code}")


async def upsert_items(session: AsyncSession, *, catalog: str, rows: Sequence[dict[str, Any]],
                       actor: str) -> tuple[int, int]:
    """Imported rows: new codes are added, known ones updated (only if something changed); none removed."""
    created = updated = 0
    existing = {i.code: i for i in (await session.scalars(
        select(CatalogItem).where(CatalogItem.catalog == catalog))).all()}  # removed ones too: they come back
    for row in rows:
        item = existing.get(row["code"])
        if item is not None and item.deleted_at is not None:
            item.deleted_at, item.active = None, True
            for key, value in row.items():
                setattr(item, key, value)
            check_dates(item)
            item.updated_at = utcnow()
            updated += 1
        elif item is None:
            item = CatalogItem(catalog=catalog, **row)
            check_dates(item)
            session.add(item)
            created += 1
        else:
            if all(getattr(item, k) == v for k, v in row.items()):
                continue
            for key, value in row.items():
                setattr(item, key, value)
            check_dates(item)
            item.updated_at = utcnow()
            updated += 1
        announce(session, item, actor)
    await session.flush()
    return created, updated


def _seed(session: AsyncSession, seed: SeedCatalog) -> None:
    session.add(Catalog(catalog=seed.catalog, name=seed.name, source=seed.source,
                        attribute_names=seed.attribute_names))
    for s in seed.items:
        item = CatalogItem(catalog=seed.catalog, code=s.code, name=s.name, sort_order=s.sort_order,
                           valid_from=s.valid_from, valid_to=s.valid_to, attributes=s.attributes, seeded=True)
        session.add(item)
        announce(session, item, "org")


async def seed_catalogs(session: AsyncSession, catalog_dir: Path) -> list[str]:
    """Seed every catalog not seen before from its CSV; returns the catalogs seeded."""
    seeded = []
    for path in catalog_files(catalog_dir):
        if await session.get(Catalog, path.stem) is not None:
            continue  # seeded before: administrators own it now, even if they emptied it
        _seed(session, read_catalog(path))
        seeded.append(path.stem)
        await session.flush()
    return seeded


async def import_items(session: AsyncSession, *, catalog: str, rows: Sequence[dict[str, Any]],
                       audit: AuditContext) -> tuple[int, int]:
    cat = await require_catalog(session, catalog)
    extra = [k for r in rows for k in r.get("attributes", {}) if k not in cat.attribute_names]
    if extra:
        cat.attribute_names = [*cat.attribute_names, *dict.fromkeys(extra)]
    created, updated = await upsert_items(session, catalog=catalog, rows=rows, actor=audit.actor_id)
    await audit.record(session, action="import", resource_type="catalog", resource_id=catalog,
                       detail={"created": created, "updated": updated})
    return created, updated
