"""The engine (pure): a form, a reference date, the people of a unit's subtree on that date -> the cells
of the form, the people behind each cell, the form's own checks and the notes a reader needs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reporting.reports.definitions import Form, FormColumn
from reporting.reports.dimensions import DIMENSIONS, PersonOn, values_of

TOTAL = "total"
LEVEL_ORDER = {"province": 0, "department": 1, "unit": 2, "other": 3, "district": 4, "commune": 5}


@dataclass(frozen=True)
class UnitInfo:
    unit_id: str
    name: str
    path: tuple[str, ...]
    management_level: str | None


@dataclass
class Row:
    key: str  # the row's unit id (aggregate), the person's id (list) or "total"
    label: str
    unit_id: str | None = None
    cells: dict[str, Any] = field(default_factory=dict)
    people: dict[str, list[str]] = field(default_factory=dict)  # column key -> person ids counted
    heading: bool = False  # a unit heading line of a list form


@dataclass
class Result:
    rows: list[Row]
    total: Row
    notes: list[str]
    warnings: list[str]
    counted: list[PersonOn]  # everyone in the form's population (when the people were read)
    population: int = 0  # how many people the form counts


def unit_level(unit: UnitInfo | None, units: dict[str, UnitInfo]) -> str | None:
    """A unit inside a commune is a commune-level unit; otherwise the unit's own level."""
    if unit is None:
        return None
    levels = [units[u].management_level for u in unit.path if u in units]
    return "commune" if "commune" in levels else unit.management_level


def row_unit(unit: UnitInfo, selected: str) -> str:
    """The row a person of `unit` counts in: the child of the selected unit on its path, or the selected
    unit itself for its own staff."""
    path = list(unit.path)
    i = path.index(selected)
    return path[i + 1] if i + 1 < len(path) else selected


def evaluate(form: Form, *, as_of: date, selected: UnitInfo, people: Sequence[PersonOn],
             units: dict[str, UnitInfo], rank_groups: dict[str, str], rank_names: dict[str, str]) -> Result:
    counted: list[tuple[PersonOn, dict[str, Any]]] = []
    for p in people:
        unit = units.get(p.unit_id)
        if unit is None or selected.unit_id not in unit.path:
            continue
        values = values_of(p, as_of, rank_groups=rank_groups, rank_names=rank_names,
                           unit_level=unit_level(unit, units))
        if form.in_population(values):
            counted.append((p, values))
    notes = notes_of(form, stats_of(counted))
    if form.kind == "list":
        rows, total = _list_rows(form, counted, units, rank_names)
        return Result(rows, total, notes, [], [p for p, _ in counted], len(counted))
    rows, total = _aggregate_rows(form, counted, units, selected)
    warnings = [w for row in [*rows, total] for w in _checks(form, row)]
    return Result(rows, total, notes, warnings, [p for p, _ in counted], len(counted))


def _aggregate_rows(form: Form, counted: list[tuple[PersonOn, dict[str, Any]]], units: dict[str, UnitInfo],
                    selected: UnitInfo) -> tuple[list[Row], Row]:
    by_row: dict[str, Row] = {}
    total = Row(TOTAL, "Tổng số")
    _blank(form, total)
    for p, values in counted:
        key = row_unit(units[p.unit_id], selected.unit_id)
        row = by_row.get(key)
        if row is None:
            row = by_row[key] = _new_row(form, key, units, selected)
        for col in form.columns:
            if col.value is not None or not col.carried:
                continue
            if col.counts(values):
                for r in (row, total):
                    r.cells[col.key] += 1
                    r.people[col.key].append(p.person_id)

    return sorted(by_row.values(), key=_order(units, selected)), total


def _new_row(form: Form, key: str, units: dict[str, UnitInfo], selected: UnitInfo) -> Row:
    info = units.get(key)
    label = info.name if info else key
    if key == selected.unit_id:
        label = f"{label} (cơ quan)"
    row = Row(key, label, unit_id=key)
    _blank(form, row)
    return row


def _order(units: dict[str, UnitInfo], selected: UnitInfo) -> Callable[[Row], tuple[int, int, str]]:
    def order(row: Row) -> tuple[int, int, str]:
        info = units.get(row.key)
        own = 0 if row.key == selected.unit_id else 1
        return own, LEVEL_ORDER.get((info.management_level if info else None) or "other", 3), row.label

    return order


def list_result(form: Form, people: Sequence[PersonOn], *, units: dict[str, UnitInfo],
                rank_names: dict[str, str]) -> Result:
    """A list form of the people of its population (as the database selected them)."""
    rows, total = _list_rows(form, [(p, {}) for p in people], units, rank_names)
    return Result(rows, total, notes_of(form, Stats()), [], list(people), len(people))


def _blank(form: Form, row: Row) -> None:
    for col in form.columns:
        counted = col.value is None and col.carried
        row.cells[col.key] = 0 if counted else None
        if counted:
            row.people[col.key] = []


def _field(col: FormColumn, p: PersonOn, units: dict[str, UnitInfo], rank_names: dict[str, str]) -> Any:
    match col.field:
        case "full_name":
            return p.full_name
        case "birth_date_male":
            return p.birth_date if p.gender == "1" else None
        case "birth_date_female":
            return p.birth_date if p.gender == "2" else None
        case "position":
            return p.position
        case "unit_name":
            unit = units.get(p.unit_id)
            return unit.name if unit else p.unit_id
        case "rank_code":
            return p.rank_code
        case "rank_name":
            return rank_names.get(p.rank_code or "")
        case "salary_coefficient":
            return p.salary_coefficient
        case "salary_step":
            return p.salary_step
        case "staff_category":
            return p.staff_category
        case "first_recruited_on":
            return p.first_recruited_on
    return None


