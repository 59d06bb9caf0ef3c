"""Obligations that personnel's records meet (Decision 16/2020 Art. 9), measured from personnel's events.

- A new person (`personnel.person.created.v1`) is to be entered within 10 working days of starting work.
  The event does not carry the first day in the current job; it carries `first_recruited_on`, which for a
  newly recruited person is that day. Measured: from `first_recruited_on` to the approval. Not measured:
  a record without it (nothing to count from: an obligation counted from its own fulfilment would always
  be on time and would flatter the unit), and one whose start lies more than INITIAL_LOAD_DAYS before
  the approval (the province entering staff who have worked for years, or someone recruited long ago
  elsewhere: not a new person in Art. 9.1's sense). A record entered before its start is on time.
- A decision (`personnel.person.updated.v1` naming `decision_number`) is to be recorded within 10 working
  days of taking effect (Art. 9.2a). Neither the event nor personnel holds a decision's effective date,
  only the day it was signed (`decision_signed_on`), so the period is counted from the signing. Decisions
  that take effect on signing (the usual "có hiệu lực kể từ ngày ký") are measured exactly; one taking
  effect later is measured more strictly than the regulation asks, and the label says from which date it
  was counted. A version naming no signing date is not measured. Versions a transfer case approved
  (`approved_by` "transfer:<case>") are that case's own obligations and are not counted twice.

Each obligation is keyed by what it is about (the person; the person and the decision), so a redelivered
event, or a second version recording the same decision, opens nothing more and leaves the first approval
as the time it was met."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.events.contracts.personnel import PersonCreated, PersonUpdated
from common.messaging import Event, Handler
from transfer.deadlines import service

INITIAL_LOAD_DAYS = 365


def vn(d: date) -> str:
    return f"{d:%d/%m/%Y}"


async def new_record(session: AsyncSession, event: Event[PersonCreated]) -> None:
    person = event.payload
    approved = person.approved_at or event.envelope.time
    started = person.first_recruited_on
    if started is None or (clock.vietnam_date(approved) - started).days > INITIAL_LOAD_DAYS:
        return
    await _measure(session, kind="new_record", person=person, trigger_on=started, done_at=approved,
                   source_key=f"new_record:{person.person_id}",
                   label=f"{person.full_name} — bắt đầu làm việc ngày {vn(started)}")


async def decision_recorded(session: AsyncSession, event: Event[PersonUpdated]) -> None:
    person = event.payload
    number, signed = (person.decision_number or "").strip(), person.decision_signed_on
    if not number or signed is None or (person.approved_by or "").startswith("transfer:"):
        return
    digest = hashlib.sha256(f"{number}|{signed.isoformat()}".encode()).hexdigest()[:32]
    await _measure(session, kind="decision_update", person=person, trigger_on=signed,
                   done_at=person.approved_at or event.envelope.time,
                   source_key=f"decision_update:{person.person_id}:{digest}",
                   label=f"{person.full_name} — QĐ số {number} ký ngày {vn(signed)} (tính hạn từ ngày ký)")


async def _measure(session: AsyncSession, *, kind: str, person: PersonCreated | PersonUpdated, trigger_on: date,
                   done_at: datetime, source_key: str, label: str) -> None:
    """Open the obligation (once) and mark it met at the approval (once: a later delivery keeps the first)."""
    obligation = await service.open_obligation(
        session, kind=kind, unit_id=person.unit_id, trigger_on=trigger_on, label=label,
        person_id=uuid.UUID(person.person_id), source_key=source_key)
    if obligation is not None:
        await service.fulfil(session, at=done_at, source_key=source_key)


RECORD_DEADLINE_HANDLERS: dict[str, Handler] = {
    "personnel.person.created.v1": new_record,
    "personnel.person.updated.v1": decision_recorded,
}
