"""Exports every service offers the same way: any list to Excel, any HTML form to PDF.

Both are built in memory; the lists a province exports (tens of thousands of rows) fit comfortably."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

import xlsxwriter
from fastapi.responses import Response

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Every workbook the system writes: a text that begins with =, +, - or @ (a name, a note someone typed) stays
# text, never a formula Excel would run when the file is opened; numbers typed as text stay text.
TEXT_SAFE = {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # shown in the header row (Vietnamese)
    width: int = 18


def xlsx_bytes(title: str, columns: Sequence[Column], rows: Iterable[dict[str, Any]]) -> bytes:
    """A one-sheet workbook: a title line, a bold header row, then one row per item; dates as dates."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, TEXT_SAFE | {"remove_timezone": True})
    sheet = book.add_worksheet(sheet_name(title))
    bold = book.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top"})
    heading = book.add_format({"bold": True, "font_size": 13})
    date_fmt = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write(0, 0, title, heading)
    for c, col in enumerate(columns):
        sheet.set_column(c, c, col.width)
        sheet.write(2, c, col.title, bold)
    r = 2
    for r, row in enumerate(rows, start=3):
        for c, col in enumerate(columns):
            value = row.get(col.key)
            if isinstance(value, datetime | date):
                sheet.write_datetime(r, c, value if isinstance(value, datetime) else datetime(value.year, value.month,
                                                                                               value.day), date_fmt)
            elif isinstance(value, list | tuple):
                sheet.write(r, c, "; ".join(str(v) for v in value))
            elif value is None:
                sheet.write_blank(r, c, None)
            else:
                sheet.write(r, c, value)
    sheet.freeze_panes(3, 0)
    sheet.autofilter(2, 0, max(r, 2), max(len(columns) - 1, 0))
    book.close()
    return buf.getvalue()


def sheet_name(title: str) -> str:
    """Excel refuses []:*?/\\ in sheet names and more than 31 characters; the full title stays in A1."""
    cleaned = "".join("-" if ch in '[]:*?/\\' else ch for ch in title).strip("'")
    return cleaned[:31].strip() or "Sheet1"


def pdf_bytes(html: str, *, base_url: str | None = None) -> bytes:
    """HTML laid out for print (CSS @page) to PDF. Vietnamese needs a font with its diacritics:
    the stylesheet should name DejaVu Serif / Liberation Serif (Debian's fonts-dejavu, fonts-liberation)."""
    from weasyprint import HTML  # imported late: loading pango costs ~0.3 s

    return HTML(string=html, base_url=base_url).write_pdf()  # type: ignore[no-any-return]


_SAFE_ASCII = re.compile(r"[^A-Za-z0-9._ -]")


def content_disposition(filename: str | None, *, inline: bool = False) -> str:
    """The Content-Disposition of a file of any name: a plain-ASCII fallback with everything else replaced,
    and the exact name in RFC 5987 filename* (percent-encoded: quotes, semicolons and line breaks of a
    name an uploader chose can never end the header or add another)."""
    kind = "inline" if inline else "attachment"
    if not filename:
        return kind
    plain = unicodedata.normalize("NFKD", filename.replace("đ", "d").replace("Đ", "D"))
    fallback = _SAFE_ASCII.sub("_", plain.encode("ascii", "ignore").decode())
    fallback = fallback.strip(" .") or "file"
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def attachment(content: bytes, filename: str, media_type: str) -> Response:
    return Response(content, media_type=media_type, headers={"Content-Disposition": content_disposition(filename)})
