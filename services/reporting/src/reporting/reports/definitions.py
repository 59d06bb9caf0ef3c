"""Column-definition files (forms/*.yaml): one per form, read and checked once when the service starts.

A file names the form (code, title, the circular, the scope line), who it counts (`population`: conditions
on dimensions) and its columns. An aggregate form's column counts the people matching its `where` (all
conditions; a list means any of its values; {min, max} for a number), or is `value: quota` (the staffing
quota, which no event carries yet). A list form's column shows a `field` of each person. A file that names
an unknown dimension, value, field or key is refused with its file and line, so a new form is added as a
file and a mistake in it is found at once, not in a report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reporting.reports.dimensions import DIMENSIONS

LINE = "__line__"
FORM_KEYS = {"id", "code", "title", "issued_by", "scope_line", "kind", "population", "columns", "checks",
             "receiver", "row_label", "description"}
AGGREGATE_COLUMN_KEYS = {"number", "header", "groups", "where", "value", "note"}
LIST_COLUMN_KEYS = {"number", "header", "groups", "field", "total", "note"}
VALUES = {"quota"}  # columns not counted from people
# What a list form may show of each person, and whether personnel's events carry it.
FIELDS: dict[str, bool] = {
    "full_name": True, "birth_date_male": True, "birth_date_female": True, "position": True,
    "unit_name": True, "rank_code": True, "rank_name": True, "salary_coefficient": True, "salary_step": True,
    "staff_category": True, "first_recruited_on": True,
    "rank_held_since": False, "position_held_since": False, "allowance_position": False,
    "allowance_responsibility": False, "allowance_region": False, "allowance_seniority_excess": False,
    "allowance_total_percent": False, "note": True,
}
TOTALS = {"count", "sum", "none"}


class FormFileError(ValueError):
    """A column file that cannot be used: which file, which line, what is wrong."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path.name}:{line or '?'}: {problem}")


@dataclass(frozen=True)
class Condition:
    dimension: str
    values: tuple[Any, ...] | None = None  # any of
    min: int | None = None
    max: int | None = None

    def holds(self, value: Any) -> bool:
        if value is None:
            return False
        if self.values is not None:
            return value in self.values
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


@dataclass(frozen=True)
class FormColumn:
    key: str  # c<number>
    number: int
    header: str
    groups: tuple[str, ...] = ()
    where: tuple[Condition, ...] = ()
    value: str | None = None  # quota
    field: str | None = None  # list forms
    total: str = "none"
    note: str | None = None

    @property
    def carried(self) -> bool:
        if self.value is not None:
            return False
        if self.field is not None:
            return FIELDS[self.field]
        return all(DIMENSIONS[c.dimension].carried for c in self.where)

    def counts(self, values: dict[str, Any]) -> bool:
        return all(c.holds(values.get(c.dimension)) for c in self.where)


@dataclass(frozen=True)
class Check:
    left: tuple[str, ...]
    op: str  # <= or =
    right: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Form:
    id: str
    code: str
    title: str
    kind: str  # aggregate | list
    issued_by: str = ""
    scope_line: str = ""
    receiver: str = "Bộ Nội vụ"
    row_label: str = "Tên đơn vị"
    description: str = ""
    population: tuple[Condition, ...] = ()
    columns: tuple[FormColumn, ...] = ()
    checks: tuple[Check, ...] = ()
    path: Path = field(default=Path("."))

    def column(self, key: str) -> FormColumn | None:
        return next((c for c in self.columns if c.key == key or str(c.number) == key), None)

    def in_population(self, values: dict[str, Any]) -> bool:
        return all(c.holds(values.get(c.dimension)) for c in self.population)


