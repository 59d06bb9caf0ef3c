"""The use cases: the forms, a report of a unit's subtree on a reference date, its people, its files."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.errors import NotFound, invalid
from common.scope import ensure_in_scope
from reporting.reports import repository, rules, sql
from reporting.reports.definitions import Form
from reporting.reports.schemas import CellPeople, CountedPerson, FormSummary, ReportColumn, ReportPublic, ReportRow

FORMATS = ("json", "xlsx", "csv", "pdf")


def vn(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def summary(form: Form) -> FormSummary:
    title = form.title.replace(" NĂM {year}", "").replace("{year}", "")
    return FormSummary(id=form.id, form_code=form.code, title=title, description=form.description, kind=form.kind)


def list_forms(forms: dict[str, Form]) -> list[FormSummary]:
    return [summary(f) for f in forms.values()]


@dataclass
class Computed:
    form: Form
    unit_id: str
    unit_name: str
    as_of: date
    result: rules.Result
    units: dict[str, rules.UnitInfo]
    query: sql.Query


async def compute(session: AsyncSession, principal: Principal, forms: dict[str, Form], *, form_id: str,
                  unit_id: str | None, as_of: date | None, today: date) -> Computed:
    """Scope first (a unit outside it, or unknown, is 404 whatever the form), then the form, then the date."""
    unit_id = unit_id or principal.unit_id
    await ensure_in_scope(session, principal, unit_id)
    unit = await repository.unit(session, unit_id)
    if unit is None:
        raise NotFound()
    form = forms.get(form_id)
    if form is None:
        raise NotFound("report.unknown_form")
    as_of = as_of or today
    if as_of > today:
        raise invalid("as_of", "report.as_of_in_future", today=today)
    if unit.established_on is not None and as_of < unit.established_on:
        raise invalid("as_of", "report.before_unit_existed", established=unit.established_on)
    units = await repository.units(session)
    rank_groups, rank_names = await repository.ranks(session)
    query = sql.Query(as_of=as_of, selected=units[unit_id], units=units, rank_groups=rank_groups,
                      rank_names=rank_names)
    if form.kind == "list":
        result = rules.list_result(form, await sql.people(session, form, query), units=units, rank_names=rank_names)
    else:
        counts, stats = await sql.counts(session, form, query)
        result = rules.assemble(form, counts, stats, units=units, selected=units[unit_id])
    return Computed(form, unit_id, unit.name, as_of, result, units, query)


async def report(session: AsyncSession, principal: Principal, forms: dict[str, Form], *, form_id: str,
                 unit_id: str | None, as_of: date | None, today: date, audit: AuditContext) -> ReportPublic:
    c = await compute(session, principal, forms, form_id=form_id, unit_id=unit_id, as_of=as_of, today=today)
    public = await to_public(session, c)
    if c.form.kind == "list":  # names and salaries: a read of personal data
        await audit.record(session, action="read", resource_type="report", resource_id=c.form.code,
                           unit_id=c.unit_id, detail={"as_of": c.as_of.isoformat(), "people": public.people_count})
    return public


async def to_public(session: AsyncSession, c: Computed) -> ReportPublic:
    form = c.form
    columns = [ReportColumn(key=col.key, number=col.number, header=col.header, groups=list(col.groups),
                            counted=form.kind == "aggregate" and col.value is None and col.carried,
                            carried=col.carried) for col in form.columns]

    def row(r: rules.Row) -> ReportRow:
        return ReportRow(key=r.key, label=r.label, unit_id=r.unit_id, heading=r.heading, cells=r.cells)

    return ReportPublic(
        form=summary(form), title=form.title.replace("{year}", str(c.as_of.year)), issued_by=form.issued_by,
        scope_line=form.scope_line, receiver=form.receiver, row_label=form.row_label, unit_id=c.unit_id,
        unit_name=c.unit_name, as_of=c.as_of, latest_event_at=await repository.latest_event_at(session, c.as_of),
        people_count=c.result.population, columns=columns, rows=[row(r) for r in c.result.rows],
        total=row(c.result.total), notes=c.result.notes, warnings=c.result.warnings)


async def cell_people(session: AsyncSession, principal: Principal, forms: dict[str, Form], *, form_id: str,
                      unit_id: str | None, as_of: date | None, row: str, column: str, today: date,
                      audit: AuditContext) -> CellPeople:
    """The people counted in one cell (within scope, by construction: the report is of the subtree)."""
    c = await compute(session, principal, forms, form_id=form_id, unit_id=unit_id, as_of=as_of, today=today)
    col = c.form.column(column)
    if col is None:
        raise invalid("column", "report.unknown_column", column=column)
    if row != rules.TOTAL and not any(r.key == row and not r.heading for r in c.result.rows):
        raise invalid("row", "report.unknown_row")
    if c.form.kind == "list":
        if row != rules.TOTAL:
            raise invalid("row", "report.unknown_row")
        people = c.result.counted
    elif col.value is not None or not col.carried:
        raise invalid("column", "report.column_not_counted", column=col.number)
    else:
        people = await sql.people(session, c.form, c.query, column=col, row=None if row == rules.TOTAL else row)
    items = [CountedPerson(person_id=uuid.UUID(p.person_id), full_name=p.full_name, unit_id=p.unit_id,
                           unit_name=c.units[p.unit_id].name, gender=p.gender, birth_date=p.birth_date,
                           rank_code=p.rank_code, position=p.position) for p in people]
    await audit.record(session, action="read", resource_type="report_cell", resource_id=f"{c.form.code}:{col.key}",
                       unit_id=c.unit_id, detail={"as_of": c.as_of.isoformat(), "row": row, "people": len(items)})
    return CellPeople(form_id=c.form.id, unit_id=c.unit_id, as_of=c.as_of, row=row, column=col.key,
                      header=col.header, count=len(items), items=items)


async def export(session: AsyncSession, principal: Principal, forms: dict[str, Form], *, form_id: str,
                 unit_id: str | None, as_of: date | None, fmt: str, today: date,
                 audit: AuditContext) -> tuple[bytes, str, str]:
    from reporting.reports import layout

    c = await compute(session, principal, forms, form_id=form_id, unit_id=unit_id, as_of=as_of, today=today)
    public = await to_public(session, c)
    name = f"{c.form.code.replace('/', '-')}_{c.unit_id}_{c.as_of.isoformat()}"
    if fmt == "csv":
        content, filename, media = layout.csv_bytes(public), f"{name}.csv", "text/csv; charset=utf-8"
    elif fmt == "pdf":
        content = await anyio.to_thread.run_sync(lambda: layout.pdf_bytes(public, today=today))
        filename, media = f"{name}.pdf", "application/pdf"
    else:
        content, filename, media = layout.xlsx_bytes(public, today=today), f"{name}.xlsx", layout.XLSX_MEDIA_TYPE
    await audit.record(session, action="export", resource_type="report", resource_id=c.form.code, unit_id=c.unit_id,
                       detail={"as_of": c.as_of.isoformat(), "format": fmt, "people": public.people_count})
    return content, filename, media
