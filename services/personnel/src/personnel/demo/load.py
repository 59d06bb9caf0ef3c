"""Loads the demo province's people (personnel.demo.province) into the personnel database through the service
layer, as a leader's approval would write them: each profile checked by the service's validation
(changes.validation.check_profile), an approved change request entered by the unit's officer and decided by
its leader (never the same account), the first approved version with its outbox event (so org, reporting,
transfer and notify learn of the person), the due rows (careers.stale) and an audit entry per batch.

    python -m personnel.demo.load --people 3000 [--seed 2026] [--workers 2] [--url postgresql+asyncpg://...]

Idempotent: the people's ids are derived from the seed and their index, and those already there are skipped
(a second run adds nothing; a run that stopped half way goes on where it stopped). Commits every --batch
people; --workers processes write a share each. Prints what it did and the time taken."""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from common import clock
from common.audit import AuditContext
from common.auth import PROVINCE_ADMIN, Principal
from common.catalogs import CatalogCopyItem
from common.db import make_engine, make_sessionmaker, utcnow
from common.errors import ValidationFailed
from common.scope import UnitNode
from personnel.careers import reference
from personnel.changes import validation
from personnel.changes.tables import ChangeRequest
from personnel.changes.validation import check_profile
from personnel.config import PersonnelSettings
from personnel.demo import province as gen
from personnel.persons.tables import Person
from personnel.persons.versions import publish_version
from personnel.profiles.schema import Profile

CATALOGS = ("salary_grades", "ranks", "retirement_age_by_year", "retirement_age")
NOTE = "Dữ liệu minh hoạ: tỉnh Tuyên Quang"
# Who enters and who approves, per unit (the demo accounts; the Department of Home Affairs for the rest).
ACCOUNTS = {"STP": ("stp.officer", "stp.leader"), "00700": ("xa.ngocduong", "snv.admin"),
            "00706": ("xa.phulinh", "snv.admin")}
DEFAULT_ACCOUNTS = ("snv.admin", "snv.leader")
AUDIT = AuditContext.system("personnel", "demo")


def accounts(unit_id: str) -> tuple[str, str]:
    return ACCOUNTS.get(unit_id.split(".")[0], DEFAULT_ACCOUNTS)


async def _units(sessions, wait_seconds: float, min_units: int) -> list[gen.Unit]:  # type: ignore[no-untyped-def]
    """The unit tree as personnel knows it from org's events; on a fresh stack it may still be arriving."""
    deadline = time.monotonic() + wait_seconds
    while True:
        async with sessions() as session:
            rows = (await session.execute(select(UnitNode.unit_id, UnitNode.parent_id, UnitNode.name,
                                                 UnitNode.active))).all()
            items = (await session.scalars(select(CatalogCopyItem).where(
                CatalogCopyItem.catalog.in_(CATALOGS), CatalogCopyItem.active))).all()  # type: ignore[attr-defined,arg-type]
        units = gen.units_of([tuple(r) for r in rows])  # type: ignore[misc]
        found = {i.catalog for i in items}
        if len(units) >= min_units and {"salary_grades", "ranks", "retirement_age_by_year"} <= found:
            return units, items  # type: ignore[return-value]
        if time.monotonic() > deadline:
            raise SystemExit(f"personnel knows {len(units)} units and the catalogs {sorted(found)}: "
                             "is org running and its events flowing?")
        await asyncio.sleep(2)


async def load(url: str, *, people: int, seed: int = 2026, batch: int = 100, wait_seconds: float = 180,
               today: date | None = None, min_units: int = 20, shard: tuple[int, int] = (0, 1)) -> dict[str, float]:
    """min_units: wait until personnel knows at least that many of the demo's units (the tree arrives from
    org's events a moment after a fresh start). shard (k, n): write only the people whose index is k modulo
    n (every shard generates the whole province, so names and numbers stay unique across shards)."""
    started = time.perf_counter()
    today = today or clock.today()
    engine = make_engine(url, pool_size=2)
    sessions = make_sessionmaker(engine)
    try:
        units, items = await _units(sessions, wait_seconds, min_units)  # type: ignore[misc]
        planned = [gen.person_id(seed, i) for i in range(people)]
        async with sessions() as session:
            existing = set((await session.scalars(select(Person.id).where(Person.id.in_(planned)))).all())  # type: ignore[attr-defined]
            others = (await session.execute(select(Person.full_name, Person.personal_id_number)
                                            .where(Person.id.not_in(planned)))).all()  # type: ignore[attr-defined]
        province = gen.Province(gen.Catalogs.of(items), today=today, seed=seed,
                                taken_names=[n for n, _ in others if n],
                                taken_numbers=[x for _, x in others if x])
        todo = [(i, unit, pid, profile) for i, unit, pid, profile in gen.people(province, units, people)
                if pid not in existing and i % shard[1] == shard[0]]
        generated = time.perf_counter() - started
        with _catalogs_read_once(), salary_grades_built_once():
            for start in range(0, len(todo), batch):
                async with sessions() as session:
                    chunk = todo[start:start + batch]
                    for i, unit, pid, profile in chunk:
                        rng = random.Random(f"{seed}-decision-{i}")  # noqa: S311 - invented demo data
                        await _write(session, unit.unit_id, pid, profile, today=today, rng=rng)
                    # One audit entry per batch: the loader approved these records, under the demo accounts.
                    await AUDIT.record(session, action="approve", resource_type="person", unit_id="TQ",
                                       detail={"source": "demo", "note": NOTE, "count": len(chunk),
                                               "person_ids": [str(pid) for _i, _u, pid, _p in chunk]})
                    await session.commit()  # the due rows of the batch are computed just before (careers.stale)
        return {"people": people, "added": len(todo), "units": len(units), "generate_s": generated,
                "seconds": time.perf_counter() - started}
    finally:
        await engine.dispose()


