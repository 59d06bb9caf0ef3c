"""Events that arrive while the consumer's database is down are applied exactly once after it returns:
nothing goes to the dead-letter topic and nothing is skipped; a request meanwhile gets 503, not 500.

This stops the stack's real PostgreSQL for 30 seconds (through supervisord), so it is marked disruptive
and runs after every other test."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from sqlalchemy import text

from common.events.envelope import Envelope
from common.messaging import EventConsumer, Subscription, ensure_topics
from common.testing.kafka import read_topic
from common.testing.stack import gateway_url, kafka_bootstrap, password_token, supervisorctl

pytestmark = [pytest.mark.asyncio(loop_scope="session"), pytest.mark.disruptive]



async def test_every_event_is_applied_once_after_a_30_second_database_outage(sessionmaker, topic_prefix):
    prefix = f"{topic_prefix}pgdown{uuid.uuid4().hex[:4]}."
    topic = prefix + "probe.thing"
    await ensure_topics(kafka_bootstrap(), [topic, topic + ".dlq"])

    async def apply(session, event):
        await session.execute(text("insert into probe_effect values (:id, :n)"),
                              {"id": event.envelope.id, "n": event.payload.n})

    consumer = EventConsumer(Subscription("outage-probe", {"probe.thing.happened.v1": apply}), sessionmaker,
                             service="probe", bootstrap=kafka_bootstrap(), topic_prefix=prefix, max_backoff=2.0)
    events = [Envelope(type="probe.thing.happened.v1", source="/probe", subject=f"s{n % 3}", data={"n": n})
              for n in range(60)]
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap())
    await producer.start()
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))

    async def send(batch: list[Envelope]) -> None:
        for env in batch:
            await producer.send_and_wait(topic, env.model_dump_json().encode(), key=env.subject.encode())
            await asyncio.sleep(0.05)

    async def applied() -> int:
        async with sessionmaker() as s:
            return int(await s.scalar(text("select count(distinct event_id) from probe_effect where event_id = "
                                           "any(:ids)"), {"ids": [e.id for e in events]}))

    token = password_token("stp.officer")  # before: Keycloak keeps its sessions in the same PostgreSQL
    try:
        await send(events[:20])
        supervisorctl("stop", "postgres")
        try:
            await send(events[20:50])  # they flow while the database is down
            # A request meanwhile is told the service is unavailable for a moment (503, retry), not that it
            # broke (500).
            async with httpx.AsyncClient(base_url=gateway_url(), timeout=30) as client:
                r = await client.get("/api/personnel/persons", params={"unit_id": "STP"},
                                     headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 503 and r.json()["error"] == "unavailable", r.text
            assert r.headers["retry-after"] == "5"
            await asyncio.sleep(30 - 30 * 0.05)
        finally:
            supervisorctl("start", "postgres")
        await send(events[50:])
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 120
        while loop.time() < deadline:
            try:
                if await applied() == len(events):
                    break
            except Exception:  # the database still starting
                pass
            await asyncio.sleep(0.5)
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await producer.stop()
    async with sessionmaker() as s:
        rows = (await s.execute(text("select event_id, count(*) from probe_effect where event_id = any(:ids) "
                                     "group by event_id"), {"ids": [e.id for e in events]})).all()
    assert len(rows) == len(events) and {n for _, n in rows} == {1}  # each applied, each once
    assert await read_topic(topic + ".dlq", expect=0, timeout=1, linger=0.5) == []
