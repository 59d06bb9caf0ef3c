"""What an import reads: the Excel template's workbook, or a package of the national database's exchange
layout (personnel.exchange.reader). Both give the same people to judge, preview and apply."""

from __future__ import annotations

from collections.abc import Callable

from common.catalogs import CatalogLookup
from personnel.exchange import reader
from personnel.imports import workbook
from personnel.imports.columns import MAIN
from personnel.imports.rules import CatalogChoices, CellError, Person, group_rows, main_keys


def inspect(content: bytes) -> None:
    """Refuse a file that cannot be imported, before it is stored (a clear ValidationFailed)."""
    if reader.is_package(content):
        reader.inspect(content)
    else:
        workbook.inspect(content)


def keys(content: bytes) -> list[tuple[str, str | None]]:
    """(identification number, unit) of each person, read without the rest: what the database is asked."""
    if reader.is_package(content):
        return reader.keys(content)
    return main_keys(workbook.read_sheets(content, [MAIN]).get(MAIN.name, []))


def people(content: bytes, lookup: CatalogLookup, choices: dict[str, CatalogChoices],
           keep: Callable[[str], bool] | None = None) -> tuple[list[Person], list[CellError]]:
    if reader.is_package(content):
        return reader.people(content, lookup, keep)
    sheets = workbook.read_sheets(content)
    return group_rows(sheets, choices, keep)
