"""Time of a report on a province-sized read model: BM01 (and BM02, BM03) for the whole province on two
reference dates, as the service computes it (reports/sql.py: every cell in one query over each person's
periods at work and the facts),
beside the reference engine that reads every person into Python (reports/rules.py, --python) and the
same total count done by one direct SQL query over the facts.

Makes a scratch database with reporting's migrations, fills it with a generated province (24
departments with divisions, 124 communes) and N people (each 1–3 approved versions, a fifth of them
leaving on some date), runs each report several times, prints p50/max, then drops the database.

    .venv/bin/python bench/reporting_bm01.py [--people 50000] [--runs 5] [--keep]

Goals (issue 14): 50,000 people under 200 ms, 2,000,000 under 2 s, on this 2-core machine."""

from __future__ import annotations

import argparse
import asyncio
import io
import random
import statistics
import time
import uuid
from datetime import UTC, date, datetime, timedelta

import psycopg

from common.catalogs import seed_if_empty
from common.db import make_engine, make_sessionmaker
from common.testing import stack
from reporting.config import ReportingSettings
from reporting.people import rules as people_rules
from reporting.people.tables import ATTRIBUTES
from reporting.reports import repository, rules, sql
from reporting.reports.definitions import load_forms

NULL = "\\N"  # COPY's null
RANKS = ["01.001", "01.002", "01.003", "01.003", "01.004", "01.005", "06.031", "V.07.05.14"]
QUALS = ["TS", "ThS", "DH", "DH", "DH", "CD", "TC", None]


def units() -> list[tuple[str, str, str | None, list[str], str]]:
    out = [("TQ", "Tỉnh Tuyên Quang", None, ["TQ"], "province")]
    for d in range(24):
        dept = f"S{d:02d}"
        out.append((dept, f"Sở {d}", "TQ", ["TQ", dept], "department"))
        for p in range(5):
            out.append((f"{dept}.P{p}", f"Phòng {p} Sở {d}", dept, ["TQ", dept, f"{dept}.P{p}"], "unit"))
    for c in range(124):
        out.append((f"X{c:03d}", f"Xã {c}", "TQ", ["TQ", f"X{c:03d}"], "commune"))
    return out


def fill(dsn: str, n: int, rng: random.Random) -> int:
    tree = units()
    places = [u[0] for u in tree if u[4] != "province"]
    now = datetime(2026, 11, 1, 3, tzinfo=UTC)
    facts, statuses, spans = io.StringIO(), io.StringIO(), io.StringIO()
    rows = 0
    for _ in range(n):
        pid = uuid.uuid4()
        born = date(rng.randrange(1962, 2002), rng.randrange(1, 13), rng.randrange(1, 29))
        recruited = date(rng.randrange(1990, 2026), rng.randrange(1, 13), 1)
        gender = rng.choice("12")
        category = rng.choice(["civil_servant"] * 5 + ["public_employee", "cadre", "contract_worker"])
        unit = rng.choice(places)
        approved = datetime(2026, rng.randrange(1, 11), rng.randrange(1, 29), 3, tzinfo=UTC)
        held: list[people_rules.VersionFact] = []
        left_on: list[people_rules.StatusAt] = []
        for version in range(1, rng.randrange(2, 5)):
            valid = min(recruited, approved.date()) if version == 1 else approved.date()
            held.append(people_rules.VersionFact(version, valid, True))
            facts.write("\t".join(str(v) for v in (
                pid, version, valid, approved.isoformat(), approved.isoformat(), unit, "DANG_CONG_TAC", "t",
                f"Người {pid.hex[:8]}", gender, born, category, rng.choice(RANKS), rng.choice(QUALS) or "\\N",
                rng.choice(["CC", "TC", "\\N"]), rng.choice(["CVC", "CV", "\\N"]), rng.choice(["01", "01", "02"]),
                "00", "t" if rng.random() < 0.4 else "f", recruited)) + "\n")
            rows += 1
            approved += timedelta(days=rng.randrange(1, 20))
            if rng.random() < 0.3:
                unit = rng.choice(places)
        if rng.random() < 0.2:
            left = min(date(rng.randrange(2020, 2027), rng.randrange(1, 13), 1), date(2026, 11, 30))
            event_id = uuid.uuid4().hex
            statuses.write(f"{event_id}\t{pid}\t{left}\t{now.isoformat()}\tTHOI_VIEC\tf\n")
            left_on.append(people_rules.StatusAt(left, now, event_id, False))
        for span in people_rules.periods(held, left_on):
            spans.write(f"{pid}\t{span.valid_from}\t{span.valid_to or NULL}\t{span.version}\n")
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        for unit_id, name, parent, path, level in tree:
            cur.execute("INSERT INTO report_unit (unit_id, name, parent_id, path, management_level, active, version, "
                        "event_time) VALUES (%s, %s, %s, %s, %s, true, 1, now())", (unit_id, name, parent, path, level))
            cur.execute("INSERT INTO unit_node (unit_id, parent_id, name, path, active, version, updated_at) VALUES "
                        "(%s, %s, %s, %s, true, 1, now())", (unit_id, parent, name, path))
        with cur.copy("COPY person_fact (person_id, version, valid_from, event_time, approved_at, unit_id, status, "
                      "is_active, full_name, gender, birth_date, staff_category, rank_code, qualification, "
                      "political_theory_level, state_management_level, ethnicity, religion, party_member, "
                      "first_recruited_on) FROM STDIN") as copy:
            copy.write(facts.getvalue())
        with cur.copy("COPY status_fact (event_id, person_id, effective_on, event_time, status, is_active) "
                      "FROM STDIN") as copy:
            copy.write(statuses.getvalue())
        # Each period carries its version's attributes, as the handlers write them (people/handlers.py).
        cur.execute("CREATE TEMP TABLE span (person_id uuid, valid_from date, valid_to date, version int)")
        with cur.copy("COPY span FROM STDIN") as copy:
            copy.write(spans.getvalue())
        names, values = ", ".join(ATTRIBUTES), ", ".join(f"f.{a}" for a in ATTRIBUTES)
        cur.execute(f"INSERT INTO person_period (person_id, valid_from, valid_to, version, {names}) "
                    f"SELECT s.person_id, s.valid_from, s.valid_to, s.version, {values} "
                    "FROM span s JOIN person_fact f ON f.person_id = s.person_id AND f.version = s.version")
        cur.execute("ANALYZE")
    return rows


