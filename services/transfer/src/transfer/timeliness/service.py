"""Timeliness of each unit (Decision 16/2020 Art. 9, 16.5, 16.6): every obligation due in a period (cases'
steps, new records, decisions recorded), done on time, late, or open past its date; the share on time per
unit, ranked; the overdue list; the report as Excel for the Department of Home Affairs."""

from __future__ import annotations

from datetime import date

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.errors import FieldError, ValidationFailed
from common.exports import Column, xlsx_bytes
from common.scope import ensure_in_scope
from transfer.calendar import service as calendar
from transfer.deadlines.rules import OBLIGATIONS
from transfer.timeliness import repository, rules
from transfer.timeliness.schemas import OverdueItem, TimelinessReport, UnitTimeliness

COLUMNS = [Column("rank", "Xếp hạng", 9), Column("unit_id", "Mã đơn vị", 12), Column("unit_name", "Đơn vị", 40),
           Column("due", "Số việc đến hạn", 12), Column("on_time", "Đúng hạn", 10), Column("late", "Trễ hạn", 10),
           Column("open_overdue", "Quá hạn chưa thực hiện", 14), Column("open_not_due", "Chưa đến hạn", 12),
           Column("share", "Tỷ lệ đúng hạn (%)", 14)]


def vn(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def period(from_: date | None, to: date | None, today: date) -> tuple[date, date]:
    """The period asked for; by default from the first of this month to today."""
    start, end = from_ or today.replace(day=1), to or today
    if end < start:
        raise ValidationFailed(fields=[FieldError("to", "period_reversed")])
    return start, end


async def report(session: AsyncSession, principal: Principal, *, unit_id: str | None, start: date, end: date,
                 today: date) -> TimelinessReport:
    if unit_id:
        await ensure_in_scope(session, principal, unit_id)
    tallies = rules.tally(await repository.due_in(session, principal, unit_id=unit_id, start=start, end=end), today)
    names = await repository.unit_names(session, (t.unit_id for t in tallies))
    units = [UnitTimeliness(rank=t.rank, unit_id=t.unit_id, unit_name=names.get(t.unit_id), due=t.due,
                            on_time=t.on_time, late=t.late, open_overdue=t.open_overdue,
                            open_not_due=t.open_not_due, share_on_time=t.share_on_time, kinds=t.kinds)
             for t in tallies]
    on_time, late, open_overdue = (sum(u.on_time for u in units), sum(u.late for u in units),
                                   sum(u.open_overdue for u in units))
    return TimelinessReport(period_from=start, period_to=end, units=units, due=sum(u.due for u in units),
                            on_time=on_time, late=late, open_overdue=open_overdue,
                            share_on_time=rules.share(on_time, late, open_overdue))


async def overdue(session: AsyncSession, principal: Principal, *, unit_id: str | None,
                  today: date) -> list[OverdueItem]:
    if unit_id:
        await ensure_in_scope(session, principal, unit_id)
    rows = await repository.overdue(session, principal, unit_id=unit_id, today=today)
    work = await calendar.current(session)
    names = await repository.unit_names(session, (o.unit_id for o in rows))
    return [OverdueItem(obligation_id=o.id, kind=o.kind, kind_name=OBLIGATIONS.get(o.kind, (o.kind,))[0],
                        unit_id=o.unit_id, unit_name=names.get(o.unit_id), label=o.label, person_id=o.person_id,
                        case_id=o.case_id, trigger_on=o.trigger_on, due_on=o.due_on,
                        working_days_overdue=work.working_days_between(o.due_on, today), legal_basis=o.legal_basis)
            for o in rows]


async def export(session: AsyncSession, principal: Principal, *, unit_id: str | None, start: date, end: date,
                 today: date, audit: AuditContext) -> tuple[bytes, str]:
    """The report as an Excel sheet with Vietnamese headers; audited as an export."""
    data = await report(session, principal, unit_id=unit_id, start=start, end=end, today=today)
    title = f"Tình hình cập nhật hồ sơ đúng hạn từ ngày {vn(start)} đến ngày {vn(end)}"
    rows = [{**u.model_dump(), "unit_name": u.unit_name or u.unit_id,
             "share": round(u.share_on_time * 100, 1) if u.share_on_time is not None else None} for u in data.units]
    rows.append({"unit_name": "Toàn bộ", "due": data.due, "on_time": data.on_time, "late": data.late,
                 "open_overdue": data.open_overdue, "open_not_due": sum(u.open_not_due for u in data.units),
                 "share": round(data.share_on_time * 100, 1) if data.share_on_time is not None else None})
    await audit.record(session, action="export", resource_type="timeliness_report", unit_id=unit_id,
                       detail={"format": "xlsx", "from": start.isoformat(), "to": end.isoformat(),
                               "unit_id": unit_id, "units": len(data.units)})
    content = await anyio.to_thread.run_sync(xlsx_bytes, title, COLUMNS, rows)
    return content, f"Tính kịp thời cập nhật hồ sơ {start:%d-%m-%Y} đến {end:%d-%m-%Y}.xlsx"
