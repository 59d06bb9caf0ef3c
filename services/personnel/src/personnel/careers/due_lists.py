"""Due lists (issue 12, item 3): who is due a step raise, a beyond-frame rate, retirement or the end of an
appointment term, per unit subtree and month.

Each person's due dates are computed by the same functions as GET /persons/{id}/due-dates (service._salary_due,
service._terms, rules.retirement) and kept in due_entry, one row per person and kind:

- refreshed in the transaction that publishes a version, records a status event or a retirement override
  (careers.stale);
- computed again for everyone by `python -m personnel.careers.due_lists rebuild` (after a catalog or a rule
  table changes; a nightly run also moves the non-counted time of people still in such a status to today).

The lists read due_entry alone, scoped in SQL to the account's unit subtree."""

from __future__ import annotations

import argparse
import asyncio
import calendar as month_calendar
import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from fastapi import Response
from pydantic import ValidationError
from sqlalchemy import String, and_, any_, delete, func, insert, literal, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.catalogs import rows_of
from common.db import utcnow
from common.errors import invalid
from common.exports import XLSX_MEDIA_TYPE, Column, attachment, xlsx_bytes
from common.scope import UnitNode
from common.workdays import WorkCalendar
from personnel.careers import reference, rules, service
from personnel.careers.schemas import DueListItem, DueListPage
from personnel.careers.tables import DueEntry, RetirementOverride
from personnel.persons.tables import Person, StatusEvent
from personnel.profiles.schema import Profile

log = logging.getLogger(__name__)

KINDS = ("raise", "beyond_frame", "retirement", "term")
CATALOGS = ("salary_grades", "ranks", "retirement_age_by_year", service.HOLIDAY_CATALOG)
TERM_WINDOW_DAYS = 120  # the list of terms without a month shows those within the warning window
EXPORT_CAP = 100_000


# ---------------------------------------------------------------------------------------------------------
# Computing a person's rows


@dataclass
class Inputs:
    """The catalog rows the rules judge by, read once for a refresh or a rebuild."""

    found: dict[str, list[Any]]
    by_birth_month: dict[str, Any]
    data: reference.RuleData
    calendar: WorkCalendar

    @classmethod
    def of(cls, items: Iterable[Any]) -> Inputs:
        found: dict[str, list[Any]] = {name: [] for name in CATALOGS}
        by_birth_month = {}
        for item in items:
            if item.catalog == "retirement_age":
                by_birth_month[item.code] = item
            else:
                found[item.catalog].append(item)
        cal = WorkCalendar.from_overrides(
            (day, str(i.attributes.get("kind") or "day_off"), i.name) for i in found[service.HOLIDAY_CATALOG]
            if (day := service._as_date(i.code)) is not None)
        return cls(found, by_birth_month, reference.rule_data(), cal)


_INPUTS: list[tuple[list[Any], Inputs]] = []  # the last Inputs, with the rows they were built from


