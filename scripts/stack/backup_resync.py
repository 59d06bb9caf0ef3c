"""After a restore: every service consumes again the events its restored database had not seen.

A restored database goes back to an earlier moment, but the consumer groups' offsets live in Kafka and
stayed where they were: without this, the events between that moment and the restore would never come
again, and what each service derives from events (its copies of the unit tree and the catalogs,
reporting's read model, notify's accounts and notifications, transfer's view of people...) would miss
them. Services restored to slightly different moments would then disagree.

For each consumer group of the stack (`<service>.<subscription>`), the newest event the service's
database recorded as handled (`inbox_message.processed_at` of that subscription) says where its restored
state ends. The group's offsets go back to the first event Kafka received `--margin` seconds before that
moment (a group without any handled event goes back to the start). Offsets only move back, never forward,
so nothing is skipped; what the service had already handled comes again and its inbox drops it as a
duplicate. Kafka keeps every event (retention.ms=-1), so a group can go back as far as it needs.

The services must be stopped (a group with members refuses offsets from outside); scripts/restore.sh runs
this after PostgreSQL is back and before the services start.

  backup_resync.py [--margin 300] [--dry-run] [--prefix P] [--database service=DSN ...]

Kafka is the stack's (KAFKA_PORT) unless CBCCVC_KAFKA_BOOTSTRAP says otherwise; databases are the stack's
(PG_PORT, one per service) unless --database names them. Prints one JSON line per group and partition
moved."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from datetime import datetime
from pathlib import Path

import psycopg
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import OffsetAndMetadata

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("identity", "personnel", "org", "transfer", "reporting", "notify")


def env_value(name: str, default: str) -> str:
    if os.environ.get(name):
        return os.environ[name]
    for f in ("stack/stack.local.env", "stack/stack.env"):
        path = ROOT / f
        if path.is_file():
            for line in path.read_text().splitlines():
                if line.startswith(f"{name}="):
                    return line.split("=", 1)[1].strip()
    return default


def bootstrap() -> str:
    return os.environ.get("CBCCVC_KAFKA_BOOTSTRAP") or f"127.0.0.1:{env_value('KAFKA_PORT', '19092')}"


def stack_dsn(service: str) -> str:
    return f"host=127.0.0.1 port={env_value('PG_PORT', '15432')} user=postgres dbname={service} connect_timeout=10"


def handled_until(dsn: str) -> dict[str, datetime]:
    """subscription -> when the restored database last recorded an event of it as handled."""
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("select consumer, max(processed_at) from inbox_message group by consumer").fetchall()
    return {consumer: at for consumer, at in rows if at is not None}


async def resync(*, prefix: str, databases: dict[str, str], margin: float, dry_run: bool,
                 wait: float = 90.0) -> list[dict[str, object]]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap(), request_timeout_ms=15000)
    reader = AIOKafkaConsumer(bootstrap_servers=bootstrap(), request_timeout_ms=15000)
    await admin.start()
    await reader.start()
    moved: list[dict[str, object]] = []
    try:
        groups = sorted(g for g, _ in await admin.list_consumer_groups()
                        if g.startswith(prefix) and g[len(prefix):].split(".", 1)[0] in databases)
        handled = {s: handled_until(dsn) for s, dsn in databases.items()}
        for group in groups:
            service, subscription = group[len(prefix):].split(".", 1)
            committed = {tp: m.offset for tp, m in (await admin.list_consumer_group_offsets(group)).items()
                         if m.offset >= 0}
            if not committed:
                continue
            until = handled[service].get(subscription)
            parts = list(committed)
            starts = await reader.beginning_offsets(parts)
            if until is None:
                target = dict(starts)  # nothing handled: from the start
            else:
                ms = int((until.timestamp() - margin) * 1000)
                found = await reader.offsets_for_times({tp: ms for tp in parts})
                ends = await reader.end_offsets(parts)
                target = {tp: (found[tp].offset if found.get(tp) is not None else ends[tp]) for tp in parts}
            back = {tp: max(starts[tp], target[tp]) for tp in parts if target[tp] < committed[tp]}
            for tp, offset in sorted(back.items()):
                moved.append({"group": group, "topic": tp.topic, "partition": tp.partition, "from": committed[tp],
                              "to": offset, "handled_until": until.isoformat() if until else None})
            if back and not dry_run:
                await commit(group, back, wait)
        return moved
    finally:
        await reader.stop()
        await admin.close()


async def commit(group: str, offsets: dict[TopicPartition, int], wait: float) -> None:
    """Commit as the group from outside it; a group whose members have not left yet refuses: wait for them."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap(), group_id=group, enable_auto_commit=False)
        await consumer.start()
        try:
            consumer.assign(list(offsets))
            await consumer.commit({tp: OffsetAndMetadata(o, "") for tp, o in offsets.items()})
            return
        except Exception as exc:
            if loop.time() > deadline:
                raise SystemExit(f"the consumer group {group} still has members ({exc!r}): stop its service and run "
                                 "scripts/stack/backup_resync.py again") from exc
            await asyncio.sleep(3)
        finally:
            try:
                await consumer.stop()
            except asyncio.CancelledError:  # aiokafka 0.12 with partitions assigned by hand
                pass


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--margin", type=float, default=300.0, help="seconds to go back before the last handled event")
    parser.add_argument("--dry-run", action="store_true", help="say what would move, move nothing")
    parser.add_argument("--prefix", default="", help="topic and group prefix (tests)")
    parser.add_argument("--database", action="append", default=[], metavar="SERVICE=DSN")
    parser.add_argument("--wait", type=float, default=90.0, help="seconds to wait for a group's members to leave")
    args = parser.parse_args(argv)
    databases = dict(d.split("=", 1) for d in args.database) or {s: stack_dsn(s) for s in SERVICES}
    moved = asyncio.run(resync(prefix=args.prefix, databases=databases, margin=args.margin, dry_run=args.dry_run,
                               wait=args.wait))
    for m in moved:
        print(json.dumps(m, ensure_ascii=False))
    groups = len({m["group"] for m in moved})
    print(f"{'would move' if args.dry_run else 'moved'} {len(moved)} partitions of {groups} consumer groups back",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
