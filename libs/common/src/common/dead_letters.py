"""Dead-lettered events: which are waiting, with their error, and their replay once the cause is fixed.

Shared by the operator's command (scripts/stack/dead_letters.py) and the system-health screen (identity's
operations feature), so both replay the same way.

A consumer sends an event that can never succeed to `<topic>.dlq` with the error in its headers
(common.messaging). A replay sends it back to the topic it came from with its original key, value and
headers (plus `x-replay-of`: where it was in the dead-letter topic), so every consumer group sees it again:
the ones that had handled it drop it as a duplicate (inbox), the one that failed handles it now. If its
cause is not fixed it fails again and comes back to the dead-letter topic once, with the new error; nothing
loops. What has been replayed is remembered as the committed offsets of the consumer group
`cbccvc.dlq-replay` (the ops exporter subtracts them: cbccvc_dead_letter_pending). Events are replayed in
their order: within a partition, only the first waiting one can be replayed alone."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import OffsetAndMetadata

from common.kafka_auth import client_options

REPLAY_GROUP = "cbccvc.dlq-replay"
DLQ_SUFFIX = ".dlq"
DLQ_HEADERS = {"x-error-type", "x-error", "x-original-topic", "x-original-partition", "x-original-offset",
               "x-consumer", "x-attempts", "x-replay-of"}
SERVICES = ("identity", "personnel", "org", "transfer", "reporting", "notify")
# pydantic's messages quote the value they refused; an operator's screen shows no personal data.
_INPUT_VALUE = re.compile(r"input_value=.*?(?=, input_type=|\]|$)", re.S)


class NotFirstWaiting(Exception):
    """The event asked for is not the first waiting one of its partition (or not waiting at all)."""

    def __init__(self, first: int | None) -> None:
        super().__init__(f"first waiting offset is {first}")
        self.first = first


@dataclass(frozen=True)
class DeadLetter:
    """One waiting dead-lettered event: where it is, what it was, why it failed. Its payload is not
    kept here (it may hold personal data)."""

    topic: str
    partition: int
    offset: int
    original: str
    consumer: str | None
    error_type: str | None
    error: str | None
    attempts: int | None
    event_id: str | None
    event_type: str | None
    event_time: str | None
    source: str | None
    dead_lettered_at: float  # the Kafka timestamp of the dead-letter record (seconds)
    replay_of: str | None  # where it was before, if it had been replayed already
    first_in_partition: bool

    @property
    def ref(self) -> str:
        return f"{self.topic}/{self.partition}@{self.offset}"


@dataclass
class Replayed:
    letter: DeadLetter
    to: str


@dataclass
class Waiting:
    """Per partition of the dead-letter topics: (first waiting offset, end offset)."""

    partitions: dict[TopicPartition, tuple[int, int]] = field(default_factory=dict)

    def count(self, topic: str | None = None) -> int:
        return sum(end - first for tp, (first, end) in self.partitions.items() if topic is None or tp.topic == topic)

    def topics(self) -> list[str]:
        return sorted({tp.topic for tp in self.partitions})


def is_dead_letter_topic(name: str, prefix: str = "") -> bool:
    """A dead-letter topic of this stack: `<prefix><service>.….dlq` (other runs' prefixed topics are not)."""
    if not name.endswith(DLQ_SUFFIX) or not name.startswith(prefix):
        return False
    return name[len(prefix):].split(".", 1)[0] in SERVICES


def redact(error: str | None) -> str | None:
    return _INPUT_VALUE.sub("input_value=…", error) if error else error


def headers_of(record: Any) -> dict[str, str]:
    return {k: v.decode(errors="replace") for k, v in (record.headers or [])}


async def _stop_quietly(consumer: AIOKafkaConsumer) -> None:
    # aiokafka (0.12) may raise the CancelledError of its own committed-offsets task from stop() of a consumer
    # that was assigned partitions by hand; the consumer is closed all the same.
    with contextlib.suppress(asyncio.CancelledError):
        await consumer.stop()


async def waiting(bootstrap: str, topics: Iterable[str] | None = None, *, prefix: str = "",
                  any_topic: bool = False) -> Waiting:
    """What waits for a replay in the given dead-letter topics, or in every one of this stack (all `.dlq`
    topics with any_topic)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10000, **client_options())
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, request_timeout_ms=10000, **client_options())
    await admin.start()
    try:
        await consumer.start()
        try:
            if topics is not None:
                names = list(topics)
            else:
                names = [t for t in await admin.list_topics()
                         if (t.endswith(DLQ_SUFFIX) if any_topic else is_dead_letter_topic(t, prefix))]
            await consumer._client.force_metadata_update()  # aiokafka fills topic metadata lazily
            parts = [TopicPartition(t, p) for t in names for p in sorted(consumer.partitions_for_topic(t) or [])]
            if not parts:
                return Waiting()
            ends, starts = await consumer.end_offsets(parts), await consumer.beginning_offsets(parts)
            done = await admin.list_consumer_group_offsets(REPLAY_GROUP)
            out = Waiting()
            for tp in parts:
                committed = done.get(tp)
                first = max(starts[tp], committed.offset) if committed is not None and committed.offset >= 0 \
                    else starts[tp]
                out.partitions[tp] = (first, max(first, ends[tp]))
            return out
        finally:
            await consumer.stop()
    finally:
        await admin.close()


async def _read(bootstrap: str, tp: TopicPartition, first: int, end: int) -> list[Any]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, **client_options())
    await consumer.start()
    try:
        consumer.assign([tp])
        consumer.seek(tp, first)
        records: list[Any] = []
        while len(records) < end - first:
            batch = await consumer.getmany(tp, timeout_ms=5000)
            if not batch:
                break
            records.extend(r for r in batch.get(tp, []) if first <= r.offset < end)
        return records
    finally:
        await _stop_quietly(consumer)


def _letter(tp: TopicPartition, record: Any, first: int) -> DeadLetter:
    h = headers_of(record)
    envelope: dict[str, Any] = {}
    with contextlib.suppress(ValueError, TypeError, UnicodeDecodeError):
        parsed = json.loads(record.value) if record.value else {}
        envelope = parsed if isinstance(parsed, dict) else {}
    attempts = h.get("x-attempts")
    return DeadLetter(
        topic=tp.topic, partition=tp.partition, offset=record.offset,
        original=h.get("x-original-topic") or tp.topic.removesuffix(DLQ_SUFFIX),
        consumer=h.get("x-consumer"), error_type=h.get("x-error-type"), error=redact(h.get("x-error")),
        attempts=int(attempts) if attempts and attempts.isdigit() else None,
        event_id=_str(envelope.get("id")), event_type=_str(envelope.get("type")),
        event_time=_str(envelope.get("time")), source=_str(envelope.get("source")),
        dead_lettered_at=(record.timestamp or 0) / 1000, replay_of=h.get("x-replay-of"),
        first_in_partition=record.offset == first,
    )


def _str(value: Any) -> str | None:
    return str(value) if value is not None else None


async def letters(bootstrap: str, state: Waiting, *, limit: int | None = None) -> list[DeadLetter]:
    """The waiting events, in order (topic, partition, offset), at most `limit` of them."""
    out: list[DeadLetter] = []
    for tp, (first, end) in sorted(state.partitions.items()):
        if limit is not None and len(out) >= limit:
            break
        stop = end if limit is None else min(end, first + limit - len(out))
        if stop > first:
            out.extend(_letter(tp, r, first) for r in await _read(bootstrap, tp, first, stop))
    return out


async def replay(bootstrap: str, state: Waiting, *, count: int | None = None,
                 only: tuple[str, int, int] | None = None) -> list[Replayed]:
    """Send waiting events back to their original topics, in order: the next `count` (all without it), or
    `only` = (topic, partition, offset), which must be the first waiting one of its partition."""
    if only is not None:
        tp = TopicPartition(only[0], only[1])
        first, end = state.partitions.get(tp, (None, None))
        if first is None or end is None or only[2] != first or first >= end:
            raise NotFirstWaiting(first if first is not None and end is not None and first < end else None)
        selected = {tp: (first, first + 1)}
    else:
        selected = dict(state.partitions)
    if not any(end > first for first, end in selected.values()):
        return []
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, acks="all",
                                **client_options())
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=REPLAY_GROUP, enable_auto_commit=False,
                                **client_options())
    await producer.start()
    out: list[Replayed] = []
    try:
        await consumer.start()
        consumer.assign(list(selected))  # offsets are committed for the group without joining it
        try:
            for tp, (first, end) in sorted(selected.items()):
                for record in await _read(bootstrap, tp, first, end):
                    if count is not None and len(out) >= count:
                        return out
                    letter = _letter(tp, record, first)
                    headers = [(k, v) for k, v in (record.headers or []) if k not in DLQ_HEADERS]
                    headers.append(("x-replay-of", letter.ref.encode()))
                    await producer.send_and_wait(letter.original, value=record.value, key=record.key,
                                                 headers=headers)
                    await consumer.commit({tp: OffsetAndMetadata(record.offset + 1, "")})
                    out.append(Replayed(letter=letter, to=letter.original))
            return out
        finally:
            await _stop_quietly(consumer)
    finally:
        await producer.stop()


__all__ = ["REPLAY_GROUP", "DeadLetter", "NotFirstWaiting", "Replayed", "Waiting", "headers_of",
           "is_dead_letter_topic", "letters", "redact", "replay", "waiting"]