def load_inputs(sync: Session) -> Inputs:
    """The rules' inputs; built again only when the catalogs changed (rows_of keeps the same rows)."""
    rows = rows_of(sync, [*CATALOGS, "retirement_age"], True)
    if _INPUTS and _INPUTS[0][0] is rows:
        return _INPUTS[0][1]
    inputs = Inputs.of(rows)
    _INPUTS[:] = [(rows, inputs)]
    return inputs


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def entries(person: Person, *, inputs: Inputs, override: RetirementOverride | None,
            events: Sequence[tuple[date, str]], today: date) -> list[dict[str, Any]]:
    """The due rows of one person (dicts of due_entry's columns): none for a record never approved, a
    person who left, or a record the rules cannot read (its problems are on GET /persons/{id}/due-dates)."""
    if person.version == 0 or not person.is_active or not person.profile:
        return []
    try:
        profile = Profile.model_validate(person.profile)
    except ValidationError:
        return []
    problems = service._Problems("vi")
    ident = profile.identity
    retirement = None
    found = inputs.found
    if ident.gender in rules.GENDER_WORD and found["retirement_age_by_year"] and ident.birth_date:
        row = inputs.by_birth_month.get(f"{rules.GENDER_WORD[ident.gender]}:"
                                        f"{ident.birth_date.year:04d}-{ident.birth_date.month:02d}")
        ages = reference.retirement_ages(found["retirement_age_by_year"], [row] if row else [])
        rule_override = (rules.RetirementOverride(override.retirement_date, override.kind,  # type: ignore[arg-type]
                                                  override.legal_basis)
                         if override is not None and override.retirement_date is not None else None)
        try:
            retirement = rules.retirement(gender=ident.gender, birth_date=ident.birth_date, ages=ages,
                                          params=inputs.data.params, override=rule_override)
        except rules.RuleNotInForce:
            retirement = None
    base = {"person_id": person.id, "unit_id": person.unit_id, "full_name": person.full_name[:120],
            "birth_date": ident.birth_date}
    out = []
    if retirement is not None:
        out.append({**base, "kind": "retirement", "due_on": retirement.retirement_date, "details": {
            "retirement_date": retirement.retirement_date.isoformat(),
            "pension_from": retirement.pension_from.isoformat(),
            "notice_due": retirement.notice_due.isoformat(), "decision_due": retirement.decision_due.isoformat(),
            "age_months": retirement.age_months, "source": retirement.source, "gender": ident.gender,
            "position": person.position}})
    if not found["ranks"] or not found["salary_grades"]:
        salary = None
    else:
        salary = service._salary_due(profile, found=found, data=inputs.data, calendar=inputs.calendar,
                                     retirement=retirement, events=list(events), today=today, problems=problems)
    if salary is not None:
        details = {k: _iso(v) for k, v in salary.model_dump(
            include={"rank_code", "salary_group", "step", "held_since", "next_step", "beyond_frame_percent",
                     "period_months", "extension_months", "non_counted_months", "early_before_retirement"}).items()}
        for key in ("coefficient", "next_coefficient"):
            value = getattr(salary, key)
            details[key] = str(value) if value is not None else None
        details["position"] = person.position
        out.append({**base, "kind": "raise" if salary.kind == "step_raise" else "beyond_frame",
                    "due_on": salary.due_on, "details": details})
    for term in service._terms(profile, data=inputs.data, calendar=inputs.calendar, retirement=retirement,
                               today=today, problems=problems):
        out.append({**base, "kind": "term", "due_on": term.term_end, "details": {
            "position": term.position, "term_start": term.term_start.isoformat(),
            "warn_from": term.warn_from.isoformat(), "procedure_start_by": term.procedure_start_by.isoformat(),
            "decision_due_by": _iso(term.decision_due_by), "at_term_end": term.at_term_end,
            "remaining_months_at_term_end": term.remaining_months_at_term_end}})
        break  # one current term per person (the profile keeps one)
    return out


def _write(sync: Session, person_ids: Sequence[uuid.UUID], rows: list[dict[str, Any]]) -> None:
    sync.execute(delete(DueEntry).where(DueEntry.person_id.in_(person_ids)))  # type: ignore[attr-defined]
    if rows:
        now = utcnow()
        sync.execute(insert(DueEntry), [{**r, "computed_at": now} for r in rows])


def _overrides(sync: Session, person_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, RetirementOverride | None]:
    stmt = (select(RetirementOverride).where(RetirementOverride.person_id.in_(person_ids))  # type: ignore[attr-defined]
            .order_by(RetirementOverride.recorded_at))  # type: ignore[arg-type]
    latest: dict[uuid.UUID, RetirementOverride | None] = {}
    for row in sync.scalars(stmt).all():
        latest[row.person_id] = row if row.retirement_date is not None else None
    return latest


def _events(sync: Session, person_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[tuple[date, str]]]:
    stmt = (select(StatusEvent.person_id, StatusEvent.effective_on, StatusEvent.status)
            .where(StatusEvent.person_id.in_(person_ids))  # type: ignore[attr-defined]
            .order_by(StatusEvent.effective_on, StatusEvent.recorded_at))  # type: ignore[arg-type]
    out: dict[uuid.UUID, list[tuple[date, str]]] = {}
    for pid, on, status in sync.execute(stmt).all():
        out.setdefault(pid, []).append((on, status))
    return out


def _compute(persons: Sequence[Person], *, inputs: Inputs, overrides: dict, events: dict,
             today: date) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for person in persons:
        try:
            rows.extend(entries(person, inputs=inputs, override=overrides.get(person.id),
                                events=events.get(person.id, []), today=today))
        except Exception:  # a record the rules trip on must not stop an approval; its due dates show the problem
            log.exception("due dates of person %s not computed", person.id)
    return rows


