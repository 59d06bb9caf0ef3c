"""Timeliness of each unit (Art. 9, 16.5, 16.6): readers see their own subtree, the Department of Home
Affairs (province-wide accounts) every unit."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from common import clock
from common.app import SessionDep
from common.audit import Audit
from common.exports import XLSX_MEDIA_TYPE, attachment
from transfer.deps import Reader
from transfer.timeliness import service
from transfer.timeliness.schemas import OverdueItem, TimelinessReport

router = APIRouter(prefix="/timeliness", tags=["timeliness"])
From = Annotated[date | None, Query(alias="from", description="YYYY-MM-DD; default: the first of the month")]
To = Annotated[date | None, Query(description="YYYY-MM-DD; default: today")]
UnitQ = Annotated[str | None, Query(max_length=64, description="a unit and its subunits")]


@router.get("")
async def timeliness(session: SessionDep, principal: Reader, from_: From = None, to: To = None,
                     unit_id: UnitQ = None) -> TimelinessReport:
    """Per unit: obligations due in the period, on time, late, open past due; ranked by share on time."""
    today = clock.today()
    start, end = service.period(from_, to, today)
    return await service.report(session, principal, unit_id=unit_id, start=start, end=end, today=today)


@router.get("/overdue")
async def overdue(session: SessionDep, principal: Reader, unit_id: UnitQ = None) -> list[OverdueItem]:
    """Every open obligation past its due date, the longest overdue first, with the working days since."""
    return await service.overdue(session, principal, unit_id=unit_id, today=clock.today())


@router.get("/export.xlsx", response_class=Response)
async def export(session: SessionDep, principal: Reader, audit: Audit, from_: From = None, to: To = None,
                 unit_id: UnitQ = None) -> Response:
    """The report as an Excel file, Vietnamese headers."""
    today = clock.today()
    start, end = service.period(from_, to, today)
    content, filename = await service.export(session, principal, unit_id=unit_id, start=start, end=end,
                                             today=today, audit=audit)
    return attachment(content, filename, XLSX_MEDIA_TYPE)
