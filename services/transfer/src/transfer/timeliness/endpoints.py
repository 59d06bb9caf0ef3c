from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.app import SessionDep
from common.auth import Principal
from common.errors import FieldError, ValidationFailed
from common.exports import XLSX_MEDIA_TYPE, Column, attachment, xlsx_bytes
from common.scope import ensure_in_scope, scope_clause, subtree_of
from transfer.cases.repository import unit_names
from transfer.cases.views import days_left
from transfer.deadlines import rules as deadline_rules
from transfer.deadlines import service as deadlines
from transfer.deadlines.tables import Obligation
from transfer.deps import Reader
from transfer.timeliness import rules

router = APIRouter(prefix="/timeliness", tags=["timeliness"])
From = Annotated[date | None, Query(alias="from", description="YYYY-MM-DD; default: the first of the month")]
To = Annotated[date | None, Query(description="YYYY-MM-DD; default: today")]
UnitQ = Annotated[str | None, Query(max_length=64)]


class UnitTimeliness(BaseModel):
    rank: int
    unit_id: str
    unit_name: str | None
    due: int
    on_time: int
    late: int
    open_overdue: int
    open_not_due: int
    share_on_time: float | None
    kinds: dict[str, int]


class TimelinessReport(BaseModel):
    period_from: date
    period_to: date
    units: list[UnitTimeliness]
    due: int
    on_time: int
    late: int
    open_overdue: int


class OverdueItem(BaseModel):
    obligation_id: uuid.UUID
    kind: str
    kind_name: str
    unit_id: str
    unit_name: str | None
    label: str
    person_id: uuid.UUID | None
    case_id: uuid.UUID | None
    due_on: date
    working_days_overdue: int
    legal_basis: str


def period(from_: date | None, to: date | None) -> tuple[date, date]:
    today = clock.today()
    start, end = from_ or today.replace(day=1), to or today
    if end < start:
        raise ValidationFailed(fields=[FieldError("to", "period_reversed")])
    return start, end


async def _obligations(session: AsyncSession, principal: Principal, unit_id: str | None, start: date,
                       end: date) -> list[Obligation]:
    stmt = select(Obligation).where(Obligation.cancelled_at.is_(None), Obligation.due_on >= start,  # type: ignore[union-attr]
                                    Obligation.due_on <= end, scope_clause(principal, Obligation.unit_id))
    if unit_id:
        await ensure_in_scope(session, principal, unit_id)
        stmt = stmt.where(Obligation.unit_id.in_(subtree_of(unit_id)))  # type: ignore[attr-defined]
    return list((await session.scalars(stmt)).all())


async def report(session: AsyncSession, principal: Principal, unit_id: str | None, start: date,
                 end: date) -> TimelinessReport:
    rows = await _obligations(session, principal, unit_id, start, end)
    today = clock.today()
    tallies = rules.tally([(o.unit_id, o.kind, o.due_on, clock.vietnam_date(o.done_at) if o.done_at else None)
                           for o in rows], today)
    names = await unit_names(session, {t.unit_id for t in tallies})
    units = [UnitTimeliness(rank=i, unit_id=t.unit_id, unit_name=names.get(t.unit_id), due=t.due, on_time=t.on_time,
                            late=t.late, open_overdue=t.open_overdue, open_not_due=t.open_not_due,
                            share_on_time=t.share_on_time, kinds=t.kinds) for i, t in enumerate(tallies, start=1)]
    return TimelinessReport(period_from=start, period_to=end, units=units, due=sum(u.due for u in units),
                            on_time=sum(u.on_time for u in units), late=sum(u.late for u in units),
                            open_overdue=sum(u.open_overdue for u in units))


@router.get("")
async def timeliness(session: SessionDep, principal: Reader, from_: From = None, to: To = None,
                     unit_id: UnitQ = None) -> TimelinessReport:
    """Per unit: obligations due in the period, on time, late, open past due; ranked by share on time."""
    start, end = period(from_, to)
    return await report(session, principal, unit_id, start, end)


@router.get("/overdue")
async def overdue(session: SessionDep, principal: Reader, unit_id: UnitQ = None) -> list[OverdueItem]:
    """Every open obligation past its due date, the most overdue first."""
    today = clock.today()
    rows = [o for o in await _obligations(session, principal, unit_id, date(2000, 1, 1), today - timedelta(days=1))
            if o.done_at is None]
    calendar = await deadlines.work_calendar(session)
    names = await unit_names(session, {o.unit_id for o in rows})
    items = [OverdueItem(obligation_id=o.id, kind=o.kind,
                         kind_name=deadline_rules.OBLIGATIONS.get(o.kind, (o.kind,))[0],
                         unit_id=o.unit_id, unit_name=names.get(o.unit_id), label=o.label, person_id=o.person_id,
                         case_id=o.case_id, due_on=o.due_on,
                         working_days_overdue=-days_left(calendar, o.due_on, today), legal_basis=o.legal_basis)
             for o in rows]
    return sorted(items, key=lambda i: (i.due_on, i.unit_id))


@router.get("/export.xlsx", response_class=Response)
async def export(session: SessionDep, principal: Reader, from_: From = None, to: To = None,
                 unit_id: UnitQ = None) -> Response:
    start, end = period(from_, to)
    data = await report(session, principal, unit_id, start, end)
    title = f"Tính kịp thời cập nhật hồ sơ {start:%d.%m.%Y}-{end:%d.%m.%Y}"
    columns = [Column("rank", "Xếp hạng", 9), Column("unit_name", "Đơn vị", 40), Column("due", "Phải thực hiện", 12),
               Column("on_time", "Đúng hạn", 10), Column("late", "Trễ hạn", 10),
               Column("open_overdue", "Quá hạn chưa thực hiện", 14), Column("share", "Tỷ lệ đúng hạn (%)", 14)]
    rows = [{**u.model_dump(), "unit_name": u.unit_name or u.unit_id,
             "share": round(u.share_on_time * 100, 1) if u.share_on_time is not None else None} for u in data.units]
    return attachment(xlsx_bytes(title, columns, rows), f"{title}.xlsx", XLSX_MEDIA_TYPE)
