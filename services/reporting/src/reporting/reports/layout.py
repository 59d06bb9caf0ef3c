"""A report in the layout of the official form, in Excel, PDF and CSV (statistical-reports.md §2): form
code and circular, the reporting and receiving units, the title with the year, the scope line, merged
multi-level headers, the numbering row (A, B, 1…N), one row per unit (or per person, under its unit's
heading) with the total row, and the signature block; Times New Roman as the Ministry asks. Text is
always written as text, so a name beginning with =, +, - or @ never becomes a formula."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import xlsxwriter

from common.exports import TEXT_SAFE, XLSX_MEDIA_TYPE
from reporting.reports.schemas import ReportPublic, ReportRow

__all__ = ["XLSX_MEDIA_TYPE", "csv_bytes", "header_cells", "pdf_bytes", "xlsx_bytes"]
FONT = "Times New Roman"


def _date_text(value: object) -> object:
    return value.strftime("%d/%m/%Y") if isinstance(value, date) else value


def _ordered_rows(report: ReportPublic) -> list[tuple[str, ReportRow]]:
    """(kind, row): the total first on an aggregate form, last on a list."""
    body = [("heading" if r.heading else "row", r) for r in report.rows]
    total = ("total", report.total)
    return [total, *body] if report.form.kind == "aggregate" else [*body, total]


def xlsx_bytes(report: ReportPublic, *, today: date) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, TEXT_SAFE)

    def fmt(**kw: object) -> xlsxwriter.format.Format:
        return book.add_format({"font_name": FONT, "font_size": 11, **kw})

    plain, bold, italic = fmt(), fmt(bold=True), fmt(italic=True)
    centre_bold = fmt(bold=True, align="center", valign="vcenter", text_wrap=True)
    title = fmt(bold=True, font_size=13, align="center", valign="vcenter", text_wrap=True)
    centre_italic = fmt(italic=True, align="center")
    head = fmt(bold=True, border=1, align="center", valign="vcenter", text_wrap=True, font_size=10)
    number = fmt(italic=True, border=1, align="center", font_size=10)
    cell = fmt(border=1, align="center", valign="vcenter")
    text_cell = fmt(border=1, valign="vcenter", text_wrap=True)
    total_cell = fmt(border=1, bold=True, align="center", valign="vcenter")
    total_text = fmt(border=1, bold=True, valign="vcenter")
    heading = fmt(border=1, bold=True, italic=True, valign="vcenter")

    sheet = book.add_worksheet(report.form.form_code.replace("/", "-")[:31])
    columns = report.columns
    last = len(columns) + 1  # A: Số thứ tự, B: label, then the form's columns
    half = max(2, last // 2)
    sheet.set_column(0, 0, 6)
    sheet.set_column(1, 1, 32)
    for j, col in enumerate(columns, start=2):
        sheet.set_column(j, j, 22 if report.form.kind == "list" and col.number in (1, 4, 5) else 9)

    _write_merged(sheet, 0, 0, 0, half - 1, f"Biểu số: {report.form.form_code}", bold)
    _write_merged(sheet, 1, 0, 1, half - 1, report.issued_by, italic)
    _write_merged(sheet, 0, half, 0, last, f"Đơn vị báo cáo: {report.unit_name}", plain)
    _write_merged(sheet, 1, half, 1, last, f"Đơn vị nhận báo cáo: {report.receiver}", plain)
    _write_merged(sheet, 3, 0, 3, last, report.title, title)
    sheet.set_row(3, 36)
    _write_merged(sheet, 4, 0, 4, last, report.scope_line, centre_italic)
    _write_merged(sheet, 5, 0, 5, last, f"(Số liệu tính đến ngày {report.as_of.strftime('%d/%m/%Y')})", centre_italic)
    _write_merged(sheet, 6, half, 6, last, "Đơn vị tính: người", fmt(italic=True, align="right"))

    top = 7
    depth = max(len(c.groups) for c in columns) + 1
    bottom = top + depth - 1
    for j, label in ((0, "Số thứ tự"), (1, report.row_label)):
        _write_merged(sheet, top, j, bottom, j, label, head)
    for level in range(depth - 1):  # the group lines, merged over the columns that share them
        j = 0
        while j < len(columns):
            groups = columns[j].groups
            if len(groups) <= level:
                j += 1
                continue
            k = j
            while k + 1 < len(columns) and columns[k + 1].groups[:level + 1] == groups[:level + 1]:
                k += 1
            _write_merged(sheet, top + level, j + 2, top + level, k + 2, groups[level], head)
            j = k + 1
    for j, col in enumerate(columns, start=2):
        _write_merged(sheet, top + len(col.groups), j, bottom, j, col.header, head)
    numbering = bottom + 1
    sheet.write_string(numbering, 0, "A", number)
    sheet.write_string(numbering, 1, "B", number)
    for j, col in enumerate(columns, start=2):
        sheet.write_number(numbering, j, col.number, number)

    r, n = numbering + 1, 0
    for kind, row in _ordered_rows(report):
        if kind == "heading":
            _write_merged(sheet, r, 0, r, last, row.label, heading)
            r += 1
            continue
        is_total = kind == "total"
        if not is_total:
            n += 1
        sheet.write_string(r, 0, "" if is_total else str(n), total_text if is_total else cell)
        sheet.write_string(r, 1, row.label, total_text if is_total else text_cell)
        for j, col in enumerate(columns, start=2):
            value = _date_text(row.cells.get(col.key))
            style = total_cell if is_total else (text_cell if isinstance(value, str) else cell)
            if value is None:
                sheet.write_blank(r, j, None, style)
            elif isinstance(value, bool):
                sheet.write_string(r, j, "x" if value else "", style)
            elif isinstance(value, int | float):
                sheet.write_number(r, j, value, style)
            else:
                sheet.write_string(r, j, str(value), style)
        r += 1

    r += 1
    for note in report.notes:
        _write_merged(sheet, r, 0, r, last, f"Ghi chú: {note}", italic)
        r += 1
    r += 1
    place = f"Tuyên Quang, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}"
    _write_merged(sheet, r, half, r, last, place, centre_italic)
    _write_merged(sheet, r + 1, 0, r + 1, half - 1, "NGƯỜI LẬP BẢNG", centre_bold)
    _write_merged(sheet, r + 1, half, r + 1, last, "THỦ TRƯỞNG ĐƠN VỊ", centre_bold)
    _write_merged(sheet, r + 2, 0, r + 2, half - 1, "(Ký, ghi rõ họ tên)", centre_italic)
    _write_merged(sheet, r + 2, half, r + 2, last, "(Ký tên, đóng dấu)", centre_italic)
    sheet.freeze_panes(numbering + 1, 2)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(top, numbering)
    book.close()
    return buf.getvalue()


def _write_merged(sheet: object, r0: int, c0: int, r1: int, c1: int, text: str, style: object) -> None:
    if (r0, c0) == (r1, c1):
        sheet.write_string(r0, c0, text, style)  # type: ignore[attr-defined]
    else:
        sheet.merge_range(r0, c0, r1, c1, text, style)  # type: ignore[attr-defined]


def csv_bytes(report: ReportPublic) -> bytes:
    """One header line (the groups and header of each column), the numbering line, then the rows; UTF-8
    with a byte-order mark so that Excel reads the Vietnamese. A text beginning with =, +, - or @ gets a
    leading apostrophe so that a spreadsheet opening it never runs it as a formula."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow([report.form.form_code, report.title, f"Đơn vị: {report.unit_name}",
                f"Số liệu tính đến ngày {report.as_of.strftime('%d/%m/%Y')}"])
    w.writerow(["Số thứ tự", report.row_label, *[" - ".join([*c.groups, c.header]) for c in report.columns]])
    w.writerow(["A", "B", *[c.number for c in report.columns]])
    n = 0
    for kind, row in _ordered_rows(report):
        if kind == "row":
            n += 1
        label = "" if kind == "total" else (str(n) if kind == "row" else "")
        values = [] if kind == "heading" else [_safe(_date_text(row.cells.get(c.key))) for c in report.columns]
        w.writerow([label, _safe(row.label), *values])
    for note in report.notes:
        w.writerow(["", f"Ghi chú: {note}"])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _safe(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def header_cells(report: ReportPublic) -> list[list[tuple[str, int, int]]]:
    """The header of the form as lines of (text, colspan, rowspan), the same merges as the Excel file:
    Số thứ tự and the row label over every line, each group over the consecutive columns sharing it, each
    column's own header down to the last line."""
    columns = report.columns
    depth = max(len(c.groups) for c in columns) + 1
    lines: list[list[tuple[str, int, int]]] = [[] for _ in range(depth)]
    lines[0] += [("Số thứ tự", 1, depth), (report.row_label, 1, depth)]
    for level in range(depth):
        j = 0
        while j < len(columns):
            col = columns[j]
            if len(col.groups) > level:
                k = j
                while k + 1 < len(columns) and columns[k + 1].groups[:level + 1] == col.groups[:level + 1]:
                    k += 1
                lines[level].append((col.groups[level], k - j + 1, 1))
                j = k + 1
                continue
            if len(col.groups) == level:
                lines[level].append((col.header, 1, depth - level))
            j += 1
    return lines


def pdf_html(report: ReportPublic, *, today: date) -> str:
    from html import escape

    def cell(value: object) -> str:
        value = _date_text(value)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "x" if value else ""
        return escape(str(value))

    head = "".join("<tr>" + "".join(f'<th colspan="{c}" rowspan="{r}">{escape(t)}</th>' for t, c, r in line) + "</tr>"
                   for line in header_cells(report))
    head += "<tr class='num'><td>A</td><td>B</td>" + "".join(f"<td>{c.number}</td>" for c in report.columns) + "</tr>"
    body, n = [], 0
    for kind, row in _ordered_rows(report):
        if kind == "heading":
            body.append(f"<tr class='heading'><td colspan='{len(report.columns) + 2}'>{escape(row.label)}</td></tr>")
            continue
        n += kind == "row"
        first = "" if kind == "total" else str(n)
        cells = "".join(f"<td>{cell(row.cells.get(c.key))}</td>" for c in report.columns)
        body.append(f"<tr class='{kind}'><td>{first}</td><td class='label'>{escape(row.label)}</td>{cells}</tr>")
    notes = "".join(f"<p class='note'>Ghi chú: {escape(n)}</p>" for n in report.notes)
    size = 6.5 if len(report.columns) > 20 else 9
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 10mm; }}
body {{ font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: {size}pt; }}
.top {{ display: flex; justify-content: space-between; }} .top div:last-child {{ text-align: right; }}
h1 {{ font-size: 12pt; text-align: center; margin: 6mm 0 1mm; }} .c {{ text-align: center; font-style: italic; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 3mm; }}
th, td {{ border: 0.5pt solid #000; padding: 1pt 2pt; text-align: center; vertical-align: middle; }}
td.label {{ text-align: left; min-width: 28mm; }} tr.num td {{ font-style: italic; }}
tr.total td {{ font-weight: bold; }}
tr.heading td {{ text-align: left; font-weight: bold; font-style: italic; }}
.sign {{ display: flex; justify-content: space-around; margin-top: 6mm; text-align: center; }}
.note {{ font-style: italic; margin: 1mm 0; }}
</style></head><body>
<div class="top"><div><b>Biểu số: {escape(report.form.form_code)}</b><br><i>{escape(report.issued_by)}</i></div>
<div>Đơn vị báo cáo: {escape(report.unit_name)}<br>Đơn vị nhận báo cáo: {escape(report.receiver)}</div></div>
<h1>{escape(report.title)}</h1>
<p class="c">{escape(report.scope_line)}<br>(Số liệu tính đến ngày {report.as_of.strftime('%d/%m/%Y')})</p>
<p style="text-align:right"><i>Đơn vị tính: người</i></p>
<table><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>
{notes}
<p style="text-align:right"><i>Tuyên Quang, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}</i></p>
<div class="sign"><div><b>NGƯỜI LẬP BẢNG</b><br><i>(Ký, ghi rõ họ tên)</i></div>
<div><b>THỦ TRƯỞNG ĐƠN VỊ</b><br><i>(Ký tên, đóng dấu)</i></div></div>
</body></html>"""


def pdf_bytes(report: ReportPublic, *, today: date) -> bytes:
    from common.exports import pdf_bytes as render

    return render(pdf_html(report, today=today))
