"""Kafka consumers with an inbox guard, bounded retries with backoff, and a dead-letter topic.

Per message: parse the envelope; in a new transaction claim it in the inbox and run the handler; commit;
then commit the Kafka offset. A transient failure is retried with backoff; after max_attempts, or at
once for a message that can never succeed (unparseable, payload that does not fit its contract, a
PermanentError), the raw message goes to <topic>.dlq with the error in its headers and the consumer
moves on. The offset is committed only after the database commit or the dead-letter send, so a crash
at any point redelivers, and the inbox makes the redelivery harmless."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.events.envelope import Envelope, topic_of
from common.inbox import claim
from common.logging import correlation_id
from common.metrics import CONSUMER_LAG, EVENTS_HANDLED
from common.outbox import make_producer

log = logging.getLogger(__name__)

Handler = Callable[[AsyncSession, Envelope], Awaitable[None]]


class PermanentError(Exception):
    """Raised by a handler for an event that will never succeed: straight to the dead-letter topic."""


@dataclass
class Subscription:
    """One consumer group: the event types it handles and the handler of each."""

    name: str
    handlers: dict[str, Handler]

    @property
    def topics(self) -> list[str]:
        return sorted({topic_of(t) for t in self.handlers})


async def ensure_topics(bootstrap: str, topics: list[str], partitions: int = 3) -> None:
    """Create topics (and their dead-letter topics) up front, so a consumer never waits on auto-creation.
    Three copies where the cluster has three brokers (production), one on the single local broker."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [t for t in topics if t not in existing]
        if wanted:
            try:
                brokers = len((await admin.describe_cluster())["brokers"])
                await admin.create_topics([NewTopic(t, partitions, min(3, brokers)) for t in wanted])
            except TopicAlreadyExistsError:
                pass
    finally:
        await admin.close()


class EventConsumer:
    def __init__(
        self,
        subscription: Subscription,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        service: str,
        bootstrap: str,
        topic_prefix: str = "",
        max_attempts: int = 4,
        backoff: float = 0.2,
    ) -> None:
        self.sub = subscription
        self.sessionmaker = sessionmaker
        self.service = service
        self.bootstrap = bootstrap
        self.prefix = topic_prefix
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.group_id = f"{topic_prefix}{service}.{subscription.name}"
        self.running = False
        self._consumer: AIOKafkaConsumer | None = None
        self._dlq: AIOKafkaProducer | None = None

    async def start(self) -> None:
        topics = [self.prefix + t for t in self.sub.topics]
        await ensure_topics(self.bootstrap, topics + [t + ".dlq" for t in topics])
        self._consumer = AIOKafkaConsumer(
            *topics,
            bootstrap_servers=self.bootstrap,
            group_id=self.group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=100,
        )
        self._dlq = make_producer(self.bootstrap)
        await self._consumer.start()
        await self._dlq.start()
        self.running = True

    async def stop(self) -> None:
        self.running = False
        if self._consumer is not None:
            await self._consumer.stop()
        if self._dlq is not None:
            await self._dlq.stop()

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until stop is set; reconnects after broker outages."""
        while not stop.is_set():
            try:
                await self.start()
                assert self._consumer is not None
                while not stop.is_set():
                    batches = await self._consumer.getmany(timeout_ms=500)
                    for tp, records in batches.items():
                        for record in records:
                            await self.process(record)
                            await self._consumer.commit({tp: record.offset + 1})
                        self._record_lag(tp, records[-1].offset)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("consumer failed; restarting", extra={"consumer": self.group_id})
                await asyncio.sleep(2)
            finally:
                await self.stop()

    def _record_lag(self, tp: TopicPartition, last_offset: int) -> None:
        assert self._consumer is not None
        high = self._consumer.highwater(tp)
        if high is not None:
            CONSUMER_LAG.labels(self.service, self.sub.name, tp.topic, tp.partition).set(max(0, high - last_offset - 1))

    async def process(self, record: ConsumerRecord) -> str:
        """Handle one record; returns the outcome (handled, duplicate, ignored, dead_letter)."""
        try:
            envelope = Envelope.model_validate_json(record.value or b"")
        except ValidationError as exc:
            await self.dead_letter(record, exc, attempts=0)
            return self._count("?", "dead_letter")
        handler = self.sub.handlers.get(envelope.type)
        if handler is None:
            return self._count(envelope.type, "ignored")  # tolerant reader: other types share the topic
        token = correlation_id.set(envelope.correlationid or envelope.id)
        try:
            for attempt in range(1, self.max_attempts + 1):
                try:
                    async with self.sessionmaker() as session, session.begin():
                        if not await claim(session, self.sub.name, envelope):
                            return self._count(envelope.type, "duplicate")
                        await handler(session, envelope)
                    return self._count(envelope.type, "handled")
                except (PermanentError, ValidationError, LookupError) as exc:
                    await self.dead_letter(record, exc, attempts=attempt)
                    return self._count(envelope.type, "dead_letter")
                except Exception as exc:
                    if attempt == self.max_attempts:
                        await self.dead_letter(record, exc, attempts=attempt)
                        return self._count(envelope.type, "dead_letter")
                    log.warning("handler failed; retrying", extra={"event_id": envelope.id, "attempt": attempt,
                                                                    "error": repr(exc)})
                    await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
            raise AssertionError("unreachable")
        finally:
            correlation_id.reset(token)

    async def dead_letter(self, record: ConsumerRecord, exc: BaseException, *, attempts: int) -> None:
        assert self._dlq is not None
        headers = [
            *(record.headers or []),
            ("x-error-type", type(exc).__name__.encode()),
            ("x-error", str(exc)[:2000].encode()),
            ("x-original-topic", record.topic.encode()),
            ("x-original-partition", str(record.partition).encode()),
            ("x-original-offset", str(record.offset).encode()),
            ("x-consumer", self.group_id.encode()),
            ("x-attempts", str(attempts).encode()),
        ]
        # If even the dead-letter send fails, this raises: the offset is not committed and the message
        # comes back after the restart, rather than being lost.
        await self._dlq.send_and_wait(record.topic + ".dlq", value=record.value, key=record.key, headers=headers)
        log.error("event sent to the dead-letter topic", extra={"topic": record.topic, "offset": record.offset,
                                                               "error": repr(exc)})

    def _count(self, etype: str, outcome: str) -> str:
        EVENTS_HANDLED.labels(self.service, self.sub.name, etype, outcome).inc()
        return outcome


__all__ = ["EventConsumer", "Handler", "KafkaError", "PermanentError", "Subscription", "ensure_topics"]
