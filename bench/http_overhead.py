"""The fixed cost every request pays in libs/common (middleware, token and lock check, session, pool),
measured on a personnel service started here against the dev database, with a real token.

    .venv/bin/python bench/http_overhead.py [--db personnel] [--requests 400] [--seconds 10] [--clients 20]

GET /whoami is the floor (token check only); GET /persons?q=<an existing identity number> adds a session
and one indexed lookup. Each is timed one request after another, then with --clients at once for --seconds.
To compare with another checkout of libs/common, run with PYTHONPATH=<that checkout>/libs/common/src:
the server inherits it and imports that copy first."""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psycopg

from common.testing import stack

ROOT = Path(__file__).resolve().parents[1]
PORT = 18193


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far: the server's own cost per request, which other load on
    the machine changes far less than it changes latency."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000


def sequential(base: str, path: str, params: dict[str, str], headers: dict[str, str], n: int) -> list[float]:
    times = []
    with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
        for _ in range(max(20, n // 10)):  # warm up: connections, caches, code paths
            http.get(path, params=params).raise_for_status()
        for _ in range(n):
            t0 = time.perf_counter()
            r = http.get(path, params=params)
            times.append(time.perf_counter() - t0)
            r.raise_for_status()
    return times


async def concurrent(base: str, path: str, params: dict[str, str], headers: dict[str, str], clients: int,
                     seconds: float) -> list[float]:
    times: list[float] = []
    stop = time.perf_counter() + seconds

    async def one() -> None:
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                r = await http.get(path, params=params)
                times.append(time.perf_counter() - t0)
                r.raise_for_status()

    await asyncio.gather(*(one() for _ in range(clients)))
    return times


def identity_number(db: str) -> str:
    with psycopg.connect(stack.admin_dsn(db)) as conn:
        row = conn.execute(
            "select personal_id_number from person where personal_id_number ~ '^[0-9]{12}$' and status <> 'left' "
            "limit 1").fetchone()
    if row is None:
        raise SystemExit(f"no person with a 12-digit identity number in {db}")
    return str(row[0])


def serve(db: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PERSONNEL_DATABASE_URL": f"postgresql+asyncpg://postgres@127.0.0.1:{stack.port('pg')}/{db}",
        "PERSONNEL_RUN_WORKER": "false",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "personnel.main:app", "--port", str(PORT), "--log-level", "warning",
         "--no-access-log"],
        cwd=ROOT / "services/personnel", env=env, stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{PORT}/health/live").status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the service did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="personnel")
    parser.add_argument("--requests", type=int, default=400, help="sequential requests per endpoint")
    parser.add_argument("--seconds", type=float, default=10, help="concurrent run per endpoint")
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()

    number = identity_number(args.db)
    headers = {"Authorization": f"Bearer {stack.password_token('snv.admin')}"}
    base = f"http://127.0.0.1:{PORT}"
    endpoints = [("GET /whoami", "/whoami", {}), ("GET /persons?q=<id number>", "/persons", {"q": number})]
    server = serve(args.db)
    rows = []
    try:
        for name, path, params in endpoints:
            seq = sequential(base, path, params, headers, args.requests)
            cpu = cpu_seconds(server.pid)
            conc = asyncio.run(concurrent(base, path, params, headers, args.clients, args.seconds))
            cpu = cpu_seconds(server.pid) - cpu
            rows.append((name, seq, conc, cpu / len(conc)))
    finally:
        server.terminate()
        server.wait(10)

    print(f"sequential: {args.requests} requests; concurrent: {args.clients} clients for {args.seconds:g} s")
    print(f"{'endpoint':<28}{'seq p50':>9}{'seq p95':>9}{'req/s':>8}{'conc p50':>10}{'conc p95':>10}"
          f"{'server CPU/req':>16}   (ms)")
    for name, seq, conc, cpu in rows:
        print(f"{name:<28}{pct(seq, 0.5):>9.2f}{pct(seq, 0.95):>9.2f}{len(conc) / args.seconds:>8.0f}"
              f"{pct(conc, 0.5):>10.1f}{pct(conc, 0.95):>10.1f}{cpu * 1000:>16.2f}")


if __name__ == "__main__":
    main()