def refresh_sync(sync: Session, person_ids: Sequence[uuid.UUID], inputs: Inputs | None = None) -> int:
    """Compute again the due rows of these people, in the caller's transaction; returns the rows written."""
    inputs = inputs or load_inputs(sync)
    persons = [p for pid in person_ids if (p := sync.get(Person, pid)) is not None]
    rows = _compute(persons, inputs=inputs, overrides=_overrides(sync, person_ids),
                    events=_events(sync, person_ids), today=clock.today())
    _write(sync, person_ids, rows)
    return len(rows)


async def refresh(session: AsyncSession, person_ids: Sequence[uuid.UUID]) -> int:
    return await session.run_sync(refresh_sync, person_ids)


def rebuild_batch(sync: Session, inputs: Inputs, after: uuid.UUID | None, batch: int,
                  today: date) -> tuple[list[uuid.UUID], int]:
    """The rows of the next `batch` people by id after `after`, replacing theirs; returns (ids, rows)."""
    stmt = select(Person).order_by(Person.id).limit(batch)  # type: ignore[arg-type]
    if after is not None:
        stmt = stmt.where(Person.id > after)  # type: ignore[arg-type, operator]
    persons = list(sync.scalars(stmt).all())
    ids = [p.id for p in persons]
    if not ids:
        return ids, 0
    rows = _compute(persons, inputs=inputs, overrides=_overrides(sync, ids), events=_events(sync, ids), today=today)
    _write(sync, ids, rows)
    sync.expunge_all()
    return ids, len(rows)


async def rebuild(session: AsyncSession, *, batch: int = 2000, commit_each_batch: bool = False) -> tuple[int, int]:
    """Every person's rows again, in batches by id; returns (people, rows). Each person's rows are replaced
    at once, so the lists stay whole while it runs; with commit_each_batch (the command) a province of
    millions is not one long transaction. People are never deleted, so no row is left over."""
    inputs = await session.run_sync(load_inputs)
    today = clock.today()
    after: uuid.UUID | None = None
    people = written = 0
    while True:
        ids, rows = await session.run_sync(rebuild_batch, inputs, after, batch, today)
        if not ids:
            return people, written
        if commit_each_batch:
            await session.commit()
        people, written, after = people + len(ids), written + rows, ids[-1]


# ---------------------------------------------------------------------------------------------------------
# Reading the lists


@dataclass(frozen=True)
class Window:
    kind: str
    start: date
    end: date


def month_bounds(text: str) -> tuple[date, date]:
    try:
        year, month = (int(p) for p in text.split("-"))
        if len(text) != 7 or not 1900 <= year <= 2199:
            raise ValueError(text)
        first = date(year, month, 1)
    except ValueError as exc:
        raise invalid("month", "due_list.bad_month") from exc
    return first, first.replace(day=month_calendar.monthrange(year, month)[1])


def window(kind: str, *, month: str | None, within_months: int | None, today: date) -> Window:
    """The due dates a list covers: the month asked for; else, for retirement, from today to N months on
    (12 by default); for terms, from today to the warning window's end (R-31: 120 days); for raises, the
    current month."""
    if kind not in KINDS:
        raise invalid("kind", "due_list.unknown_kind")
    if within_months is not None and not 1 <= within_months <= 120:
        raise invalid("within_months", "due_list.bad_within_months")
    if month:
        start, end = month_bounds(month)
    elif kind == "retirement" or within_months is not None:
        start, end = today, rules.add_months(today, within_months or 12)
    elif kind == "term":
        start, end = today, today + timedelta(days=TERM_WINDOW_DAYS)
    else:
        start, end = month_bounds(f"{today:%Y-%m}")
    return Window(kind, start, end)


async def _units(session: AsyncSession, unit: str) -> list[str]:
    stmt = select(UnitNode.unit_id).where(UnitNode.path.contains([unit]))  # type: ignore[attr-defined]
    return list((await session.scalars(stmt)).all())


async def _where(session: AsyncSession, principal: Principal, w: Window, unit_id: str | None) -> list[Any] | None:
    """The conditions on due_entry, or None when the unit asked for is outside the scope (nothing to list)."""
    where: list[Any] = [DueEntry.kind == w.kind, DueEntry.due_on >= w.start, DueEntry.due_on <= w.end]  # type: ignore[arg-type]
    units: set[str] | None = None
    if not principal.is_province_wide:
        units = set(await _units(session, principal.unit_id))
    if unit_id:
        asked = set(await _units(session, unit_id))
        units = asked if units is None else units & asked
    if units is not None:
        if not units:
            return None
        where.append(DueEntry.unit_id == any_(literal(sorted(units), ARRAY(String(64)))))
    return where


