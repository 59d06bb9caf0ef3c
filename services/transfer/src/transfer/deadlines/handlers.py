"""Obligations that personnel's records meet (Art. 9): a new person entered within 10 working days of
starting, a decision recorded within 10 working days. Measured from personnel's events: the start date
or the decision's date against the moment the version was approved. Moves applied for a transfer case
are that case's obligations, not counted again here."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.events.contracts.personnel import PersonCreated, PersonUpdated
from common.messaging import Event, Handler
from transfer.deadlines import service

# A record whose start lies further back than this is the province entering its existing staff, which
# Art. 9.1 (a new person, entered within 10 working days of starting) does not measure.
INITIAL_LOAD_DAYS = 365


async def new_record(session: AsyncSession, event: Event[PersonCreated]) -> None:
    person = event.payload
    approved = person.approved_at or event.envelope.time
    started = person.first_recruited_on
    if started is None or started > clock.vietnam_date(approved):
        return  # no start date, or a record entered ahead of the start: nothing can be late
    if (clock.vietnam_date(approved) - started).days > INITIAL_LOAD_DAYS:
        return  # someone working for years whose record is being entered now: the initial load, not a new person
    await _met(session, kind="new_record", person=person, trigger_on=started, approved_key=event.envelope.id,
               label=person.full_name)


async def decision_recorded(session: AsyncSession, event: Event[PersonUpdated]) -> None:
    person = event.payload
    if not person.decision_number or person.decision_signed_on is None:
        return
    if (person.approved_by or "").startswith("transfer:"):
        return  # a transfer case's own obligations measure it
    await _met(session, kind="decision_update", person=person, trigger_on=person.decision_signed_on,
               approved_key=event.envelope.id, label=f"{person.full_name} — QĐ {person.decision_number}")


async def _met(session: AsyncSession, *, kind: str, person: PersonCreated | PersonUpdated, trigger_on: date,
               approved_key: str, label: str) -> None:
    done_at = person.approved_at
    obligation = await service.open_obligation(
        session, kind=kind, unit_id=person.unit_id, trigger_on=trigger_on, label=label,
        person_id=uuid.UUID(person.person_id), source_key=f"{kind}:{approved_key}")
    if obligation is not None and obligation.done_at is None and done_at is not None:
        obligation.done_at = done_at


RECORD_DEADLINE_HANDLERS: dict[str, Handler] = {
    "personnel.person.created.v1": new_record,
    "personnel.person.updated.v1": decision_recorded,
}
