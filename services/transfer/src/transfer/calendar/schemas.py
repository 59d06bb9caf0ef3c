"""What the calendar answers (a public contract: other e-government systems read it too)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Reason = Literal["working_day", "weekend", "holiday", "make_up_day"]


class WorkingDaysEnd(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: dt.date = Field(alias="from", description="the triggering day (not counted)")
    count: int = Field(description="working days in the period")
    date: dt.date = Field(description="the day on which a period of `count` working days that starts the day "
                                      "after `from` ends")


class Day(BaseModel):
    date: dt.date
    working_day: bool
    reason: Reason = Field(description="working_day; weekend; holiday (a statutory or announced day off); "
                                       "make_up_day (a rest day announced as worked)")
    name: str | None = Field(description="the holiday's or the make-up day's name, in Vietnamese")
