"""The stack's own Prometheus exporter: what no packaged exporter measures.

It reads, every CBCCVC_OPS_INTERVAL seconds (30 by default), and serves the last reading at /metrics:

- per service database: the age of the oldest unpublished outbox row, parked outbox rows, and whether
  the audit hash chains verify (new entries each round, every entry again each hour);
- Kafka: whether the broker answers, the lag of each service consumer group, and the dead-lettered
  events still waiting for a replay (end of each `.dlq` topic less the offset the replay group
  `cbccvc.dlq-replay` has committed);
- the S3 server's health, WAL archiving (pg_stat_archiver), and the last successful backup of each
  kind with the age its schedule allows (from the backup store's status.json, written by
  scripts/backup.sh).

Only the stack's own topics and groups count (`<service>.…`); test runs' prefixed ones are skipped.
A reading that fails leaves its metric out and sets cbccvc_ops_probe_ok{probe} to 0."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import psycopg
from prometheus_client import start_http_server
from prometheus_client.core import REGISTRY, GaugeMetricFamily
from prometheus_client.registry import Collector

from common.audit import CHAINS, GENESIS, first_broken_link
from common.dead_letters import REPLAY_GROUP

log = logging.getLogger("ops_exporter")
SERVICES = ["identity", "personnel", "org", "transfer", "reporting", "notify"]
FULL_AUDIT_EVERY = 3600.0
AUDIT_COLUMNS = ("seq, chain, at, actor, actor_username, actor_unit_id, client_address, action, "
                 "resource_type, resource_id, unit_id, detail, prev_hash, hash")


@dataclass
class Reading:
    """One family: name -> (help, label names, {label values: value})."""

    families: dict[str, tuple[str, tuple[str, ...], dict[tuple[str, ...], float]]] = field(default_factory=dict)

    def set(self, name: str, help_: str, labels: dict[str, str], value: float) -> None:
        fam = self.families.setdefault(name, (help_, tuple(labels), {}))
        fam[2][tuple(labels.values())] = float(value)


class Snapshot(Collector):
    def __init__(self) -> None:
        self.reading = Reading()

    def collect(self):  # type: ignore[no-untyped-def]
        for name, (help_, labels, values) in sorted(self.reading.families.items()):
            fam = GaugeMetricFamily(name, help_, labels=list(labels))
            for key, value in values.items():
                fam.add_metric(list(key), value)
            yield fam


@dataclass
class ChainState:
    last_seq: int = 0
    last_hash: str = GENESIS


class Exporter:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.pg_port = env.get("PG_PORT", "15432")
        self.bootstrap = f"127.0.0.1:{env.get('KAFKA_PORT', '19092')}"
        self.s3_health = f"http://127.0.0.1:{env.get('S3_PORT', '18333')}/healthz"
        self.backup_dir = Path(env.get("BACKUP_DIR", ""))
        self.services = env.get("CBCCVC_OPS_SERVICES", ",".join(SERVICES)).split(",")
        self.chains: dict[tuple[str, int], ChainState] = {}
        self.full_audit_at = 0.0
        self.chain_broken: dict[str, int] = {}
        self.verified_at: dict[str, float] = {}

    def dsn(self, db: str) -> str:
        return (f"host=127.0.0.1 port={self.pg_port} user=postgres dbname={db} connect_timeout=5"
                " options='-c TimeZone=UTC'")

    async def read(self) -> Reading:
        r = Reading()
        probes = {
            "databases": self.read_databases,
            "archiver": self.read_archiver,
            "kafka": self.read_kafka,
            "s3": self.read_s3,
            "backups": self.read_backups,
        }
        for probe, fn in probes.items():
            t0 = time.monotonic()
            ok = 1.0
            try:
                await fn(r)
            except Exception as exc:  # one failed probe must not hide the others
                log.warning("probe %s failed: %s", probe, exc)
                ok = 0.0
            r.set("cbccvc_ops_probe_ok", "1 if the probe's last reading succeeded", {"probe": probe}, ok)
            r.set("cbccvc_ops_probe_seconds", "Duration of the probe's last reading", {"probe": probe},
                  time.monotonic() - t0)
        return r

    # ------------------------------------------------------------ databases: outbox and audit chain

    async def read_databases(self, r: Reading) -> None:
        full = time.time() - self.full_audit_at > FULL_AUDIT_EVERY
        if full:
            self.chains.clear()
        failed = []
        for s in self.services:
            try:
                async with await psycopg.AsyncConnection.connect(self.dsn(s), autocommit=True) as conn:
                    await self.read_outbox(conn, s, r)
                    await self.verify_audit(conn, s, r)
                r.set("cbccvc_service_database_up", "1 if the service's database answers", {"service": s}, 1)
            except Exception as exc:
                log.warning("database of %s: %s", s, exc)
                r.set("cbccvc_service_database_up", "1 if the service's database answers", {"service": s}, 0)
                failed.append(s)
        if full and not failed:
            self.full_audit_at = time.time()
        if len(failed) == len(self.services):
            raise RuntimeError("no service database answers")

    async def read_outbox(self, conn: psycopg.AsyncConnection[Any], s: str, r: Reading) -> None:
        row = await (await conn.execute(
            "select count(*) filter (where published_at is null and parked_at is null),"
            " coalesce(extract(epoch from now() - min(created_at)"
            "   filter (where published_at is null and parked_at is null)), 0),"
            " count(*) filter (where parked_at is not null) from outbox_message"
        )).fetchone()
        assert row is not None
        r.set("cbccvc_outbox_unpublished_rows", "Outbox rows not yet published", {"service": s}, row[0])
        r.set("cbccvc_outbox_oldest_unpublished_age_seconds", "Age of the oldest unpublished outbox row (0: none)",
              {"service": s}, row[1])
        r.set("cbccvc_outbox_parked_rows", "Outbox rows parked as unpublishable, waiting for an operator",
              {"service": s}, row[2])

    async def verify_audit(self, conn: psycopg.AsyncConnection[Any], s: str, r: Reading) -> None:
        broken_seq = 0
        for chain in range(CHAINS):
            state = self.chains.setdefault((s, chain), ChainState())
            bad = await self.verify_chain(conn, chain, state)
            if bad is not None and state.last_seq:
                # The database may have been restored to an earlier moment: check from the start once more.
                state = self.chains[(s, chain)] = ChainState()
                bad = await self.verify_chain(conn, chain, state)
            if bad is not None:
                broken_seq = bad if not broken_seq else min(broken_seq, bad)
        self.chain_broken[s] = broken_seq
        self.verified_at[s] = time.time()
        r.set("cbccvc_audit_chain_ok", "1 if every audit hash chain of the service verifies", {"service": s},
              0 if broken_seq else 1)
        r.set("cbccvc_audit_chain_first_broken_seq", "seq of the first broken audit entry (0: none)",
              {"service": s}, broken_seq)
        r.set("cbccvc_audit_chain_verified_timestamp_seconds", "When the audit chains were last verified",
              {"service": s}, self.verified_at[s])

    async def verify_chain(self, conn: psycopg.AsyncConnection[Any], chain: int, state: ChainState) -> int | None:
        while True:
            cur = await conn.execute(
                f"select {AUDIT_COLUMNS} from audit_entry where chain = %s and seq > %s order by seq limit 5000",
                (chain, state.last_seq),
            )
            names = [d.name for d in cur.description or []]
            rows = [SimpleNamespace(**dict(zip(names, row, strict=True))) for row in await cur.fetchall()]
            if not rows:
                return None
            bad = first_broken_link(rows, state.last_hash)
            if bad is not None:
                return int(bad.seq)  # type: ignore[attr-defined]
            state.last_seq, state.last_hash = rows[-1].seq, rows[-1].hash

    async def read_archiver(self, r: Reading) -> None:
        async with await psycopg.AsyncConnection.connect(self.dsn("postgres"), autocommit=True) as conn:
            row = await (await conn.execute(
                "select archived_count, failed_count, coalesce(extract(epoch from last_archived_time), 0),"
                " coalesce(extract(epoch from last_failed_time), 0), current_setting('archive_mode')"
                " from pg_stat_archiver"
            )).fetchone()
        assert row is not None
        r.set("cbccvc_pg_archive_mode_on", "1 if archive_mode is on (WAL archiving for point-in-time restore)", {},
              1 if row[4] in ("on", "always") else 0)
        r.set("cbccvc_pg_archived_wal_total", "WAL files archived since the statistics reset", {}, row[0])
        r.set("cbccvc_pg_archive_failed_total", "WAL archiving failures since the statistics reset", {}, row[1])
        r.set("cbccvc_pg_last_archived_timestamp_seconds", "When the last WAL file was archived (0: never)", {},
              row[2])
        r.set("cbccvc_pg_last_archive_failure_timestamp_seconds", "When WAL archiving last failed (0: never)", {},
              row[3])

    # ------------------------------------------------------------ Kafka: up, group lag, dead letters

    def ours(self, name: str) -> bool:
        return name.split(".", 1)[0] in self.services

    async def read_kafka(self, r: Reading) -> None:
        from aiokafka import AIOKafkaConsumer, TopicPartition
        from aiokafka.admin import AIOKafkaAdminClient

        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=5000)
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, request_timeout_ms=5000)
        try:
            await admin.start()
            await consumer.start()
        except Exception:
            r.set("cbccvc_kafka_up", "1 if the Kafka broker answers", {}, 0)
            await admin.close()
            raise
        try:
            r.set("cbccvc_kafka_up", "1 if the Kafka broker answers", {}, 1)
            topics = [t for t in await admin.list_topics() if self.ours(t)]
            parts: list[TopicPartition] = []
            for t in topics:
                for p in consumer.partitions_for_topic(t) or await self._partitions(consumer, t):
                    parts.append(TopicPartition(t, p))
            ends = await consumer.end_offsets(parts) if parts else {}
            starts = await consumer.beginning_offsets(parts) if parts else {}
            groups = [g for g, _ in await admin.list_consumer_groups() if self.ours(g)]
            for g in groups:
                lag: dict[str, int] = {}
                for tp, meta in (await admin.list_consumer_group_offsets(g)).items():
                    if tp in ends and meta.offset >= 0:
                        lag[tp.topic] = lag.get(tp.topic, 0) + max(0, ends[tp] - meta.offset)
                for topic, value in lag.items():
                    r.set("cbccvc_kafka_consumergroup_lag", "Messages the group has not consumed yet",
                          {"group": g, "topic": topic}, value)
            replayed = await admin.list_consumer_group_offsets(REPLAY_GROUP)
            for t in topics:
                if not t.endswith(".dlq"):
                    continue
                pending = 0
                for tp in (x for x in parts if x.topic == t):
                    done = replayed.get(tp)
                    start = max(starts[tp], done.offset) if done is not None and done.offset >= 0 else starts[tp]
                    pending += max(0, ends[tp] - start)
                r.set("cbccvc_dead_letter_pending", "Dead-lettered events not yet replayed", {"topic": t}, pending)
        finally:
            await consumer.stop()
            await admin.close()

    @staticmethod
    async def _partitions(consumer: Any, topic: str) -> set[int]:
        await consumer._client.force_metadata_update()  # aiokafka fills topic metadata lazily
        return consumer.partitions_for_topic(topic) or set()

    # ------------------------------------------------------------ S3 and backups

    async def read_s3(self, r: Reading) -> None:
        def probe() -> float:
            try:
                with urllib.request.urlopen(self.s3_health, timeout=5) as resp:  # noqa: S310 - a fixed local URL
                    return 1.0 if resp.status == 200 else 0.0
            except OSError:
                return 0.0
        r.set("cbccvc_s3_up", "1 if the S3 server's health check answers", {}, await asyncio.to_thread(probe))

    async def read_backups(self, r: Reading) -> None:
        status_file = self.backup_dir / "status.json"
        status = json.loads(status_file.read_text()) if status_file.is_file() else {}
        kinds = status.get("kinds", {})
        schedule = status.get("max_age_seconds") or {}
        for kind in ("postgres", "documents", "keycloak"):
            info = kinds.get(kind, {})
            r.set("cbccvc_backup_last_success_timestamp_seconds",
                  "When the last backup of this kind succeeded (0: never)", {"kind": kind}, info.get("finished_at", 0))
            r.set("cbccvc_backup_max_age_seconds", "How old the last backup of this kind may be, by its schedule",
                  {"kind": kind}, schedule.get(kind, 26 * 3600))
            if "bytes" in info:
                r.set("cbccvc_backup_size_bytes", "Size of the last backup of this kind", {"kind": kind}, info["bytes"])
        rehearsal = status.get("last_restore_rehearsal", {})
        r.set("cbccvc_restore_rehearsal_last_success_timestamp_seconds",
              "When a restore was last proven (0: never)", {}, rehearsal.get("finished_at", 0))


async def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    env = dict(os.environ)
    port = int(env.get("OPS_EXPORTER_PORT", "19188"))
    interval = float(env.get("CBCCVC_OPS_INTERVAL", "30"))
    snapshot = Snapshot()
    REGISTRY.register(snapshot)
    start_http_server(port, addr="127.0.0.1")
    log.info("serving on 127.0.0.1:%s/metrics every %ss", port, interval)
    exporter = Exporter(env)
    while True:
        t0 = time.monotonic()
        snapshot.reading = await exporter.read()
        await asyncio.sleep(max(1.0, interval - (time.monotonic() - t0)))


if __name__ == "__main__":
    asyncio.run(main())
