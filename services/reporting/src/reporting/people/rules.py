"""Pure decisions of the read model: from which day a published state holds, and a person's periods at work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from common import clock


def valid_from(*, version: int, approved_at: datetime | None, event_time: datetime,
               first_recruited_on: date | None) -> date:
    """The day a version starts to hold. An approved change holds from the day it was approved (the
    person events carry no effective date of their own); the first version also describes the person
    before the record was entered, so it holds from the first recruitment when that is earlier."""
    approved = clock.vietnam_date(approved_at or event_time)
    if version == 1 and first_recruited_on is not None and first_recruited_on < approved:
        return first_recruited_on
    return approved


@dataclass(frozen=True)
class VersionFact:
    version: int
    valid_from: date
    is_active: bool


@dataclass(frozen=True)
class StatusAt:
    effective_on: date
    event_time: datetime
    event_id: str
    is_active: bool


@dataclass(frozen=True)
class Period:
    """From valid_from (inclusive) to valid_to (exclusive; None: still), this version holds and the person
    is at work."""

    valid_from: date
    valid_to: date | None
    version: int


def periods(versions: list[VersionFact], statuses: list[StatusAt]) -> list[Period]:
    """A person's time at work, cut where the version or the status changes: on any date D, the version is
    the highest with valid_from <= D and the person is at work by the latest status with effective_on <= D
    (ties by the event's time, then id), or by the version's own status when no status has started."""
    days = sorted({v.valid_from for v in versions} | {s.effective_on for s in statuses})
    ordered = sorted(statuses, key=lambda s: (s.effective_on, s.event_time, s.event_id))
    segments: list[tuple[date, int | None]] = []  # (from, version at work or None)
    for day in days:
        started = [v for v in versions if v.valid_from <= day]
        if not started:
            segments.append((day, None))
            continue
        version = max(started, key=lambda v: v.version)
        status = [s for s in ordered if s.effective_on <= day]
        active = status[-1].is_active if status else version.is_active
        segments.append((day, version.version if active else None))
    out: list[Period] = []
    for i, (day, version) in enumerate(segments):
        if version is None:
            continue
        end = segments[i + 1][0] if i + 1 < len(segments) else None
        if out and out[-1].version == version and out[-1].valid_to == day:
            out[-1] = Period(out[-1].valid_from, end, version)
        else:
            out.append(Period(day, end, version))
    return out
