"""The exchange layout of the national database (issue 18.3): every field of a dossier under a code, read
from layout.csv (data, not code: when the Ministry's coded list of Decree 27/2026's appendix is obtained, an
administrator puts its codes in the `code` column and nothing else changes).

The codes given here follow the items of the résumé annexed to Circular 06/2023/TT-BNV, the layout of the
national database (`TT06.<item>.<n>`); fields that form has no item for (the 2C form's, or this system's)
are `EXT.<n>`. A table (work history, salary history...) has a code and each of its columns another.
`python -m personnel.exchange.layout --write` writes layout.csv and docs/national-exchange.md from the
profile schema (keeping every code already given) after a field is added."""

from __future__ import annotations

import csv
import functools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from personnel.profiles.schema import Catalog, Profile, section_of

HERE = Path(__file__).resolve().parent
CSV_FILE = HERE / "layout.csv"
SCHEMA_FILE = HERE.parent / "profiles" / "schema.py"
DOC_FILE = HERE.parents[4] / "docs" / "national-exchange.md"
COLUMNS = ("code", "path", "kind", "catalog", "tt06_item", "note")


@dataclass(frozen=True)
class Field:
    code: str
    path: str  # identity.ethnicity; a table: work_history; a table's column: work_history[].unit_name
    kind: str  # field | table | column
    catalog: str  # the catalog of the value (its codes are mapped to the national ones), or ""
    tt06_item: str
    note: str = ""


@functools.cache
def fields() -> tuple[Field, ...]:
    with CSV_FILE.open(encoding="utf-8", newline="") as f:
        return tuple(Field(**{k: (row.get(k) or "") for k in COLUMNS}) for row in csv.DictReader(f))


def by_path() -> dict[str, Field]:
    return {f.path: f for f in fields()}


def by_code() -> dict[str, Field]:
    return {f.code: f for f in fields()}


# ---------------------------------------------------------------- generation from the schema


def _items_from_comments() -> dict[tuple[str, str], str]:
    """(class, field) -> the item number of TT 06/2023 written in the schema's comment ("# 13", "# 37.1")."""
    out: dict[tuple[str, str], str] = {}
    current = ""
    for line in SCHEMA_FILE.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"class (\w+)\(", line):
            current = m[1]
            if c := re.search(r"#\s*(\d+(?:\.\d+)?)\b", line):
                out[(current, "")] = c[1]
        elif m := re.match(r"    (\w+):.*#\s*(\d+(?:\.\d+)?)\b", line):
            out[(current, m[1])] = m[2]
    return out


def schema_fields() -> list[tuple[str, str, str, str]]:
    """(path, kind, catalog, TT06 item) of every field of the profile, in the schema's order."""
    items = _items_from_comments()
    out: list[tuple[str, str, str, str]] = []

    def walk(model: type[BaseModel], prefix: str, inherited: str) -> None:
        for name, info in model.model_fields.items():
            item = items.get((model.__name__, name), inherited)
            sub, many = section_of(info.annotation)
            if sub is not None:
                item = items.get((sub.__name__, ""), item)
                if many:
                    out.append((prefix + name, "table", "", item))
                    walk(sub, f"{prefix}{name}[].", item)
                else:
                    walk(sub, f"{prefix}{name}.", item)
                continue
            catalog = next((m.name for m in info.metadata if isinstance(m, Catalog)), "")
            out.append((prefix + name, "column" if "[]." in prefix else "field", catalog, item))

    walk(Profile, "", "")
    return out


def generate() -> list[Field]:
    """The layout for the schema as it is: the codes already in layout.csv kept, new fields numbered on."""
    known = {f.path: f for f in fields()} if CSV_FILE.exists() else {}
    used = {f.code for f in known.values()}
    counters: dict[str, int] = {}
    for f in known.values():
        head, _, n = f.code.rpartition(".")
        if n.isdigit():
            counters[head] = max(counters.get(head, 0), int(n))
    out = []
    for path, kind, catalog, item in schema_fields():
        if path in known:
            old = known[path]
            out.append(Field(old.code, path, kind, catalog, item, old.note))
            continue
        table = path.split("[].")[0] if kind == "column" else None
        head = (by_table_code(out, table) if table else (f"TT06.{item}" if item else "EXT"))
        counters[head] = counters.get(head, 0) + 1
        code = f"{head}.{counters[head]}"
        while code in used:
            counters[head] += 1
            code = f"{head}.{counters[head]}"
        used.add(code)
        out.append(Field(code, path, kind, catalog, item))
    return out


def by_table_code(done: list[Field], table: str) -> str:
    return next(f.code for f in done if f.path == table)


def write(layout: list[Field]) -> None:
    with CSV_FILE.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for x in layout:
            w.writerow([x.code, x.path, x.kind, x.catalog, x.tt06_item, x.note])
    DOC_FILE.write_text(document(layout), encoding="utf-8")


def document(layout: list[Field]) -> str:
    lines = [
        "# Exchange with the national database: the coded fields",
        "",
        "Written by `python -m personnel.exchange.layout --write` from",
        "`services/personnel/src/personnel/exchange/layout.csv`; do not edit by hand.",
        "",
        "A dossier (`GET /api/personnel/exchange/persons/{id}`, a unit's with",
        "`GET /api/personnel/exchange/units/{unit_id}`) carries its identification number (`ma_ho_so`, the",
        "personal identification number: the e-dossier code of Decree 27/2026), the employing unit, and every",
        "field below under its code (`truong`), tables as lists of rows under the table's code (`bang`).",
        "Catalog values are written as the national code of the item (`national_code` in the catalogs of",
        "services/org, Art. 8.1) where one is recorded, as this system's code otherwise; reading maps them",
        "back. Importing (`POST /api/personnel/exchange/imports`) runs the Excel import's checks, preview and",
        "approval: a dossier whose number is already here changes that record through approval, never a",
        "second one.",
        "",
        "The codes follow the items of the résumé of Circular 06/2023/TT-BNV (`TT06.<item>.<n>`); `EXT.<n>` are",
        "fields that form has no item for. They are data: when the Ministry's list of coded fields (Decree",
        "27/2026/NĐ-CP, appendix) is obtained, its codes replace these in layout.csv.",
        "",
        "| code | our field | kind | catalog | TT 06/2023 item |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| `{f.code}` | `{f.path}` | {f.kind} | {f.catalog} | {f.tt06_item} |" for f in layout]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if "--write" in sys.argv:
        fields.cache_clear()
        write(generate())
        print(f"wrote {CSV_FILE} and {DOC_FILE}")
