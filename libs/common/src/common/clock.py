"""The one clock: what time and what day it is, in Vietnam.

The law counts days in Vietnam's time zone (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): a decision
recorded at 06:30 on 2026-03-02 in Hà Nội is recorded on 2 March even though UTC still says 1 March.
Every date rule and every "not in the future" check asks `today()`; timestamps stored in the database
come from `utcnow()`. Tests move the clock with `frozen(...)` instead of patching the standard library."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

# A context variable rather than a module global: a frozen clock in one test task leaves others alone.
_source: ContextVar[Callable[[], datetime] | None] = ContextVar("clock_source", default=None)


def now() -> datetime:
    """The current moment, aware, in Vietnam's time zone."""
    source = _source.get()
    moment = source() if source is not None else datetime.now(UTC)
    return moment.astimezone(VIETNAM)


def utcnow() -> datetime:
    """The current moment, aware, in UTC (what timestamp columns store)."""
    return now().astimezone(UTC)


def today() -> date:
    """Today's date in Vietnam."""
    return now().date()


def vietnam_date(moment: datetime) -> date:
    """The Vietnamese calendar day of an aware moment (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM).date()


def start_of_day(day: date) -> datetime:
    """Midnight at the start of `day` in Vietnam, aware."""
    return datetime.combine(day, time.min, tzinfo=VIETNAM)


@contextlib.contextmanager
def frozen(at: datetime | date) -> Iterator[None]:
    """Within the block, now() is `at` (a date means 09:00 that day in Vietnam; a naive datetime is
    Vietnam's local time)."""
    if isinstance(at, datetime):
        moment = at if at.tzinfo is not None else at.replace(tzinfo=VIETNAM)
    else:
        moment = datetime.combine(at, time(9, 0), tzinfo=VIETNAM)
    token = _source.set(lambda: moment)
    try:
        yield
    finally:
        _source.reset(token)
