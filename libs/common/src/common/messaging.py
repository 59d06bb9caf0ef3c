"""The one way a service consumes events: a Kafka consumer with an inbox guard, typed payloads, retries
that outlast any outage, and a dead-letter topic for what can never succeed.

Per message: parse the envelope; check its type and version against the subscription; validate its
payload against the contract (common.events.contracts); in a new transaction claim it in the inbox and
run the handler with the typed payload; commit; then, once per poll, commit the Kafka offsets. A crash at
any point redelivers, and the inbox makes the redelivery harmless.

Failures are of two kinds, decided by explicit classification, never by guessing:
- permanent (`PermanentError` and its kinds: `ContractViolation`, `UnknownEventVersion`, or raised by a
  handler for an event that breaks a rule): the raw message goes to `<topic>.dlq` with the error in its
  headers and the consumer moves on;
- everything else (the database restarting, Kafka away, a timeout, and a bug until it is fixed): the
  same event is tried again with backoff for as long as it takes, counted in `consumer_retries_total`
  and flagged by `consumer_retrying`. Its partition waits; nothing behind it overtakes it, nothing is
  lost. Stopping the service interrupts the wait without committing the offset."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.events.envelope import Envelope, EventPayload, topic_of
from common.events.registry import payload_model
from common.inbox import claim
from common.kafka_auth import client_options
from common.logging import correlation_id
from common.metrics import CONSUMER_LAG, CONSUMER_RETRIES, CONSUMER_RETRYING, EVENTS_HANDLED
from common.outbox import make_producer

log = logging.getLogger(__name__)

P = TypeVar("P", bound=EventPayload)


@dataclass(frozen=True)
class Event(Generic[P]):
    """What a handler receives: the envelope (who, when, which subject) and its typed payload."""

    envelope: Envelope
    payload: P


Handler = Callable[[AsyncSession, Event[Any]], Awaitable[None]]
BeforeCommit = Callable[[AsyncSession], Awaitable[None]]


class PermanentError(Exception):
    """An event that will never succeed, whatever is retried: straight to the dead-letter topic.
    Raised by a handler for an event that breaks a rule; the consumer raises its kinds below."""


class ContractViolation(PermanentError):
    """The message is not an envelope, or its payload does not fit the contract of its type."""


class UnknownEventVersion(PermanentError):
    """A version of a handled event type that this consumer was not written for."""


@dataclass
class Subscription:
    """One consumer group: the event types it handles and the handler of each. `wants`, when given, picks
    the events of those types worth a transaction: the others are counted as ignored without one (a group
    that reads a busy topic for a few of its events: no inbox row, no commit for the rest)."""

    name: str
    handlers: dict[str, Handler]
    wants: Callable[[Event[Any]], bool] | None = None

    @property
    def topics(self) -> list[str]:
        return sorted({topic_of(t) for t in self.handlers})


def unversioned(event_type: str) -> str:
    return event_type.rsplit(".v", 1)[0]


KEEP_FOREVER = {"retention.ms": "-1"}


async def ensure_topics(bootstrap: str, topics: list[str], partitions: int = 3) -> None:
    """Create topics (and their dead-letter topics) up front, so a consumer never waits on auto-creation.
    Three copies where the cluster has three brokers (production), one on the single local broker."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10000, **client_options())
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [t for t in topics if t not in existing]
        if wanted:
            try:
                brokers = len((await admin.describe_cluster())["brokers"])
                # Kept for good: services rebuild what they derive from these events (see reporting).
                await admin.create_topics([NewTopic(t, partitions, min(3, brokers), topic_configs=KEEP_FOREVER)
                                           for t in wanted])
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
        backoff: float = 0.2,
        max_backoff: float = 15.0,
    ) -> None:
        self.sub = subscription
        self.sessionmaker = sessionmaker
        self.service = service
        self.bootstrap = bootstrap
        self.prefix = topic_prefix
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.group_id = f"{topic_prefix}{service}.{subscription.name}"
        self.running = False
        self._handled_kinds = {unversioned(t) for t in subscription.handlers}
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
            # An event retried through a long outage holds the loop; the group keeps it meanwhile.
            max_poll_interval_ms=30 * 60 * 1000,
            **client_options(),
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
                    if not await self.process_batches(batches, stop):
                        return
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("consumer failed; restarting", extra={"consumer": self.group_id})
                await asyncio.sleep(2)
            finally:
                await self.stop()

    async def process_batches(self, batches: dict[TopicPartition, list[ConsumerRecord]],
                              stop: asyncio.Event | None = None) -> bool:
        """Process one poll's records and commit their offsets together; False if stop interrupted it.

        One offset commit per poll, not per record: the inbox makes a redelivery after a crash harmless,
        and a commit per record cost a round trip to Kafka and a write to its offsets topic for every
        audited request. A dead letter is the exception: its offset is committed at once, so that a
        crash does not send the same message to the dead-letter topic twice."""
        assert self._consumer is not None
        done: dict[TopicPartition, int] = {}
        try:
            for tp, records in batches.items():
                for record in records:
                    outcome = await self.process(record, stop)
                    if outcome == "interrupted":
                        return False
                    done[tp] = record.offset + 1
                    if outcome == "dead_letter":
                        await self._consumer.commit({tp: done.pop(tp)})
                self._record_lag(tp, records[-1].offset)
        finally:
            if done:
                await self._consumer.commit(done)
        return True

    def _record_lag(self, tp: TopicPartition, last_offset: int) -> None:
        assert self._consumer is not None
        high = self._consumer.highwater(tp)
        if high is not None:
            CONSUMER_LAG.labels(self.service, self.sub.name, tp.topic, tp.partition).set(max(0, high - last_offset - 1))

    def typed(self, envelope: Envelope) -> Event[Any] | None:
        """The event with its typed payload, or None when this subscription does not handle its type.
        Raises ContractViolation or UnknownEventVersion for what can never be handled."""
        if envelope.type not in self.sub.handlers:
            if unversioned(envelope.type) in self._handled_kinds:
                raise UnknownEventVersion(f"{envelope.type} is not a version this consumer handles")
            return None  # tolerant reader: other types share the topic
        if envelope.type.rsplit(".v", 1)[1] != str(envelope.schemaversion):
            raise ContractViolation(f"schemaversion {envelope.schemaversion} does not match {envelope.type}")
        try:
            payload = payload_model(envelope.type).model_validate(envelope.data)
        except (ValidationError, LookupError) as exc:
            raise ContractViolation(f"{envelope.type}: {exc}") from exc
        return Event(envelope, payload)

    async def handle(self, envelope: Envelope, *, before_commit: BeforeCommit | None = None) -> str:
        """One attempt at one event: 'handled', 'duplicate' or 'ignored'; raises what went wrong.
        `before_commit` sees the handler's transaction just before it commits (common.testing.handlers)."""
        event = self.typed(envelope)
        if event is None or (self.sub.wants is not None and not self.sub.wants(event)):
            return "ignored"
        handler = self.sub.handlers[envelope.type]
        async with self.sessionmaker() as session, session.begin():
            if not await claim(session, self.sub.name, envelope):
                return "duplicate"
            await handler(session, event)
            if before_commit is not None:
                await before_commit(session)
        return "handled"

    async def process(self, record: ConsumerRecord, stop: asyncio.Event | None = None) -> str:
        """Handle one record until it is handled or classified permanent; returns the outcome
        (handled, duplicate, ignored, dead_letter, or interrupted when stop was set while retrying)."""
        try:
            envelope = Envelope.model_validate_json(record.value or b"")
        except ValidationError as exc:
            await self.dead_letter(record, ContractViolation(f"not an envelope: {exc}"), attempts=0)
            return self._count("?", "dead_letter")
        token = correlation_id.set(envelope.correlationid or envelope.id)
        attempt = 0
        try:
            while True:
                attempt += 1
                try:
                    return self._count(envelope.type, await self.handle(envelope))
                except PermanentError as exc:
                    await self.dead_letter(record, exc, attempts=attempt)
                    return self._count(envelope.type, "dead_letter")
                except Exception as exc:
                    if not await self._wait_to_retry(envelope, exc, attempt, stop):
                        return "interrupted"
        finally:
            CONSUMER_RETRYING.labels(self.service, self.sub.name).set(0)
            correlation_id.reset(token)

    async def _wait_to_retry(self, envelope: Envelope, exc: Exception, attempt: int,
                             stop: asyncio.Event | None) -> bool:
        """Count the failure and wait out the backoff; False if stop was set meanwhile."""
        CONSUMER_RETRIES.labels(self.service, self.sub.name, envelope.type, type(exc).__name__).inc()
        CONSUMER_RETRYING.labels(self.service, self.sub.name).set(1)
        extra = {"event_id": envelope.id, "type": envelope.type, "attempt": attempt, "error": repr(exc)[:500]}
        if attempt in (1, 5) or attempt % 50 == 0:
            # Infrastructure away is expected to pass; a failure that persists is worth a stack trace.
            log.log(logging.WARNING if attempt == 1 else logging.ERROR, "handler failed; retrying",
                    extra=extra, exc_info=attempt > 1)
        delay = min(self.max_backoff, self.backoff * 2 ** min(attempt - 1, 16))
        if stop is None:
            await asyncio.sleep(delay)
            return True
        try:
            await asyncio.wait_for(stop.wait(), delay)
        except TimeoutError:
            return True
        return False

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


__all__ = ["ContractViolation", "Event", "EventConsumer", "Handler", "KafkaError", "PermanentError",
           "Subscription", "UnknownEventVersion", "ensure_topics"]
