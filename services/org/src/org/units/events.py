"""Outgoing unit events: each carries the unit's whole latest state, so a replica needs nothing else."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.org import UnitCreated, UnitDissolved, UnitState, UnitUpdated
from common.events.envelope import Envelope
from common.outbox import add_event
from org.units.tables import Unit

SOURCE = "org"


def unit_payload(cls: type[UnitState], unit: Unit, *, effective_on: date | None,
                 decision_number: str | None) -> UnitState:
    return cls(unit_id=unit.unit_id, name=unit.name, short_name=unit.short_name, unit_type=unit.unit_type,
               unit_block=unit.unit_block, management_level=unit.management_level, parent_id=unit.parent_id,
               path=list(unit.path), active=unit.active, effective_on=effective_on,
               decision_number=decision_number, version=unit.revision)


def _announce(session: AsyncSession, cls: type[UnitState], unit: Unit, actor: str, effective_on: date | None,
              decision_number: str | None) -> None:
    unit.revision = (unit.revision or 0) + 1
    payload = unit_payload(cls, unit, effective_on=effective_on, decision_number=decision_number)
    add_event(session, Envelope.of(payload, source=SOURCE, subject=unit.unit_id, actor=actor,
                                   unit_id=unit.unit_id))


def unit_created(session: AsyncSession, unit: Unit, actor: str, effective_on: date | None,
                 decision_number: str | None) -> None:
    _announce(session, UnitCreated, unit, actor, effective_on, decision_number)


def unit_updated(session: AsyncSession, unit: Unit, actor: str, effective_on: date | None,
                 decision_number: str | None) -> None:
    _announce(session, UnitUpdated, unit, actor, effective_on, decision_number)


def unit_dissolved(session: AsyncSession, unit: Unit, actor: str, effective_on: date | None,
                   decision_number: str | None) -> None:
    _announce(session, UnitDissolved, unit, actor, effective_on, decision_number)
