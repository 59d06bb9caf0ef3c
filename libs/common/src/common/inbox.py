"""Idempotent consumption: the first thing a handler's transaction does is record the event id.

If the row already exists the event was handled before (a redelivery) and is skipped; because the
record commits with the handler's changes, a crash before the commit leaves neither behind."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel

from common.db import utcnow
from common.events.envelope import Envelope


class InboxMessage(SQLModel, table=True):
    __tablename__ = "inbox_message"

    consumer: str = Field(primary_key=True, max_length=120)
    source: str = Field(primary_key=True, max_length=120)
    event_id: str = Field(primary_key=True, max_length=64)
    event_type: str = Field(max_length=160)
    processed_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


async def claim(session: AsyncSession, consumer: str, envelope: Envelope) -> bool:
    """True if this consumer sees the event for the first time (in this transaction)."""
    stmt = (
        insert(InboxMessage)
        .values(consumer=consumer, source=envelope.source, event_id=envelope.id,
                event_type=envelope.type, processed_at=utcnow())
        .on_conflict_do_nothing()
        .returning(InboxMessage.event_id)  # type: ignore[arg-type]
    )
    return (await session.execute(stmt)).first() is not None
