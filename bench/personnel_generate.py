"""Generates N invented people into a scratch personnel database with COPY, so search and record loading can
be measured at scale. The people are the demo's (personnel.demo.province): realistic names by ethnicity and
gender, and careers with 15 years of histories (salary steps by the career rules, appointments, evaluations,
trainings, rewards, disciplines), spread over the province's departments and communes by the demo's plan.
Needs the stack up (the salary grades, ranks and retirement ages are read from the live personnel database).

    .venv/bin/python bench/personnel_generate.py --people 50000 [--db bench_personnel]

Prints the database URL and the time taken. The database is created fresh and migrated."""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import random
import time
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import psycopg

from common import clock
from common.testing import stack
from personnel.demo import load
from personnel.demo import province as gen
from personnel.persons.projection import search_columns
from personnel.profiles.schema import Profile

SEED = Path(__file__).resolve().parents[1] / "services/personnel/src/personnel/catalogs/seed_data"
STATUSES = ["NGHI_HUU", "THOI_VIEC", "CHUYEN_CONG_TAC"]


def catalogs() -> gen.Catalogs:
    """The salary grades, ranks and retirement ages as org publishes them, read from the live personnel
    database (the generator's careers follow them)."""
    with psycopg.connect(stack.admin_dsn("personnel")) as conn:
        rows = conn.execute("select catalog, code, attributes, valid_from, valid_to, active from catalog_copy_item "
                            "where active and catalog = any(%s)", (list(load.CATALOGS),)).fetchall()
    items = [SimpleNamespace(catalog=c, code=code, attributes=a, valid_from=f, valid_to=t, active=act)
             for c, code, a, f, t, act in rows]
    try:
        return gen.Catalogs.of(items)
    except LookupError as exc:
        raise SystemExit(f"the live personnel database lacks a catalog ({exc}): start the stack first") from exc


def units() -> list[tuple[str, str | None, str, list[str]]]:
    rows = [("TQ", None, "Ủy ban nhân dân tỉnh Tuyên Quang", ["TQ"])]
    for name in ("tuyen_quang_departments_demo", "tuyen_quang_communes_2025"):
        path = SEED / f"{name}.csv"
        if not path.exists():
            path = Path(__file__).resolve().parents[2] / "shared/domain/catalogs" / f"{name}.csv"  # beside the clone
        if path.exists():
            with path.open(encoding="utf-8") as f:
                rows += [(r["code"], "TQ", r["name_vi"], ["TQ", r["code"]]) for r in csv.DictReader(f)]
    return rows


def person_row(province: gen.Province, index: int, unit: gen.Unit) -> tuple:
    """One person of the demo's generator (personnel.demo.province: the same careers and histories), as the
    person row an approval writes (search columns by persons.projection); 7 % have left."""
    pid, profile = province.generate(index, unit)
    rng = random.Random(f"status:{index}")
    status = "DANG_CONG_TAC" if rng.random() < 0.93 else rng.choice(STATUSES)
    cols = search_columns(Profile.model_validate(profile))
    return (pid, unit.unit_id, 1, status, status == "DANG_CONG_TAC", cols["full_name"], cols["name_folded"],
            cols["name_sort"], cols["birth_date"], cols["gender"], cols["personal_id_number"], cols["staff_category"],
            cols["rank_code"], cols["qualification"], cols["political_theory_level"], cols["ethnicity"],
            cols["party_member"], cols["position"], json.dumps(profile, ensure_ascii=False))


_WORKER: dict[str, Any] = {}


def _start(catalog: gen.Catalogs, today: date, people: list[gen.Unit]) -> None:
    # Names are not kept unique at this scale (a province of 2,000,000 has many namesakes); identity numbers
    # are, within a worker.
    _WORKER["province"] = gen.Province(catalog, today=today, seed=2026, unique_names=False)
    _WORKER["people"] = people


def _rows(span: tuple[int, int]) -> list[tuple]:
    province, people = _WORKER["province"], _WORKER["people"]
    return [person_row(province, i, people[i]) for i in range(*span)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--db", default="bench_personnel")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes generating people")
    args = parser.parse_args()
    started = time.perf_counter()
    url = stack.create_migrated_database("personnel", name=args.db)
    dsn = stack.admin_dsn(args.db)
    tree = units()
    today = clock.today()
    people = gen.plan([gen.Unit(u[0], u[2], "commune" if u[0].isdigit() else "department") for u in tree
                       if u[0] != "TQ"], args.people)
    with psycopg.connect(dsn) as conn:
        with conn.cursor().copy("COPY unit_node (unit_id, parent_id, name, path, active, updated_at) FROM STDIN") as cp:
            for u in tree:
                cp.write_row((*u, True, "now"))
        cols = (
            "id, unit_id, version, status, is_active, full_name, name_folded, name_sort, birth_date, gender, "
            "personal_id_number, staff_category, rank_code, qualification, political_theory_level, ethnicity, "
            "party_member, position, profile, created_at, updated_at"
        )
        # Bulk load as a DBA would: secondary indexes dropped, rows copied, indexes built once after.
        indexes = [r[0] for r in conn.execute(
            "select indexdef from pg_indexes where tablename = 'person' and indexname <> 'pk_person'")]
        for name in [r[0] for r in conn.execute(
                "select indexname from pg_indexes where tablename = 'person' and indexname <> 'pk_person'")]:
            conn.execute(f'drop index "{name}"')
        spans = [(a, min(a + 2000, len(people))) for a in range(0, len(people), 2000)]
        with conn.cursor().copy(f"COPY person ({cols}) FROM STDIN") as cp, multiprocessing.Pool(
                args.workers, initializer=_start, initargs=(catalogs(), today, people)) as pool:
            for rows in pool.imap(_rows, spans):
                for row in rows:
                    cp.write_row((*row, "now", "now"))
        conn.execute("set maintenance_work_mem = '512MB'")
        for definition in indexes:
            conn.execute(definition)
    with psycopg.connect(dsn, autocommit=True) as conn:
        # The visibility map lets searches answer from the covering indexes alone (index-only scans).
        conn.execute("VACUUM (ANALYZE) person")
    print(f"generated {args.people} people in {len(tree)} units into {url} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
