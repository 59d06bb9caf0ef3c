"""The transfer saga end to end at scale: N transfer cases between random units of a generated personnel
database (bench/personnel_generate.py), each opened, sent and accepted through transfer's API; personnel
applies each move from Kafka and transfer closes the case from personnel's answer.

    .venv/bin/python bench/transfer_saga.py --db bench_personnel --cases 1000 [--concurrency 20]

Runs its own personnel and transfer apps (in this process, with their relays and consumers, on topics of
their own) against the generated database and a scratch transfer database, with the stack's PostgreSQL,
Kafka, Redis and Keycloak. Prints cases per second and the latency from acceptance to the record showing
the new unit (p50, p95, max), measured by polling personnel's database every 20 ms."""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
import uuid

import httpx
import psycopg

from common.testing import stack
from personnel.config import PersonnelSettings
from personnel.main import create_app as personnel_app
from transfer.config import TransferSettings
from transfer.main import create_app as transfer_app


def prepare(personnel_db: str, transfer_db: str, cases: int) -> tuple[list[tuple[str, str, str]], str]:
    """(person, from unit, to unit) for each case, and the scratch transfer database's URL."""
    url = stack.create_migrated_database("transfer", name=transfer_db)
    with psycopg.connect(stack.admin_dsn(personnel_db)) as src, psycopg.connect(stack.admin_dsn(transfer_db)) as dst:
        units = src.execute("select unit_id, parent_id, name, path, active, updated_at from unit_node").fetchall()
        people = src.execute("select id, unit_id, full_name, status, is_active, version from person "
                             "tablesample system (1) where is_active and version > 0 limit %s", (cases,)).fetchall()
        with dst.cursor().copy("COPY unit_node (unit_id, parent_id, name, path, active, updated_at) FROM STDIN") as cp:
            for u in units:
                cp.write_row(u)
        with dst.cursor().copy("COPY person_ref (person_id, unit_id, full_name, status, is_active, version, "
                               "updated_at) FROM STDIN") as cp:
            for p in people:
                cp.write_row((*p, "now"))
    unit_ids = [u[0] for u in units if u[0] != "TQ" and u[4]]
    rng = random.Random(2026)
    plan = []
    for person_id, unit_id, *_ in people:
        plan.append((str(person_id), unit_id, rng.choice([u for u in unit_ids if u != unit_id])))
    return plan, url


async def run(args: argparse.Namespace) -> None:
    prefix = f"bench-{uuid.uuid4().hex[:6]}."
    transfer_db = f"bench_transfer_{uuid.uuid4().hex[:6]}"
    plan, transfer_url = prepare(args.db, transfer_db, args.cases)
    personnel_url = f"postgresql+asyncpg://postgres@127.0.0.1:{stack.port('pg')}/{args.db}"
    common = {"kafka_topic_prefix": prefix, "db_pool_size": 10, "log_level": "WARNING"}
    papp = personnel_app(PersonnelSettings(database_url=personnel_url, **common))
    tapp = transfer_app(TransferSettings(database_url=transfer_url, **common))
    token = stack.password_token("snv.admin")
    headers = {"Authorization": f"Bearer {token}"}
    accepted_at: dict[str, float] = {}
    seen_at: dict[str, float] = {}
    target = {person: to for person, _, to in plan}

    all_seen = asyncio.Event()

    async def watch(stop: asyncio.Event) -> None:
        conn = await psycopg.AsyncConnection.connect(stack.admin_dsn(args.db), autocommit=True)
        try:
            while not stop.is_set():
                waiting = [p for p in accepted_at if p not in seen_at]
                if waiting:
                    rows = await (await conn.execute(
                        "select id::text, unit_id from person where id = any(%s::uuid[])", (waiting,))).fetchall()
                    now = time.perf_counter()
                    for person, unit in rows:
                        if unit == target[person]:
                            seen_at[person] = now
                    if len(seen_at) == len(plan):
                        all_seen.set()
                await asyncio.sleep(0.02)
        finally:
            await conn.close()

    async with papp.router.lifespan_context(papp), tapp.router.lifespan_context(tapp):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=tapp), base_url="http://transfer",
                                     timeout=60) as api:
            stop = asyncio.Event()
            watcher = asyncio.create_task(watch(stop))
            queue: asyncio.Queue[tuple[str, str, str]] = asyncio.Queue()
            for item in plan:
                queue.put_nowait(item)

            async def worker() -> None:
                while not queue.empty():
                    person, _, to = queue.get_nowait()
                    r = await api.post("/cases", headers=headers, json={
                        "kind": "transfer", "person_id": person, "to_unit_id": to, "decision_number": "1/BENCH",
                        "decision_signed_on": "2026-11-20", "effective_on": "2026-11-25"})
                    r.raise_for_status()
                    case = r.json()["id"]
                    (await api.post(f"/cases/{case}/send", headers=headers)).raise_for_status()
                    (await api.post(f"/cases/{case}/accept", headers=headers)).raise_for_status()
                    accepted_at[person] = time.perf_counter()

            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(args.concurrency)))
            api_done = time.perf_counter()
            try:
                await asyncio.wait_for(all_seen.wait(), 300)
            except TimeoutError:
                pass
            finished = time.perf_counter()
            stop.set()
            await watcher
    latencies = sorted((seen_at[p] - accepted_at[p]) * 1000 for p in seen_at)
    n = len(plan)
    print(f"cases: {n} ({args.concurrency} concurrent clients), personnel database {args.db}")
    api_seconds = api_done - started
    print(f"opened, sent and accepted through the API: {api_seconds:.1f} s ({n / api_seconds:.0f} cases/s)")
    print(f"every record in its new unit after: {finished - started:.1f} s ({len(seen_at) / (finished - started):.0f} "
          f"cases/s end to end); {n - len(seen_at)} never seen")
    if latencies:
        p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
        print(f"acceptance -> record shows the new unit: p50 {statistics.median(latencies):.0f} ms, "
              f"p95 {p95:.0f} ms, max {latencies[-1]:.0f} ms (goal: p95 under 2000 ms)")
    stack.drop_database(transfer_url)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="bench_personnel")
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=20)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
