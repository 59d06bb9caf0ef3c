"""Headcount follows personnel's events: hires count, moves recount both units, departures stop counting,
and a late or repeated event changes nothing."""

from __future__ import annotations

import uuid

from common.events.envelope import Envelope
from org.headcount.handlers import change_status, place_person
from org.headcount.service import headcount_of


def person_event(person_id: str, unit: str, version: int, *, category: str = "civil_servant") -> Envelope:
    return Envelope(type="personnel.person.updated.v1", source="/personnel", subject=person_id,
                    data={"person_id": person_id, "version": version, "unit_id": unit, "status": "DANG_CONG_TAC",
                          "is_active": True, "full_name": "Nguyễn Văn An", "staff_category": category})


async def counts(sessionmaker, *units):
    async with sessionmaker() as s:
        return [(await headcount_of(s, u)).staff for u in units]


async def handle(sessionmaker, handler, envelope):
    async with sessionmaker() as s, s.begin():
        await handler(s, envelope)


async def test_hires_moves_departures_and_stale_events(sessionmaker):
    a, b = f"HC{uuid.uuid4().hex[:6]}", f"HC{uuid.uuid4().hex[:6]}"
    p1, p2 = str(uuid.uuid4()), str(uuid.uuid4())
    await handle(sessionmaker, place_person, person_event(p1, a, 1))
    await handle(sessionmaker, place_person, person_event(p2, a, 1, category="public_employee"))
    assert await counts(sessionmaker, a, b) == [2, 0]

    await handle(sessionmaker, place_person, person_event(p1, b, 2))  # moved to b
    assert await counts(sessionmaker, a, b) == [1, 1]

    await handle(sessionmaker, place_person, person_event(p1, a, 1))  # the old version, redelivered late
    assert await counts(sessionmaker, a, b) == [1, 1]

    retired = Envelope(type="personnel.person.status_changed.v1", source="/personnel", subject=p2,
                       data={"person_id": p2, "unit_id": a, "old_status": "DANG_CONG_TAC", "status": "NGHI_HUU",
                             "is_active": False, "effective_on": "2026-11-01"})
    await handle(sessionmaker, change_status, retired)
    await handle(sessionmaker, change_status, retired)
    assert await counts(sessionmaker, a, b) == [0, 1]
    async with sessionmaker() as s:
        row = await headcount_of(s, b)
    assert (row.civil_servant, row.public_employee) == (1, 0)
