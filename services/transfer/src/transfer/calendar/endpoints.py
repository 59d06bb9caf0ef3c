"""The state agencies' working-day calendar over HTTP, for any signed-in account, other e-government
systems' service accounts included."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query

from common.app import SessionDep
from common.auth import CurrentPrincipal
from transfer.calendar import service
from transfer.calendar.schemas import Day, WorkingDaysEnd

router = APIRouter(prefix="/calendar", tags=["calendar"])

# The years the calendar answers for: the statutory holidays are known for them, and a period of 366
# working days from the last of them still fits in a date.
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


@router.get("/working-days")
async def working_days(session: SessionDep, principal: CurrentPrincipal,
                       from_: Annotated[dt.date, Query(alias="from", ge=FIRST_DAY, le=LAST_DAY,
                                                       description="YYYY-MM-DD, the triggering day")],
                       count: Annotated[int, Query(ge=0, le=366, description="working days")]) -> WorkingDaysEnd:
    """The day on which a period of `count` working days, starting the day after `from`, ends (R-61)."""
    return await service.working_days_end(session, start=from_, count=count)


@router.get("/days/{day}")
async def day(session: SessionDep, principal: CurrentPrincipal,
              day: Annotated[dt.date, Path(ge=FIRST_DAY, le=LAST_DAY, description="YYYY-MM-DD")]) -> Day:
    """Whether state agencies work on `day`, and why (weekend, a holiday and its name, a make-up day)."""
    return await service.day(session, day)