def _list_rows(form: Form, counted: list[tuple[PersonOn, dict[str, Any]]], units: dict[str, UnitInfo],
               rank_names: dict[str, str]) -> tuple[list[Row], Row]:
    """Persons grouped by the unit they work in on the reference date (a heading line per unit), sorted
    by given name as Vietnamese lists are."""
    total = Row(TOTAL, "Tổng số")
    for col in form.columns:
        total.cells[col.key] = 0 if col.total in ("count", "sum") and col.carried else None
        total.people[col.key] = []
    groups: dict[str, list[PersonOn]] = {}
    for p, _ in counted:
        groups.setdefault(p.unit_id, []).append(p)
    rows: list[Row] = []
    for unit_id in sorted(groups, key=lambda u: (list(units[u].path), units[u].name)):
        members = sorted(groups[unit_id], key=lambda p: (p.full_name.rsplit(" ", 1)[-1], p.full_name, p.person_id))
        rows.append(Row(unit_id, units[unit_id].name, unit_id=unit_id, heading=True))
        for p in members:
            row = Row(p.person_id, p.full_name, unit_id=p.unit_id)
            for col in form.columns:
                value = _field(col, p, units, rank_names)
                row.cells[col.key] = value if col.carried else None
                total.people[col.key].append(p.person_id)
                if col.total == "count" and col.carried:
                    total.cells[col.key] += 1
                elif col.total == "sum" and col.carried and isinstance(value, int | float):
                    total.cells[col.key] = round(total.cells[col.key] + value, 2)
            rows.append(row)
    return rows, total


def _checks(form: Form, row: Row) -> list[str]:
    out = []
    for check in form.checks:
        if any(row.cells.get(k) is None for k in (*check.left, *check.right)):
            continue
        left = sum(row.cells[k] for k in check.left)
        right = sum(row.cells[k] for k in check.right)
        if (check.op == "=" and left != right) or (check.op == "<=" and left > right):
            out.append(f"{row.label}: {check.text} không thỏa ({left} so với {right})")
    return out


@dataclass(frozen=True)
class Stats:
    """What the notes of an aggregate form need besides the cells."""

    past_60: int = 0  # in 51–60 though older than 60 (not yet at their own retirement age)
    no_birth: int = 0  # without a birth date or sex: in no age band
    no_grade: int = 0  # without a grade group
    population: int = 0  # everyone the form counts


def stats_of(counted: list[tuple[PersonOn, dict[str, Any]]]) -> Stats:
    return Stats(past_60=sum(1 for _, v in counted if v.get("age_band") == "51_60" and (v.get("age") or 0) > 60),
                 no_birth=sum(1 for _, v in counted if v.get("age_band") is None),
                 no_grade=sum(1 for _, v in counted if v.get("grade_group") is None), population=len(counted))


def notes_of(form: Form, stats: Stats) -> list[str]:
    notes = []
    quota = [c.number for c in form.columns if c.value == "quota"]
    if quota:
        notes.append(f"Cột {', '.join(map(str, quota))}: chỉ tiêu được giao chưa được dịch vụ tổ chức gửi sang "
                     "qua sự kiện nên để trống.")
    missing = [c for c in form.columns if c.value is None and not c.carried]
    if missing:
        what = sorted({DIMENSIONS[cond.dimension].note for c in missing for cond in c.where
                       if not DIMENSIONS[cond.dimension].carried} | {c.header for c in missing if c.field})
        notes.append(f"Cột {', '.join(str(c.number) for c in missing)}: dữ liệu ({'; '.join(what)}) chưa có trong "
                     "sự kiện của dịch vụ hồ sơ nên để trống.")
    if form.kind == "aggregate":
        if stats.past_60:
            notes.append(f"{stats.past_60} người trên 60 tuổi chưa đến tuổi nghỉ hưu của mình được tính vào nhóm "
                         "từ 51 đến 60.")
        if stats.no_grade and any(cond.dimension == "grade_group" for c in form.columns for cond in c.where):
            notes.append(f"Cảnh báo chất lượng dữ liệu: {stats.no_grade} người chưa có ngạch (hoặc ngạch chưa có "
                         "nhóm trong danh mục) nên không được tính vào cột ngạch nào.")
        if stats.no_birth:
            notes.append(f"{stats.no_birth} người thiếu ngày sinh hoặc giới tính, không xếp được nhóm tuổi.")
    return notes


def assemble(form: Form, counts: dict[str, dict[str, int]], stats: Stats, *, units: dict[str, UnitInfo],
             selected: UnitInfo) -> Result:
    """An aggregate form from the counts of each row (as the database counts them): the rows in the form's
    order, the total row, the form's checks and the notes."""
    total = Row(TOTAL, "Tổng số")
    _blank(form, total)
    by_row: dict[str, Row] = {}
    for key, cells in counts.items():
        row = by_row[key] = _new_row(form, key, units, selected)
        for col_key, n in cells.items():
            if row.cells.get(col_key) is not None:
                row.cells[col_key] = n
                total.cells[col_key] += n
    rows = sorted(by_row.values(), key=_order(units, selected))
    warnings = [w for row in [*rows, total] for w in _checks(form, row)]
    return Result(rows, total, notes_of(form, stats), warnings, [], stats.population)
