"""The unit-tree replica every service keeps: fed through the consumer's own path (common.testing.handlers),
it ends at the newest state of each unit whatever order, or how many times, the events arrive."""

from __future__ import annotations

import random
import uuid

import pytest
from sqlalchemy import text

from common.events.contracts.org import UnitCreated, UnitDissolved, UnitUpdated
from common.events.envelope import Envelope
from common.messaging import ContractViolation, Subscription
from common.scope import UNIT_TREE_HANDLERS
from common.testing.handlers import feed

UNIT_TREE = Subscription("unit-tree", dict(UNIT_TREE_HANDLERS))


def history(unit_id: str) -> list[Envelope]:
    """Created, renamed four times, moved under another parent, dissolved: versions 1 to 7."""
    states = [UnitCreated(unit_id=unit_id, name="Phòng Nội vụ", path=["TQ", "HTY", unit_id], parent_id="HTY",
                          version=1)]
    for v in range(2, 6):
        states.append(UnitUpdated(unit_id=unit_id, name=f"Phòng Nội vụ ({v})", path=["TQ", "HTY", unit_id],
                                  parent_id="HTY", version=v))
    states.append(UnitUpdated(unit_id=unit_id, name="Phòng Nội vụ (5)", path=["TQ", "SNV", unit_id],
                              parent_id="SNV", version=6))
    states.append(UnitDissolved(unit_id=unit_id, name="Phòng Nội vụ (5)", path=["TQ", "SNV", unit_id],
                                parent_id="SNV", active=False, version=7))
    return [Envelope.of(s, source="org", subject=unit_id) for s in states]


async def replica_row(sessionmaker, unit_id: str):
    async with sessionmaker() as s:
        return (await s.execute(
            text("select name, parent_id, path, active, version from unit_node "
                                          "where unit_id = :u"), {"u": unit_id})).one()


async def test_a_shuffled_replay_leaves_the_newest_state_of_the_unit(sessionmaker):
    unit_id = f"U{uuid.uuid4().hex[:6]}"
    events = history(unit_id)
    shuffled = events[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != events
    outcomes = [(await feed(sessionmaker, UNIT_TREE, e)).outcome for e in shuffled]
    assert outcomes == ["handled"] * len(events)
    assert await replica_row(sessionmaker, unit_id) == ("Phòng Nội vụ (5)", "SNV", ["TQ", "SNV", unit_id], False, 7)
    # The whole history delivered again (a consumer group reset): every event is known, nothing changes.
    assert {(await feed(sessionmaker, UNIT_TREE, e)).outcome for e in events} == {"duplicate"}
    assert (await replica_row(sessionmaker, unit_id))[4] == 7


async def test_an_older_version_writes_nothing_and_a_newer_one_replaces(sessionmaker):
    unit_id = f"U{uuid.uuid4().hex[:6]}"
    first, *_, sixth, _ = history(unit_id)
    assert (await feed(sessionmaker, UNIT_TREE, sixth)).table("unit_node")[0]["version"] == 6
    late = await feed(sessionmaker, UNIT_TREE, first)
    assert late.outcome == "handled" and late.rows == {}  # applied as a no-op: the replica keeps version 6
    assert (await replica_row(sessionmaker, unit_id))[0] == "Phòng Nội vụ (5)"


async def test_events_from_before_versions_were_counted_apply_in_arrival_order(sessionmaker):
    unit_id = f"U{uuid.uuid4().hex[:6]}"
    for name in ("Cũ", "Mới"):
        await feed(sessionmaker, UNIT_TREE, Envelope.of(
            UnitUpdated(unit_id=unit_id, name=name, path=["TQ", unit_id], parent_id="TQ"), source="org",
            subject=unit_id))
    assert (await replica_row(sessionmaker, unit_id))[0] == "Mới"


async def test_an_event_that_breaks_its_contract_is_refused_as_permanent(sessionmaker):
    bad = Envelope(type="org.unit.updated.v1", source="/org", subject="X", data={"unit_id": "X"})  # no name, path
    with pytest.raises(ContractViolation):
        await feed(sessionmaker, UNIT_TREE, bad)
