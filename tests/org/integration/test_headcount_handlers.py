"""Headcount follows personnel's events: hires count, moves recount both units, departures stop counting,
and a late or repeated event changes nothing."""

from __future__ import annotations

import uuid

from common.events.contracts.personnel import PersonStatusChanged, PersonUpdated
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed
from org.headcount.handlers import HEADCOUNT_HANDLERS
from org.headcount.service import headcount_of

HEADCOUNT = Subscription("headcount", HEADCOUNT_HANDLERS)


def person_event(person_id: str, unit: str, version: int, *, category: str = "civil_servant") -> Envelope:
    return Envelope.of(PersonUpdated(person_id=person_id, version=version, unit_id=unit, status="DANG_CONG_TAC",
                                     full_name="Nguyễn Văn An", staff_category=category),
                       source="personnel", subject=person_id)


async def counts(sessionmaker, *units):
    async with sessionmaker() as s:
        return [(await headcount_of(s, u)).staff for u in units]


async def handle(sessionmaker, envelope):
    return await feed(sessionmaker, HEADCOUNT, envelope)


async def test_hires_moves_departures_and_stale_events(sessionmaker):
    a, b = f"HC{uuid.uuid4().hex[:6]}", f"HC{uuid.uuid4().hex[:6]}"
    p1, p2 = str(uuid.uuid4()), str(uuid.uuid4())
    await handle(sessionmaker, person_event(p1, a, 1))
    await handle(sessionmaker, person_event(p2, a, 1, category="public_employee"))
    assert await counts(sessionmaker, a, b) == [2, 0]

    await handle(sessionmaker, person_event(p1, b, 2))  # moved to b
    assert await counts(sessionmaker, a, b) == [1, 1]

    stale = await handle(sessionmaker, person_event(p1, a, 1))  # an older version, arriving late
    assert stale.outcome == "handled" and stale.rows == {}  # it wrote nothing
    assert await counts(sessionmaker, a, b) == [1, 1]

    retired = Envelope.of(PersonStatusChanged(person_id=p2, unit_id=a, old_status="DANG_CONG_TAC",
                                              status="NGHI_HUU", is_active=False, effective_on="2026-11-01"),
                          source="personnel", subject=p2)
    written = await handle(sessionmaker, retired)
    assert written.outcome == "handled"
    assert [r["active"] for r in written.table("person_placement")] == [False]
    assert written.table("unit_headcount")[0]["unit_id"] == a and written.events == []
    assert (await handle(sessionmaker, retired)).outcome == "duplicate"  # redelivered: applied once
    assert await counts(sessionmaker, a, b) == [0, 1]
    async with sessionmaker() as s:
        row = await headcount_of(s, b)
    assert (row.civil_servant, row.public_employee) == (1, 0)
