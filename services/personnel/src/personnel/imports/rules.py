"""Pure decisions of an import (no database, no framework): reading cells into profile values, grouping the
rows of every sheet by personal identification number, duplicates, catalog values with the closest valid
ones suggested, merging into an existing record and judging what a person's rows would change."""

from __future__ import annotations

import copy
import difflib
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from personnel.imports.columns import HISTORY, MAIN, SHEETS, UNIT, Column, Sheet, column_letter
from personnel.profiles.diff import diff
from personnel.profiles.rules import Issue, validate_profile
from personnel.profiles.schema import Profile
from personnel.search.folding import fold

EXCEL_EPOCH = date(1899, 12, 30)
SUGGESTIONS = 3


@dataclass(frozen=True)
class CellError:
    sheet: str
    row: int
    column: str  # the letter ("C"), "" when the error is about the whole row
    header: str
    code: str  # a message of personnel.errors
    params: Mapping[str, Any] = field(default_factory=dict)
    field: str = ""  # the profile path, when known


@dataclass
class CatalogChoices:
    """One catalog's items for reading cells: exact codes, names folded, and suggestions for the rest."""

    items: Sequence[tuple[str, str]]  # (code, name)

    def __post_init__(self) -> None:
        self.codes = {code: name for code, name in self.items}
        self.folded_codes = {fold(code): code for code, _ in self.items}
        self.names = {fold(name): code for code, name in self.items}

    def resolve(self, text: str) -> str | None:
        if text in self.codes:
            return text
        head = text.split(" - ", 1)[0].strip()
        if head in self.codes:
            return head
        folded = _fold(text)
        return self.names.get(folded) or self.folded_codes.get(folded) or self.names.get(
            _fold(text.split(" - ", 1)[-1]))

    def suggest(self, text: str) -> list[str]:
        folded = fold(text)
        keys = {**{f: c for f, c in self.names.items()}, **self.folded_codes}
        close = difflib.get_close_matches(folded, list(keys), n=SUGGESTIONS * 2, cutoff=0.5)
        if not close:  # a word of the name typed alone ("kinh" for "Kinh")
            close = [k for k in keys if folded and folded in k][:SUGGESTIONS]
        out: list[str] = []
        for key in close:
            code = keys[key]
            entry = f"{code} - {self.codes[code]}"
            if entry not in out:
                out.append(entry)
        return out[:SUGGESTIONS]


@dataclass
class Person:
    """One person's rows: the main row's values (only filled cells) and the rows of each history table."""

    key: str
    row: int
    unit_id: str | None = None
    values: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    table_rows: dict[str, list[int]] = field(default_factory=dict)  # the sheet row of each table item
    errors: list[CellError] = field(default_factory=list)


def text_of(value: Any) -> str:
    if value.__class__ is str:  # most cells: checked first, a third of the reading's calls
        return value.strip()  # type: ignore[no-any-return]
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    return str(value).strip()


def parse_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value <= 2958465:
            raise ValueError
        return (EXCEL_EPOCH + timedelta(days=int(value))).isoformat()
    text = text_of(value)
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    raise ValueError


def parse_month(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 12 * 3000:
        value = date.fromisoformat(parse_date(value))  # a date cell (its serial number): its month
    if isinstance(value, datetime | date):
        return f"{value.year:04d}-{value.month:02d}"
    text = text_of(value)
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{4})", text)
    if m and 1 <= int(m[1]) <= 12:
        return f"{int(m[2]):04d}-{int(m[1]):02d}"
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    if m and 1 <= int(m[2]) <= 12:
        return f"{int(m[1]):04d}-{int(m[2]):02d}"
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)  # a whole date: its month
    if m and 1 <= int(m[2]) <= 12:
        return f"{int(m[3]):04d}-{int(m[2]):02d}"
    raise ValueError


