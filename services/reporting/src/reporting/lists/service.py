"""The use cases of ad-hoc lists: the fields, a preview, the saved definitions of a unit, their rows and
their workbook. A unit outside the account's scope, and a definition of such a unit, do not exist (404)."""

from __future__ import annotations

import os
import tempfile
import uuid
from datetime import date, datetime
from typing import Any

import xlsxwriter
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.errors import Conflict, FieldError, NotFound, ValidationFailed
from common.exports import TEXT_SAFE, sheet_name
from common.scope import ensure_in_scope
from reporting.lists import rules
from reporting.lists import sql as list_sql
from reporting.lists.schemas import (
    FieldInfo,
    FilterInfo,
    ListDefinition,
    ListDefinitionIn,
    ListFields,
    ListQuery,
    ListRows,
)
from reporting.lists.tables import SavedList
from reporting.reports import repository
from reporting.reports.dimensions import DIMENSIONS
from reporting.reports.sql import Query

PREVIEW_ROWS = 200
JSON_ROWS = 5000  # more goes to the workbook, which streams


def fields() -> ListFields:
    filters = [FilterInfo(key=k, kind="values", values=list(DIMENSIONS[k].values or ()))
               for k in rules.FILTER_DIMENSIONS]
    filters += [FilterInfo(key="age_min", kind="number"), FilterInfo(key="age_max", kind="number"),
                FilterInfo(key="name_contains", kind="text"), FilterInfo(key="rank_code", kind="codes"),
                FilterInfo(key="qualification", kind="codes"), FilterInfo(key="unit_ids", kind="codes")]
    return ListFields(columns=[_info(c) for c in rules.COLUMNS], default_columns=list(rules.DEFAULT_COLUMNS),
                      filters=filters)


def _info(key: str) -> FieldInfo:
    c = rules.COLUMNS[key]
    return FieldInfo(key=c.key, label=c.vi, label_en=c.en)


def _checked(columns: list[str], filters: dict[str, Any]) -> None:
    problems = rules.check(columns, filters)
    if problems:
        first = problems[0]
        raise ValidationFailed(first.code, fields=[FieldError(p.field, p.code, **p.params) for p in problems],
                               **first.params)


async def _query(session: AsyncSession, principal: Principal, unit_id: str | None) -> tuple[str, str, Query]:
    """Scope first (a unit outside it, or unknown, is 404), then the subtree's query on today."""
    unit_id = unit_id or principal.unit_id
    await ensure_in_scope(session, principal, unit_id)
    units = await repository.units(session)
    if unit_id not in units:
        raise NotFound()
    rank_groups, rank_names = await repository.ranks(session)
    return unit_id, units[unit_id].name, Query(as_of=clock.today(), selected=units[unit_id], units=units,
                                               rank_groups=rank_groups, rank_names=rank_names)


async def preview(session: AsyncSession, principal: Principal, body: ListQuery, audit: AuditContext) -> ListRows:
    _checked(body.columns, body.filters)
    unit_id, unit_name, q = await _query(session, principal, body.unit_id)
    return await _rows(session, q, unit_id, unit_name, body.columns, body.filters, PREVIEW_ROWS, audit, "preview")


async def _rows(session: AsyncSession, q: Query, unit_id: str, unit_name: str, columns: list[str],
                filters: dict[str, Any], limit: int, audit: AuditContext, resource_id: str) -> ListRows:
    total = await list_sql.count(session, q, filters)
    rows = await list_sql.rows(session, q, columns, filters, limit=limit)
    await audit.record(session, action="read", resource_type="adhoc_list", resource_id=resource_id, unit_id=unit_id,
                       detail={"columns": columns, "filters": filters, "people": len(rows)})
    return ListRows(unit_id=unit_id, unit_name=unit_name, columns=[_info(c) for c in columns], total=total, rows=rows,
                    truncated=len(rows) < total)


def _public(s: SavedList) -> ListDefinition:
    return ListDefinition(id=s.id, unit_id=s.unit_id, name=s.name, columns=s.columns, filters=s.filters,
                          created_by=s.created_by, created_at=s.created_at, updated_at=s.updated_at)


async def definitions(session: AsyncSession, principal: Principal, unit_id: str | None) -> list[ListDefinition]:
    unit_id = unit_id or principal.unit_id
    await ensure_in_scope(session, principal, unit_id)
    found = await session.scalars(select(SavedList).where(SavedList.unit_id == unit_id).order_by(SavedList.name))
    return [_public(s) for s in found]


async def definition(session: AsyncSession, principal: Principal, list_id: uuid.UUID) -> SavedList:
    saved = await session.get(SavedList, list_id)
    if saved is None:
        raise NotFound("list.not_found")
    try:
        await ensure_in_scope(session, principal, saved.unit_id)
    except NotFound:
        raise NotFound("list.not_found") from None
    return saved


