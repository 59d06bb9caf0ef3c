"""Working days of Vietnamese state agencies (rules R-60, R-61), for every legal deadline.

The calendar is data, not code: the yearly days off and make-up working Saturdays the Government
announces come in as overrides (the org service's `holiday_calendar` catalog, seeded from
holiday_calendar_2024_2026.csv and edited by administrators). For years without overrides the statutory
holidays come from the `holidays` package (country VN), which knows Tết and substitute days but not the
make-up Saturdays."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import holidays


@cache
def _statutory(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("VN", years=year))


@dataclass(frozen=True)
class WorkCalendar:
    days_off: frozenset[date] = field(default_factory=frozenset)
    working_days: frozenset[date] = field(default_factory=frozenset)  # make-up Saturdays
    years_with_overrides: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def from_overrides(cls, rows: Iterable[tuple[date, str]]) -> WorkCalendar:
        """rows: (date, kind) with kind "day_off" or "working_day"."""
        off, work = set(), set()
        for d, kind in rows:
            (off if kind == "day_off" else work).add(d)
        return cls(frozenset(off), frozenset(work), frozenset(d.year for d in off | work))

    def is_holiday(self, d: date) -> bool:
        if d.year in self.years_with_overrides:
            return d in self.days_off  # the year's announced calendar is complete: it wins
        return d in _statutory(d.year)

    def is_working_day(self, d: date) -> bool:
        return (d.weekday() < 5 or d in self.working_days) and not self.is_holiday(d)

    def add_working_days(self, start: date, n: int) -> date:
        """The deadline of "n working days" from an event on `start`: counting starts the day after."""
        if n < 0:
            raise ValueError("n must be >= 0")
        d = start
        while n > 0:
            d += timedelta(days=1)
            if self.is_working_day(d):
                n -= 1
        return d

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many have passed since the event by the end of `end`."""
        count, d = 0, start
        while d < end:
            d += timedelta(days=1)
            count += self.is_working_day(d)
        return count

    def next_working_day(self, d: date) -> date:
        """A deadline falling on a rest day moves to the next working day (Civil Code)."""
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d
