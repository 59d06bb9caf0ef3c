"""Excel import of whole units (issue 18.2): generates N people with their histories (the demo's generator,
personnel.demo.province), writes them into the import template's layout, then imports the workbook into a
scratch personnel database through the import's own code path (structural checks, reading the sheets, the
form's validation rules, the preview, the application into draft change requests in chunks) and prints the
time of each phase and the rows per second. Needs the stack up (PostgreSQL and the catalogs of the live
personnel database).

    .venv/bin/python bench/personnel_import.py [--people 50000] [--db bench_import] [--keep]

Goal (issue 18): 50,000 people under 30 s, never above 60 s. The machine is shared: run it on an idle one."""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import os
import platform
import time
import uuid

import psycopg
import xlsxwriter
from sqlalchemy import text

from common import clock
from common.auth import PROVINCE_ADMIN, Principal
from common.catalogs import load_lookup
from common.db import make_engine, make_sessionmaker
from common.testing import stack
from personnel.changes.validation import ID_CATALOGS
from personnel.demo import province as gen
from personnel.imports import repository, service, workbook
from personnel.imports.columns import HISTORY, MAIN, SHEETS, catalogs_used
from personnel.imports.rules import group_rows, rows_of
from personnel.imports.tables import ImportJob

sys_path_bench = os.path.dirname(__file__)


def generate(people: int) -> tuple[bytes, int]:
    """The workbook of `people` invented people and the number of rows it holds (all sheets)."""
    import sys
    sys.path.insert(0, sys_path_bench)
    import personnel_generate as pg  # the same catalogs and units as the search benchmark

    tree = pg.units()
    province = gen.Province(pg.catalogs(), today=clock.today(), seed=2026, unique_names=False)
    plan = gen.plan([gen.Unit(u[0], u[2], "commune" if u[0].isdigit() else "department") for u in tree
                     if u[0] != "TQ"], people)
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"constant_memory": True, "in_memory": True})
    sheets = {s.name: wb.add_worksheet(s.name) for s in SHEETS}
    next_row = {s.name: 1 for s in SHEETS}
    for s in SHEETS:
        sheets[s.name].write_row(0, 0, [s.key_header, *(c.header for c in s.columns)])
    # constant_memory writes row by row per sheet: gather the history rows, write them after the main sheet.
    history: dict[str, list[list]] = {s.name: [] for s in HISTORY}
    for index, unit in enumerate(plan):
        _, profile = province.generate(index, unit)
        rows = rows_of(profile, unit.unit_id)
        sheets[MAIN.name].write_row(next_row[MAIN.name], 0, rows[MAIN.name][0])
        next_row[MAIN.name] += 1
        for s in HISTORY:
            history[s.name] += rows[s.name]
    total = people
    for name, rows in history.items():
        for r, row in enumerate(rows, start=1):
            sheets[name].write_row(r, 0, row)
        total += len(rows)
    wb.close()
    return buf.getvalue(), total


async def run(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    content, rows = generate(args.people)
    generated = time.perf_counter() - started
    print(f"generated {args.people:,} people, {rows:,} rows in all sheets, {len(content) / 1e6:.1f} MB "
          f"in {generated:.1f} s (not counted)")
    url = stack.create_migrated_database("personnel", name=args.db)
    import personnel_generate as pg
    with psycopg.connect(stack.admin_dsn(args.db)) as conn:
        with conn.cursor().copy("COPY unit_node (unit_id, parent_id, name, path, active, updated_at) FROM STDIN") as cp:
            for u in pg.units():
                cp.write_row((*u, True, "now"))
        with psycopg.connect(stack.admin_dsn("personnel")) as live:
            items = live.execute("select catalog, code, name, sort_order, active, valid_from, valid_to, "
                                 "attributes::text from catalog_copy_item").fetchall()
        with conn.cursor().copy("COPY catalog_copy_item (catalog, code, name, sort_order, active, valid_from, "
                                "valid_to, attributes, source, version, updated_at) FROM STDIN") as cp:
            for item in items:
                cp.write_row((*item, "seed", 0, "now"))
    engine = make_engine(url, pool_size=4)
    sessionmaker = make_sessionmaker(engine)
    admin = Principal(subject="bench", username="bench.admin", unit_id="TQ", roles=frozenset({PROVINCE_ADMIN}))
    phases: dict[str, float] = {}

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        phases[name] = now - since
        return now

    # The whole province in one file is far above what one upload may be (20 MB, 25 MB at the gateway: a
    # province imports a unit at a time); the benchmark lifts the limits to measure the work itself.
    workbook.MAX_BYTES, workbook.MAX_UNZIPPED = 1 << 30, 4 << 30
    workbook.MAX_PEOPLE, workbook.MAX_HISTORY_ROWS = 10_000_000, 10_000_000
    t0 = t = time.perf_counter()
    workbook.inspect(content)
    t = lap("structural checks", t)
    sheets = workbook.read_sheets(content)
    t = lap("read (the sheets, python-calamine)", t)
    async with sessionmaker() as session:
        lookup = await load_lookup(session, set(catalogs_used()) | ID_CATALOGS, clock.today())
    people, _ = group_rows(sheets, service.choices_of(lookup))
    t = lap("cells into profiles", t)
    # The analysis and the application exactly as the service's background runner does them.
    async with sessionmaker() as session, session.begin():
        job = ImportJob(unit_id="TQ", created_by=admin.username, created_by_subject=admin.subject,
                        roles=sorted(admin.roles), file_name="bench.xlsx", file_sha256="0" * 64, content=content)
        session.add(job)
    del sheets, people
    t = time.perf_counter()
    await service.analyse(sessionmaker, job.id)
    t = lap("analysis (read + validate + preview, as the service)", t)
    async with sessionmaker() as session, session.begin():
        job = await repository.job_for_update(session, job.id)
        assert job is not None
        summary = (job.state, job.total, job.created, job.rejected, job.error_count, job.errors[:3])
        job.state, job.confirmed_by = "applying", admin.username
    t = time.perf_counter()
    await service.apply_all(sessionmaker, job.id)
    t = lap("application (draft change requests)", t)
    async with engine.connect() as conn:
        crs = (await conn.execute(text("select count(*) from change_request"))).scalar()
    await engine.dispose()
    # What the service does for the file: the upload's structural checks, the analysis, the application.
    service_total = phases["structural checks"] + phases["analysis (read + validate + preview, as the service)"] + \
        phases["application (draft change requests)"]
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}")
    for name, seconds in phases.items():
        print(f"  {name:<55} {seconds:7.1f} s")
    print(f"preview: state={summary[0]} people={summary[1]:,} new={summary[2]:,} refused={summary[3]:,} "
          f"errors={summary[4]:,} {summary[5] if summary[4] else ''}")
    print(f"imported {args.people:,} people ({rows:,} rows) into {crs:,} change requests: "
          f"{service_total:.1f} s as the service runs it (checks + analysis + application), "
          f"{rows / service_total:,.0f} rows/s, {args.people / service_total:,.0f} people/s "
          f"[goal < 30 s, unacceptable > 60 s]; separate phases above measured once more: "
          f"{time.perf_counter() - t0 - service_total:.1f} s")
    if not args.keep:
        stack.drop_database(url)


def main() -> None:
    # The analysis logs its own phases (main sheet and database, judging in parts, preview).
    logging.basicConfig(level=logging.WARNING, format="  %(message)s")
    logging.getLogger("personnel.imports.service").setLevel(logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--db", default=f"bench_import_{uuid.uuid4().hex[:6]}")
    parser.add_argument("--keep", action="store_true")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
