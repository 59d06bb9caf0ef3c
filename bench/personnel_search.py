"""Latency of person search and record loading under 20 concurrent clients, against a personnel
service started here on the scratch database of personnel_generate.py (workers off, real tokens).

    .venv/bin/python bench/personnel_search.py [--db bench_personnel] [--seconds 20] [--clients 20]
                                               [--think-ms 0] [--workers 1]

Each client sends a request, waits for the answer, waits --think-ms (0: at once, the saturation test;
an officer typing in the search box sends one every few hundred milliseconds), and sends the next.
The person table and its indexes are loaded into shared buffers first (pg_prewarm): the steady state of
a server that has been answering for a while, not its first minute after a restart.
Prints p50/p95/p99 per kind of request, throughput, and the CPU the server and PostgreSQL used."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import psycopg

from common.testing import stack

ROOT = Path(__file__).resolve().parents[1]
PORT = 18192
QUERIES = [
    "nguyen",  # what an officer has typed on the way to most names: the most common family names
    "tran",
    "nguyen van an",
    "tran thi hoa",
    "le minh",
    "pham thu trang",
    "hoang duc",
    "do thi dao",
    "nong van",
    "ma thi lan",
    "vu quang huy",
    "dang",
    "thi huong",
    "nguyen thi ngoc anh",
    "lo van thang",
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000


async def client(
    think: float,
    http: httpx.AsyncClient,
    tokens: dict[str, str],
    ids: list[str],
    cccds: list[str],
    units: list[str],
    stop: float,
    out: dict[str, list[float]],
    rng: random.Random,
) -> None:
    if think:  # officers do not all press a key in the same millisecond: starts spread over one pause
        await asyncio.sleep(rng.uniform(0, 1.5) * think)
    while time.perf_counter() < stop:
        user = rng.choice(["snv.admin", "stp.officer"])
        headers = {"Authorization": f"Bearer {tokens[user]}"}
        kind = rng.choice(["name", "name", "unit_list", "identity", "filters", "record"])
        if kind == "name":
            req = http.get("/persons", params={"q": rng.choice(QUERIES)}, headers=headers)
        elif kind == "unit_list":
            req = http.get(
                "/persons", params={"unit_id": rng.choice(units), "page": rng.randint(1, 5)}, headers=headers
            )
        elif kind == "identity":
            req = http.get("/persons", params={"q": rng.choice(cccds)}, headers=headers)
        elif kind == "filters":
            y = rng.randint(1962, 1995)
            req = http.get(
                "/persons",
                params={
                    "gender": rng.choice("12"),
                    "birth_year_from": y,
                    "birth_year_to": y + 5,
                    "party_member": True,
                    "qualification": "DH",
                    "sort": "-birth_date",
                },
                headers=headers,
            )
        else:
            headers = {"Authorization": f"Bearer {tokens['snv.admin']}"}
            req = http.get(f"/persons/{rng.choice(ids)}", headers=headers)
        t0 = time.perf_counter()
        r = await req
        elapsed = time.perf_counter() - t0
        if r.status_code != 200:
            raise RuntimeError(f"{kind}: {r.status_code} {r.text[:200]}")
        out.setdefault(kind if kind == "record" else f"search:{kind}", []).append(elapsed)
        if think:
            await asyncio.sleep(rng.uniform(0.5, 1.5) * think)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of this process (all its threads) so far, from /proc; 0 if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_of(processes: dict[str, Callable[[], list[int]]]) -> dict[str, dict[int, float]]:
    return {name: {pid: cpu_seconds(pid) for pid in pids()} for name, pids in processes.items()}


def descendants(pid: int) -> list[int]:
    found = [pid]
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        found += descendants(int(child))
    return found


def postgres_processes() -> list[int]:
    """Every PostgreSQL process (the backends this run opens come and go with the pool)."""
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
            and (p / "comm").exists() and (p / "comm").read_text().strip() == "postgres"]


async def run(args: argparse.Namespace, server_pid: int) -> None:
    with psycopg.connect(stack.admin_dsn(args.db)) as conn:
        ids = [str(r[0]) for r in conn.execute("select id from person order by random() limit 2000")]
        cccds = [
            r[0]
            for r in conn.execute(
                "select personal_id_number from person where personal_id_number is not null order by random() limit 500"
            )
        ]
        units = [r[0] for r in conn.execute("select unit_id from unit_node where unit_id <> 'TQ'")]
        conn.execute("create extension if not exists pg_prewarm")
        for relation in ["person", *(r[0] for r in conn.execute(
                "select indexname from pg_indexes where tablename = 'person'"))]:
            conn.execute("select pg_prewarm(%s)", (relation,))
    tokens = {u: stack.password_token(u) for u in ("snv.admin", "stp.officer")}
    processes = {"server": lambda: descendants(server_pid), "PostgreSQL": postgres_processes}
    out: dict[str, list[float]] = {}
    rng = random.Random(7)
    base = f"http://127.0.0.1:{PORT}"
    # Warm up every connection of the pool (a new PostgreSQL backend's first searches pay for its caches:
    # tens of milliseconds each), as a server that has been answering for a while has them.
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        for q in QUERIES:
            await asyncio.gather(*(http.get("/persons", params={"q": q}, headers={
                "Authorization": f"Bearer {tokens[user]}"}) for user in tokens for _ in range(args.clients // 2)))
    # Each client's connection is made before the clock starts: making them (an SSL context each, about
    # 25 ms of CPU) while the first clients already ask would bunch those first requests together.
    https = [httpx.AsyncClient(base_url=base, timeout=30) for _ in range(args.clients)]
    cpu_before = cpu_of(processes)
    stop = time.perf_counter() + args.seconds
    think = args.think_ms / 1000
    await asyncio.gather(
        *(client(think, http, tokens, ids, cccds, units, stop, out, random.Random(rng.random())) for http in https)
    )
    for http in https:
        await http.aclose()
    cpu = {name: sum(seconds - cpu_before[name].get(pid, 0.0) for pid, seconds in now.items())
           for name, now in cpu_of(processes).items()}
    total = sum(len(v) for v in out.values())
    pace = f"think {args.think_ms} ms (x0.5-1.5)" if args.think_ms else "no think time"
    print(f"{args.clients} clients, {pace}, {args.workers} server worker(s), {args.seconds} s, "
          f"{total} requests ({total / args.seconds:.0f}/s)")
    print("CPU per request: " + ", ".join(f"{name} {seconds / max(total, 1) * 1000:.1f} ms"
                                         for name, seconds in cpu.items()))
    print(f"{'kind':<22}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    everything = [x for k, v in out.items() if k.startswith("search") for x in v]
    for kind, values in [*sorted(out.items()), ("search:all", everything)]:
        print(f"{kind:<22}{len(values):>7}{pct(values, 0.5):>9.1f}{pct(values, 0.95):>9.1f}{pct(values, 0.99):>9.1f}")
    print(f"mean search {statistics.mean(everything) * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="bench_personnel")
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--think-ms", type=int, default=0, help="pause between a client's requests")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    args = parser.parse_args()
    env = {
        **os.environ,
        "PERSONNEL_DATABASE_URL": f"postgresql+asyncpg://postgres@127.0.0.1:{stack.port('pg')}/{args.db}",
        "PERSONNEL_RUN_WORKER": "false",
        "PERSONNEL_LOG_LEVEL": "WARNING",
        "PERSONNEL_DB_POOL_SIZE": "20",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "personnel.main:app",
            "--port",
            str(PORT),
            "--log-level",
            "warning",
            "--no-access-log",
            "--workers",
            str(args.workers),
        ],
        cwd=ROOT / "services/personnel",
        env=env,
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120  # imports take 10 s and more on a busy machine
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{PORT}/health/live").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            raise SystemExit("the personnel service did not start: run it by hand to see why")
        time.sleep(1 if args.workers > 1 else 0)  # every worker up
        asyncio.run(run(args, server.pid))
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
