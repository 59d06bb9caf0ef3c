"""The workbook itself: the structural checks of an upload (before any spreadsheet library opens it), the
template (XlsxWriter) and the reading of the sheets (python-calamine).

An upload is refused whole, with one message, when it is not an Office Open XML workbook, carries macros,
inflates beyond MAX_UNZIPPED (a zip bomb: the sizes are read from the ZIP directory and checked again while
inflating, before anything parses a byte), hides a sheet, holds a formula or has more rows than allowed."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

import xlsxwriter
from python_calamine import CalamineWorkbook

from common.errors import FieldError, ValidationFailed
from common.exports import TEXT_SAFE
from personnel.imports.columns import CATALOG_SHEET, GUIDE_SHEET, HISTORY, MAIN, SHEETS, Column, Sheet

MAX_BYTES = 20 * 1024 * 1024  # the upload
MAX_UNZIPPED = 200 * 1024 * 1024  # everything inside it, inflated
MAX_ENTRIES = 500
MAX_RATIO = 200  # a part inflating more than this many times its compressed size (and past 1 MB) is a bomb
MAX_PEOPLE = 60_000  # rows of the main sheet
MAX_HISTORY_ROWS = 600_000  # rows of one history sheet
MAX_CELL = 2_000  # characters of one cell (the longest profile field)
TEMPLATE_ROWS = 2_000  # rows of the template carrying the drop-down lists

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
FORMULA = re.compile(rb"<(?:[A-Za-z0-9]+:)?f[\s>/]")
CELL_REF = re.compile(rb'<(?:[A-Za-z0-9]+:)?c\s[^>]*?r="([A-Z]+[0-9]+)"')
ROW = re.compile(rb"<(?:[A-Za-z0-9]+:)?row[\s>/]")


def refuse(code: str, **params: Any) -> ValidationFailed:
    return ValidationFailed(code, fields=[FieldError("file", code, **params)], **params)


@dataclass(frozen=True)
class SheetPart:
    name: str
    path: str  # inside the ZIP
    state: str  # visible | hidden | veryHidden


def _read_part(archive: zipfile.ZipFile, name: str, budget: list[int]) -> bytes:
    """Inflate one part, never past the remaining budget (the directory's sizes may lie)."""
    out = bytearray()
    with archive.open(name) as f:
        while chunk := f.read(1 << 20):
            out += chunk
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise refuse("import.zip_bomb", mb=MAX_UNZIPPED // (1024 * 1024))
    return bytes(out)


def _xml(data: bytes) -> ElementTree.Element:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise refuse("import.not_xlsx")  # no part of a workbook declares a DTD or entities
    try:
        return ElementTree.fromstring(data)  # noqa: S314 (no DTD, so no entity expansion: checked above)
    except ElementTree.ParseError as exc:
        raise refuse("import.not_xlsx") from exc


def inspect(content: bytes) -> list[SheetPart]:
    """The workbook's sheets, or ValidationFailed naming what is wrong with the file."""
    if not content:
        raise refuse("import.file_empty")
    if len(content) > MAX_BYTES:
        raise refuse("import.too_large", mb=MAX_BYTES // (1024 * 1024))
    if not content.startswith(b"PK\x03\x04"):
        raise refuse("import.not_xlsx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise refuse("import.not_xlsx") from exc
    names = {i.filename for i in infos}
    if any(n.lower().endswith(("vbaproject.bin", "vbaprojectsignature.bin")) for n in names) or any(
            n.lower().endswith(".bin") and "activex" in n.lower() for n in names):
        raise refuse("import.macros")
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise refuse("import.not_xlsx")
    if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_UNZIPPED or any(
            i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos):
        raise refuse("import.zip_bomb", mb=MAX_UNZIPPED // (1024 * 1024))
    budget = [MAX_UNZIPPED]
    try:
        types = _read_part(archive, "[Content_Types].xml", budget)
        if b"macroEnabled" in types or b"vbaProject" in types:
            raise refuse("import.macros")
        workbook = _xml(_read_part(archive, "xl/workbook.xml", budget))
        rels_xml = _read_part(archive, "xl/_rels/workbook.xml.rels", budget) if (
            "xl/_rels/workbook.xml.rels" in names) else b"<Relationships/>"
        rels = {r.get("Id"): r.get("Target", "") for r in _xml(rels_xml)}
        sheets: list[SheetPart] = []
        for s in workbook.iterfind("m:sheets/m:sheet", NS):
            target = rels.get(s.get(f"{{{NS['r']}}}id"), "")
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            sheets.append(SheetPart(s.get("name", ""), path, s.get("state", "visible")))
        hidden = [s.name for s in sheets if s.state != "visible"]
        if hidden:
            raise refuse("import.hidden_sheet", sheet=hidden[0])
        for sheet in sheets:
            if sheet.path not in names:
                raise refuse("import.not_xlsx")
            data = _read_part(archive, sheet.path, budget)
            found = FORMULA.search(data)
            if found:
                refs = CELL_REF.findall(data, 0, found.start())
                raise refuse("import.formulas", sheet=sheet.name, cell=refs[-1].decode() if refs else "?")
            limit = MAX_PEOPLE if sheet.name == MAIN.name else MAX_HISTORY_ROWS
            rows = len(ROW.findall(data)) - 1
            if rows > limit:
                raise refuse("import.too_many_rows", sheet=sheet.name, max_rows=f"{limit:,}".replace(",", "."))
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise refuse("import.not_xlsx") from exc
    except RuntimeError as exc:  # an encrypted part
        raise refuse("import.not_xlsx") from exc
    if not any(s.name == MAIN.name for s in sheets):
        raise refuse("import.missing_sheet", sheet=MAIN.name)
    return sheets


# The template.

def _source_range(col_index: int, length: int) -> str:
    from personnel.imports.columns import column_letter
    letter = column_letter(col_index)
    return f"='{CATALOG_SHEET}'!${letter}$2:${letter}${max(length, 1) + 1}"


def template(lists: Mapping[str, Sequence[str]], units: Sequence[str]) -> bytes:
    """The empty workbook: `lists` maps a catalog to its "CODE - Name" entries (active today), `units` the
    account's units as "ID - Name". Headers are Vietnamese; no formulas, no hidden sheet, no macro."""
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, TEXT_SAFE)
    head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
    text = wb.add_format({"num_format": "@"})
    day = wb.add_format({"num_format": "dd/mm/yyyy"})
    catalogs = [*lists.keys()]
    order = {"__units__": 0, **{c: i + 1 for i, c in enumerate(catalogs)}}
    sizes = {"__units__": len(units), **{c: len(v) for c, v in lists.items()}}
    for sheet in SHEETS:
        ws = wb.add_worksheet(sheet.name)
        columns: list[Column] = [Column("__key__", sheet.key_header, width=16), *sheet.columns]
        for i, col in enumerate(columns):
            ws.write(0, i, col.header, head)
            as_text = col.kind in ("text", "month", "catalog", "open", "unit", "choice")
            fmt = day if col.kind == "date" else text if as_text else None
            ws.set_column(i, i, col.width, fmt)
            rows = (1, i, TEMPLATE_ROWS, i)
            if col.kind in ("catalog", "open") and col.catalog in order:
                ws.data_validation(*rows, {"validate": "list", "source": _source_range(order[col.catalog],
                                                                                         sizes[col.catalog]),
                                           "error_type": "warning", "error_title": col.header,
                                           "error_message": "Giá trị không có trong danh mục."})
            elif col.kind == "unit":
                ws.data_validation(*rows, {"validate": "list", "source": _source_range(0, sizes["__units__"]),
                                           "error_type": "warning"})
            elif col.kind == "choice":
                ws.data_validation(*rows, {"validate": "list", "source": [label for _, label in col.choices]})
            elif col.kind == "date":
                ws.data_validation(*rows, {"validate": "any", "input_title": col.header,
                                           "input_message": "Ngày dạng dd/mm/yyyy"})
            elif col.kind == "month":
                ws.data_validation(*rows, {"validate": "any", "input_title": col.header,
                                           "input_message": "Tháng dạng mm/yyyy"})
        ws.freeze_panes(1, 1)
        ws.set_row(0, 45)
    cat = wb.add_worksheet(CATALOG_SHEET)
    cat.write(0, 0, "Đơn vị", head)
    cat.set_column(0, 0, 40)
    for r, value in enumerate(units, start=1):
        cat.write_string(r, 0, value)
    headers: dict[str, str] = {}
    for sheet in SHEETS:
        for col in sheet.columns:
            if col.catalog:
                headers.setdefault(col.catalog, col.header)  # the main sheet's header names the list
    for catalog in catalogs:
        i = order[catalog]
        cat.write(0, i, headers.get(catalog, catalog), head)
        cat.set_column(i, i, 34)
        for r, value in enumerate(lists[catalog], start=1):
            cat.write_string(r, i, value)
    guide = wb.add_worksheet(GUIDE_SHEET)
    guide.set_column(0, 0, 120)
    for r, line in enumerate(GUIDE):
        guide.write_string(r, 0, line, head if r == 0 else None)
    wb.close()
    return buf.getvalue()


GUIDE = (
    "Hướng dẫn nhập hồ sơ cán bộ, công chức, viên chức từ Excel",
    "1. Mỗi người một dòng ở trang 'Hồ sơ', nhận biết bằng số định danh cá nhân (CCCD, 12 chữ số).",
    "2. Các quá trình (đào tạo, công tác, gia đình, lương, phụ cấp, khen thưởng, kỷ luật, đánh giá, ngoại ngữ): "
    "mỗi dòng một mục, cột đầu là số định danh của người đó.",
    "3. Người chưa có hồ sơ: phải ghi mã đơn vị; người đã có hồ sơ: ô để trống giữ nguyên giá trị đang có, "
    "các dòng của một quá trình thay thế toàn bộ quá trình đó.",
    "4. Các cột có danh sách chọn lấy giá trị từ trang 'Danh mục' (mã - tên); ngày ghi dd/mm/yyyy, tháng ghi mm/yyyy.",
    "5. Không dùng công thức, không ẩn trang tính, không dùng macro: tệp như vậy sẽ bị từ chối.",
    "6. Sau khi tải lên, hệ thống kiểm tra từng dòng theo đúng quy tắc của biểu mẫu và cho xem trước; "
    "chỉ khi xác nhận, các hồ sơ mới trở thành bản nháp (hoặc gửi duyệt) chờ lãnh đạo phê duyệt.",
    "7. Nhập lại cùng một tệp không tạo thêm gì: người không có thay đổi được bỏ qua.",
)


# Reading.

def read_sheets(content: bytes, wanted: Iterable[Sheet] = SHEETS) -> dict[str, list[tuple[int, Sequence[Any]]]]:
    """Each wanted sheet present: its rows (1-based row number, values) from the first that holds a value
    (the header), an empty cell as "" (an empty row below the header is left to group_rows). Called only on
    a file that inspect() accepted (so its parts are bounded, carry no formula, no macro and no DTD). The
    sheets are read by calamine (python-calamine, Rust): a text cell stays text (an identification number in
    the template's text columns keeps its leading zeros), a number comes as a float, a cell in a date format
    as a date."""
    book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    try:
        present = set(book.sheet_names)
        out: dict[str, list[tuple[int, Sequence[Any]]]] = {}
        for sheet in wanted:
            if sheet.name not in present:
                continue
            rows = book.get_sheet_by_name(sheet.name).to_python(skip_empty_area=False)
            # The first row with a value is the header; an empty row further down ("" in every cell) is
            # left out by group_rows (it has no identification number), not here: no pass over every row.
            first = 0
            while first < len(rows) and rows[first].count("") == len(rows[first]):
                first += 1
            out[sheet.name] = list(zip(range(first + 1, len(rows) + 1), rows[first:], strict=True))
        return out
    finally:
        book.close()


__all__ = ["HISTORY", "MAX_CELL", "inspect", "read_sheets", "refuse", "template"]
