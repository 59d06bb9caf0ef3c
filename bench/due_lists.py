"""Due lists at province scale (issue 12, item 8): the time of one month's list for the whole province and
for one unit, through the same query the route runs (personnel.careers.due_lists.list_page: the count and
the first page, scoped in SQL).

    .venv/bin/python bench/due_lists.py [--db bench_personnel] [--runs 20] [--refill]

On the database of bench/personnel_generate.py (2,000,000 people by default; a smaller one works the same).
The database is migrated to the newest revision (it adds the due_entry table), then due_entry is filled once
(again with --refill) from the records: the generated people have the demo's careers (personnel.demo.province:
salary steps by the career rules, appointments, evaluations, disciplines), and each person's rows are computed
by the service's own function (personnel.careers.due_lists.entries) with the catalogs of the live personnel
database, so the lists have the shape and spread of the demo's (--workers processes, one per CPU by default).

The rows are the shape the service writes (person, kind, due date, unit, name, details), so what is measured
is the read; the fill's time is printed apart. Run with the stack up, on an otherwise idle machine."""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import psycopg
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from common import clock
from common.auth import PROVINCE_ADMIN, UNIT_OFFICER, Principal
from personnel.careers import due_lists
from personnel.demo.load import salary_grades_built_once

ROOT = Path(__file__).resolve().parents[1]
PG = "postgresql://postgres@127.0.0.1:15432"


def migrate(db: str) -> None:
    subprocess.run([str(ROOT / ".venv/bin/alembic"), "-x", f"url=postgresql+asyncpg://postgres@127.0.0.1:15432/{db}",
                    "upgrade", "heads"], cwd=ROOT / "services/personnel", check=True, capture_output=True)


def inputs() -> due_lists.Inputs:
    """The catalogs the rules judge by (salary grades, ranks, retirement ages, the holiday calendar), as org
    publishes them, read from the live personnel database."""
    with psycopg.connect(f"{PG}/personnel") as conn:
        rows = conn.execute("select catalog, code, name, attributes, valid_from, valid_to, active from "
                            "catalog_copy_item where catalog = any(%s) and active",
                            ([*due_lists.CATALOGS, "retirement_age"],)).fetchall()
    items = [SimpleNamespace(catalog=c, code=code, name=n, attributes=a, valid_from=f, valid_to=t, active=act)
             for c, code, n, a, f, t, act in rows]
    if not any(i.catalog == "retirement_age_by_year" for i in items):
        raise SystemExit("the live personnel database has no retirement-age catalog: start the stack first")
    return due_lists.Inputs.of(items)


_FILL: dict[str, Any] = {}


def _start_fill(today: date) -> None:
    keep = ExitStack()
    keep.enter_context(salary_grades_built_once())  # for the worker's life: the catalogs do not change
    _FILL.update(inputs=inputs(), today=today, keep=keep)


def _entries(batch: list[tuple]) -> list[tuple]:
    out = []
    for pid, unit, name, position, profile in batch:
        person = SimpleNamespace(id=pid, unit_id=unit, full_name=name, position=position, version=1, is_active=True,
                                 profile=json.loads(profile))
        for r in due_lists.entries(person, inputs=_FILL["inputs"], override=None, events=(),  # type: ignore[arg-type]
                                   today=_FILL["today"]):
            out.append((pid, r["kind"], r["due_on"], unit, r["full_name"], r["birth_date"], json.dumps(r["details"])))
    return out


def fill(db: str, today: date, workers: int) -> tuple[int, float]:
    """Every person's rows computed from the record by the service's own function (due_lists.entries: the
    step raise or beyond-frame rate from the salary history's current step, its ratings and disciplines; the
    retirement; the current term) in `workers` processes, written with COPY."""
    t0 = time.perf_counter()
    rows = 0
    with psycopg.connect(f"{PG}/{db}") as conn:
        conn.execute("truncate due_entry")
        conn.execute("drop index if exists ix_due_entry_kind_due_on")
        conn.execute("drop index if exists ix_due_entry_unit_id_kind_due_on")
        conn.execute("alter table due_entry drop constraint if exists pk_due_entry")
        # Checked once by a join after the load, not row by row during it (4 million lookups on 2 cores).
        conn.execute("alter table due_entry drop constraint if exists fk_due_entry_person_id_person")
        conn.commit()  # dropping the foreign key locks person too: the reader below must not wait for it
        now = time.strftime("%Y-%m-%d %H:%M:%S+00", time.gmtime())
        with psycopg.connect(f"{PG}/{db}") as reader, reader.cursor(name="people") as people, conn.cursor().copy(
                "copy due_entry (person_id, kind, due_on, unit_id, full_name, birth_date, details, computed_at) "
                "from stdin") as copy, multiprocessing.Pool(workers, initializer=_start_fill,
                                                            initargs=(today,)) as pool:
            people.execute("select id, unit_id, full_name, position, profile::text from person "
                           "where version > 0 and is_active")

            def batches() -> Iterator[list[tuple]]:
                while batch := people.fetchmany(2000):
                    yield batch

            for computed in pool.imap(_entries, batches()):
                for row in computed:
                    copy.write_row((*row, now))
                rows += len(computed)
        conn.execute("alter table due_entry add constraint pk_due_entry primary key (person_id, kind)")
        conn.execute("alter table due_entry add constraint fk_due_entry_person_id_person foreign key (person_id) "
                     "references person (id) not valid")
        conn.execute("alter table due_entry validate constraint fk_due_entry_person_id_person")
        conn.execute("create index ix_due_entry_kind_due_on on due_entry (kind, due_on) include (unit_id)")
        conn.execute("create index ix_due_entry_unit_id_kind_due_on on due_entry (unit_id, kind, due_on)")
        conn.execute("analyze due_entry")
        conn.commit()
    return rows, time.perf_counter() - t0