class _Loader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping."""


def _mapping(loader: _Loader, node: yaml.MappingNode) -> dict[str, Any]:
    value = loader.construct_mapping(node, deep=True)
    value[LINE] = node.start_mark.line + 1
    return value


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _conditions(path: Path, where: Any, line: int) -> tuple[Condition, ...]:
    if where is None:
        return ()
    if not isinstance(where, dict):
        raise FormFileError(path, line, "'where' must be a mapping of dimension: value")
    line = where.get(LINE, line)
    out = []
    for name, wanted in where.items():
        if name == LINE:
            continue
        dim = DIMENSIONS.get(name)
        if dim is None:
            raise FormFileError(path, line, f"unknown dimension '{name}' (known: {', '.join(sorted(DIMENSIONS))})")
        if isinstance(wanted, dict):
            bounds = {k: v for k, v in wanted.items() if k != LINE}
            if dim.values is not None or not set(bounds) <= {"min", "max"} or not bounds:
                raise FormFileError(path, wanted.get(LINE, line), f"'{name}' takes {{min, max}} only if it is a number")
            out.append(Condition(name, min=bounds.get("min"), max=bounds.get("max")))
            continue
        values = tuple(wanted) if isinstance(wanted, list) else (wanted,)
        if dim.values is None:
            raise FormFileError(path, line, f"'{name}' is a number: give {{min, max}}")
        unknown = [v for v in values if v not in dim.values]
        if unknown:
            raise FormFileError(path, line, f"unknown value {unknown[0]!r} of '{name}' "
                                            f"(known: {', '.join(str(v) for v in dim.values)})")
        out.append(Condition(name, values=values))
    return tuple(out)


def _check(path: Path, text: Any, line: int, keys: set[str]) -> Check:
    if not isinstance(text, str):
        raise FormFileError(path, line, "a check is a text such as 'c3 + c4 <= c2'")
    for op in ("<=", "="):
        if op in text:
            left, right = text.split(op, 1)
            break
    else:
        raise FormFileError(path, line, f"check '{text}' has no <= or =")
    sides = []
    for side in (left, right):
        terms = tuple(t.strip() for t in side.split("+"))
        bad = [t for t in terms if t not in keys]
        if bad:
            raise FormFileError(path, line, f"check '{text}' names an unknown column '{bad[0]}'")
        sides.append(terms)
    return Check(sides[0], op, sides[1], text.strip())


def load_form(path: Path) -> Form:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise FormFileError(path, mark.line + 1 if mark else None, f"not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise FormFileError(path, 1, "a form file is a mapping")
    unknown = set(raw) - FORM_KEYS - {LINE}
    if unknown:
        raise FormFileError(path, raw[LINE], f"unknown key '{sorted(unknown)[0]}'")
    for key in ("id", "code", "title", "kind", "columns"):
        if key not in raw:
            raise FormFileError(path, raw[LINE], f"'{key}' is missing")
    kind = raw["kind"]
    if kind not in ("aggregate", "list"):
        raise FormFileError(path, raw[LINE], f"kind must be aggregate or list, not {kind!r}")
    columns, numbers = [], set()
    for col in raw["columns"]:
        line = col.get(LINE) if isinstance(col, dict) else raw[LINE]
        if not isinstance(col, dict) or "number" not in col or "header" not in col:
            raise FormFileError(path, line, "a column needs a number and a header")
        allowed = AGGREGATE_COLUMN_KEYS if kind == "aggregate" else LIST_COLUMN_KEYS
        extra = set(col) - allowed - {LINE}
        if extra:
            raise FormFileError(path, line, f"unknown key '{sorted(extra)[0]}' in a column of a {kind} form")
        number = col["number"]
        if not isinstance(number, int) or number in numbers:
            raise FormFileError(path, line, f"column number {number!r} is not a new whole number")
        numbers.add(number)
        groups = col.get("groups") or []
        groups = (groups,) if isinstance(groups, str) else tuple(groups)
        if kind == "aggregate":
            value = col.get("value")
            if value is not None and value not in VALUES:
                raise FormFileError(path, line, f"unknown value source {value!r} (known: {', '.join(VALUES)})")
            columns.append(FormColumn(key=f"c{number}", number=number, header=str(col["header"]), groups=groups,
                                      where=_conditions(path, col.get("where"), line), value=value,
                                      note=col.get("note")))
        else:
            fname = col.get("field")
            if fname not in FIELDS:
                raise FormFileError(path, line, f"unknown field {fname!r} (known: {', '.join(FIELDS)})")
            total = col.get("total", "none")
            if total not in TOTALS:
                raise FormFileError(path, line, f"unknown total {total!r} (known: {', '.join(sorted(TOTALS))})")
            columns.append(FormColumn(key=f"c{number}", number=number, header=str(col["header"]), groups=groups,
                                      field=fname, total=total, note=col.get("note")))
    keys = {c.key for c in columns}
    checks = tuple(_check(path, text, raw[LINE], keys) for text in raw.get("checks") or [])
    population = _conditions(path, raw.get("population"), raw[LINE])
    return Form(id=str(raw["id"]), code=str(raw["code"]), title=str(raw["title"]), kind=kind,
                issued_by=str(raw.get("issued_by", "")), scope_line=str(raw.get("scope_line", "")),
                receiver=str(raw.get("receiver", "Bộ Nội vụ")), row_label=str(raw.get("row_label", "Tên đơn vị")),
                description=str(raw.get("description", "")), population=population,
                columns=tuple(columns), checks=checks, path=path)


def load_forms(directory: Path) -> dict[str, Form]:
    """Every form of the directory, by id, in file-name order; the first bad file stops the service."""
    forms: dict[str, Form] = {}
    for path in sorted(directory.glob("*.yaml")):
        form = load_form(path)
        if form.id in forms:
            raise FormFileError(path, None, f"form id '{form.id}' is also in {forms[form.id].path.name}")
        forms[form.id] = form
    return forms