DIRECT = """
SELECT count(*) FROM person_fact f
JOIN report_unit u ON u.unit_id = f.unit_id
WHERE f.version = (SELECT max(g.version) FROM person_fact g WHERE g.person_id = f.person_id AND g.valid_from <= %(d)s)
  AND coalesce((SELECT s.is_active FROM status_fact s WHERE s.person_id = f.person_id AND s.effective_on <= %(d)s
                ORDER BY s.effective_on DESC LIMIT 1), f.is_active)
  AND f.staff_category = 'civil_servant' AND u.management_level <> 'commune'
"""


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", action="store_true", help="keep the scratch database")
    ap.add_argument("--python", action="store_true", help="also time the reference engine (slow)")
    ap.add_argument("--db", help="reuse this database (made with --keep) instead of generating one")
    args = ap.parse_args()
    name = args.db or f"bench_reporting_{args.people}"
    dsn = stack.admin_dsn(name)
    if args.db:
        url = dsn.replace("postgresql://", "postgresql+asyncpg://")
    else:
        url = stack.create_migrated_database("reporting", name)
    try:
        if not args.db:
            t0 = time.perf_counter()
            rows = fill(dsn, args.people, random.Random(2026))
            print(f"generated {args.people:,} people ({rows:,} versions) in {time.perf_counter() - t0:.1f} s")
        engine = make_engine(url, pool_size=2)
        sm = make_sessionmaker(engine)
        async with sm() as s, s.begin():
            await seed_if_empty(s, ReportingSettings().catalog_seed_dir)
        forms = load_forms(ReportingSettings().forms_dir)
        for day in (date(2025, 12, 31), date(2026, 11, 30)):
            for form_id in ("bm01", "bm02", "bm03"):
                form = forms[form_id]
                times, total = [], None
                for _ in range(args.runs):
                    start = time.perf_counter()
                    async with sm() as session:
                        all_units = await repository.units(session)
                        groups, names = await repository.ranks(session)
                        q = sql.Query(as_of=day, selected=all_units["TQ"], units=all_units, rank_groups=groups,
                                      rank_names=names)
                        if form.kind == "list":
                            result = rules.list_result(form, await sql.people(session, form, q), units=all_units,
                                                       rank_names=names)
                        else:
                            counts, stats = await sql.counts(session, form, q)
                            result = rules.assemble(form, counts, stats, units=all_units, selected=all_units["TQ"])
                    times.append(time.perf_counter() - start)
                    total = result.total.cells.get("c2", result.total.cells.get("c1"))
                print(f"{form_id} as of {day}: p50 {statistics.median(times) * 1000:7.0f} ms, max "
                      f"{max(times) * 1000:7.0f} ms, {result.population:,} counted, total {total}")
                if args.python and form.kind == "aggregate":
                    start = time.perf_counter()
                    async with sm() as session:
                        people = await repository.people_on(session, as_of=day, unit_id="TQ")
                    ref = rules.evaluate(form, as_of=day, selected=all_units["TQ"], people=people, units=all_units,
                                         rank_groups=groups, rank_names=names)
                    assert ref.total.cells == result.total.cells, "the two engines differ"
                    took = (time.perf_counter() - start) * 1000
                    print(f"  reference engine (every person into Python): {took:.0f} ms")
            with psycopg.connect(dsn) as conn:
                start = time.perf_counter()
                direct = conn.execute(DIRECT, {"d": day}).fetchone()
                print(f"direct SQL count of BM01 column 2 as of {day}: {(time.perf_counter() - start) * 1000:.0f} ms "
                      f"-> {direct[0] if direct else None}")
        await engine.dispose()
    finally:
        if not args.keep and not args.db:
            stack.drop_database(url)


if __name__ == "__main__":
    asyncio.run(main())