async def measure(db: str, runs: int, month: str) -> None:
    engine = create_async_engine(f"postgresql+asyncpg://postgres@127.0.0.1:15432/{db}", pool_size=2)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    province = Principal(subject="bench", username="snv.admin", unit_id="SNV", roles=frozenset({PROVINCE_ADMIN}))
    async with sessions() as session:
        unit, people = (await session.execute(text(
            "select unit_id, count(*) from due_entry where kind = 'raise' group by 1 order by 2 desc limit 1"))).one()
        officer = Principal(subject="bench", username="officer", unit_id=unit, roles=frozenset({UNIT_OFFICER}))
        total_rows = await session.scalar(text("select count(*) from due_entry"))
    print(f"due_entry: {total_rows:,} rows; the unit measured: {unit} ({people:,} people with a raise row)")
    cases = [("raise", "province", province, None), ("raise", "unit", officer, None),
             ("beyond_frame", "province", province, None), ("term", "province", province, None),
             ("retirement", "province", province, None), ("retirement", "unit", officer, None),
             ("raise", "province, unit asked", province, unit)]
    print(f"{'list':<14}{'scope':<24}{'total':>9}{'first ms':>10}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}")
    for kind, label, principal, unit_id in cases:
        w = due_lists.window(kind, month=None if kind == "retirement" else month, within_months=None,
                             today=clock.today())
        times = []
        total = 0
        for _ in range(runs + 1):
            async with sessions() as session:
                t0 = time.perf_counter()
                rows, total = await due_lists.list_page(session, principal, w, unit_id=unit_id, page=1, size=20)
                times.append((time.perf_counter() - t0) * 1000)
            assert len(rows) == min(20, total), (len(rows), total)
        first, rest = times[0], sorted(times[1:])
        p95 = rest[min(len(rest) - 1, int(len(rest) * 0.95))]
        print(f"{kind:<14}{label:<24}{total:>9,}{first:>10.1f}{statistics.median(rest):>11.1f}{p95:>9.1f}"
              f"{rest[-1]:>9.1f}")
    await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="bench_personnel")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--refill", action="store_true")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes computing the rows")
    args = parser.parse_args()
    today = clock.today()
    month = f"{(today.replace(day=1) + timedelta(days=32)):%Y-%m}"  # next month's list
    with psycopg.connect(f"{PG}/postgres") as conn:
        if not conn.execute("select 1 from pg_database where datname = %s", (args.db,)).fetchone():
            raise SystemExit(f"no database {args.db}: make one with bench/personnel_generate.py --people 2000000")
    migrate(args.db)
    with psycopg.connect(f"{PG}/{args.db}") as conn:
        people = conn.execute("select count(*) from person").fetchone()[0]  # type: ignore[index]
        filled = conn.execute("select exists (select 1 from due_entry)").fetchone()[0]  # type: ignore[index]
    print(f"machine: {platform.node()}, {os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, "
          f"PostgreSQL on 127.0.0.1:15432; database {args.db}: {people:,} people; list month {month}")
    if args.refill or not filled:
        print("filling due_entry (minutes for 2,000,000 people)...", flush=True)
        rows, seconds = fill(args.db, today, args.workers)
        print(f"filled due_entry: {rows:,} rows in {seconds:.0f} s", flush=True)
    with psycopg.connect(f"{PG}/{args.db}", autocommit=True) as conn:
        conn.execute("vacuum analyze due_entry")  # as autovacuum leaves it: index-only counts
    asyncio.run(measure(args.db, args.runs, month))
    print("goals: one month's list of the whole province < 2000 ms, of one unit < 100 ms (count + first page)")


if __name__ == "__main__":
    main()
