"""A catalog as an Excel sheet and back (openpyxl): one header row, then one item per row.

Columns: code, name, sort_order, active, valid_from, valid_to, then one per attribute. Import reads
the same shape (attribute columns are optional); rows that fail validation are reported by row
number and nothing is imported."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from common.errors import FieldError, ValidationFailed
from org.catalogs.tables import Catalog, CatalogItem

FIXED = ("code", "name", "sort_order", "active", "valid_from", "valid_to")
TRUE = {"1", "true", "x", "có", "co", "yes", "y"}
FALSE = {"0", "false", "", "không", "khong", "no", "n"}
MAX_ROWS = 20000


def export_catalog(catalog: Catalog, items: Sequence[CatalogItem]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = catalog.catalog[:31]
    attrs = list(catalog.attribute_names)
    ws.append([*FIXED, *attrs])
    for it in items:
        ws.append([it.code, it.name, it.sort_order, it.active, it.valid_from, it.valid_to,
                   *(it.attributes.get(a) for a in attrs)])
        for cell in ws[ws.max_row]:
            if cell.data_type == "f":  # openpyxl takes any text beginning with = for a formula: keep it text
                cell.data_type = "s"
    for col, width in zip("ABCDEF", (16, 48, 10, 8, 12, 12), strict=True):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(_text(value))


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise ValueError(text)


def read_rows(content: bytes) -> list[dict[str, Any]]:
    """The sheet's items as dicts ready for upsert; ValidationFailed listing every bad row."""
    try:
        wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationFailed("catalog_import.not_xlsx") from exc
    ws = wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = [_text(h).lower() for h in next(rows, ())]
    if "code" not in header or "name" not in header:
        raise ValidationFailed("catalog_import.header")
    out: list[dict[str, Any]] = []
    errors: list[FieldError] = []
    seen: set[str] = set()
    for n, raw in enumerate(rows, start=2):
        if n > MAX_ROWS + 1:
            raise ValidationFailed("catalog_import.too_many_rows", max_rows=MAX_ROWS)
        cells = dict(zip(header, raw, strict=False))
        if all(v in (None, "") for v in cells.values()):
            continue
        code, name = _text(cells.get("code")), _text(cells.get("name"))
        try:
            if not code or not name:
                raise ValueError("code/name")
            if code in seen:
                raise ValueError("duplicate")
            seen.add(code)
            row: dict[str, Any] = {"code": code, "name": name,
                                   "sort_order": int(_text(cells.get("sort_order")) or n - 1),
                                   "active": _bool(cells.get("active", True)) if cells.get("active") is not None
                                   else True,
                                   "valid_from": _date(cells.get("valid_from")),
                                   "valid_to": _date(cells.get("valid_to"))}
        except ValueError:
            errors.append(FieldError(f"row {n}", "catalog_import.bad_row", row=n))
            continue
        attrs = {h: (_text(v) or None) for h, v in cells.items() if h and h not in FIXED}
        if attrs:
            row["attributes"] = attrs
        out.append(row)
    wb.close()
    if errors:
        raise ValidationFailed(fields=errors)
    return out
