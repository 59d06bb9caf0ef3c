"""A new approved version of a record: the one way a record changes, whoever approves it (a leader
approving a change request, or a transfer decision applied by the saga)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.events.contracts.personnel import PersonCreated, PersonUpdated
from common.events.envelope import Envelope
from common.outbox import add_event
from personnel.careers.stale import mark_stale
from personnel.persons.projection import event_state, search_columns
from personnel.persons.tables import Person, PersonVersion
from personnel.profiles.diff import diff
from personnel.profiles.schema import Profile

SERVICE = "personnel"


def publish_version(session: AsyncSession, person: Person, profile: dict[str, Any], *, at: datetime,
                    approved_by: str, submitted_by: str, actor: str | None, decision_number: str | None,
                    decision_signed_on: date | None, change_request_id: uuid.UUID | None = None) -> list[str]:
    """Make `profile` the record's next approved version, with its search columns and its outbox event;
    returns the paths that changed."""
    created = person.version == 0
    changed = [c.path for c in diff(person.profile, profile)]
    person.version += 1
    person.profile = profile
    model = Profile.model_validate(profile)
    for column, value in search_columns(model).items():
        setattr(person, column, value)
    person.updated_at = at
    session.add(PersonVersion(person_id=person.id, version=person.version, unit_id=person.unit_id, profile=profile,
                              change_request_id=change_request_id, submitted_by=submitted_by,
                              approved_by=approved_by, approved_at=at, decision_number=decision_number,
                              decision_signed_on=decision_signed_on))
    state = {"person_id": str(person.id), "version": person.version, "unit_id": person.unit_id,
             "status": person.status, "is_active": person.is_active, **event_state(model, clock.vietnam_date(at)),
             "approved_at": at, "approved_by": approved_by, "decision_number": decision_number,
             "decision_signed_on": decision_signed_on}
    payload = PersonCreated(**state) if created else PersonUpdated(**state, changed_fields=changed)
    add_event(session, Envelope.of(payload, source=SERVICE, subject=str(person.id), actor=actor,
                                   unit_id=person.unit_id, occurred_at=at))
    mark_stale(session, person.id)  # the due lists' rows are computed again before the commit (careers.stale)
    return changed
