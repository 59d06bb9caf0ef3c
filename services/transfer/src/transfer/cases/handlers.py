"""Incoming events of cases: personnel's answers to moves and retirement decisions, and org's reorganisations."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.org import UnitReorganized
from common.events.contracts.transfer import MoveApplied, MoveRefused, RetirementDecided
from common.messaging import Event, Handler
from transfer.cases import reorganization, retirement, service


async def on_move_applied(session: AsyncSession, event: Event[MoveApplied]) -> None:
    await service.record_answer(session, move_id=event.payload.move_id, applied_version=event.payload.version,
                                refused_reason=None, at=event.envelope.time)


async def on_move_refused(session: AsyncSession, event: Event[MoveRefused]) -> None:
    await service.record_answer(session, move_id=event.payload.move_id, applied_version=None,
                                refused_reason=event.payload.reason, at=event.envelope.time)


async def on_reorganized(session: AsyncSession, event: Event[UnitReorganized]) -> None:
    await reorganization.apply(session, event.payload, actor=event.envelope.actor or "org")


async def on_retirement_decided(session: AsyncSession, event: Event[RetirementDecided]) -> None:
    await retirement.apply(session, event.payload, actor=event.envelope.actor or "personnel")


MOVE_ANSWER_HANDLERS: dict[str, Handler] = {
    "personnel.move.applied.v1": on_move_applied,
    "personnel.move.refused.v1": on_move_refused,
}
REORGANIZATION_HANDLERS: dict[str, Handler] = {"org.unit.reorganized.v1": on_reorganized}
RETIREMENT_HANDLERS: dict[str, Handler] = {"personnel.retirement.decided.v1": on_retirement_decided}
