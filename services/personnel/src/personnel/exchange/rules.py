"""A profile as a dossier of the national database's exchange layout, and back (pure).

A dossier: {"ma_ho_so": <personal identification number>, "ma_don_vi": <employing unit>, "ho_ten": <name>,
"truong": {<field code>: value}, "bang": {<table code>: [{<column code>: value}, ...]}}. Catalog values go out
as the item's national code where one is recorded and come back as this system's code (`national` and
`ours` do the mapping); everything else is the profile's JSON value as it is. Reading a dossier written by
to_dossier gives the same profile (the round trip of issue 18.3)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from personnel.exchange.layout import Field, by_code, fields

FORMAT = "CSDL-CBCCVC/TT06-2023"
VERSION = 1
Mapper = Callable[[str, str], str]  # (catalog, code) -> code


@dataclass(frozen=True)
class Problem:
    where: str  # the code, or "ma_ho_so"
    code: str  # error code (personnel errors catalog)


def _get(source: Mapping[str, Any] | None, path: str) -> Any:
    value: Any = source
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _put(target: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        inner = target.get(part)
        if not isinstance(inner, dict):
            inner = target[part] = {}
        target = inner
    target[parts[-1]] = value


def _map(f: Field, value: Any, mapper: Mapper) -> Any:
    if not f.catalog or value is None:
        return value
    if isinstance(value, list):
        return [mapper(f.catalog, str(v)) for v in value]
    return mapper(f.catalog, str(value))


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == ""


def to_dossier(profile: Mapping[str, Any], *, unit_id: str, national: Mapper) -> dict[str, Any]:
    layout = fields()
    columns: dict[str, list[Field]] = {}
    for f in layout:
        if f.kind == "column":
            columns.setdefault(f.path.split("[].")[0], []).append(f)
    values: dict[str, Any] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for f in layout:
        if f.kind == "field":
            value = _get(profile, f.path)
            if not _empty(value):
                values[f.code] = _map(f, value, national)
        elif f.kind == "table":
            rows = _get(profile, f.path) or []
            if rows:
                tables[f.code] = [
                    {c.code: _map(c, row.get(c.path.split("[].")[1]), national) for c in columns.get(f.path, [])
                     if not _empty(row.get(c.path.split("[].")[1]))}
                    for row in rows]
    return {"ma_ho_so": _get(profile, "identity.personal_id_number"), "ma_don_vi": unit_id,
            "ho_ten": _get(profile, "identity.full_name"), "truong": values, "bang": tables}


def from_dossier(dossier: Mapping[str, Any], *, ours: Mapper) -> tuple[dict[str, Any], list[Problem]]:
    """The profile a dossier describes, and what in it this layout does not know (each unknown code once)."""
    codes = by_code()
    problems: list[Problem] = []
    profile: dict[str, Any] = {}
    truong = dossier.get("truong")
    bang = dossier.get("bang")
    if not isinstance(truong, Mapping) or not isinstance(bang, Mapping | None):
        return profile, [Problem("truong", "exchange.bad_dossier")]
    for code, value in truong.items():
        f = codes.get(str(code))
        if f is None or f.kind != "field":
            problems.append(Problem(str(code), "exchange.unknown_field"))
            continue
        _put(profile, f.path, _map(f, value, ours))
    for code, rows in (bang or {}).items():
        f = codes.get(str(code))
        if f is None or f.kind != "table" or not isinstance(rows, list):
            problems.append(Problem(str(code), "exchange.unknown_field"))
            continue
        out = []
        for row in rows:
            item: dict[str, Any] = {}
            for col_code, value in (row.items() if isinstance(row, Mapping) else ()):
                c = codes.get(str(col_code))
                if c is None or c.kind != "column" or not c.path.startswith(f.path + "[]."):
                    problems.append(Problem(str(col_code), "exchange.unknown_field"))
                    continue
                item[c.path.split("[].")[1]] = _map(c, value, ours)
            out.append(item)
        _put(profile, f.path, out)
    number = dossier.get("ma_ho_so")
    if number and _get(profile, "identity.personal_id_number") in (None, ""):
        _put(profile, "identity.personal_id_number", number)
    return profile, problems


def package(dossiers: list[dict[str, Any]], *, exported_at: str, source: str) -> dict[str, Any]:
    return {"dinh_dang": FORMAT, "phien_ban": VERSION, "xuat_luc": exported_at, "nguon": source,
            "so_ho_so": len(dossiers), "ho_so": dossiers}
