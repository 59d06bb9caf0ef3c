"""An exchange package read by the import (imports/sources.py): the same checks, preview, confirmation and
approval as a workbook's rows, so a dossier whose identification number is already here changes that
record through approval and never makes a second one (issue 18.3)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from common.catalogs import CatalogLookup
from common.errors import FieldError, ValidationFailed
from personnel.exchange import rules
from personnel.imports.columns import MAIN
from personnel.imports.rules import CellError, Person, normalise_key
from personnel.imports.workbook import MAX_BYTES, MAX_PEOPLE


def is_package(content: bytes) -> bool:
    """An exchange package is JSON; a workbook is a zip (it starts with "PK")."""
    return content.lstrip()[:1] == b"{"


def _refuse(code: str, **params: Any) -> ValidationFailed:
    return ValidationFailed(code, fields=[FieldError("file", code, **params)], **params)


def load(content: bytes) -> list[dict[str, Any]]:
    """The package's dossiers, or a clear refusal of the whole file."""
    if len(content) > MAX_BYTES:
        raise _refuse("import.too_large", mb=MAX_BYTES // (1024 * 1024))
    try:
        package = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        raise _refuse("exchange.bad_file", format=rules.FORMAT) from None
    if not isinstance(package, dict) or package.get("dinh_dang") != rules.FORMAT \
            or not isinstance(package.get("ho_so"), list):
        raise _refuse("exchange.bad_file", format=rules.FORMAT)
    dossiers = package["ho_so"]
    if len(dossiers) > MAX_PEOPLE:
        raise _refuse("exchange.too_many", count=len(dossiers), max=MAX_PEOPLE)
    return [d if isinstance(d, dict) else {} for d in dossiers]


def inspect(content: bytes) -> None:
    load(content)


def keys(content: bytes) -> list[tuple[str, str | None]]:
    return [(k, (str(d.get("ma_don_vi") or "") or None)) for d in load(content)
            if (k := normalise_key(d.get("ma_ho_so")))]


def _national_codes(lookup: CatalogLookup, catalog: str) -> dict[str, str]:
    """this system's code -> the national code recorded for it (`national_code` of org's catalogs)."""
    return {item.code: str(item.attributes.get("national_code") or "") for item in lookup.items(catalog)
            if (item.attributes or {}).get("national_code")}


def ours_from(lookup: CatalogLookup) -> Callable[[str, str], str]:
    """national code -> this system's code, per catalog (a code this system has is taken as it is)."""
    cache: dict[str, tuple[set[str], dict[str, str]]] = {}

    def mapper(catalog: str, code: str) -> str:
        if catalog not in cache:
            cache[catalog] = (lookup.codes(catalog),
                              {nat: ours for ours, nat in _national_codes(lookup, catalog).items()})
        codes, reverse = cache[catalog]
        return code if code in codes else reverse.get(code, code)

    return mapper


def national_from(lookup: CatalogLookup) -> Callable[[str, str], str]:
    """this system's code -> the national code where one is recorded."""
    cache: dict[str, dict[str, str]] = {}

    def mapper(catalog: str, code: str) -> str:
        if catalog not in cache:
            cache[catalog] = _national_codes(lookup, catalog)
        return cache[catalog].get(code, code)

    return mapper


def people(content: bytes, lookup: CatalogLookup,
           keep: Callable[[str], bool] | None = None) -> tuple[list[Person], list[CellError]]:
    """Every dossier as a person of the import: its whole profile proposed (each section of the record
    replaced by the dossier's: the package is the record as the national database holds it)."""
    mapper = ours_from(lookup)
    loose: list[CellError] = []
    seen: dict[str, Person] = {}
    ordered: list[Person] = []
    for n, dossier in enumerate(load(content), start=1):
        key = normalise_key(dossier.get("ma_ho_so"))
        if keep is not None and not keep(key):
            continue
        if not key:
            loose.append(CellError(MAIN.name, n, "", "ma_ho_so", "import.key_missing"))
            continue
        if key in seen:
            first = seen[key]
            first.errors.append(CellError(MAIN.name, n, "", "ma_ho_so", "import.duplicate_key",
                                          {"row": first.row, "other_row": n}, "identity.personal_id_number"))
            continue
        profile, problems = rules.from_dossier(dossier, ours=mapper)
        errors = [CellError(MAIN.name, n, "", p.where,
                            "exchange.bad_dossier" if p.code == "exchange.bad_dossier" else p.code,
                            {"row": n} if p.code == "exchange.bad_dossier" else {"field_code": p.where})
                  for p in problems]
        identity = profile.get("identity") if isinstance(profile.get("identity"), dict) else {}
        # Whole sections, then the name and number where the preview reads them.
        values = {**profile, "identity.full_name": identity.get("full_name"), "identity.personal_id_number": key}
        person = Person(key=key, row=n, unit_id=str(dossier.get("ma_don_vi") or "") or None, values=values,
                        errors=errors)
        seen[key] = person
        ordered.append(person)
    return ordered, loose