async def list_page(session: AsyncSession, principal: Principal, w: Window, *, unit_id: str | None, page: int,
               size: int) -> tuple[list[Any], int]:
    """One page of the list in due-date then name order, and the count."""
    where = await _where(session, principal, w, unit_id)
    if where is None:
        return [], 0
    total = await session.scalar(select(func.count()).select_from(DueEntry).where(and_(*where)))
    rows = await _rows(session, where, offset=(page - 1) * size, limit=size)
    return rows, int(total or 0)


async def every_row(session: AsyncSession, principal: Principal, w: Window, *, unit_id: str | None) -> list[Any]:
    where = await _where(session, principal, w, unit_id)
    return [] if where is None else await _rows(session, where, offset=0, limit=EXPORT_CAP)


async def _rows(session: AsyncSession, where: list[Any], *, offset: int, limit: int) -> list[Any]:
    stmt = (select(DueEntry, UnitNode.name.label("unit_name"))  # type: ignore[attr-defined]
            .outerjoin(UnitNode, UnitNode.unit_id == DueEntry.unit_id)  # type: ignore[arg-type]
            .where(and_(*where))
            .order_by(DueEntry.due_on, DueEntry.full_name, DueEntry.person_id)  # type: ignore[arg-type]
            .offset(offset).limit(limit))
    return list((await session.execute(stmt)).all())


def state(kind: str, due_on: date, details: dict[str, Any], today: date) -> str:
    """Where the case stands today: a term running, in its warning window, overdue (R-31) or ended; a
    retirement upcoming, its notice or its decision due (R-21) or past; a raise upcoming or past due."""
    if kind == "term":
        warn = date.fromisoformat(details["warn_from"])
        start_by = date.fromisoformat(details["procedure_start_by"])
        return ("ended" if today > due_on else "overdue" if today >= start_by else "warning" if today >= warn
                else "running")
    if kind == "retirement":
        if today > due_on:
            return "past"
        if today > date.fromisoformat(details["decision_due"]):
            return "decision_overdue"
        if today > date.fromisoformat(details["notice_due"]):
            return "notice_overdue"
        return "upcoming"
    return "past_due" if due_on < today else "upcoming"


# ---------------------------------------------------------------------------------------------------------
# The use cases behind the routes

DUE_TITLES = {"raise": "Danh sách đến hạn nâng bậc lương thường xuyên",
              "beyond_frame": "Danh sách đến hạn nâng phụ cấp thâm niên vượt khung",
              "retirement": "Danh sách đến tuổi nghỉ hưu",
              "term": "Danh sách hết nhiệm kỳ giữ chức vụ"}
STATE_LABELS = {"upcoming": "Sắp đến hạn", "past_due": "Đã quá hạn", "notice_overdue": "Quá hạn thông báo",
                "decision_overdue": "Quá hạn ra quyết định", "past": "Đã qua ngày nghỉ hưu",
                "running": "Trong nhiệm kỳ", "warning": "Sắp hết nhiệm kỳ (cảnh báo)",
                "overdue": "Quá hạn bắt đầu quy trình bổ nhiệm lại", "ended": "Đã hết nhiệm kỳ"}


async def due_list(session: AsyncSession, principal: Principal, *, kind: str, unit_id: str | None,
                   month: str | None, within_months: int | None, page: int, size: int) -> DueListPage:
    today = clock.today()
    w = window(kind, month=month, within_months=within_months, today=today)
    rows, total = await list_page(session, principal, w, unit_id=unit_id, page=page, size=size)
    return DueListPage(kind=w.kind, date_from=w.start, date_to=w.end, as_of=today, total=total,  # type: ignore[arg-type]
                       items=[_due_item(r, today) for r in rows])


def _due_item(row: Any, today: date) -> DueListItem:
    e = row.DueEntry
    return DueListItem(person_id=e.person_id, full_name=e.full_name, birth_date=e.birth_date, unit_id=e.unit_id,
                       unit_name=row.unit_name, kind=e.kind, due_on=e.due_on,
                       state=state(e.kind, e.due_on, e.details, today), details=e.details)


