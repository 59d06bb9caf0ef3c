"""Transactional outbox: an event row is written in the same transaction as the change it announces;
the relay publishes rows to Kafka in order, keyed by subject, and marks them published. A row that can
never be published as it is (too large for the broker, not an envelope) is parked with its error and
counted (`outbox_parked_events`), and the rows behind it go on.

A crash after the send but before the mark re-sends the row; consumers are idempotent (inbox), so the
effect still happens once. Only one relay works at a time (an advisory lock), which keeps per-subject
order even if two replicas are started by mistake."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import (
    InvalidTopicError,
    KafkaError,
    MessageSizeTooLargeError,
    RecordListTooLargeError,
    RecordTooLargeError,
    TopicAuthorizationFailedError,
)
from pydantic import ValidationError
from sqlalchemy import BigInteger, Column, DateTime, Identity, Index, delete, func, select, text, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import Field, SQLModel

from common.db import utcnow
from common.events.envelope import Envelope
from common.kafka_auth import client_options
from common.logging import correlation_id
from common.metrics import OUTBOX_BACKLOG, OUTBOX_FAILURES, OUTBOX_PARKED, OUTBOX_PARKINGS, OUTBOX_PUBLISHED

log = logging.getLogger(__name__)
RELAY_LOCK_ID = 0x0CB0CC  # any constant: one lock per database, and each service has its own database


class OutboxMessage(SQLModel, table=True):
    __tablename__ = "outbox_message"
    __table_args__ = (
        Index("ix_outbox_message_unpublished", "seq",
              postgresql_where=text("published_at IS NULL AND parked_at IS NULL")),
        Index("ix_outbox_message_parked", "seq", postgresql_where=text("parked_at IS NOT NULL")),
    )

    seq: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), primary_key=True))
    id: str = Field(unique=True, max_length=64)  # the event id
    aggregate_type: str = Field(max_length=120)  # the topic
    aggregate_id: str = Field(max_length=120)  # the Kafka key
    type: str = Field(max_length=160)
    payload: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))  # the whole envelope
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    published_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    parked_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))  # never publishable as is


def add_event(session: AsyncSession, envelope: Envelope) -> None:
    """Queue an event in the caller's transaction; it is published only if that transaction commits."""
    if envelope.correlationid is None:
        # The request or event being handled is the cause: its correlation id follows into Kafka.
        envelope.correlationid = correlation_id.get()
    session.add(
        OutboxMessage(
            id=envelope.id,
            aggregate_type=envelope.topic,
            aggregate_id=envelope.subject,
            type=envelope.type,
            payload=envelope.model_dump(mode="json"),
        )
    )


def kafka_headers(envelope: Envelope) -> list[tuple[str, bytes]]:
    headers = [("ce_id", envelope.id.encode()), ("ce_type", envelope.type.encode()),
               ("ce_source", envelope.source.encode())]
    if envelope.correlationid:
        headers.append(("correlation_id", envelope.correlationid.encode()))
    return headers


def make_producer(bootstrap: str) -> AIOKafkaProducer:
    # Idempotent producer: broker-side dedupe of the producer's own retries.
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap, enable_idempotence=True, acks="all", linger_ms=5,
        request_timeout_ms=15000, retry_backoff_ms=200, **client_options(),
    )


# Errors that say this one row can never be published, whatever is retried: it is parked with its
# error and the rows behind it go on. Everything else (the broker away, a timeout, a leader election)
# is retried with backoff, in order, for as long as it lasts.
PERMANENT_PUBLISH_ERRORS: tuple[type[BaseException], ...] = (
    MessageSizeTooLargeError, RecordTooLargeError, RecordListTooLargeError, InvalidTopicError,
    TopicAuthorizationFailedError, ValidationError,
)


