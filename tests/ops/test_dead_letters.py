"""scripts/stack/dead_letters.py against the stack's Kafka, on topics of its own (a test prefix)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import uuid
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from common.messaging import ensure_topics
from common.testing.stack import kafka_bootstrap

ROOT = Path(__file__).resolve().parents[2]


def tool(*args: str, log: Path) -> str:
    script = ROOT / "scripts" / "stack" / "dead_letters.py"
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), str(script), *args], capture_output=True,
                            text=True, timeout=120, env={**os.environ, "CBCCVC_KAFKA_BOOTSTRAP": kafka_bootstrap(),
                                 "CBCCVC_DEAD_LETTER_LOG": str(log)})
    assert result.returncode == 0, result.stderr
    return result.stdout


async def produce(topic: str, messages: list[tuple[bytes, bytes, list[tuple[str, bytes]]]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap())
    await producer.start()
    try:
        for key, value, headers in messages:
            await producer.send_and_wait(topic, key=key, value=value, headers=headers, partition=0)
    finally:
        await producer.stop()


async def read_all(topic: str) -> list[tuple[bytes, bytes, dict[str, bytes]]]:
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka_bootstrap(), enable_auto_commit=False)
    await consumer.start()
    try:
        tp = TopicPartition(topic, 0)
        consumer.assign([tp])
        consumer.seek(tp, 0)
        end = (await consumer.end_offsets([tp]))[tp]
        out = []
        deadline = asyncio.get_running_loop().time() + 60
        while len(out) < end and asyncio.get_running_loop().time() < deadline:
            for records in (await consumer.getmany(timeout_ms=3000)).values():
                out.extend((r.key, r.value, dict(r.headers or [])) for r in records)
        return out
    finally:
        await consumer.stop()


def test_dead_letters_are_listed_with_their_error_and_replayed_in_order_once(tmp_path: Path) -> None:
    topic = f"opstest-{uuid.uuid4().hex[:8]}.org.unit"
    dlq = topic + ".dlq"
    asyncio.run(ensure_topics(kafka_bootstrap(), [topic, dlq], partitions=1))
    letters = [
        (f"unit-{i}".encode(), json.dumps({"id": f"ev-{i}"}).encode(),
         [("traceparent", b"00-abc"), ("x-error-type", b"ContractViolation"), ("x-error", f"bad {i}".encode()),
          ("x-original-topic", topic.encode()), ("x-original-partition", b"0"), ("x-original-offset", str(i).encode()),
          ("x-consumer", b"personnel.unit-tree"), ("x-attempts", b"1")])
        for i in range(3)
    ]
    asyncio.run(produce(dlq, letters))
    log = tmp_path / "dead-letters.log"

    listed = [json.loads(line) for line in tool("list", "--topic", dlq, log=log).splitlines()]
    assert [(x["offset"], x["error"], x["consumer"]) for x in listed] == [
        (0, "bad 0", "personnel.unit-tree"), (1, "bad 1", "personnel.unit-tree"), (2, "bad 2", "personnel.unit-tree")]

    assert json.loads(tool("replay", "--topic", dlq, "--count", "1", log=log))["replayed"] == 1
    assert [x["offset"] for x in map(json.loads, tool("list", "--topic", dlq, log=log).splitlines())] == [1, 2]
    assert json.loads(tool("replay", "--topic", dlq, log=log))["replayed"] == 2
    assert tool("list", "--topic", dlq, log=log) == ""
    assert json.loads(tool("replay", "--topic", dlq, log=log))["replayed"] == 0  # nothing twice

    back = asyncio.run(read_all(topic))
    assert [(k, v) for k, v, _ in back] == [(k, v) for k, v, _ in letters]
    assert all(h["traceparent"] == b"00-abc" and "x-error" not in h for _, _, h in back)
    assert [h["x-replay-of"] for _, _, h in back] == [f"{dlq}/0@{i}".encode() for i in range(3)]
    assert [json.loads(line)["error_was"] for line in log.read_text().splitlines()] == ["bad 0", "bad 1", "bad 2"]
