"""Use cases of person records: read (now or as of a date), history, dated status events."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.catalogs import CatalogLookup, load_lookup
from common.errors import FieldError, NotFound, ValidationFailed
from common.events.contracts.personnel import PersonStatusChanged
from common.events.envelope import Envelope
from common.outbox import add_event
from common.scope import ensure_in_scope, in_scope
from personnel.persons import repository, rules, schemas
from personnel.persons.tables import Person, StatusEvent
from personnel.profiles.diff import FieldEvent, VersionMeta, field_history

SERVICE = "personnel"
LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")  # "as of a date" means the end of that day in Vietnam


async def get_visible(session: AsyncSession, principal: Principal, person_id: uuid.UUID,
                      *, for_update: bool = False) -> Person:
    person = await repository.get(session, person_id, for_update=for_update)
    if person is None or not rules.may_see(principal, is_active=person.is_active):
        raise NotFound()
    await ensure_in_scope(session, principal, person.unit_id)
    return person


async def read(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID, as_of: date | None,
               audit: AuditContext) -> schemas.PersonPublic:
    """The official record (or the one in force at the end of `as_of`); every read is audited.

    A unit the person has left keeps what the law lets it keep (Art. 12.3): the record as it was on a day
    the person worked there (`as_of`), never the record as it is now in the new unit."""
    person = await repository.get(session, person_id)
    if person is None or not rules.may_see(principal, is_active=person.is_active):
        raise NotFound()
    holds_now = await in_scope(session, principal, person.unit_id)
    if not holds_now and as_of is None:
        raise NotFound()
    if as_of is None:
        last = await repository.last_approval(session, person.id)
        # Audited last: the entry takes its chain's lock until the commit, so nothing else waits inside it.
        await audit.record(session, action="read", resource_type="person",
                           resource_id=str(person.id), unit_id=person.unit_id)
        return schemas.PersonPublic(person_id=person.id, unit_id=person.unit_id, version=person.version,
                                    status=person.status, profile=person.profile,
                                    approved_at=last.approved_at if last else None,
                                    approved_by=last.approved_by if last else None,
                                    decision_number=last.decision_number if last else None)
    moment = datetime.combine(as_of + timedelta(days=1), time.min, LOCAL_TZ).astimezone(UTC)
    version = await repository.version_as_of(session, person.id, moment - timedelta(microseconds=1))
    if not holds_now and (version is None or not await in_scope(session, principal, version.unit_id)):
        raise NotFound()
    events = await repository.status_events(session, person.id)
    await audit.record(session, action="read", resource_type="person",
                       resource_id=str(person.id), unit_id=person.unit_id,
                       detail={"as_of": as_of.isoformat()})
    status = repository.status_on(events, as_of, "DANG_CONG_TAC")
    if version is None:
        return schemas.PersonPublic(person_id=person.id, unit_id=person.unit_id, version=0, status=status,
                                    as_of=as_of, profile=None)
    return schemas.PersonPublic(person_id=person.id, unit_id=version.unit_id, version=version.version,
                                status=status, as_of=as_of, profile=version.profile,
                                approved_at=version.approved_at, approved_by=version.approved_by,
                                decision_number=version.decision_number)


async def versions(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID) -> list[schemas.VersionPublic]:
    person = await get_visible(session, principal, person_id)
    return [schemas.VersionPublic.model_validate(v, from_attributes=True)
            for v in await repository.versions(session, person.id)]


async def history_of_fields(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID,
                            audit: AuditContext) -> dict[str, list[FieldEvent]]:
    """Each field: who changed it, when, on which decision (computed from the kept versions)."""
    person = await get_visible(session, principal, person_id)
    await audit.record(session, action="read", resource_type="person",
                       resource_id=str(person.id), unit_id=person.unit_id,
                       detail={"view": "field_history"})
    metas = [VersionMeta(v.version, v.profile, v.approved_by, v.approved_at.isoformat(), v.decision_number)
             for v in await repository.versions(session, person.id)]
    return field_history(metas)


async def apply_status(session: AsyncSession, person: Person, *, lookup: CatalogLookup, today: date,
                       recorded_by: str, actor: str | None, status: str, effective_on: date,
                       leaving_form: str | None = None, decision_number: str | None = None,
                       decision_signed_on: date | None = None, reason: str | None = None) -> StatusEvent:
    """A dated status event on the record, the status it gives today, and its outbox event."""
    event = StatusEvent(person_id=person.id, recorded_by=recorded_by, status=status, effective_on=effective_on,
                        leaving_form=leaving_form, decision_number=decision_number,
                        decision_signed_on=decision_signed_on, reason=reason)
    session.add(event)
    await session.flush()
    events = await repository.status_events(session, person.id)
    old = person.status
    person.status = repository.status_on(events, today, person.status)
    item = lookup.item("employment_status", person.status)
    person.is_active = (item.attributes.get("is_active", "yes") != "no") if item else True
    add_event(session, Envelope.of(PersonStatusChanged(
        person_id=str(person.id), unit_id=person.unit_id, old_status=old, status=person.status,
        is_active=person.is_active, effective_on=effective_on, leaving_form=leaving_form,
        decision_number=decision_number, reason=reason),
        source=SERVICE, subject=str(person.id), actor=actor, unit_id=person.unit_id))
    return event


async def record_status(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID,
                        body: schemas.StatusEventCreate, today: date, audit: AuditContext) -> StatusEvent:
    """A dated status event (retired, resigned, deceased, transferred out…); the record is never deleted."""
    person = await get_visible(session, principal, person_id, for_update=True)
    if person.version == 0:
        raise NotFound()
    lookup = await load_lookup(session, {"employment_status", "leaving_service_forms"}, today)
    errors = []
    if lookup.state("employment_status", body.status) is None:
        errors.append(FieldError("status", "person.unknown_status"))
    if body.leaving_form and lookup.state("leaving_service_forms", body.leaving_form) is None:
        errors.append(FieldError("leaving_form", "person.unknown_leaving_form"))
    if body.effective_on > today:
        errors.append(FieldError("effective_on", "person.effective_in_future"))
    if errors:
        raise ValidationFailed(fields=errors)
    event = await apply_status(session, person, lookup=lookup, today=today, recorded_by=principal.username,
                               actor=principal.subject, **body.model_dump())
    await audit.record(session, action="status_change",
                       resource_type="person", resource_id=str(person.id), unit_id=person.unit_id,
                       detail={"status": body.status,
                                                      "effective_on": body.effective_on.isoformat()})
    return event
