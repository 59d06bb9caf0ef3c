"""Queries of the monthly certification: the unit tree, the certifications, the month's changes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from common.catalogs import CatalogCopyItem
from common.clock import start_of_day
from common.scope import UnitNode, subtree_of
from personnel.batches.tables import Batch, BatchItem
from personnel.certifications.rules import Month
from personnel.certifications.tables import Certification
from personnel.persons.tables import Person, PersonVersion, StatusEvent

HOLIDAY_CATALOG = "holiday_calendar_2024_2026"
MAX_CHANGES = 5000  # a unit's month never comes near; past it the certificate says the list is cut


async def unit(session: AsyncSession, unit_id: str) -> UnitNode | None:
    return await session.get(UnitNode, unit_id)


async def unit_names(session: AsyncSession, unit_ids: set[str]) -> dict[str, str]:
    if not unit_ids:
        return {}
    rows = await session.execute(select(UnitNode.unit_id, UnitNode.name).where(UnitNode.unit_id.in_(unit_ids)))  # type: ignore[attr-defined]
    return {u: n for u, n in rows.all()}


async def subtree(session: AsyncSession, unit_id: str) -> list[UnitNode]:
    rows = await session.scalars(select(UnitNode).where(
        UnitNode.path.contains([unit_id]), UnitNode.active.is_(True)))  # type: ignore[attr-defined]
    return sorted(rows.all(), key=lambda u: (len(u.path), u.name))


async def holiday_rows(session: AsyncSession) -> list[CatalogCopyItem]:
    rows = await session.scalars(select(CatalogCopyItem).where(CatalogCopyItem.catalog == HOLIDAY_CATALOG))
    return list(rows.all())


async def certification(session: AsyncSession, unit_id: str, month: str) -> Certification | None:
    return await session.scalar(select(Certification).where(Certification.unit_id == unit_id,
                                                            Certification.month == month))


async def certifications_of(session: AsyncSession, unit_ids: list[str], month: str) -> dict[str, Certification]:
    if not unit_ids:
        return {}
    rows = await session.scalars(select(Certification).where(Certification.unit_id.in_(unit_ids),  # type: ignore[attr-defined]
                                                             Certification.month == month))
    return {c.unit_id: c for c in rows.all()}


async def status_names(session: AsyncSession) -> dict[str, str]:
    rows = await session.execute(select(CatalogCopyItem.code, CatalogCopyItem.name)
                                 .where(CatalogCopyItem.catalog == "employment_status"))
    return {c: n for c, n in rows.all()}


async def month_versions(session: AsyncSession, unit_id: str, month: Month) -> list[dict[str, Any]]:
    """The approved versions of the month (Vietnam's days) of records of the unit's subtree (the version's
    unit, or the previous version's for a person who moved out), each with the previous version's unit and
    profile and the batch decision that wrote it."""
    start = start_of_day(month.first_day)
    end = start_of_day(month.last_day + timedelta(days=1))
    prev = aliased(PersonVersion)
    stmt = (
        select(PersonVersion.person_id, PersonVersion.version, PersonVersion.unit_id, PersonVersion.profile,
               PersonVersion.approved_at, PersonVersion.decision_number, PersonVersion.decision_signed_on,
               prev.unit_id.label("prev_unit_id"), prev.profile.label("prev_profile"),
               Person.full_name, Batch.title.label("batch_title"))
        .join(Person, Person.id == PersonVersion.person_id)
        .outerjoin(prev, and_(prev.person_id == PersonVersion.person_id, prev.version == PersonVersion.version - 1))
        .outerjoin(BatchItem, and_(BatchItem.person_id == PersonVersion.person_id,
                                   BatchItem.applied_version == PersonVersion.version))
        .outerjoin(Batch, and_(Batch.id == BatchItem.batch_id, Batch.state == "approved"))
        .where(PersonVersion.approved_at >= start, PersonVersion.approved_at < end,
               or_(PersonVersion.unit_id.in_(subtree_of(unit_id)),  # type: ignore[attr-defined]
                   prev.unit_id.in_(subtree_of(unit_id))))  # moved out of the subtree this month
        .order_by(PersonVersion.approved_at, Person.name_sort)
        .limit(MAX_CHANGES + 1)
    )
    return [dict(r._mapping) for r in (await session.execute(stmt)).all()]


async def month_status_events(session: AsyncSession, unit_id: str, month: Month) -> list[dict[str, Any]]:
    """Status changes taking effect in the month, of people whose record is in the unit's subtree."""
    stmt = (
        select(StatusEvent.person_id, StatusEvent.status, StatusEvent.effective_on, StatusEvent.reason,
               StatusEvent.decision_number, StatusEvent.decision_signed_on, Person.full_name, Person.unit_id)
        .join(Person, Person.id == StatusEvent.person_id)
        .where(StatusEvent.effective_on >= month.first_day, StatusEvent.effective_on <= month.last_day,
               Person.unit_id.in_(subtree_of(unit_id)))  # type: ignore[attr-defined]
        .order_by(StatusEvent.effective_on, Person.name_sort)
        .limit(MAX_CHANGES + 1)
    )
    return [dict(r._mapping) for r in (await session.execute(stmt)).all()]
