"""Fixtures for the shared-library tests: a scratch service database with the outbox and inbox tables,
and a table the probe handlers write to, so an effect can be counted."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.db import make_engine, make_sessionmaker
from common.events.envelope import EventPayload
from common.events.registry import event_type


@event_type("probe.thing.happened.v1")
class ProbeHappened(EventPayload):
    """A payload only the tests produce."""

    n: int


@pytest.fixture(scope="session")
def probe_payload() -> type[ProbeHappened]:
    return ProbeHappened


@pytest.fixture(scope="module")
async def sessionmaker(migrated_db) -> AsyncIterator[async_sessionmaker[AsyncSession]]:  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db("notify"), pool_size=4)
    async with engine.begin() as conn:
        await conn.execute(text("create table probe_effect (event_id text, n int)"))
    yield make_sessionmaker(engine)
    await engine.dispose()
