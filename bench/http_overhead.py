"""The fixed cost every request pays in libs/common (middleware, token and lock check, session, pool),
measured on a personnel service started here against the dev database, with a real token.

    .venv/bin/python bench/http_overhead.py [--db personnel] [--requests 400] [--seconds 10] [--clients 20]
                                            [--baseline COMMIT]

GET /whoami is the floor (token check only); GET /persons?q=<an existing identity number> adds a session
and one indexed lookup. Each is timed one request after another, then with --clients at once for --seconds.

--baseline COMMIT compares with libs/common as it was at that commit (extracted with `git archive` under
.stack/bench/, which git ignores): a second service runs on it, and the two are measured in turns (request
by request, then in one-second slices of load), so that whatever else the machine is doing falls on both
alike. Server CPU per request is the steadiest number on a busy machine."""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg

from common.testing import stack

ROOT = Path(__file__).resolve().parents[1]
PORT = 18193  # and the next one for the baseline
SLICE = 1.0  # seconds of load on one service before the other gets its turn


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000


@dataclass
class Service:
    name: str
    process: subprocess.Popen[bytes]
    base: str
    seq: list[float] = field(default_factory=list)
    conc: list[float] = field(default_factory=list)
    conc_seconds: float = 0.0
    conc_cpu: float = 0.0


def serve(name: str, db: str, port: int, common_src: str | None) -> Service:
    env = {
        **os.environ,
        "PERSONNEL_DATABASE_URL": f"postgresql+asyncpg://postgres@127.0.0.1:{stack.port('pg')}/{db}",
        "PERSONNEL_RUN_WORKER": "false",
    }
    if common_src:
        env["PYTHONPATH"] = common_src  # imported before the workspace's editable copy
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "personnel.main:app", "--port", str(port), "--log-level", "warning",
         "--no-access-log"],
        cwd=ROOT / "services/personnel", env=env, stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health/live").status_code == 200:
                return Service(name, process, base)
        except httpx.HTTPError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"the {name} service did not start")


def sequential(services: list[Service], path: str, params: dict[str, str], headers: dict[str, str], n: int) -> None:
    clients = [httpx.Client(base_url=s.base, headers=headers, timeout=30) for s in services]
    try:
        for _ in range(max(20, n // 10)):  # warm up: connections, caches, code paths
            for http in clients:
                http.get(path, params=params).raise_for_status()
        for _ in range(n):
            for service, http in zip(services, clients, strict=True):
                t0 = time.perf_counter()
                r = http.get(path, params=params)
                service.seq.append(time.perf_counter() - t0)
                r.raise_for_status()
    finally:
        for http in clients:
            http.close()


async def concurrent(services: list[Service], path: str, params: dict[str, str], headers: dict[str, str],
                     clients: int, seconds: float) -> None:
    pools = {s.name: [httpx.AsyncClient(base_url=s.base, headers=headers, timeout=30) for _ in range(clients)]
             for s in services}

    async def one(http: httpx.AsyncClient, service: Service, stop: float) -> None:
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            r = await http.get(path, params=params)
            service.conc.append(time.perf_counter() - t0)
            r.raise_for_status()

    try:
        for _ in range(max(1, round(seconds / SLICE))):
            for service in services:
                cpu, start = cpu_seconds(service.process.pid), time.perf_counter()
                await asyncio.gather(*(one(http, service, start + SLICE) for http in pools[service.name]))
                service.conc_seconds += time.perf_counter() - start
                service.conc_cpu += cpu_seconds(service.process.pid) - cpu
    finally:
        for pool in pools.values():
            for http in pool:
                await http.aclose()


def identity_number(db: str) -> str:
    with psycopg.connect(stack.admin_dsn(db)) as conn:
        row = conn.execute(
            "select personal_id_number from person where personal_id_number ~ '^[0-9]{12}$' and status <> 'left' "
            "limit 1").fetchone()
    if row is None:
        raise SystemExit(f"no person with a 12-digit identity number in {db}")
    return str(row[0])


def baseline_src(commit: str) -> str:
    """The src folder of libs/common at commit, extracted once under .stack/bench/<commit>."""
    target = ROOT / ".stack" / "bench" / commit
    if not (target / "libs/common/src").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "libs/common"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return str(target / "libs/common/src")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="personnel")
    parser.add_argument("--requests", type=int, default=400, help="sequential requests per endpoint")
    parser.add_argument("--seconds", type=float, default=10, help="concurrent load per endpoint (and service)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--baseline", help="a commit whose libs/common to compare with")
    args = parser.parse_args()

    number = identity_number(args.db)
    headers = {"Authorization": f"Bearer {stack.password_token('snv.admin')}"}
    endpoints = [("GET /whoami", "/whoami", {}), ("GET /persons?q=<id number>", "/persons", {"q": number})]
    results: list[tuple[str, list[Service]]] = []
    for name, path, params in endpoints:
        services = [serve("this tree", args.db, PORT, None)]
        try:
            if args.baseline:
                services.append(serve("baseline", args.db, PORT + 1, baseline_src(args.baseline)))
            sequential(services, path, params, headers, args.requests)
            asyncio.run(concurrent(services, path, params, headers, args.clients, args.seconds))
        finally:
            for s in services:
                s.process.terminate()
                s.process.wait(10)
        results.append((name, services))

    print(f"sequential: {args.requests} requests; concurrent: {args.clients} clients for {args.seconds:g} s"
          + (" (each service, in turns)" if args.baseline else ""))
    print(f"{'endpoint':<28}{'service':<11}{'seq p50':>9}{'seq p95':>9}{'req/s':>8}{'conc p50':>10}{'conc p95':>10}"
          f"{'CPU/req':>9}   (ms)")
    for name, services in results:
        for s in services:
            print(f"{name:<28}{s.name:<11}{pct(s.seq, 0.5):>9.2f}{pct(s.seq, 0.95):>9.2f}"
                  f"{len(s.conc) / s.conc_seconds:>8.0f}{pct(s.conc, 0.5):>10.1f}{pct(s.conc, 0.95):>10.1f}"
                  f"{s.conc_cpu / len(s.conc) * 1000:>9.2f}")
        if len(services) == 2:
            new, old = services
            print(f"{'':<28}{'ratio':<11}{pct(new.seq, 0.5) / pct(old.seq, 0.5):>9.2f}"
                  f"{pct(new.seq, 0.95) / pct(old.seq, 0.95):>9.2f}"
                  f"{(len(new.conc) / new.conc_seconds) / (len(old.conc) / old.conc_seconds):>8.2f}"
                  f"{pct(new.conc, 0.5) / pct(old.conc, 0.5):>10.2f}{pct(new.conc, 0.95) / pct(old.conc, 0.95):>10.2f}"
                  f"{(new.conc_cpu / len(new.conc)) / (old.conc_cpu / len(old.conc)):>9.2f}")


if __name__ == "__main__":
    main()