async def create(session: AsyncSession, principal: Principal, body: ListDefinitionIn,
                 audit: AuditContext) -> ListDefinition:
    _checked(body.columns, body.filters)
    unit_id, _, _ = await _query(session, principal, body.unit_id)
    now = clock.now()
    saved = SavedList(unit_id=unit_id, name=body.name.strip(), columns=body.columns, filters=body.filters,
                      created_by=principal.username or principal.subject, created_at=now, updated_at=now)
    await _save(session, saved)
    await audit.record(session, action="create", resource_type="adhoc_list", resource_id=str(saved.id),
                       unit_id=unit_id, detail={"name": saved.name})
    return _public(saved)


async def _save(session: AsyncSession, saved: SavedList) -> None:
    try:
        async with session.begin_nested():
            session.add(saved)
            await session.flush()
    except IntegrityError:
        raise Conflict("list.name_taken", name=saved.name) from None


async def update(session: AsyncSession, principal: Principal, list_id: uuid.UUID, body: ListDefinitionIn,
                 audit: AuditContext) -> ListDefinition:
    saved = await definition(session, principal, list_id)
    _checked(body.columns, body.filters)
    if body.unit_id and body.unit_id != saved.unit_id:
        raise ValidationFailed("list.unit_fixed", fields=[FieldError("unit_id", "list.unit_fixed")])
    saved.name, saved.columns, saved.filters = body.name.strip(), body.columns, body.filters
    saved.updated_at = clock.now()
    await _save(session, saved)
    await audit.record(session, action="update", resource_type="adhoc_list", resource_id=str(saved.id),
                       unit_id=saved.unit_id, detail={"name": saved.name})
    return _public(saved)


async def delete(session: AsyncSession, principal: Principal, list_id: uuid.UUID, audit: AuditContext) -> None:
    saved = await definition(session, principal, list_id)
    await session.delete(saved)
    await audit.record(session, action="delete", resource_type="adhoc_list", resource_id=str(saved.id),
                       unit_id=saved.unit_id, detail={"name": saved.name})


async def saved_rows(session: AsyncSession, principal: Principal, list_id: uuid.UUID,
                     audit: AuditContext) -> ListRows:
    saved = await definition(session, principal, list_id)
    _checked(saved.columns, saved.filters)
    unit_id, unit_name, q = await _query(session, principal, saved.unit_id)
    return await _rows(session, q, unit_id, unit_name, saved.columns, saved.filters, JSON_ROWS, audit,
                       str(saved.id))


async def saved_xlsx(session: AsyncSession, principal: Principal, list_id: uuid.UUID,
                     audit: AuditContext) -> tuple[str, str]:
    """The saved list's workbook in a temporary file (the caller streams it, then removes it): xlsxwriter in
    constant_memory writes each row as it comes from the cursor, so the size of the list is no memory's."""
    saved = await definition(session, principal, list_id)
    _checked(saved.columns, saved.filters)
    unit_id, unit_name, q = await _query(session, principal, saved.unit_id)
    fd, path = tempfile.mkstemp(prefix="adhoc-", suffix=".xlsx")
    os.close(fd)
    count = 0
    try:
        options = {k: v for k, v in TEXT_SAFE.items() if k != "in_memory"}
        book = xlsxwriter.Workbook(path, options | {"constant_memory": True, "remove_timezone": True})
        sheet = book.add_worksheet(sheet_name(saved.name))
        bold = book.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True})
        date_fmt = book.add_format({"num_format": "dd/mm/yyyy"})
        sheet.write(0, 0, saved.name, book.add_format({"bold": True, "font_size": 13}))
        sheet.write(1, 0, f"Đơn vị: {unit_name} — ngày {clock.today().strftime('%d/%m/%Y')}")
        cols = [rules.COLUMNS[c] for c in saved.columns]
        for i, col in enumerate(cols):
            sheet.set_column(i, i, col.width)
        for i, col in enumerate(cols):
            sheet.write(2, i, col.vi, bold)
        r = 2
        async for row in list_sql.stream(session, q, saved.columns, saved.filters):
            r += 1
            for i, col in enumerate(cols):
                value = row.get(col.key)
                if isinstance(value, date) and not isinstance(value, datetime):
                    sheet.write_datetime(r, i, datetime(value.year, value.month, value.day), date_fmt)
                elif value is None:
                    sheet.write_blank(r, i, None)
                else:
                    sheet.write(r, i, value)
        count = r - 2
        sheet.freeze_panes(3, 0)
        book.close()
    except BaseException:
        os.unlink(path)
        raise
    await audit.record(session, action="export", resource_type="adhoc_list", resource_id=str(saved.id),
                       unit_id=unit_id, detail={"format": "xlsx", "people": count})
    safe = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in saved.name).strip() or "danh-sach"
    return path, f"{safe}_{unit_id}_{clock.today().isoformat()}.xlsx"
