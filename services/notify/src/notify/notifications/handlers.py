"""Other services' events into the notification centre: one function per event type."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common.clock import utcnow
from common.events.contracts.audit import AuditRecorded
from common.events.contracts.identity import PasswordExpiring
from common.events.contracts.personnel import PersonCreated, PersonUpdated
from common.events.contracts.transfer import CaseChanged, DeadlineReached
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


async def on_deadline_reached(session: AsyncSession, event: Event[DeadlineReached]) -> None:
    d = event.payload
    await service.add(session, [rules.of_deadline(threshold=d.threshold, kind=d.kind, label=d.label, unit_id=d.unit_id,
                                                  due_on=d.due_on, case_id=d.case_id)],
                      source=f"deadline:{d.obligation_id}:{d.threshold}")


async def on_password_expiring(session: AsyncSession, event: Event[PasswordExpiring]) -> None:
    p = event.payload
    await service.add(session, [rules.of_password(account_id=p.account_id, unit_id=p.unit_id,
                                                  expires_on=p.expires_on, days_left=p.days_left)],
                      source=f"password:{p.account_id}:{p.expires_on.isoformat()}")


def is_change_note(event: Event[AuditRecorded]) -> bool:
    """personnel publishes no event for a draft or a pending change (only approved data leaves it); its audit
    entries do say that a change request was submitted or rejected, in which unit: that is all a note needs.
    Every other entry of that busy topic (each read of a record) is passed over without a transaction."""
    a = event.payload
    return (a.resource_type == "person" and a.action in ("submit", "reject")
            and bool(a.detail.get("change_request_id")) and bool(a.unit_id))


async def on_personnel_audit(session: AsyncSession, event: Event[AuditRecorded]) -> None:
    a = event.payload
    if not is_change_note(event) or not a.unit_id:
        return
    if not rules.fresh_enough(event.envelope.time, utcnow()):
        return  # the topic's history read from its start (a new consumer group): old news is no news
    await service.add(session, rules.of_change(action=a.action, change_request_id=str(a.detail["change_request_id"]),
                                               unit_id=a.unit_id, reason=a.detail.get("reason")),
                      source=event.envelope.id)


NOTIFICATION_HANDLERS: dict[str, Handler] = {
    "transfer.case.changed.v1": on_case_changed,
    "personnel.person.created.v1": on_person_created,
    "personnel.person.updated.v1": on_person_updated,
    "transfer.deadline.reached.v1": on_deadline_reached,
    "identity.password.expiring.v1": on_password_expiring,
}

# A consumer group of its own: personnel's audit topic carries every read and change of the records.
CHANGE_HANDLERS: dict[str, Handler] = {
    "personnel.audit.recorded.v1": on_personnel_audit,
}
