"""personnel's approved records -> person_ref: the newest version wins, whatever the order."""

from __future__ import annotations

import uuid

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.db import utcnow
from common.events.contracts.personnel import PersonState, PersonStatusChanged
from common.messaging import Event, Handler
from transfer.people.tables import PersonRef


async def keep_person(session: AsyncSession, event: Event[PersonState]) -> None:
    person = event.payload
    values = {"unit_id": person.unit_id, "full_name": person.full_name, "status": person.status,
              "is_active": person.is_active, "version": person.version, "updated_at": utcnow()}
    stmt = insert(PersonRef).values(person_id=uuid.UUID(person.person_id), **values)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["person_id"], set_=values,
        where=PersonRef.version < stmt.excluded.version))  # type: ignore[arg-type]


async def keep_status(session: AsyncSession, event: Event[PersonStatusChanged]) -> None:
    status = event.payload
    person = await session.get(PersonRef, uuid.UUID(status.person_id), with_for_update=True)
    if person is None:
        return  # the record's own event brings the person with this status
    person.status, person.is_active, person.updated_at = status.status, status.is_active, utcnow()


PEOPLE_HANDLERS: dict[str, Handler] = {
    "personnel.person.created.v1": keep_person,
    "personnel.person.updated.v1": keep_person,
    "personnel.person.status_changed.v1": keep_status,
}
