"""Feed one event to a service's handler, on a real database, without Kafka, and see what it wrote.

    written = await feed(sessionmaker, subscription, Envelope.of(UnitCreated(...), source="org", subject="X"))
    assert written.outcome == "handled"
    assert written.rows["unit_node"][0]["name"] == "Sở Nội vụ"
    assert [e.type for e in written.events] == [...]

The event goes through the consumer's own path (type and version check, typed payload, inbox claim,
handler, commit), so a test sees exactly what a delivery from Kafka would do. Before the commit, every
row the handler's transaction inserted or updated is read back (PostgreSQL marks them with the
transaction's id in xmin); the outbox rows among them are the events the handler queued."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.events.envelope import Envelope
from common.messaging import EventConsumer, Subscription

# Bookkeeping of the consumer itself, not the handler's effect.
NOT_EFFECTS = frozenset({"inbox_message", "alembic_version"})


@dataclass
class Written:
    outcome: str  # handled | duplicate | ignored
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table -> rows written
    events: list[Envelope] = field(default_factory=list)  # what the handler queued in the outbox

    def table(self, name: str) -> list[dict[str, Any]]:
        return self.rows.get(name, [])


async def feed(sessionmaker: async_sessionmaker[AsyncSession], subscription: Subscription,
               envelope: Envelope) -> Written:
    """Run the subscription's handler for `envelope` once, committed; raises what the handler raises
    (a PermanentError for what the consumer would send to the dead-letter topic)."""
    consumer = EventConsumer(subscription, sessionmaker, service="test", bootstrap="unused:0")
    written = Written(outcome="")

    async def collect(session: AsyncSession) -> None:
        tables = (await session.execute(text(
            "select tablename from pg_tables where schemaname = current_schema() order by tablename"
        ))).scalars().all()
        for table in tables:
            if table in NOT_EFFECTS:
                continue
            rows = (await session.execute(text(
                f'select * from "{table}" where xmin = pg_current_xact_id()::xid'
            ))).mappings().all()
            if rows:
                written.rows[table] = [dict(r) for r in rows]
        written.events = [Envelope.model_validate(r["payload"]) for r in written.rows.get("outbox_message", [])]

    written.outcome = await consumer.handle(envelope, before_commit=collect)
    return written
