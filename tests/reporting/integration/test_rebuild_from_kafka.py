"""A rebuild from scratch gives exactly the cells of the live model: every event of the topics reporting
reads (org.unit, org.catalog_item, personnel.person), from the start of each topic, into a fresh database,
then every form for the province on several dates against the running reporting service's own database.

This holds only while the topics still hold every event since the stack began: the local broker keeps a
topic 7 days (Kafka's default retention, cleanup.policy=delete), so on a stack older than that the
earliest events are gone and this test fails, as a rebuild would (see the service's README)."""

from __future__ import annotations

import asyncio
from datetime import date

import psycopg
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from common import clock
from common.db import make_engine, make_sessionmaker
from common.events.envelope import Envelope
from common.messaging import EventConsumer
from common.testing import stack
from reporting.worker import subscriptions

from .conftest import FORMS, cells_of, seeded

ROOT_UNIT = "TQ"


async def end_offsets(topics: list[str]) -> dict[TopicPartition, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=stack.kafka_bootstrap())
    await admin.start()
    try:
        described = await admin.describe_topics(topics)
    finally:
        await admin.close()
    parts = [TopicPartition(t["topic"], p["partition"]) for t in described for p in t["partitions"]]
    assert parts, f"no partitions found for {topics}"
    consumer = AIOKafkaConsumer(bootstrap_servers=stack.kafka_bootstrap(), enable_auto_commit=False)
    await consumer.start()
    try:
        return dict(await consumer.end_offsets(parts))
    finally:
        await consumer.stop()


async def read_to(ends: dict[TopicPartition, int]) -> list[Envelope]:
    consumer = AIOKafkaConsumer(bootstrap_servers=stack.kafka_bootstrap(), enable_auto_commit=False)
    await consumer.start()
    got: list[Envelope] = []
    try:
        wanted = {tp: end for tp, end in ends.items() if end > 0}
        consumer.assign(list(wanted))
        await consumer.seek_to_beginning(*wanted)
        while [tp for tp, end in wanted.items() if await consumer.position(tp) < end]:
            for tp, records in (await consumer.getmany(timeout_ms=1000)).items():
                got.extend(Envelope.model_validate_json(r.value or b"") for r in records if r.offset < wanted[tp])
    finally:
        await consumer.stop()
    return got


async def live_caught_up(ends: dict[TopicPartition, int]) -> bool:
    """The running service's consumer groups have committed at least these offsets."""
    admin = AIOKafkaAdminClient(bootstrap_servers=stack.kafka_bootstrap())
    await admin.start()
    try:
        for sub in subscriptions:
            committed = await admin.list_consumer_group_offsets(f"reporting.{sub.name}")
            for tp, end in ends.items():
                if tp.topic in sub.topics and end > 0 and (committed.get(tp) is None or committed[tp].offset < end):
                    return False
        return True
    finally:
        await admin.close()


async def test_a_rebuild_from_the_topics_gives_the_cells_of_the_live_model(migrated_db):
    topics = sorted({t for sub in subscriptions for t in sub.topics})
    days = [clock.today(), date(2025, 12, 31), date(2026, 7, 1)]
    live_url = stack.admin_dsn("reporting").replace("postgresql://", "postgresql+asyncpg://")
    live_engine = make_engine(live_url, pool_size=2)
    live = make_sessionmaker(live_engine)
    try:
        for _attempt in range(5):  # other tests may publish meanwhile: take a quiet moment
            ends = await end_offsets(topics)
            for _ in range(60):
                if await live_caught_up(ends):
                    break
                await asyncio.sleep(1)
            expected = {(f, d): await cells_of(live, f, ROOT_UNIT, d) for f in FORMS for d in days}
            if await end_offsets(topics) == ends:
                break
        events = await read_to(ends)
        engine, scratch = await seeded(migrated_db("reporting"))
        by_type = {t: sub for sub in subscriptions for t in sub.handlers}
        for e in events:
            if e.type in by_type:
                await EventConsumer(by_type[e.type], scratch, service="rebuild", bootstrap="unused:0").handle(e)
        with psycopg.connect(stack.admin_dsn("reporting")) as conn:
            live_facts = conn.execute("select count(*) from person_fact").fetchone()
        assert live_facts and live_facts[0] > 0, "the live model is empty: run `make run` first"
        for (form, day), cells in expected.items():
            assert await cells_of(scratch, form, ROOT_UNIT, day) == cells, (form, day)
        await engine.dispose()
    finally:
        await live_engine.dispose()