def parse_int(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = text_of(value)
    if re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    raise ValueError


def parse_decimal(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(Decimal(repr(value)).normalize()) if isinstance(value, float) else str(value)
    text = text_of(value).replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError from exc
    if not number.is_finite():
        raise ValueError
    return str(number)


def read_cell(col: Column, value: Any, catalogs: Mapping[str, CatalogChoices]) -> tuple[Any, tuple[str, dict]]:
    """(value for the profile, ("", {})) or (None, (error code, params)). A whole number read as a float (the
    reader gives every number cell as a float) is the integer it holds (50, never "5E+1")."""
    if value.__class__ is float and value.is_integer():
        value = int(value)
    text = text_of(value)
    if len(text) > 2000:
        return None, ("import.cell_too_long", {"max": 2000})
    try:
        if col.kind in ("text", "unit"):
            return (text.split(" - ", 1)[0].strip() if col.kind == "unit" else text), ("", {})
        if col.kind == "date":
            return parse_date(value), ("", {})
        if col.kind == "month":
            return parse_month(value), ("", {})
        if col.kind == "int":
            return parse_int(value), ("", {})
        if col.kind == "decimal":
            return parse_decimal(value), ("", {})
    except ValueError:
        return None, (f"import.bad_{col.kind}", {"value": text[:60]})
    if col.kind == "choice":
        chosen = _choices(col).get(_fold(text))
        if chosen is not None:
            return chosen, ("", {})
        return None, ("import.unknown_choice", {"value": text[:60],
                                                "choices": "; ".join(label for _, label in col.choices)})
    assert col.catalog is not None
    choices = catalogs.get(col.catalog)
    code = choices.resolve(text) if choices else None
    if code is not None:
        return code, ("", {})
    if col.kind == "open":
        return text, ("", {})  # kept as written, like the form keeps an old record's text
    suggestions = choices.suggest(text) if choices else []
    if suggestions:
        return None, ("import.unknown_catalog_value", {"value": text[:60], "suggestions": "; ".join(suggestions)})
    return None, ("import.unknown_catalog_value_no_match", {"value": text[:60]})


@functools.lru_cache(maxsize=65_536)
def _fold(text: str) -> str:
    """fold() of the texts a file repeats (choices, catalog names), computed once each."""
    return fold(text)


@functools.lru_cache(maxsize=256)
def _choices(col: Column) -> dict[str, str]:
    return {**{_fold(label): raw for raw, label in col.choices}, **{_fold(raw): raw for raw, _ in col.choices}}


def normalise_key(value: Any) -> str:
    """The personal identification number as text: a number cell lost its leading zeros."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return text_of(value).zfill(12)
    return re.sub(r"\s+", "", text_of(value))


def header_map(sheet: Sheet, header_row: Sequence[Any]) -> tuple[dict[int, Column], int | None]:
    """Column index -> Column, by header text (folded), and the index of the key column."""
    wanted = {fold(c.header): c for c in sheet.columns}
    key = fold(sheet.key_header)
    out: dict[int, Column] = {}
    key_index = None
    for i, raw in enumerate(header_row):
        folded = fold(text_of(raw))
        if folded == key:
            key_index = i
        elif folded in wanted:
            out[i] = wanted[folded]
    return out, key_index


def _put(target: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        inner = target.get(part)
        if not isinstance(inner, dict):
            inner = target[part] = {}
        target = inner
    target[parts[-1]] = value


def main_keys(rows: Sequence[tuple[int, Sequence[Any]]]) -> list[tuple[str, str | None]]:
    """(identification number, unit id or None) of each row of the main sheet, as group_rows reads them,
    without reading the other cells: what the analysis asks the database about before judging anyone."""
    if not rows:
        return []
    columns, key_index = header_map(MAIN, rows[0][1])
    if key_index is None:
        return []
    unit_index = next((i for i, c in columns.items() if c.path == UNIT), None)
    out = []
    for _, values in rows[1:]:
        key = normalise_key(values[key_index] if key_index < len(values) else None)
        unit = values[unit_index] if unit_index is not None and unit_index < len(values) else None
        unit_text = text_of(unit).split(" - ", 1)[0].strip() if unit is not None else ""
        if key:
            out.append((key, unit_text or None))
    return out


def group_rows(sheets: Mapping[str, Sequence[tuple[int, Sequence[Any]]]],
               catalogs: Mapping[str, CatalogChoices],
               keep: Callable[[str], bool] | None = None) -> tuple[list[Person], list[CellError]]:
    """Every person of the main sheet with their history rows; errors that belong to no person (a header
    missing, a history row whose number is not on the main sheet) are returned apart. `keep` (a part of the
    people, by identification number) leaves out the rows of the other people: the analysis judges a
    large file in parts, side by side; a row without a number belongs to the part keeping ""."""
    loose: list[CellError] = []
    people: dict[str, Person] = {}
    ordered: list[Person] = []
    keys: dict[Any, str] = {}  # the raw key cell -> its number: a person's rows repeat it on every sheet
    for sheet in SHEETS:
        rows = sheets.get(sheet.name)
        if not rows:
            continue
        (_, header), body = rows[0], rows[1:]
        columns, key_index = header_map(sheet, header)
        if key_index is None:
            if keep is None or keep(""):
                loose.append(CellError(sheet.name, 1, "A", sheet.key_header, "import.missing_key_column",
                                       {"header": sheet.key_header}))
            continue
        letter = column_letter(key_index)
        wanted = list(columns.items())
        for n, values in body:
            raw = values[key_index] if key_index < len(values) else None
            key = keys.get(raw) if raw.__class__ is str else None
            if key is None:
                key = normalise_key(raw)
                if raw.__class__ is str:
                    keys[raw] = key
            if not key and values.count("") + values.count(None) == len(values):
                continue  # an empty row
            if keep is not None and not keep(key):
                continue
            if not key:
                loose.append(CellError(sheet.name, n, letter, sheet.key_header, "import.key_missing"))
                continue
            cells: dict[str, Any] = {}
            errors: list[CellError] = []
            width = len(values)
            for i, col in wanted:
                value = values[i] if i < width else None
                if value is None or value == "" or (value.__class__ is str and not value.strip()):
                    continue
                parsed, (code, params) = read_cell(col, value, catalogs)
                if code:
                    errors.append(CellError(sheet.name, n, column_letter(i), col.header, code, params, col.path))
                else:
                    cells[col.path] = parsed
            if sheet.table is None:
                if key in people:
                    first = people[key]
                    first.errors.append(CellError(sheet.name, n, letter, sheet.key_header, "import.duplicate_key",
                                                  {"row": first.row, "other_row": n}, "identity.personal_id_number"))
                    continue
                person = Person(key=key, row=n, unit_id=cells.pop(UNIT, None) or None,
                                values={"identity.personal_id_number": key, **cells}, errors=errors)
                people[key] = person
                ordered.append(person)
                continue
            person = people.get(key)
            if person is None:
                loose.append(CellError(sheet.name, n, letter, sheet.key_header, "import.key_not_on_main_sheet",
                                       {"sheet": MAIN.name}))
                continue
            item: dict[str, Any] = {}
            for path, value in cells.items():
                _put(item, path, value)
            index = len(person.tables.setdefault(sheet.table, []))
            person.tables[sheet.table].append(item)
            person.table_rows.setdefault(sheet.table, []).append(n)
            person.errors += [CellError(e.sheet, e.row, e.column, e.header, e.code, e.params,
                                        f"{sheet.table}[{index}].{e.field}") for e in errors]
    return ordered, loose


def merge(existing: Mapping[str, Any] | None, person: Person) -> dict[str, Any]:
    """The profile the rows propose: the existing record, each filled cell over it, and each history table
    given in the file in place of the record's."""
    out: dict[str, Any] = copy.deepcopy(dict(existing)) if existing else {}
    for path, value in person.values.items():
        _put(out, path, value)
    for table, rows in person.tables.items():
        _put(out, table, rows)
    return out


def normalised(profile: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A stored profile as the form would save it now (defaults filled, decimals as text)."""
    if profile is None:
        return None
    try:
        return Profile.model_validate(profile).model_dump(mode="json")
    except ValidationError:
        return dict(profile)


def locate(person: Person, path: str) -> tuple[str, int, str, str]:
    """(sheet, row, column letter, header) of a profile path, for the preview."""
    for sheet in HISTORY:
        prefix = f"{sheet.table}["
        if path.startswith(prefix):
            m = re.match(re.escape(sheet.table or "") + r"\[(\d+)\]\.?(.*)", path)
            if m:
                rows = person.table_rows.get(sheet.table or "", [])
                index, rest = int(m[1]), m[2].split("[")[0]
                row = rows[index] if index < len(rows) else person.row
                for i, col in enumerate(sheet.columns, start=1):
                    if rest == col.path or rest.startswith(col.path + "."):
                        return sheet.name, row, column_letter(i), col.header
                return sheet.name, row, "", ""
    for i, col in enumerate(MAIN.columns, start=1):
        if path == col.path or path.startswith(col.path + "."):
            return MAIN.name, person.row, column_letter(i), col.header
    if path == "identity.personal_id_number":
        return MAIN.name, person.row, "A", MAIN.key_header
    return MAIN.name, person.row, "", ""


PYDANTIC_CODES = {"missing": "import.required", "string_too_long": "import.too_long",
                  "string_too_short": "import.too_short", "greater_than_equal": "import.out_of_range",
                  "less_than_equal": "import.out_of_range", "greater_than": "import.out_of_range",
                  "less_than": "import.out_of_range"}


@dataclass
class Judgement:
    action: str  # create | update | unchanged | error
    profile: dict[str, Any] | None
    changes: list[str]
    errors: list[CellError]
    warnings: list[Issue]


def judge(person: Person, *, existing: Mapping[str, Any] | None, today: date,
          lookup: Callable[[str, str], bool | None], province_codes: set[str],
          century_digits: Mapping[str, Any]) -> Judgement:
    """Validate the person's proposed profile with the form's own rules (profiles.rules.validate_profile) and
    say whether it creates a record, changes one (which fields) or changes nothing."""
    errors = list(person.errors)
    proposal = merge(existing, person)
    try:
        model = Profile.model_validate(proposal)
    except ValidationError as exc:
        for err in exc.errors():
            path = ".".join(str(p) for p in err["loc"])
            path = re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", path)
            if any(e.field == path for e in errors):
                continue  # the cell was already reported as unreadable
            sheet, row, col, header = locate(person, path)
            ctx = err.get("ctx") or {}
            code = PYDANTIC_CODES.get(err["type"], "import.invalid_value")
            params = {"max": ctx.get("max_length", ctx.get("le", ctx.get("lt", ""))),
                      "min": ctx.get("min_length", ctx.get("ge", ctx.get("gt", "")))}
            errors.append(CellError(sheet, row, col, header, code, params, path))
        return Judgement("error", None, [], errors, [])
    issues = validate_profile(model, today=today, lookup=lookup, province_codes=province_codes,
                              century_digits=dict(century_digits))
    for issue in issues:
        if issue.severity == "error":
            sheet, row, col, header = locate(person, issue.field)
            errors.append(CellError(sheet, row, col, header, issue.code, dict(issue.params or {}), issue.field))
    if errors:
        return Judgement("error", None, [], errors, [])
    warnings = [i for i in issues if i.severity == "warning"]
    profile = model.model_dump(mode="json")
    if existing is None:
        return Judgement("create", profile, [], [], warnings)
    changes = [c.path for c in diff(normalised(existing), profile)]
    return Judgement("update" if changes else "unchanged", profile, changes, [], warnings)


def _get(source: Mapping[str, Any] | None, path: str) -> Any:
    value: Any = source
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _cell(col: Column, value: Any) -> Any:
    """A profile value as the template's cell would hold it (dates dd/mm/yyyy, months mm/yyyy)."""
    if value is None or value == "":
        return None
    if col.kind == "date":
        y, m, d = str(value).split("-")
        return f"{d}/{m}/{y}"
    if col.kind == "month":
        y, m = str(value).split("-")
        return f"{m}/{y}"
    if col.kind == "choice":
        return dict(col.choices).get(value, value)
    if isinstance(value, list | dict):
        return None
    return value


def rows_of(profile: Mapping[str, Any], unit_id: str | None = None) -> dict[str, list[list[Any]]]:
    """A profile as the template's rows (the inverse of group_rows): the main row and each table's rows,
    each starting with the identification number. Used by the benchmark and the demo."""
    key = _get(profile, "identity.personal_id_number")
    main = [key] + [unit_id if c.path == UNIT else _cell(c, _get(profile, c.path)) for c in MAIN.columns]
    out: dict[str, list[list[Any]]] = {MAIN.name: [main]}
    for sheet in HISTORY:
        items = _get(profile, sheet.table or "") or []
        out[sheet.name] = [[key] + [_cell(c, _get(item, c.path)) for c in sheet.columns] for item in items]
    return out
