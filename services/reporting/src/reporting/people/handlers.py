"""personnel's and org's events -> reporting's facts. Every fact is written once and never changed
(a redelivery or a replay writes nothing new), so the facts, and every report built on them, are the same
whatever the order the events arrive in."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.org import UnitState
from common.events.contracts.personnel import PersonState, PersonStatusChanged
from common.events.contracts.transfer import MoveApplied, MoveDecided
from common.messaging import Event, Handler
from common.scope import upsert_unit_node
from reporting.people import rules
from reporting.people.tables import ATTRIBUTES, MoveFact, PersonFact, PersonPeriod, ReportUnit, StatusFact

STATE_FIELDS = ("unit_id", "status", "is_active", "full_name", "gender", "birth_date", "staff_category",
                "rank_code", "salary_step", "salary_coefficient", "qualification", "political_theory_level",
                "state_management_level", "ethnicity", "religion", "party_member", "position",
                "first_recruited_on", "decision_number", "approved_at", "it_level", "english_level",
                "other_language_level", "ethnic_language_certificate", "general_education_level")


async def _lock(session: AsyncSession, person_id: str) -> None:
    """One writer per person at a time: a version and the move that made it come through two consumer
    groups at once, and the second to commit must see the first (or neither would date the version)."""
    await session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:p))"), {"p": f"reporting.person:{person_id}"})


async def keep_person(session: AsyncSession, event: Event[PersonState]) -> None:
    p = event.payload
    await _lock(session, p.person_id)
    values = {f: getattr(p, f) for f in STATE_FIELDS}
    values["full_name"] = values["full_name"][:120]
    values["position"] = (values["position"] or None) and values["position"][:300]
    stmt = insert(PersonFact).values(
        person_id=uuid.UUID(p.person_id), version=p.version, event_time=event.envelope.time,
        valid_from=rules.valid_from(version=p.version, approved_at=p.approved_at, event_time=event.envelope.time,
                                    first_recruited_on=p.first_recruited_on), **values)
    await session.execute(stmt.on_conflict_do_nothing(index_elements=["person_id", "version"]))
    await _date_moved_version(session, uuid.UUID(p.person_id), p.version)
    await refresh_periods(session, uuid.UUID(p.person_id))


async def keep_move_decision(session: AsyncSession, event: Event[MoveDecided]) -> None:
    m = event.payload
    await _lock(session, m.person_id)
    stmt = insert(MoveFact).values(move_id=m.move_id[:120], person_id=uuid.UUID(m.person_id), kind=m.kind,
                                   effective_on=m.decision.effective_on, from_unit_id=m.from_unit_id,
                                   to_unit_id=m.to_unit_id)
    decided = ("effective_on", "kind", "from_unit_id", "to_unit_id")
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["move_id"], set_={k: stmt.excluded[k] for k in decided}))
    await _date_move(session, m.move_id[:120])
    await refresh_periods(session, uuid.UUID(m.person_id))


async def keep_move_applied(session: AsyncSession, event: Event[MoveApplied]) -> None:
    m = event.payload
    await _lock(session, m.person_id)
    stmt = insert(MoveFact).values(move_id=m.move_id[:120], person_id=uuid.UUID(m.person_id), version=m.version)
    await session.execute(stmt.on_conflict_do_update(index_elements=["move_id"],
                                                     set_={"version": stmt.excluded.version}))
    await _date_move(session, m.move_id[:120])
    await refresh_periods(session, uuid.UUID(m.person_id))


async def _date_move(session: AsyncSession, move_id: str) -> None:
    move = await session.get(MoveFact, move_id)
    if move is not None and move.version is not None:
        await _date_moved_version(session, move.person_id, move.version)


async def _date_moved_version(session: AsyncSession, person_id: uuid.UUID, version: int) -> None:
    """Once the version, the move that made it and its effective date are all known (in whatever order
    they came), the version holds from the effective date."""
    effective = await session.scalar(select(MoveFact.effective_on).where(
        MoveFact.person_id == person_id, MoveFact.version == version,  # type: ignore[arg-type]
        MoveFact.effective_on.is_not(None)))  # type: ignore[union-attr]
    if effective is not None:
        await session.execute(update(PersonFact).where(
            PersonFact.person_id == person_id, PersonFact.version == version)  # type: ignore[arg-type]
            .values(valid_from=effective))


async def keep_status(session: AsyncSession, event: Event[PersonStatusChanged]) -> None:
    s = event.payload
    await _lock(session, s.person_id)
    stmt = insert(StatusFact).values(
        event_id=event.envelope.id[:64], person_id=uuid.UUID(s.person_id), effective_on=s.effective_on,
        event_time=event.envelope.time, status=s.status, is_active=s.is_active, leaving_form=s.leaving_form)
    await session.execute(stmt.on_conflict_do_nothing(index_elements=["event_id"]))
    await refresh_periods(session, uuid.UUID(s.person_id))


async def refresh_periods(session: AsyncSession, person_id: uuid.UUID) -> None:
    """The person's periods at work again from all their facts (a few rows per person)."""
    facts = {f["version"]: f for f in (await session.execute(
        select(PersonFact.version, PersonFact.valid_from, PersonFact.is_active,  # type: ignore[call-overload]
               *(getattr(PersonFact, a) for a in ATTRIBUTES))
        .where(PersonFact.person_id == person_id))).mappings()}  # type: ignore[arg-type]
    versions = [rules.VersionFact(f["version"], f["valid_from"], f["is_active"]) for f in facts.values()]
    statuses = [rules.StatusAt(e, t, i, a) for e, t, i, a in (await session.execute(
        select(StatusFact.effective_on, StatusFact.event_time, StatusFact.event_id, StatusFact.is_active)
        .where(StatusFact.person_id == person_id))).all()]  # type: ignore[arg-type]
    found = rules.periods(versions, statuses)
    held = [rules.Period(f, t, v) for f, t, v in (await session.execute(
        select(PersonPeriod.valid_from, PersonPeriod.valid_to, PersonPeriod.version)
        .where(PersonPeriod.person_id == person_id).order_by(PersonPeriod.valid_from))).all()]  # type: ignore[arg-type]
    if held == found:
        return  # nothing changed (a redelivery, a fact already known): nothing is written
    await session.execute(delete(PersonPeriod).where(PersonPeriod.person_id == person_id))  # type: ignore[arg-type]
    if found:
        await session.execute(insert(PersonPeriod).values([
            {"person_id": person_id, "valid_from": p.valid_from, "valid_to": p.valid_to, "version": p.version,
             **{a: facts[p.version][a] for a in ATTRIBUTES}}
            for p in found]))


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

# transfer's decisions and personnel's answers: the effective date of the versions moves made.
MOVE_HANDLERS: dict[str, Handler] = {
    "transfer.move.decided.v1": keep_move_decision,
    "personnel.move.applied.v1": keep_move_applied,
}

UNIT_HANDLERS: dict[str, Handler] = {
    "org.unit.created.v1": keep_unit,
    "org.unit.updated.v1": keep_unit,
    "org.unit.dissolved.v1": keep_unit,
}
