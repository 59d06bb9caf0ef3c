"""Headcount from personnel's events: keep each person's placement, recount the units it touches.

Recounting from the placement rows (rather than adding and subtracting) makes a handler safe to run in
any order a redelivery or a replay brings, and a stale version is simply ignored."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.db import utcnow
from common.events.contracts.personnel import PersonState, PersonStatusChanged
from common.messaging import Event, Handler
from org.headcount.tables import PersonPlacement, UnitHeadcount

CATEGORIES = ("cadre", "civil_servant", "public_employee", "contract_worker")


async def recount(session: AsyncSession, unit_ids: set[str]) -> None:
    for unit_id in unit_ids:
        rows = (await session.execute(
            select(PersonPlacement.staff_category, func.count())
            .where(PersonPlacement.unit_id == unit_id, PersonPlacement.active)
            .group_by(PersonPlacement.staff_category)
        )).all()
        counts = {c: 0 for c in CATEGORIES} | {cat: n for cat, n in rows if cat in CATEGORIES}
        stmt = insert(UnitHeadcount).values(unit_id=unit_id, updated_at=utcnow(), **counts)
        await session.execute(stmt.on_conflict_do_update(
            index_elements=["unit_id"], set_={**counts, "updated_at": stmt.excluded.updated_at}))


async def place_person(session: AsyncSession, event: Event[PersonState]) -> None:
    person = event.payload
    current = await session.get(PersonPlacement, person.person_id, with_for_update=True)
    if current is not None and current.version >= person.version:
        return  # an older approved version arriving late changes nothing
    touched = {person.unit_id} | ({current.unit_id} if current else set())
    values = {"unit_id": person.unit_id, "staff_category": person.staff_category or "civil_servant",
              "active": person.is_active, "version": person.version}
    stmt = insert(PersonPlacement).values(person_id=person.person_id, **values)
    await session.execute(stmt.on_conflict_do_update(index_elements=["person_id"], set_=values))
    await recount(session, touched)


async def change_status(session: AsyncSession, event: Event[PersonStatusChanged]) -> None:
    status = event.payload
    current = await session.get(PersonPlacement, status.person_id, with_for_update=True)
    if current is None:
        return  # the record's own event will place them with the new status
    current.active = status.is_active
    await recount(session, {current.unit_id})


HEADCOUNT_HANDLERS: dict[str, Handler] = {
    "personnel.person.created.v1": place_person,
    "personnel.person.updated.v1": place_person,
    "personnel.person.status_changed.v1": change_status,
}
