"""The outbox relay and the idempotent consumer against the real PostgreSQL and Kafka."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from aiokafka import AIOKafkaProducer
from sqlalchemy import func, select, text

from common.events.envelope import Envelope
from common.messaging import EventConsumer, PermanentError, Subscription, ensure_topics
from common.outbox import OutboxMessage, OutboxRelay, add_event
from common.testing.kafka import read_topic
from common.testing.stack import kafka_bootstrap

pytestmark = pytest.mark.asyncio(loop_scope="session")


def probe(n: int, subject: str = "s1") -> Envelope:
    return Envelope(type="probe.thing.happened.v1", source="/probe", subject=subject, actor="tester", data={"n": n})


class TestOutboxRelay:
    async def test_committed_events_are_published_in_order_keyed_by_subject(self, sessionmaker, topic_prefix):
        prefix = f"{topic_prefix}order{uuid.uuid4().hex[:4]}."
        async with sessionmaker() as s, s.begin():
            for n in range(5):
                add_event(s, probe(n, subject="person-1"))
        relay = OutboxRelay(sessionmaker, service="probe", bootstrap=kafka_bootstrap(), topic_prefix=prefix)
        while await relay.publish_batch():
            pass
        await relay.close()
        records = await read_topic(prefix + "probe.thing", expect=5)
        assert [json.loads(r.value)["data"]["n"] for r in records] == [0, 1, 2, 3, 4]
        assert {r.key for r in records} == {b"person-1"}
        assert dict(records[0].headers)["ce_type"] == b"probe.thing.happened.v1"
        async with sessionmaker() as s:
            assert await s.scalar(select(func.count()).select_from(OutboxMessage)
                                  .where(OutboxMessage.published_at.is_(None))) == 0

    async def test_rolled_back_change_publishes_nothing(self, sessionmaker, topic_prefix):
        env = probe(99)
        with pytest.raises(RuntimeError):
            async with sessionmaker() as s, s.begin():
                add_event(s, env)
                raise RuntimeError("the change failed")
        async with sessionmaker() as s:
            count = select(func.count()).select_from(OutboxMessage).where(OutboxMessage.id == env.id)
            assert await s.scalar(count) == 0

    async def test_unreachable_broker_keeps_the_event_and_records_the_attempt(self, sessionmaker, topic_prefix):
        """Nothing listens on the port: the row stays unpublished with its error and a backoff, then the
        relay pointed at the real broker publishes it exactly once."""
        prefix = f"{topic_prefix}down{uuid.uuid4().hex[:4]}."
        async with sessionmaker() as s, s.begin():
            await s.execute(text("update outbox_message set published_at = now() where published_at is null"))
            env = probe(7, subject="down")
            add_event(s, env)
        dead = OutboxRelay(sessionmaker, service="probe", bootstrap="127.0.0.1:1", topic_prefix=prefix)
        assert await dead.publish_batch() == 0
        async with sessionmaker() as s:
            row = await s.scalar(select(OutboxMessage).where(OutboxMessage.id == env.id))
            assert row.published_at is None and row.attempts == 1 and row.last_error
            await s.execute(text("update outbox_message set next_attempt_at = null"))
            await s.commit()
        live = OutboxRelay(sessionmaker, service="probe", bootstrap=kafka_bootstrap(), topic_prefix=prefix)
        assert await live.publish_batch() == 1
        assert await live.publish_batch() == 0
        await live.close()
        records = await read_topic(prefix + "probe.thing", expect=1)
        assert [json.loads(r.value)["id"] for r in records] == [env.id]


    async def test_a_row_that_can_never_be_published_is_parked_and_the_rows_behind_it_go_on(
        self, sessionmaker, topic_prefix
    ):
        prefix = f"{topic_prefix}park{uuid.uuid4().hex[:4]}."
        async with sessionmaker() as s, s.begin():
            await s.execute(text("update outbox_message set published_at = now() where published_at is null"))
            too_big = Envelope(type="probe.thing.happened.v1", source="/probe", subject="big",
                               data={"n": 1, "blob": "x" * 2_000_000})  # over the broker's 1 MB message limit
            after = probe(2, subject="big")
            add_event(s, too_big)
            add_event(s, after)
        relay = OutboxRelay(sessionmaker, service="probe", bootstrap=kafka_bootstrap(), topic_prefix=prefix)
        assert await relay.publish_batch() == 1
        await relay.backlog()
        parked = await relay.parked()
        assert [r.id for r in parked] == [too_big.id]
        assert "MessageSizeTooLarge" in parked[0].last_error
        records = await read_topic(prefix + "probe.thing", expect=1)
        assert [json.loads(r.value)["id"] for r in records] == [after.id]
        assert await relay.publish_batch() == 0  # the parked row is not tried again by itself
        assert await relay.release_parked([too_big.id]) == 1
        assert await relay.publish_batch() == 0  # still too big: parked again, nothing else held up
        assert [r.id for r in await relay.parked()] == [too_big.id]
        await relay.close()


class TestIdempotentConsumer:
    async def _consumer(self, sessionmaker, prefix, handler, name="probe-consumer", wants=None):
        sub = Subscription(name, {"probe.thing.happened.v1": handler}, wants=wants)
        consumer = EventConsumer(sub, sessionmaker, service="probe", bootstrap=kafka_bootstrap(),
                                 topic_prefix=prefix, backoff=0.01, max_backoff=0.05)
        await ensure_topics(kafka_bootstrap(), [prefix + "probe.thing", prefix + "probe.thing.dlq"])
        return consumer

    @staticmethod
    async def record_effect(session, event):
        envelope = getattr(event, "envelope", event)
        await session.execute(text("insert into probe_effect values (:id, :n)"),
                              {"id": envelope.id, "n": envelope.data["n"]})

    def refusing(self, n: int):
        """A handler that records each event but the one numbered n, which breaks a rule (permanent)."""
        async def handler(session, event):
            if event.payload.n == n:
                raise PermanentError("never valid")
            await self.record_effect(session, event.envelope)

        return handler

    async def _send_raw(self, topic: str, values: list[bytes]) -> None:
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap())
        await producer.start()
        try:
            for v in values:
                await producer.send_and_wait(topic, v, key=b"k")
        finally:
            await producer.stop()

    async def _run_until(self, consumer, stop_when, timeout=30):
        stop = asyncio.Event()
        task = asyncio.create_task(consumer.run(stop))
        try:
            deadline = asyncio.get_running_loop().time() + timeout
            while not await stop_when() and asyncio.get_running_loop().time() < deadline:
                await asyncio.sleep(0.2)
        finally:
            stop.set()
            await asyncio.wait_for(task, 20)

    async def test_a_duplicated_delivery_is_applied_once(self, sessionmaker, topic_prefix):
        prefix = f"{topic_prefix}dup{uuid.uuid4().hex[:4]}."
        consumer = await self._consumer(sessionmaker, prefix, self.record_effect)
        env = probe(1)
        raw = env.model_dump_json().encode()
        await self._send_raw(prefix + "probe.thing", [raw, raw])  # the same event delivered twice
        last = probe(2)
        await self._send_raw(prefix + "probe.thing", [last.model_dump_json().encode()])

        async def done():
            async with sessionmaker() as s:
                return bool(await s.scalar(text("select count(*) from probe_effect where event_id = :i"),
                                           {"i": last.id}))

        await self._run_until(consumer, done)
        async with sessionmaker() as s:
            n = await s.scalar(text("select count(*) from probe_effect where event_id = :i"), {"i": env.id})
        assert n == 1

    async def test_events_a_subscription_does_not_want_are_passed_over_without_a_transaction(
            self, sessionmaker, topic_prefix):
        """A group that reads a busy topic for a few of its events (notify's change notes among every read of
        a record): the others leave no inbox row and are not handled; the wanted ones are, once."""
        prefix = f"{topic_prefix}want{uuid.uuid4().hex[:4]}."
        consumer = await self._consumer(sessionmaker, prefix, self.record_effect, name="probe-wants",
                                        wants=lambda event: event.envelope.data["n"] % 2 == 0)
        events = [probe(n) for n in range(1, 7)]
        await self._send_raw(prefix + "probe.thing", [e.model_dump_json().encode() for e in events])
        ids = [e.id for e in events]

        async def done():
            async with sessionmaker() as s:
                return await s.scalar(text("select count(*) from probe_effect where event_id = any(:i)"),
                                      {"i": ids}) == 3

        await self._run_until(consumer, done)
        async with sessionmaker() as s:
            applied = (await s.scalars(text("select n from probe_effect where event_id = any(:i) order by n"),
                                       {"i": ids})).all()
            claimed = await s.scalar(text("select count(*) from inbox_message where event_id = any(:i)"),
                                     {"i": ids})
        assert list(applied) == [2, 4, 6]
        assert claimed == 3  # the odd ones left no trace

    async def test_a_failing_handler_is_retried_until_it_succeeds_and_is_never_dead_lettered(
        self, sessionmaker, topic_prefix
    ):
        """An error nobody classified as permanent (the database away, a bug being fixed) holds the
        event, which is applied once the cause passes; nothing behind it overtakes it."""
        prefix = f"{topic_prefix}retry{uuid.uuid4().hex[:4]}."
        failures: list[str] = []

        async def flaky(session, event):
            if event.payload.n == 13 and len(failures) < 4:
                failures.append(event.envelope.id)
                raise ConnectionResetError("the database went away")
            await self.record_effect(session, event.envelope)

        consumer = await self._consumer(sessionmaker, prefix, flaky)
        held, behind = probe(13), probe(16)
        await self._send_raw(prefix + "probe.thing", [held.model_dump_json().encode(),
                                                      behind.model_dump_json().encode()])

        async def done():
            async with sessionmaker() as s:
                return bool(await s.scalar(text("select count(*) from probe_effect where event_id = :i"),
                                           {"i": behind.id}))

        await self._run_until(consumer, done)
        assert failures == [held.id] * 4
        async with sessionmaker() as s:
            order = (await s.execute(text("select event_id from probe_effect where event_id in (:a, :b) order by ctid"),
                                     {"a": held.id, "b": behind.id})).scalars().all()
        assert order == [held.id, behind.id]
        assert await read_topic(prefix + "probe.thing.dlq", expect=0, timeout=1, linger=0.5) == []

    async def test_only_explicitly_permanent_errors_go_to_the_dead_letter_topic(self, sessionmaker, topic_prefix):
        prefix = f"{topic_prefix}poison{uuid.uuid4().hex[:4]}."

        consumer = await self._consumer(sessionmaker, prefix, self.refusing(14))
        bad_rule, good = probe(14), probe(15)
        not_the_contract = Envelope(type="probe.thing.happened.v1", source="/probe", subject="s1",
                                    data={"n": "not a number"})
        newer_version = Envelope(type="probe.thing.happened.v2", source="/probe", subject="s1",
                                 schemaversion=2, data={"n": 1})
        other_type = Envelope(type="probe.thing.noticed.v1", source="/probe", subject="s1", data={})
        await self._send_raw(prefix + "probe.thing", [
            b"not json at all", bad_rule.model_dump_json().encode(), not_the_contract.model_dump_json().encode(),
            newer_version.model_dump_json().encode(), other_type.model_dump_json().encode(),
            good.model_dump_json().encode(),
        ])

        async def done():
            async with sessionmaker() as s:
                return bool(await s.scalar(text("select count(*) from probe_effect where event_id = :i"),
                                           {"i": good.id}))

        await self._run_until(consumer, done)
        dead = await read_topic(prefix + "probe.thing.dlq", expect=4)
        assert dead[0].value == b"not json at all"
        assert dict(dead[0].headers)["x-error-type"] == b"ContractViolation"
        by_id = {json.loads(r.value)["id"]: dict(r.headers) for r in dead[1:]}
        assert set(by_id) == {bad_rule.id, not_the_contract.id, newer_version.id}  # the other type is ignored
        assert by_id[bad_rule.id]["x-error-type"] == b"PermanentError"
        assert by_id[bad_rule.id]["x-attempts"] == b"1"
        assert by_id[not_the_contract.id]["x-error-type"] == b"ContractViolation"
        assert by_id[newer_version.id]["x-error-type"] == b"UnknownEventVersion"
        assert all(h["x-original-topic"] == (prefix + "probe.thing").encode() for h in by_id.values())

    async def test_a_poll_commits_its_offsets_together_and_a_dead_letter_at_once(self, sessionmaker, topic_prefix):
        """An offset commit is a round trip to Kafka and a write to its offsets topic: one per poll, not one
        per event (the inbox makes a redelivery harmless). A dead letter is committed by itself at once, so a
        crash never sends the same message to the dead-letter topic twice."""
        prefix = f"{topic_prefix}commits{uuid.uuid4().hex[:4]}."

        consumer = await self._consumer(sessionmaker, prefix, self.refusing(3))
        events = [probe(n) for n in range(1, 7)]  # one subject: one partition, in order
        await self._send_raw(prefix + "probe.thing", [e.model_dump_json().encode() for e in events])
        commits: list[int] = []
        start = consumer.start

        async def counted_start():
            await start()
            commit = consumer._consumer.commit

            async def counting(offsets):
                commits.extend(offsets.values())
                await commit(offsets)

            consumer._consumer.commit = counting

        consumer.start = counted_start

        async def done():
            return bool(commits) and commits[-1] == 6

        await self._run_until(consumer, done)
        assert commits[-1] == 6  # every record handled or dead-lettered, none left behind
        assert 3 in commits  # the dead letter (the third record, offset 2) committed by itself
        assert len(commits) < len(events)  # not one commit per record
        async with sessionmaker() as s:
            applied = await s.scalar(text("select count(*) from probe_effect where event_id = any(:i)"),
                                     {"i": [e.id for e in events]})
        assert applied == 5