async def _write(session, unit_id: str, pid, profile: dict, *, today: date,  # type: ignore[no-untyped-def]
                 rng: random.Random) -> None:
    officer, leader = accounts(unit_id)
    principal = Principal(subject=f"demo:{officer}", username=officer, unit_id="SNV",
                          roles=frozenset({PROVINCE_ADMIN}))
    model = Profile.model_validate(profile)
    person = Person(id=pid, unit_id=unit_id, full_name=model.identity.full_name)
    session.add(person)
    try:
        warnings = await check_profile(session, principal, profile=model, person_id=pid, today=today)
    except ValidationFailed as exc:  # a generator's mistake: say which, rather than load a wrong record
        raise SystemExit(f"demo person {model.identity.full_name} ({unit_id}) refused: "
                         f"{[(f.field, f.code, f.params) for f in exc.fields]}") from exc
    now = utcnow()
    signed = today - timedelta(days=rng.randint(1, 20))
    cr = ChangeRequest(person_id=pid, kind="create", unit_id=unit_id, base_version=0, state="approved",
                       profile=profile, note=NOTE, created_by=officer, submitted_by=officer, submitted_at=now,
                       decided_by=leader, decided_at=now, decision_signed_on=signed,
                       decision_number=f"{rng.randint(10, 2999)}/QĐ-{unit_id.split('.')[0]}",
                       warnings=[{"field": w.field, "code": w.code, "message": w.text("vi"),
                                  "message_en": w.text("en")} for w in warnings])
    session.add(cr)
    publish_version(session, person, profile, at=now, approved_by=leader, submitted_by=officer,
                    actor=f"demo:{leader}", decision_number=cr.decision_number, decision_signed_on=signed,
                    change_request_id=cr.id)


@contextmanager
def _catalogs_read_once() -> Iterator[None]:
    """check_profile reads the catalogs it judges by on every call (a request checks one profile): the
    lookup of the codes a profile names, the salary grades and the rank. They do not change while the demo
    loads, so each answer is read once for the whole load (the same rows, judged by the same functions)."""
    readers = ("load_lookup", "catalog_items", "catalog_item")
    originals = {name: getattr(validation, name) for name in readers if hasattr(validation, name)}

    def once(read):  # type: ignore[no-untyped-def]
        cache: dict[tuple[Any, ...], Any] = {}

        async def cached(session, *args: Any, **kwargs: Any) -> Any:  # type: ignore[no-untyped-def]
            key = tuple(frozenset(a) if isinstance(a, set | list | tuple) else a
                        for a in (*args, *sorted(kwargs.items())))
            if key not in cache:
                cache[key] = await read(session, *args, **kwargs)
            return cache[key]

        return cached

    for name, read in originals.items():
        setattr(validation, name, once(read))
    try:
        yield
    finally:
        for name, read in originals.items():
            setattr(validation, name, read)


@contextmanager
def salary_grades_built_once() -> Iterator[None]:
    """The due dates (careers) and the step check build the salary grades from the catalog rows for every
    person (reference.salary_grades: a few milliseconds, most of a person's due dates); while the catalogs do
    not change (a demo load, a bench's fill) the same rows give the same grades, so each list of rows is
    built once."""
    original = reference.salary_grades
    built: dict[int, tuple[Any, Any]] = {}

    def once(items):  # type: ignore[no-untyped-def]
        hit = built.get(id(items))
        if hit is None or hit[0] is not items:  # the list is kept, so its id is not reused meanwhile
            hit = built[id(items)] = (items, original(items))
        return hit[1]

    reference.salary_grades = once  # type: ignore[assignment]
    try:
        yield
    finally:
        reference.salary_grades = original  # type: ignore[assignment]


def _shard(url: str, people: int, seed: int, batch: int, k: int, n: int) -> dict[str, float]:
    return asyncio.run(load(url, people=people, seed=seed, batch=batch, shard=(k, n)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="processes writing (each a share of the people); one per CPU by default")
    parser.add_argument("--url", default=None, help="the personnel database (default: the service's setting)")
    args = parser.parse_args(argv)
    url = args.url or PersonnelSettings().database_url
    started = time.perf_counter()
    jobs = [(url, args.people, args.seed, args.batch, k, args.workers) for k in range(args.workers)]
    if args.workers > 1:
        with multiprocessing.get_context("spawn").Pool(args.workers) as pool:
            results = pool.starmap(_shard, jobs)
    else:
        results = [_shard(*jobs[0])]
    added = sum(int(r["added"]) for r in results)
    print(f"demo province: {added} people added ({args.people} planned over {int(results[0]['units'])} units) "
          f"in {time.perf_counter() - started:.1f} s by {args.workers} processes "
          f"(generation {max(r['generate_s'] for r in results):.1f} s each)")


if __name__ == "__main__":
    sys.exit(main())
