"""Reading a topic from the start, for tests that check what was published."""

from __future__ import annotations

import asyncio
import uuid

from aiokafka import AIOKafkaConsumer, ConsumerRecord

from common.testing.stack import kafka_bootstrap


async def read_topic(topic: str, expect: int, timeout: float = 20, linger: float = 1.5) -> list[ConsumerRecord]:
    """Every record of the topic, waiting until `expect` have come, then lingering a little so that a
    duplicate arriving right behind them would be seen too."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=kafka_bootstrap(), auto_offset_reset="earliest",
                                group_id=f"reader-{uuid.uuid4().hex[:6]}", enable_auto_commit=False)
    await consumer.start()
    got: list[ConsumerRecord] = []
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(got) < expect and loop.time() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                got.extend(records)
        for records in (await consumer.getmany(timeout_ms=int(linger * 1000))).values():
            got.extend(records)
    finally:
        await consumer.stop()
    return got
