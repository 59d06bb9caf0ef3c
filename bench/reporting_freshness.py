"""Freshness of the reports (issue 14.8): the time from a change approved in personnel to the reporting read
model holding it, under a load of N concurrent editors, on the running stack (`make run`), through the
gateway: each editor creates a new record in Sở Tư pháp (stp.officer), submits it, and Sở Tư pháp's leader
approves it; from the approval's answer the bench polls reporting's database every 20 ms until the
person's fact is there. A report reads that table when it is asked (reports/sql.py), so the moment the
fact is there is the moment every report shows it. At the end one BM01 of Sở Tư pháp is asked through the
gateway and must count every person approved during the run.

    .venv/bin/python bench/reporting_freshness.py [--editors 20] [--seconds 60]

Goal (issue 14): p95 under 500 ms, not acceptable above 2 s, on this 2-core machine (clients, services,
Kafka and PostgreSQL share it)."""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
import uuid

import httpx
import psycopg

from common import clock
from common.testing import stack

OFFICER, LEADER = "stp.officer", "stp.leader"


def profile(n: int) -> dict:
    cccd = f"008{'1' if n % 2 else '0'}{86:02d}{uuid.uuid4().int % 1_000_000:06d}"
    return {"identity": {"full_name": f"Nguyễn Văn Đo Lường {n}", "gender": "2" if n % 2 else "1",
                         "birth_date": "1986-03-02", "ethnicity": "01", "religion": "00", "personal_id_number": cccd},
            "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "2010-09-01"},
            "positions": {"current_position": "Chuyên viên"},
            "work_history": [{"from_month": "2010-09", "to_month": None, "unit_name": "Sở Tư pháp",
                              "position": "Chuyên viên"}]}


async def wait_for_fact(person_id: str, deadline: float) -> float | None:
    async with await psycopg.AsyncConnection.connect(stack.admin_dsn("reporting"), autocommit=True) as conn:
        while time.perf_counter() < deadline:
            row = await (await conn.execute("select 1 from person_fact where person_id = %s limit 1",
                                            (person_id,))).fetchone()
            if row:
                return time.perf_counter()
            await asyncio.sleep(0.02)
    return None


async def editor(n: int, client: httpx.AsyncClient, headers: dict[str, dict[str, str]], until: float,
                 delays: list[float], errors: list[str], approved: list[str]) -> None:
    i = 0
    while time.perf_counter() < until:
        i += 1
        r = await client.post("/api/personnel/change-requests", headers=headers[OFFICER],
                              json={"unit_id": "STP", "profile": profile(n * 10_000 + i)})
        if r.status_code != 201:
            errors.append(f"create {r.status_code} {r.text[:120]}")
            continue
        cr = r.json()
        r = await client.post(f"/api/personnel/change-requests/{cr['id']}/submit", headers=headers[OFFICER])
        if r.status_code != 200:
            errors.append(f"submit {r.status_code} {r.text[:120]}")
            continue
        r = await client.post(f"/api/personnel/change-requests/{cr['id']}/approve", headers=headers[LEADER], json={})
        approved_at = time.perf_counter()
        if r.status_code != 200:
            errors.append(f"approve {r.status_code} {r.text[:120]}")
            continue
        seen = await wait_for_fact(cr["person_id"], approved_at + 30)
        if seen is None:
            errors.append(f"never in the read model: {cr['person_id']}")
            continue
        delays.append(seen - approved_at)
        approved.append(cr["person_id"])


async def bm01_total(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    r = await client.get("/api/reporting/reports/bm01", headers=headers,
                         params={"unit_id": "STP", "as_of": clock.today().isoformat(), "format": "json"})
    r.raise_for_status()
    return int(r.json()["people_count"])


async def run(args: argparse.Namespace) -> None:
    headers = {u: {"Authorization": f"Bearer {stack.password_token(u)}"} for u in (OFFICER, LEADER, "snv.admin")}
    delays: list[float] = []
    errors: list[str] = []
    approved: list[str] = []
    limits = httpx.Limits(max_connections=args.editors * 2)
    async with httpx.AsyncClient(base_url=stack.gateway_url(), timeout=60, limits=limits) as client:
        before = await bm01_total(client, headers["snv.admin"])
        started = time.perf_counter()
        await asyncio.gather(*(editor(n, client, headers, started + args.seconds, delays, errors, approved)
                               for n in range(args.editors)))
        took = time.perf_counter() - started
        after = await bm01_total(client, headers["snv.admin"])
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load {load:.1f} at the end; {args.editors} editors for {args.seconds} s "
          f"through the gateway")
    print(f"approved {len(approved)} new records in {took:.1f} s ({len(approved) / took:.1f}/s), errors {len(errors)}"
          + (f" (first: {errors[0]})" if errors else ""))
    if delays:
        ordered = sorted(delays)
        p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
        verdict = "met" if p95 < 0.5 else "acceptable" if p95 < 2 else "NOT met"
        print(f"approval -> reporting's read model (every report): p50 {statistics.median(ordered) * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms "
              f"[goal p95 < 500 ms, unacceptable > 2 s: {verdict}]")
    print(f"BM01 of Sở Tư pháp counts {after - before} more people than before the run "
          f"(civil servants approved during the run: {len(approved)})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--editors", type=int, default=20)
    ap.add_argument("--seconds", type=int, default=60)
    asyncio.run(run(ap.parse_args()))


if __name__ == "__main__":
    main()
