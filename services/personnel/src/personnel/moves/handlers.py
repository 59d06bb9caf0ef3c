from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.transfer import MoveDecided
from common.messaging import Event, Handler
from personnel.moves import service


async def apply_move(session: AsyncSession, event: Event[MoveDecided]) -> None:
    await service.apply(session, event.payload, actor=event.envelope.actor)


MOVE_HANDLERS: dict[str, Handler] = {"transfer.move.decided.v1": apply_move}
