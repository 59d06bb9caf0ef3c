"""Latency of person search and record loading under 20 concurrent clients, against a personnel
service started here on the scratch database of personnel_generate.py (workers off, real tokens).

    .venv/bin/python bench/personnel_search.py [--db bench_personnel] [--seconds 20] [--clients 20]

Prints p50/p95/p99 per kind of request."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psycopg

from common.testing import stack

ROOT = Path(__file__).resolve().parents[1]
PORT = 18192
QUERIES = [
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
    base: str,
    tokens: dict[str, str],
    ids: list[str],
    cccds: list[str],
    units: list[str],
    stop: float,
    out: dict[str, list[float]],
    rng: random.Random,
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
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


async def run(args: argparse.Namespace) -> None:
    with psycopg.connect(stack.admin_dsn(args.db)) as conn:
        ids = [str(r[0]) for r in conn.execute("select id from person order by random() limit 2000")]
        cccds = [
            r[0]
            for r in conn.execute(
                "select personal_id_number from person where personal_id_number is not null order by random() limit 500"
            )
        ]
        units = [r[0] for r in conn.execute("select unit_id from unit_node where unit_id <> 'TQ'")]
    tokens = {u: stack.password_token(u) for u in ("snv.admin", "stp.officer")}
    out: dict[str, list[float]] = {}
    rng = random.Random(7)
    base = f"http://127.0.0.1:{PORT}"
    async with httpx.AsyncClient(base_url=base) as http:  # warm up
        for q in QUERIES:
            await http.get("/persons", params={"q": q}, headers={"Authorization": f"Bearer {tokens['snv.admin']}"})
    stop = time.perf_counter() + args.seconds
    await asyncio.gather(
        *(client(base, tokens, ids, cccds, units, stop, out, random.Random(rng.random())) for _ in range(args.clients))
    )
    total = sum(len(v) for v in out.values())
    print(f"{args.clients} clients, {args.seconds} s, {total} requests ({total / args.seconds:.0f}/s)")
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
        ],
        cwd=ROOT / "services/personnel",
        env=env,
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                if httpx.get(f"http://127.0.0.1:{PORT}/health/live").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        asyncio.run(run(args))
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
