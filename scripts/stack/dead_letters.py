"""Dead-lettered events: list them with their error, and replay them once their cause is fixed.

  dead_letters.py list [--topic T.dlq]               the events still waiting, per dead-letter topic
  dead_letters.py replay --topic T.dlq [--count N]   send the next N waiting events (all without --count)
                                                     back to their original topic, in order

A replayed event goes back to the topic it came from with its original key, value and headers (plus
x-replay-of: where it was in the dead-letter topic), so every consumer group sees it again: the ones that
had handled it drop it as a duplicate (inbox), the one that failed handles it now. If its cause is not
fixed it fails again and comes back to the dead-letter topic once, with the new error; nothing loops.
What has been replayed is remembered as the committed offsets of the consumer group `cbccvc.dlq-replay`,
which the ops exporter subtracts (cbccvc_dead_letter_pending, alert DeadLetterEvents). Every replay is
written to the log (.stack/log/dead-letters.log) with who ran it.

Kafka is the stack's (KAFKA_PORT in stack/stack.env) unless CBCCVC_KAFKA_BOOTSTRAP says otherwise."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import OffsetAndMetadata

ROOT = Path(__file__).resolve().parents[2]
REPLAY_GROUP = "cbccvc.dlq-replay"
DLQ_HEADERS = {"x-error-type", "x-error", "x-original-topic", "x-original-partition", "x-original-offset",
               "x-consumer", "x-attempts", "x-replay-of"}


def bootstrap() -> str:
    if os.environ.get("CBCCVC_KAFKA_BOOTSTRAP"):
        return os.environ["CBCCVC_KAFKA_BOOTSTRAP"]
    port = os.environ.get("KAFKA_PORT")
    if not port:
        for line in (ROOT / "stack" / "stack.env").read_text().splitlines():
            if line.startswith("KAFKA_PORT="):
                port = line.split("=", 1)[1].strip()
    return f"127.0.0.1:{port}"


async def pending(topics: list[str] | None) -> dict[TopicPartition, tuple[int, int]]:
    """For each partition of the dead-letter topics: (first waiting offset, end offset)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap(), request_timeout_ms=10000)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap(), request_timeout_ms=10000)
    await admin.start()
    await consumer.start()
    try:
        names = topics or [t for t in await admin.list_topics() if t.endswith(".dlq")]
        await consumer._client.force_metadata_update()  # aiokafka fills topic metadata lazily
        parts = [TopicPartition(t, p) for t in names for p in sorted(consumer.partitions_for_topic(t) or [])]
        if not parts:
            return {}
        ends, starts = await consumer.end_offsets(parts), await consumer.beginning_offsets(parts)
        done = await admin.list_consumer_group_offsets(REPLAY_GROUP)
        out = {}
        for tp in parts:
            committed = done.get(tp)
            first = max(starts[tp], committed.offset) if committed is not None and committed.offset >= 0 else starts[tp]
            out[tp] = (first, ends[tp])
        return out
    finally:
        await consumer.stop()
        await admin.close()


async def read(tp: TopicPartition, first: int, end: int) -> list[Any]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap(), enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign([tp])
        consumer.seek(tp, first)
        records: list[Any] = []
        while len(records) < end - first:
            batch = await consumer.getmany(tp, timeout_ms=5000)
            if not batch:
                break
            records.extend(r for r in batch.get(tp, []) if r.offset < end)
        return records
    finally:
        await stop_quietly(consumer)


async def stop_quietly(consumer: AIOKafkaConsumer) -> None:
    # aiokafka (0.12) may raise the CancelledError of its own committed-offsets task from stop() of a consumer
    # that was assigned partitions by hand; the consumer is closed all the same.
    with contextlib.suppress(asyncio.CancelledError):
        await consumer.stop()


def headers_of(record: Any) -> dict[str, str]:
    return {k: v.decode(errors="replace") for k, v in (record.headers or [])}


async def list_cmd(topics: list[str] | None) -> None:
    for tp, (first, end) in sorted((await pending(topics)).items()):
        for record in await read(tp, first, end):
            h = headers_of(record)
            print(json.dumps({"topic": tp.topic, "partition": tp.partition, "offset": record.offset,
                              "consumer": h.get("x-consumer"), "error_type": h.get("x-error-type"),
                              "error": h.get("x-error"), "attempts": h.get("x-attempts"),
                              "original": f"{h.get('x-original-topic')}/{h.get('x-original-partition')}"
                                          f"@{h.get('x-original-offset')}"}, ensure_ascii=False))


def note(log: Path, entry: dict[str, Any]) -> None:
    with log.open("a") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")


async def replay_cmd(topic: str, count: int | None) -> int:
    waiting = await pending([topic])
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap(), enable_idempotence=True, acks="all")
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap(), group_id=REPLAY_GROUP, enable_auto_commit=False)
    await producer.start()
    await consumer.start()
    consumer.assign(list(waiting))  # offsets are committed for the group without joining it
    replayed = 0
    log = Path(os.environ.get("CBCCVC_DEAD_LETTER_LOG", ROOT / ".stack" / "log" / "dead-letters.log"))
    log.parent.mkdir(parents=True, exist_ok=True)
    try:
        for tp, (first, end) in sorted(waiting.items()):
            for record in await read(tp, first, end):
                if count is not None and replayed >= count:
                    return replayed
                h = headers_of(record)
                original = h.get("x-original-topic") or topic.removesuffix(".dlq")
                headers = [(k, v) for k, v in (record.headers or []) if k not in DLQ_HEADERS]
                headers.append(("x-replay-of", f"{tp.topic}/{tp.partition}@{record.offset}".encode()))
                await producer.send_and_wait(original, value=record.value, key=record.key, headers=headers)
                await consumer.commit({tp: OffsetAndMetadata(record.offset + 1, "")})
                note(log, {"at": time.time(), "by": getpass.getuser(), "to": original, "error_was": h.get("x-error"),
                           "replayed": f"{tp.topic}/{tp.partition}@{record.offset}"})
                replayed += 1
        return replayed
    finally:
        await stop_quietly(consumer)
        await producer.stop()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list")
    ls.add_argument("--topic", action="append")
    rp = sub.add_parser("replay")
    rp.add_argument("--topic", required=True)
    rp.add_argument("--count", type=int)
    args = parser.parse_args(argv)
    if args.cmd == "list":
        asyncio.run(list_cmd(args.topic))
    else:
        if not args.topic.endswith(".dlq"):
            sys.exit(f"{args.topic} is not a dead-letter topic (…​.dlq)")
        n = asyncio.run(replay_cmd(args.topic, args.count))
        print(json.dumps({"replayed": n, "topic": args.topic}))


if __name__ == "__main__":
    main(sys.argv[1:])
