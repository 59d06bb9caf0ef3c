from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from common.app import SessionDep
from common.auth import CurrentPrincipal
from transfer.deadlines import service as deadlines

router = APIRouter(prefix="/calendar", tags=["calendar"])


class WorkingDaysEnd(BaseModel):
    from_: dt.date = Field(alias="from", serialization_alias="from")
    count: int
    date: dt.date = Field(description="the day on which a period of `count` working days that starts the day "
                                   "after `from` ends")


class Day(BaseModel):
    date: dt.date
    working_day: bool
    reason: Literal["working_day", "weekend", "holiday", "make_up_day"]
    name: str | None = Field(description="the holiday's or the make-up day's name, in Vietnamese")


@router.get("/working-days", response_model_by_alias=True)
async def working_days(session: SessionDep, principal: CurrentPrincipal,
                       from_: Annotated[dt.date, Query(alias="from", description="YYYY-MM-DD")],
                       count: Annotated[int, Query(ge=0, le=366)]) -> WorkingDaysEnd:
    """When a period of `count` working days counted from the day after `from` ends (R-61)."""
    calendar = await deadlines.work_calendar(session)
    return WorkingDaysEnd.model_validate({"from": from_, "count": count,
                                          "date": calendar.add_working_days(from_, count)})


@router.get("/days/{day}")
async def day(day: dt.date, session: SessionDep, principal: CurrentPrincipal) -> Day:
    """Whether state agencies work on `day`, and why not (weekend, holiday, make-up day)."""
    info = (await deadlines.work_calendar(session)).explain(day)
    return Day(date=info.date, working_day=info.working_day, reason=info.reason, name=info.name)  # type: ignore[arg-type]
