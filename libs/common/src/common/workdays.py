"""Working days of Vietnamese state agencies (rules R-60, R-61), for every legal deadline.

The calendar is data, not code. The statutory holidays, Tết and the substitute days come from the
`holidays` package (country VN, names in Vietnamese); each year's announced days off and make-up working
Saturdays come in as overrides (the org service's `holiday_calendar` catalog, seeded from
holiday_calendar_2024_2026.csv and edited by administrators). An override adds to the statutory days, it
never replaces a year: entering one swapped day for a year keeps that year's Tết. A `working_day` override
makes a day worked (a make-up Saturday), even one the package would give off. A row of any other kind is
ignored rather than guessed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import holidays

DAY_OFF = "day_off"
WORKING_DAY = "working_day"


@cache
def _statutory(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("VN", years=year, language="vi"))


@dataclass(frozen=True)
class DayInfo:
    date: date
    working_day: bool
    reason: str  # working_day | weekend | holiday | make_up_day
    name: str | None = None  # the holiday's or the make-up day's name (Vietnamese)


@dataclass(frozen=True)
class WorkCalendar:
    days_off: frozenset[date] = field(default_factory=frozenset)
    working_days: frozenset[date] = field(default_factory=frozenset)  # make-up Saturdays
    names: dict[date, str] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_overrides(cls, rows: Iterable[tuple[date, str] | tuple[date, str, str | None]]) -> WorkCalendar:
        """rows: (date, kind[, name]) with kind "day_off" or "working_day"; the name (the announced day's
        own, e.g. "Ngày nghỉ (thay cho ngày 22/08/2026)") is what `explain` gives for that day."""
        off: set[date] = set()
        work: set[date] = set()
        names: dict[date, str] = {}
        for row in rows:
            d, kind = row[0], row[1]
            if kind not in (DAY_OFF, WORKING_DAY):
                continue
            (off if kind == DAY_OFF else work).add(d)
            if len(row) > 2 and row[2]:
                names[d] = str(row[2])
        return cls(frozenset(off), frozenset(work), names)

    def is_holiday(self, d: date) -> bool:
        return d not in self.working_days and (d in self.days_off or d in _statutory(d.year))

    def is_working_day(self, d: date) -> bool:
        if d in self.working_days:
            return True
        return d.weekday() < 5 and not self.is_holiday(d)

    def explain(self, d: date) -> DayInfo:
        """Whether `d` is worked, and why: a make-up day (a rest day announced as worked), a holiday (with
        the announced name, else the statutory one), a weekend, or an ordinary working day."""
        if d in self.working_days:
            rest_day = d.weekday() >= 5 or d in self.days_off or d in _statutory(d.year)
            return DayInfo(d, True, "make_up_day" if rest_day else "working_day", self.names.get(d))
        if self.is_holiday(d):
            return DayInfo(d, False, "holiday", self.names.get(d) or _statutory(d.year).get(d))
        if d.weekday() >= 5:
            return DayInfo(d, False, "weekend")
        return DayInfo(d, True, "working_day")

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
