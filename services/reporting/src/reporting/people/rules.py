"""Pure decisions of the read model: from which day a published state holds."""

from __future__ import annotations

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
