"""The system-health screen's routes (identity operations/): every part's state from the stack's Prometheus
and Kafka, the dead-lettered events with their error, and their audited replay. A real consumer (this
run's topics) dead-letters events whose cause is not fixed: one replayed after its fix is handled; one
replayed while still broken comes back to the dead-letter topic once, with the new error, and stays there.
Only the system administrator reaches any of it."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from sqlalchemy import text

from common.events.envelope import Envelope, EventPayload
from common.events.registry import event_type
from common.messaging import EventConsumer, PermanentError, Subscription
from common.testing.stack import kafka_bootstrap
from common.testing.waiting import until


@event_type("identity.opsprobe.happened.v1")
class OpsProbeHappened(EventPayload):
    """A payload only this test produces."""

    n: int


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_the_health_reading_names_every_service_and_server_with_backups_chains_and_lag(
        api: httpx.AsyncClient, token_for: Any) -> None:
    resp = await api.get("/operations/health", headers=bearer(token_for("sysadmin")))
    assert resp.status_code == 200, resp.text
    health = resp.json()
    assert health["prometheus_ok"] is True and health["kafka_ok"] is True
    kinds = {c["name"]: c["kind"] for c in health["components"]}
    for s in ("identity", "personnel", "org", "transfer", "reporting", "notify"):
        assert kinds[s] == "service"
    for s in ("postgres", "kafka", "keycloak", "redis", "s3", "prometheus"):
        assert kinds[s] == "server"
    states = {c["name"]: c["state"] for c in health["components"]}
    assert states["postgres"] == "ok" and states["kafka"] == "ok" and states["prometheus"] == "ok"
    assert [b["kind"] for b in health["backups"]] == ["postgres", "documents", "keycloak"]
    assert all(b["max_age_seconds"] for b in health["backups"])  # the schedule, from the ops exporter
    assert health["restore_rehearsal"]["state"] in ("ok", "warning")
    assert {c["service"] for c in health["audit_chains"]} == set(kinds) - {
        "postgres", "kafka", "keycloak", "redis", "s3", "alertmanager", "node", "ops-exporter", "prometheus"}
    assert any(c["ok"] is True for c in health["audit_chains"])
    assert {o["service"] for o in health["outbox"]} >= {"personnel", "org"}
    assert any(x["group"].startswith("identity.") for x in health["consumer_lag"])
    assert "data" not in str(health)  # no payloads, no personal data: only states and counts


async def test_a_fixed_event_replays_once_an_unfixed_one_returns_to_the_dead_letters_and_all_is_audited(
        app: Any, api: httpx.AsyncClient, token_for: Any, topic_prefix: str) -> None:
    sysadmin = bearer(token_for("sysadmin"))
    broken = {1: "unit U1 unknown here", 2: "unit U2 unknown here"}
    handled: list[int] = []
    tries: dict[int, int] = {}

    async def apply(session: Any, event: Any) -> None:
        n = event.payload.n
        tries[n] = tries.get(n, 0) + 1
        if n in broken:
            raise PermanentError(f"{broken[n]} (try {tries[n]})")
        handled.append(n)

    consumer = EventConsumer(Subscription("ops-probe", {"identity.opsprobe.happened.v1": apply}),
                             app.state.sessionmaker, service="identity", bootstrap=kafka_bootstrap(),
                             topic_prefix=topic_prefix)
    topic = f"{topic_prefix}identity.opsprobe"
    dlq = topic + ".dlq"
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:
        await until(lambda: asyncio.sleep(0, consumer.running), timeout=30)
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap())
        await producer.start()
        events = [Envelope(type="identity.opsprobe.happened.v1", source="/ops-test", subject="same-key",
                           data={"n": n}) for n in (1, 2)]
        try:
            for env in events:  # one key: one partition, in this order
                await producer.send_and_wait(topic, env.model_dump_json().encode(), key=b"same-key")
        finally:
            await producer.stop()

        async def listed(count: int) -> list[dict[str, Any]] | None:
            resp = await api.get("/operations/dead-letters", headers=sysadmin)
            assert resp.status_code == 200, resp.text
            mine = [x for x in resp.json()["data"] if x["topic"] == dlq]
            return mine if len(mine) == count else None

        letters = await until(lambda: listed(2), timeout=60)
        assert letters, "both events should be dead-lettered"
        first, second = letters
        assert [x["event_id"] for x in letters] == [e.id for e in events]
        assert first["error"] == "unit U1 unknown here (try 1)" and first["error_type"] == "PermanentError"
        assert first["original_topic"] == topic and first["consumer"] == f"{topic_prefix}identity.ops-probe"
        assert first["event_type"] == "identity.opsprobe.happened.v1"
        assert (first["replayable_alone"], second["replayable_alone"]) == (True, False)
        health = (await api.get("/operations/health", headers=sysadmin)).json()
        assert {"topic": dlq, "pending": 2} in health["dead_letters"]

        # Out of order: refused, nothing moves.
        out_of_order = await api.post("/operations/dead-letters/replay", headers={**sysadmin, "Accept-Language": "vi"},
                                      json={"topic": dlq, "partition": second["partition"],
                                            "offset": second["offset"]})
        assert out_of_order.status_code == 409, out_of_order.text
        assert out_of_order.json()["error"] == "dead_letter.not_first"
        assert "theo thứ tự" in out_of_order.json()["message"]
        # A topic that is not a dead-letter topic of this stack: not found.
        assert (await api.post("/operations/dead-letters/replay", headers=sysadmin,
                               json={"topic": topic, "partition": 0, "offset": 0})).status_code == 404

        # The first one's cause is fixed: its replay is handled, once.
        del broken[1]
        one = await api.post("/operations/dead-letters/replay", headers=sysadmin,
                             json={"topic": dlq, "partition": first["partition"], "offset": first["offset"]})
        assert one.status_code == 200, one.text
        assert [(r["ref"], r["to"]) for r in one.json()["replayed"]] == [(first["ref"], topic)]
        assert await until(lambda: asyncio.sleep(0, handled == [1]), timeout=30)
        assert [x["ref"] for x in await until(lambda: listed(1), timeout=10) or []] == [second["ref"]]

        # The second one's cause is not fixed: replay all sends it back, it fails again and returns to the
        # dead-letter topic once with the new error; it is not replayed again by itself.
        again = await api.post("/operations/dead-letters/replay-all", headers=sysadmin, json={"topic": dlq})
        assert again.status_code == 200, again.text
        assert [r["ref"] for r in again.json()["replayed"]] == [second["ref"]]
        back = await until(lambda: _returned(listed, second["ref"]), timeout=30)
        assert back, "the unfixed event should be back in the dead-letter topic"
        assert back["error"] == "unit U2 unknown here (try 2)" and back["offset"] > second["offset"]
        assert back["event_id"] == events[1].id and back["replayable_alone"] is True
        # Once the consumer has handled all its topic holds (the copy that came back included), a loop would
        # have shown: the copy sent to the topic again, or a second dead letter.
        assert await until(lambda: _consumed_to_the_end(consumer.group_id, topic), timeout=30)
        assert [x["ref"] for x in await listed(1) or []] == [back["ref"]]  # no loop
        assert tries == {1: 2, 2: 2} and handled == [1]

        # Every replay is in the audit chain, with who asked and what the error was.
        async with app.state.sessionmaker() as session:
            rows = (await session.execute(text(
                "select resource_id, actor_username, detail from audit_entry where action = 'replay' "
                "and resource_type = 'dead_letter' and resource_id like :dlq order by seq"),
                {"dlq": f"{dlq}/%"})).all()
        assert [(r.resource_id, r.actor_username) for r in rows] == [(first["ref"], "sysadmin"),
                                                                     (second["ref"], "sysadmin")]
        assert rows[1].detail["error_was"] == "unit U2 unknown here (try 1)"
        assert rows[1].detail["to"] == topic
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def _consumed_to_the_end(group: str, topic: str) -> bool:
    """The group has committed every record of the topic's partitions."""
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap())
    reader = AIOKafkaConsumer(bootstrap_servers=kafka_bootstrap())
    await admin.start()
    await reader.start()
    try:
        parts = [TopicPartition(topic, p["partition"]) for t in await admin.describe_topics([topic])
                 for p in t["partitions"]]
        ends = await reader.end_offsets(parts) if parts else {}
        done = await admin.list_consumer_group_offsets(group)
        return bool(ends) and all((done[tp].offset if tp in done else 0) >= end for tp, end in ends.items())
    finally:
        await reader.stop()
        await admin.close()


async def _returned(listed: Any, old_ref: str) -> dict[str, Any] | None:
    found = await listed(1)
    return found[0] if found and found[0]["ref"] != old_ref else None


async def test_only_the_system_administrator_reaches_the_health_screen(
        api: httpx.AsyncClient, token_for: Any, topic_prefix: str) -> None:
    for user in ("snv.admin", "snv.leader", "xa.ngocduong"):
        headers = bearer(token_for(user))
        assert (await api.get("/operations/health", headers=headers)).status_code == 403
        assert (await api.get("/operations/dead-letters", headers=headers)).status_code == 403
        assert (await api.post("/operations/dead-letters/replay-all", headers=headers, json={})).status_code == 403
        assert (await api.post("/operations/dead-letters/replay", headers=headers,
                               json={"topic": f"{topic_prefix}identity.opsprobe.dlq", "partition": 0,
                                     "offset": 0})).status_code == 403
    assert (await api.get("/operations/health")).status_code == 401
