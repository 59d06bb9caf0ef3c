"""Other services' events into the notification centre: one function per event type."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.personnel import PersonCreated, PersonUpdated
from common.events.contracts.transfer import CaseChanged
from common.messaging import Event, Handler
from notify.notifications import rules, service


async def on_case_changed(session: AsyncSession, event: Event[CaseChanged]) -> None:
    c = event.payload
    await service.add(session, rules.of_case(case_id=c.case_id, kind=c.kind, step=c.step, full_name=c.full_name,
                                             from_unit_id=c.from_unit_id, to_unit_id=c.to_unit_id),
                      source=event.envelope.id)


async def on_person_created(session: AsyncSession, event: Event[PersonCreated]) -> None:
    p = event.payload
    await service.add(session, [rules.of_record(person_id=p.person_id, unit_id=p.unit_id, full_name=p.full_name,
                                                created=True)], source=event.envelope.id)


async def on_person_updated(session: AsyncSession, event: Event[PersonUpdated]) -> None:
    p = event.payload
    await service.add(session, [rules.of_record(person_id=p.person_id, unit_id=p.unit_id, full_name=p.full_name,
                                                created=False)], source=event.envelope.id)


NOTIFICATION_HANDLERS: dict[str, Handler] = {
    "transfer.case.changed.v1": on_case_changed,
    "personnel.person.created.v1": on_person_created,
    "personnel.person.updated.v1": on_person_updated,
}