class OutboxRelay:
    """Publishes the outbox. Public interface: `run(stop)` (the loop a worker runs), `publish_batch()`
    (one pass, for tests and tools), `backlog()`, `parked()`, `release_parked(ids)` (put parked rows
    back in the queue after their cause was fixed), `check()` (readiness), `close()`."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        service: str,
        bootstrap: str,
        topic_prefix: str = "",
        batch_size: int = 200,
        poll_interval: float = 0.2,
        max_backoff: float = 30.0,
        retention: timedelta = timedelta(days=7),
        publish_deadline: float = 30.0,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.service = service
        self.bootstrap = bootstrap
        self.topic_prefix = topic_prefix
        self.batch_size = batch_size
        self.poll_interval = poll_interval
        self.max_backoff = max_backoff
        self.retention = retention
        self.publish_deadline = publish_deadline
        self._producer: AIOKafkaProducer | None = None

    @property
    def connected(self) -> bool:
        return self._producer is not None

    async def check(self) -> None:
        """Raises unless the broker can be reached (readiness)."""
        await self._ensure_producer()

    async def close(self) -> None:
        await self._drop_producer()

    async def _ensure_producer(self) -> AIOKafkaProducer:
        if self._producer is None:
            producer = make_producer(self.bootstrap)
            try:
                await producer.start()
            except BaseException:
                await producer.stop()
                raise
            self._producer = producer
        return self._producer

    async def _drop_producer(self) -> None:
        if self._producer is not None:
            producer, self._producer = self._producer, None
            try:
                # stop() flushes what is pending, which with the broker away waits until it returns.
                async with asyncio.timeout(5):
                    await producer.stop()
            except Exception:  # a broken connection may fail to close; it is discarded either way
                log.debug("producer stop failed", exc_info=True)

    async def publish_batch(self) -> int:
        """Publish the next queued rows in order. A row that can never be published is parked; at the
        first failure that may pass (the broker away) the pass stops, so order holds, and the first
        unsent row waits out a growing backoff."""
        sent, failed = 0, False
        async with self.sessionmaker() as session, session.begin():
            got = await session.scalar(select(func.pg_try_advisory_xact_lock(RELAY_LOCK_ID)))
            if not got:
                return 0
            rows = (
                await session.scalars(
                    select(OutboxMessage)
                    .where(OutboxMessage.published_at.is_(None), OutboxMessage.parked_at.is_(None))  # type: ignore[union-attr]
                    .order_by(OutboxMessage.seq)  # type: ignore[arg-type]
                    .limit(self.batch_size)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            if not rows:
                return 0
            if rows[0].next_attempt_at and rows[0].next_attempt_at > utcnow():
                return 0
            try:
                # A broker that vanished mid-connection can leave a send waiting longer than aiokafka's
                # own timeouts say; the pass gives up as a whole, so the row counts its try and backs off.
                async with asyncio.timeout(self.publish_deadline):
                    sent = await self._send(rows)
            except (TimeoutError, KafkaError, OSError) as exc:
                OUTBOX_FAILURES.labels(self.service).inc()
                first = next((r for r in rows if r.published_at is None and r.parked_at is None), None)
                if first is not None:
                    first.attempts += 1
                    first.last_error = f"{type(exc).__name__}: {exc}"[:1000]
                    delay = min(self.max_backoff, 0.5 * 2 ** min(first.attempts, 10))
                    first.next_attempt_at = utcnow() + timedelta(seconds=delay)
                log.warning("outbox publish failed; will retry", extra={"error": f"{type(exc).__name__}: {exc}"})
                failed = True
        if failed:
            # After the failed try is committed: the next pass starts with a new connection.
            await self._drop_producer()
        return sent

    async def _send(self, rows: Sequence[OutboxMessage]) -> int:
        sent = 0
        producer = await self._ensure_producer()
        pending = []
        for row in rows:
            try:
                headers = kafka_headers(Envelope.model_validate(row.payload))
                fut = await producer.send(self.topic_prefix + row.aggregate_type, value=row_bytes(row),
                                          key=row.aggregate_id.encode(), headers=headers)
            except PERMANENT_PUBLISH_ERRORS as exc:
                self._park(row, exc)
                continue
            pending.append((row, fut))
        for row, fut in pending:
            try:
                await fut
            except PERMANENT_PUBLISH_ERRORS as exc:
                self._park(row, exc)
                continue
            row.published_at = utcnow()
            sent += 1
            OUTBOX_PUBLISHED.labels(self.service, row.type).inc()
        return sent

    def _park(self, row: OutboxMessage, exc: BaseException) -> None:
        row.parked_at = utcnow()
        row.attempts += 1
        row.last_error = f"{type(exc).__name__}: {exc}"[:1000]
        OUTBOX_PARKINGS.labels(self.service, row.type).inc()
        log.error("outbox event parked: it can never be published as it is",
                  extra={"event_id": row.id, "type": row.type, "error": row.last_error})

    async def backlog(self) -> int:
        async with self.sessionmaker() as session:
            n = await session.scalar(
                select(func.count()).select_from(OutboxMessage)
                .where(OutboxMessage.published_at.is_(None), OutboxMessage.parked_at.is_(None))  # type: ignore[union-attr]
            )
            parked = await session.scalar(
                select(func.count()).select_from(OutboxMessage).where(OutboxMessage.parked_at.is_not(None))  # type: ignore[union-attr]
            )
        OUTBOX_BACKLOG.labels(self.service).set(n or 0)
        OUTBOX_PARKED.labels(self.service).set(parked or 0)
        return n or 0

    async def parked(self) -> list[OutboxMessage]:
        async with self.sessionmaker() as session:
            return list((await session.scalars(
                select(OutboxMessage).where(OutboxMessage.parked_at.is_not(None))  # type: ignore[union-attr]
                .order_by(OutboxMessage.seq)  # type: ignore[arg-type]
            )).all())

    async def release_parked(self, event_ids: list[str]) -> int:
        """Queue parked rows again (after their cause was fixed); returns how many."""
        async with self.sessionmaker() as session, session.begin():
            result = await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(event_ids), OutboxMessage.parked_at.is_not(None))  # type: ignore[attr-defined, union-attr]
                .values(parked_at=None, next_attempt_at=None)
            )
        return result.rowcount or 0  # type: ignore[attr-defined, no-any-return]

    async def prune(self) -> None:
        async with self.sessionmaker() as session, session.begin():
            await session.execute(
                delete(OutboxMessage).where(OutboxMessage.published_at < utcnow() - self.retention)  # type: ignore[operator]
            )

    async def run(self, stop: asyncio.Event) -> None:
        ticks = 0
        while not stop.is_set():
            try:
                sent = await self.publish_batch()
                if ticks % 25 == 0:
                    await self.backlog()
                if ticks % 18000 == 0:
                    await self.prune()
            except Exception:  # the relay must outlive a database restart
                log.exception("outbox relay iteration failed")
                sent = 0
                await asyncio.sleep(1)
            ticks += 1
            if not sent:
                try:
                    await asyncio.wait_for(stop.wait(), self.poll_interval)
                except TimeoutError:
                    pass
        await self._drop_producer()


def row_bytes(row: OutboxMessage) -> bytes:
    return json.dumps(row.payload, ensure_ascii=False, separators=(",", ":")).encode()
