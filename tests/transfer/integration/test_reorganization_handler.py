"""org merges units: transfer opens one case that moves everyone of the merged units, once, however often
org's announcement is delivered (through the consumer's own path, on a fresh transfer database)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from common.db import make_engine, make_sessionmaker
from common.events.contracts.org import PersonMove, StaffMove, UnitReorganized
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed
from transfer.cases.handlers import REORGANIZATION_HANDLERS

REORGANIZATIONS = Subscription("reorganizations", dict(REORGANIZATION_HANDLERS))


@pytest.fixture
async def sessionmaker(migrated_db):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db("transfer"), pool_size=2)
    yield make_sessionmaker(engine)
    await engine.dispose()


async def test_a_merge_moves_every_working_person_of_the_merged_units_once(sessionmaker):
    a, b, c, d = (f"U{uuid.uuid4().hex[:5]}" for _ in range(4))
    people = {name: uuid.uuid4() for name in ("an", "binh", "chi", "dung", "left")}
    async with sessionmaker() as s, s.begin():
        for unit in (a, b, c, d):
            await s.execute(text("insert into unit_node (unit_id, parent_id, name, path, active, updated_at, "
                                 "version) values (cast(:u as varchar), 'TQ', cast(:u as varchar), "
                                 "array['TQ', cast(:u as varchar)], true, now(), 1)"),
                            {"u": unit})
        for name, unit, active in (("an", a, True), ("binh", a, True), ("chi", b, True), ("dung", a, True),
                                   ("left", a, False)):
            await s.execute(text("insert into person_ref (person_id, unit_id, full_name, status, is_active, version, "
                                 "updated_at) values (:p, :u, :n, 'DANG_CONG_TAC', :a, 1, now())"),
                            {"p": people[name], "u": unit, "n": name, "a": active})
    reorg = UnitReorganized(kind="merge", source_unit_ids=[a, b], target_unit_ids=[c], effective_on="2026-07-01",
                            decision_number="99/NQ-HĐND", reorganization_id=f"R{uuid.uuid4().hex[:6]}",
                            default_moves=[StaffMove(from_unit_id=a, to_unit_id=c),
                                           StaffMove(from_unit_id=b, to_unit_id=c)],
                            moves=[PersonMove(person_id=str(people["dung"]), from_unit_id=a, to_unit_id=d)],
                            dissolved_unit_ids=[a, b])
    announcement = Envelope.of(reorg, source="org", subject=a)
    written = await feed(sessionmaker, REORGANIZATIONS, announcement)
    [case] = written.table("transfer_case")
    assert case["kind"] == "reorganization" and case["state"] == "accepted"
    moves = {str(m["person_id"]): m["to_unit_id"] for m in written.table("transfer_move")}
    assert moves == {str(people["an"]): c, str(people["binh"]): c, str(people["chi"]): c, str(people["dung"]): d}
    decided = [e for e in written.events if e.type == "transfer.move.decided.v1"]
    assert len(decided) == 4 and {e.subject for e in decided} == set(moves)

    assert (await feed(sessionmaker, REORGANIZATIONS, announcement)).outcome == "duplicate"
    # The same reorganisation announced again (org retried with a new event): still one case.
    again = await feed(sessionmaker, REORGANIZATIONS, Envelope.of(reorg, source="org", subject=a))
    assert again.outcome == "handled" and again.table("transfer_case") == []