def _d(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _columns(kind: str) -> list[Column]:
    first = [Column("no", "STT", 6), Column("full_name", "Họ và tên", 26), Column("birth_date", "Ngày sinh", 12),
             Column("unit_name", "Đơn vị", 34), Column("position", "Chức vụ", 24)]
    last = [Column("state", "Tình trạng", 26)]
    if kind == "raise":
        middle = [Column("rank_code", "Mã ngạch", 10), Column("step", "Bậc hiện hưởng", 10),
                  Column("coefficient", "Hệ số hiện hưởng", 10), Column("held_since", "Ngày hưởng", 12),
                  Column("next_step", "Bậc mới", 10), Column("next_coefficient", "Hệ số mới", 10),
                  Column("due_on", "Ngày đến hạn nâng lương", 14), Column("extension_months", "Kéo dài (tháng)", 10),
                  Column("non_counted_months", "Thời gian không tính (tháng)", 12)]
    elif kind == "beyond_frame":
        middle = [Column("rank_code", "Mã ngạch", 10), Column("step", "Bậc cuối", 10),
                  Column("coefficient", "Hệ số", 10), Column("held_since", "Ngày hưởng", 12),
                  Column("beyond_frame_percent", "Mức vượt khung mới (%)", 12),
                  Column("due_on", "Ngày đến hạn", 14), Column("extension_months", "Kéo dài (tháng)", 10)]
    elif kind == "retirement":
        middle = [Column("gender", "Giới tính", 10), Column("due_on", "Ngày nghỉ hưu", 14),
                  Column("pension_from", "Hưởng lương hưu từ", 14), Column("notice_due", "Hạn thông báo", 14),
                  Column("decision_due", "Hạn ra quyết định", 14)]
    else:
        middle = [Column("term_start", "Ngày bắt đầu nhiệm kỳ", 14), Column("due_on", "Ngày hết nhiệm kỳ", 14),
                  Column("warn_from", "Cảnh báo từ", 14), Column("procedure_start_by", "Hạn bắt đầu quy trình", 14),
                  Column("decision_due_by", "Hạn ra quyết định", 14)]
    return first + middle + last


async def export_due_list(session: AsyncSession, principal: Principal, *, kind: str, unit_id: str | None,
                          month: str | None, within_months: int | None, audit: AuditContext) -> Response:
    today = clock.today()
    w = window(kind, month=month, within_months=within_months, today=today)
    rows = await every_row(session, principal, w, unit_id=unit_id)
    out = []
    for n, row in enumerate(rows, start=1):
        e, d = row.DueEntry, row.DueEntry.details
        line = {**d, "no": n, "full_name": e.full_name, "birth_date": e.birth_date, "unit_name": row.unit_name,
                "due_on": e.due_on, "state": STATE_LABELS.get(state(e.kind, e.due_on, d, today), "")}
        for key in ("held_since", "pension_from", "notice_due", "decision_due", "term_start", "warn_from",
                    "procedure_start_by", "decision_due_by"):
            line[key] = _d(d.get(key))
        if kind == "retirement":
            line["gender"] = {"1": "Nam", "2": "Nữ"}.get(str(d.get("gender")), "")
        out.append(line)
    title = f"{DUE_TITLES[kind]} ({w.start:%d/%m/%Y} - {w.end:%d/%m/%Y})"
    await audit.record(session, action="export", resource_type="due_list", resource_id=kind,
                       unit_id=unit_id or principal.unit_id,
                       detail={"kind": kind, "from": w.start.isoformat(), "to": w.end.isoformat(), "rows": len(out)})
    return attachment(xlsx_bytes(title, _columns(kind), out), f"{DUE_TITLES[kind]} {w.start:%Y-%m}.xlsx",
                      XLSX_MEDIA_TYPE)


# ---------------------------------------------------------------------------------------------------------
# The command


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m personnel.careers.due_lists",
                                     description="Compute every person's due dates again (the due lists' table).")
    parser.add_argument("command", choices=["rebuild"])
    parser.add_argument("--url", help="the personnel database (default: the service's setting)")
    args = parser.parse_args(argv)

    async def run() -> None:
        from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

        from personnel.config import PersonnelSettings

        engine = create_async_engine(args.url or PersonnelSettings().database_url)
        try:
            async with async_sessionmaker(engine, expire_on_commit=False)() as session:
                people, written = await rebuild(session, commit_each_batch=True)
                await session.commit()
        finally:
            await engine.dispose()
        print(f"due dates of {people} people computed again: {written} rows")

    asyncio.run(run())


if __name__ == "__main__":
    main()
