"""personnel's and org's events -> reporting's facts. Every fact is written once and never changed
(a redelivery or a replay writes nothing new), so the facts, and every report built on them, are the same
whatever the order the events arrive in."""

from __future__ import annotations

import uuid

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.org import UnitState
from common.events.contracts.personnel import PersonState, PersonStatusChanged
from common.messaging import Event, Handler
from common.scope import upsert_unit_node
from reporting.people import rules
from reporting.people.tables import PersonFact, ReportUnit, StatusFact

STATE_FIELDS = ("unit_id", "status", "is_active", "full_name", "gender", "birth_date", "staff_category",
                "rank_code", "salary_step", "salary_coefficient", "qualification", "political_theory_level",
                "state_management_level", "ethnicity", "religion", "party_member", "position",
                "first_recruited_on", "decision_number", "approved_at")


async def keep_person(session: AsyncSession, event: Event[PersonState]) -> None:
    p = event.payload
    values = {f: getattr(p, f) for f in STATE_FIELDS}
    values["full_name"] = values["full_name"][:120]
    values["position"] = (values["position"] or None) and values["position"][:300]
    stmt = insert(PersonFact).values(
        person_id=uuid.UUID(p.person_id), version=p.version, event_time=event.envelope.time,
        valid_from=rules.valid_from(version=p.version, approved_at=p.approved_at, event_time=event.envelope.time,
                                    first_recruited_on=p.first_recruited_on), **values)
    await session.execute(stmt.on_conflict_do_nothing(index_elements=["person_id", "version"]))


async def keep_status(session: AsyncSession, event: Event[PersonStatusChanged]) -> None:
    s = event.payload
    stmt = insert(StatusFact).values(
        event_id=event.envelope.id[:64], person_id=uuid.UUID(s.person_id), effective_on=s.effective_on,
        event_time=event.envelope.time, status=s.status, is_active=s.is_active, leaving_form=s.leaving_form)
    await session.execute(stmt.on_conflict_do_nothing(index_elements=["event_id"]))


async def keep_unit(session: AsyncSession, event: Event[UnitState]) -> None:
    """The scope replica (common.scope) and reporting's own copy with the unit's level."""
    await upsert_unit_node(session, event)
    u = event.payload
    values = {"unit_id": u.unit_id, "name": u.name[:300], "parent_id": u.parent_id, "path": list(u.path),
              "unit_type": u.unit_type, "management_level": u.management_level, "active": u.active,
              "version": u.version, "event_time": event.envelope.time}
    stmt = insert(ReportUnit).values(**values)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["unit_id"], set_={k: stmt.excluded[k] for k in values if k != "unit_id"},
        where=ReportUnit.version <= stmt.excluded.version))  # type: ignore[arg-type]
    if event.envelope.type.startswith("org.unit.created.") and u.effective_on is not None:
        await session.execute(update(ReportUnit).where(ReportUnit.unit_id == u.unit_id)  # type: ignore[arg-type]
                              .values(established_on=u.effective_on))


PEOPLE_HANDLERS: dict[str, Handler] = {
    "personnel.person.created.v1": keep_person,
    "personnel.person.updated.v1": keep_person,
    "personnel.person.status_changed.v1": keep_status,
}

UNIT_HANDLERS: dict[str, Handler] = {
    "org.unit.created.v1": keep_unit,
    "org.unit.updated.v1": keep_unit,
    "org.unit.dissolved.v1": keep_unit,
}
