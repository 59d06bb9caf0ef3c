"""The calendar is built once per database and kept a short while; a catalog change drops it (pure: the
cache's clock is a counter the test moves)."""

from __future__ import annotations

from datetime import date

from common.workdays import WorkCalendar
from transfer.calendar.service import CalendarCache


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def builder(calendars: list[WorkCalendar]):  # type: ignore[no-untyped-def]
    built: list[int] = []

    async def build() -> WorkCalendar:
        built.append(1)
        return calendars[len(built) - 1]

    return build, built


OLD = WorkCalendar()
NEW = WorkCalendar.from_overrides([(date(2027, 3, 15), "day_off", "Nghỉ")])


async def test_the_calendar_is_built_once_while_fresh_and_again_once_stale():
    clock = Clock()
    cache = CalendarCache(ttl=60, clock=clock)
    build, built = builder([OLD, NEW])
    assert await cache.get("db", build) is OLD
    clock.now = 59
    assert await cache.get("db", build) is OLD and len(built) == 1
    clock.now = 60
    assert await cache.get("db", build) is NEW and len(built) == 2


async def test_a_catalog_change_drops_the_calendar_at_once():
    cache = CalendarCache(ttl=60, clock=Clock())
    build, built = builder([OLD, NEW])
    await cache.get("db", build)
    cache.forget()
    assert await cache.get("db", build) is NEW and len(built) == 2


async def test_each_database_has_its_own_calendar():
    cache = CalendarCache(ttl=60, clock=Clock())
    build_a, _ = builder([OLD])
    build_b, _ = builder([NEW])
    assert await cache.get("a", build_a) is OLD
    assert await cache.get("b", build_b) is NEW
    assert await cache.get("a", build_a) is OLD


async def test_a_calendar_built_while_a_change_was_committed_is_not_kept():
    cache = CalendarCache(ttl=60, clock=Clock())
    calls: list[int] = []

    async def build_during_change() -> WorkCalendar:
        calls.append(1)
        if len(calls) == 1:
            cache.forget()  # the change commits while the first build reads the older rows
            return OLD
        return NEW

    assert await cache.get("db", build_during_change) is OLD
    assert await cache.get("db", build_during_change) is NEW
