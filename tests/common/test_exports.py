"""Excel and PDF exports: what a personnel officer opens must read back as what was exported."""

from __future__ import annotations

import io
import subprocess
from datetime import date

import openpyxl
import pytest

from common.exports import Column, attachment, pdf_bytes, sheet_name, xlsx_bytes


def test_a_list_exports_to_excel_with_vietnamese_headers_dates_and_blanks():
    data = xlsx_bytes(
        "Danh sách CBCCVC",
        [Column("full_name", "Họ và tên"), Column("birth_date", "Ngày sinh"), Column("ranks", "Ngạch")],
        [{"full_name": "Nguyễn Văn An", "birth_date": date(1980, 5, 2), "ranks": ["01.003", "01.002"]},
         {"full_name": "Đỗ Thị Bình", "birth_date": None, "ranks": []}],
    )
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet["A1"].value == "Danh sách CBCCVC"
    assert [c.value for c in sheet[3]] == ["Họ và tên", "Ngày sinh", "Ngạch"]
    assert sheet["A4"].value == "Nguyễn Văn An" and sheet["B4"].value.date() == date(1980, 5, 2)
    assert sheet["C4"].value == "01.003; 01.002"
    assert sheet["A5"].value == "Đỗ Thị Bình" and sheet["B5"].value is None


def test_html_renders_to_a_pdf_whose_text_keeps_vietnamese_diacritics(tmp_path):
    pdf = pdf_bytes("<html><body style='font-family: DejaVu Serif'><p>Sơ yếu lý lịch: Nguyễn Thị Ánh Đào</p>"
                    "</body></html>")
    assert pdf.startswith(b"%PDF-")
    (tmp_path / "p.pdf").write_bytes(pdf)
    try:
        text = subprocess.run(["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    assert "Nguyễn Thị Ánh Đào" in text


def test_attachment_names_survive_in_every_browser():
    resp = attachment(b"x", "Danh sách Sở Tư pháp.xlsx", "application/octet-stream")
    disposition = resp.headers["content-disposition"]
    assert 'filename="Danh sach So Tu phap.xlsx"' in disposition  # the fallback of browsers without filename*
    assert "filename*=UTF-8''Danh%20s%C3%A1ch" in disposition


def test_titles_with_dates_or_slashes_still_make_a_workbook():
    title = "Danh sách CBCCVC đến ngày 26/11/2026: Sở Tư pháp [đang công tác]"
    assert sheet_name(title) == "Danh sách CBCCVC đến ngày 26-11"
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(title, [Column("a", "A")], [{"a": 1}]))).active
    assert sheet["A1"].value == title and sheet["A4"].value == 1


def test_a_download_name_of_any_characters_stays_one_header_value():
    from common.exports import content_disposition

    value = content_disposition('Quyết định "số 5";\r\nX-Injected: 1.pdf')
    assert "\r" not in value and "\n" not in value
    kind, fallback, exact = value.split("; ")
    assert kind == "attachment" and fallback == 'filename="Quyet dinh _so 5____X-Injected_ 1.pdf"'
    assert exact.startswith("filename*=UTF-8''") and '"' not in exact and ";" not in exact
    assert content_disposition("bảng lương.xlsx", inline=True).startswith('inline; filename="bang luong.xlsx"')
    assert content_disposition(None, inline=True) == "inline"


FORMULA_LIKE = ["=HYPERLINK(\"http://x\",\"bấm\")", "+84912345678", "-1+2", "@SUM(A1)", "=1+1"]


def formulas_in(data: bytes) -> list[str]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [n for n in z.namelist() if n.startswith("xl/worksheets/") and b"<f>" in z.read(n)]


def test_text_that_begins_like_a_formula_is_written_as_text_never_as_a_formula():
    data = xlsx_bytes("Danh sách", [Column("note", "Ghi chú")], [{"note": v} for v in FORMULA_LIKE])
    assert formulas_in(data) == []
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert [sheet.cell(row=4 + i, column=1).value for i in range(len(FORMULA_LIKE))] == FORMULA_LIKE


def test_the_import_template_and_the_catalog_export_write_no_formula_either():
    from org.catalogs.excel import export_catalog
    from personnel.imports.workbook import template

    assert formulas_in(template({"ethnicity": ["=1+1 - Kinh"]}, ["=cmd|' /C calc'!A0 - Đơn vị"])) == []

    class Catalog:
        catalog, attribute_names = "ethnicity", ()

    class Item:
        code, name, sort_order, active, valid_from, valid_to, attributes = "01", "=1+1", 1, True, None, None, {}

    data = export_catalog(Catalog(), [Item()])  # type: ignore[arg-type]
    assert formulas_in(data) == []
    assert openpyxl.load_workbook(io.BytesIO(data)).active["B2"].value == "=1+1"
