"""scripts/stack/backup_resync.py: after a restore, each consumer group goes back to the events its restored
database had not handled yet (never forward), on this run's own topics and groups, against a scratch
service database."""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import OffsetAndMetadata

from common.messaging import ensure_topics
from common.testing.stack import kafka_bootstrap

ROOT = Path(__file__).resolve().parents[2]


async def produce(topic: str, n: int) -> list[float]:
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap())
    await producer.start()
    try:
        sent = []
        for i in range(n):
            meta = await producer.send_and_wait(topic, json.dumps({"n": i}).encode(), partition=0)
            sent.append(meta.timestamp / 1000)
        return sent
    finally:
        await producer.stop()


async def commit(group: str, tp: TopicPartition, offset: int) -> None:
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka_bootstrap(), group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign([tp])
        await consumer.commit({tp: OffsetAndMetadata(offset, "")})
    finally:
        try:
            await consumer.stop()
        except asyncio.CancelledError:
            pass


async def committed(group: str, tp: TopicPartition) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap())
    await admin.start()
    try:
        return (await admin.list_consumer_group_offsets(group))[tp].offset
    finally:
        await admin.close()


def resync(prefix: str, dsn: str, *extra: str) -> list[dict[str, object]]:
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "scripts" / "stack" / "backup_resync.py"),
         "--prefix", prefix, "--database", f"notify={dsn}", "--wait", "20", *extra],
        capture_output=True, text=True, timeout=120, env={"CBCCVC_KAFKA_BOOTSTRAP": kafka_bootstrap()})
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_each_group_goes_back_to_what_its_restored_database_had_not_handled_and_never_forward(
        migrated_db: Callable[[str], str]) -> None:
    prefix = f"rs{uuid.uuid4().hex[:6]}."
    topic = prefix + "org.unit"
    tp = TopicPartition(topic, 0)
    asyncio.run(ensure_topics(kafka_bootstrap(), [topic], partitions=1))
    before = asyncio.run(produce(topic, 3))
    time.sleep(2)
    asyncio.run(produce(topic, 3))
    dsn = migrated_db("notify").replace("postgresql+asyncpg://", "postgresql://")
    with psycopg.connect(dsn) as conn:  # the restored database had handled the first three events only
        conn.execute("insert into inbox_message (consumer, source, event_id, event_type, processed_at) "
                     "values ('unit-tree', '/org', 'e2', 'org.unit.created.v1', %s)",
                     (datetime.fromtimestamp(before[-1] + 0.5, UTC),))
        conn.execute("insert into inbox_message (consumer, source, event_id, event_type, processed_at) "
                     "values ('change-notes', '/org', 'e9', 'org.unit.created.v1', %s)",
                     (datetime.fromtimestamp(time.time() + 900, UTC),))
    behind, caught_up, never = prefix + "notify.unit-tree", prefix + "notify.accounts", prefix + "notify.change-notes"
    asyncio.run(commit(behind, tp, 6))  # the group had consumed all six before the restore
    asyncio.run(commit(caught_up, tp, 6))  # a subscription with nothing in the restored inbox
    asyncio.run(commit(never, tp, 1))  # a group behind what its restored database handled

    assert resync(prefix, dsn, "--margin", "0", "--dry-run")  # says what would move...
    assert asyncio.run(committed(behind, tp)) == 6  # ...and moves nothing

    moved = {m["group"]: (m["from"], m["to"]) for m in resync(prefix, dsn, "--margin", "0")}
    assert moved == {behind: (6, 3), caught_up: (6, 0)}
    assert asyncio.run(committed(behind, tp)) == 3  # the three events the database lost come again
    assert asyncio.run(committed(caught_up, tp)) == 0  # nothing handled: from the start
    assert asyncio.run(committed(never, tp)) == 1  # never forward

    # With the default margin (five minutes before the last handled event) the first group goes back further.
    asyncio.run(commit(behind, tp, 6))
    moved = {m["group"]: m["to"] for m in resync(prefix, dsn)}
    assert moved == {behind: 0}
