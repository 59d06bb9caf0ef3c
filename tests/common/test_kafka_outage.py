"""An event committed while Kafka is stopped is published exactly once after Kafka is back.

This stops the real broker of the running stack (through supervisord) and starts it again, so it is
marked disruptive and runs after every other test."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from sqlalchemy import select

from common.events.envelope import Envelope
from common.outbox import OutboxMessage, OutboxRelay, add_event
from common.testing.kafka import read_topic
from common.testing.stack import kafka_bootstrap, supervisorctl
from common.testing.waiting import until

pytestmark = [pytest.mark.asyncio(loop_scope="session"), pytest.mark.disruptive]



async def test_event_committed_while_kafka_is_down_is_published_once_after(sessionmaker, topic_prefix):
    prefix = f"{topic_prefix}outage{uuid.uuid4().hex[:4]}."
    relay = OutboxRelay(sessionmaker, service="probe", bootstrap=kafka_bootstrap(), topic_prefix=prefix,
                        max_backoff=1.0)
    stop = asyncio.Event()
    supervisorctl("stop", "kafka")
    try:
        env = Envelope(type="probe.thing.happened.v1", source="/probe", subject="outage", data={"n": 1})
        async with sessionmaker() as s, s.begin():
            add_event(s, env)
        task = asyncio.create_task(relay.run(stop))

        async def tried() -> OutboxMessage | None:
            async with sessionmaker() as s:
                row = await s.scalar(select(OutboxMessage).where(OutboxMessage.id == env.id))
            return row if row.attempts >= 1 else None

        row = await until(tried, timeout=60)
        assert row, "the relay never tried to publish while Kafka was down"
        assert row.published_at is None and row.last_error  # nothing to publish to: kept, not lost
    finally:
        supervisorctl("start", "kafka")
    deadline = asyncio.get_running_loop().time() + 90
    while asyncio.get_running_loop().time() < deadline:
        async with sessionmaker() as s:
            row = await s.scalar(select(OutboxMessage).where(OutboxMessage.id == env.id))
        if row.published_at is not None:
            break
        await asyncio.sleep(0.5)
    stop.set()
    await asyncio.wait_for(task, 30)
    assert row.published_at is not None and row.attempts >= 1
    records = await read_topic(prefix + "probe.thing", expect=1)
    assert [json.loads(r.value)["id"] for r in records] == [env.id]
