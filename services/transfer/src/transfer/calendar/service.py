"""The working-day calendar the deadlines count with: the statutory holidays (common.workdays) and the
catalog copy's holiday calendar (each year's announced days off and make-up Saturdays, kept current by
org's `org.catalog_item.changed.v1` events).

Built once and kept in the process for `TTL` seconds per database; a catalog change this process applies
drops it as soon as its transaction commits (`forget_after_commit`), so a change is seen at once here and
within `TTL` by another process (a separate `python -m transfer.worker`)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import date

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

from common.catalogs import items_of
from common.workdays import WorkCalendar
from transfer.calendar.schemas import Day, WorkingDaysEnd

HOLIDAY_CATALOG = "holiday_calendar_2024_2026"
TTL = 60.0


class CalendarCache:
    """One built calendar per database, for `ttl` seconds of `clock` (monotonic; a test passes its own)."""

    def __init__(self, ttl: float = TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.clock = ttl, clock
        self._built: dict[str, tuple[float, WorkCalendar]] = {}
        self._generation = 0

    async def get(self, key: str, build: Callable[[], Awaitable[WorkCalendar]]) -> WorkCalendar:
        held = self._built.get(key)
        if held is not None and self.clock() - held[0] < self.ttl:
            return held[1]
        started, generation = self.clock(), self._generation
        calendar = await build()
        if generation == self._generation:  # not forgotten while it was being built from older data
            self._built[key] = (started, calendar)
        return calendar

    def forget(self) -> None:
        self._generation += 1
        self._built.clear()


CACHE = CalendarCache()


async def load(session: AsyncSession) -> WorkCalendar:
    """The calendar as this session sees the catalog copy now (its own uncommitted changes included)."""
    rows = await items_of(session, [HOLIDAY_CATALOG])
    return WorkCalendar.from_overrides(
        (day, str(r.attributes.get("kind", "day_off")), r.name) for r in rows
        if r.active and (day := as_date(r.code)) is not None)


def as_date(code: str) -> date | None:
    """An item's code is its day (YYYY-MM-DD); an item whose code is not a day is no day of the calendar."""
    try:
        return date.fromisoformat(code.strip())
    except ValueError:
        return None


async def current(session: AsyncSession) -> WorkCalendar:
    """The calendar, from the cache when it is fresh."""
    return await CACHE.get(str(session.get_bind().url), lambda: load(session))


def forget_after_commit(session: AsyncSession) -> None:
    """Drop the cached calendars once this session's transaction has committed the catalog change."""
    event.listen(session.sync_session, "after_commit", lambda _session: CACHE.forget(), once=True)


async def working_days_end(session: AsyncSession, *, start: date, count: int) -> WorkingDaysEnd:
    """When a period of `count` working days counted from the day after `start` ends (R-61)."""
    calendar = await current(session)
    return WorkingDaysEnd.model_validate({"from": start, "count": count,
                                          "date": calendar.add_working_days(start, count)})


async def day(session: AsyncSession, d: date) -> Day:
    info = (await current(session)).explain(d)
    return Day.model_validate({"date": info.date, "working_day": info.working_day, "reason": info.reason,
                               "name": info.name})
