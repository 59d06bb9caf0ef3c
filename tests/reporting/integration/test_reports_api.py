"""The reports through the gateway with real tokens: a record approved in personnel reaches the report
(with the time of the latest event), its cell opens the list of the people counted, a retirement takes
the person out from its effective date and not before; scope, bad input, and the files in the form's
layout."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, timedelta

import openpyxl
import pytest

from common import clock
from common.testing.plugin import auth
from common.testing.waiting import until
from reporting.reports import layout
from reporting.reports.schemas import FormSummary, ReportColumn, ReportPublic, ReportRow

PERSONNEL, REPORTING = "/api/personnel", "/api/reporting"


def unique_cccd(year: int, female: bool) -> str:
    return f"008{'1' if female else '0'}{year % 100:02d}{uuid.uuid4().int % 1_000_000:06d}"


def profile(name: str) -> dict:
    return {"identity": {"full_name": name, "gender": "2", "birth_date": "1990-04-02", "ethnicity": "02",
                         "religion": "00", "personal_id_number": unique_cccd(1990, True)},
            "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "2015-09-01"},
            "salary": {"rank_code": "01.002"},
            "positions": {"current_position": "Chuyên viên chính"},
            "work_history": [{"from_month": "2015-09", "to_month": None, "unit_name": "Sở Tư pháp",
                              "position": "Chuyên viên"}]}




@pytest.fixture
def as_user(token_for):  # type: ignore[no-untyped-def]
    return lambda username: auth(token_for(username))


async def test_an_approved_record_is_counted_and_its_cell_lists_it(gateway, as_user):
    stp = as_user("stp.officer")
    r = await gateway.get(f"{REPORTING}/reports", headers=stp)
    assert r.status_code == 200 and {f["id"] for f in r.json()} >= {"bm01", "bm02", "bm03", "bm04", "bm01-vc",
                                                                       "bm02-vc"}

    async def bm01(**params: str) -> dict:
        resp = await gateway.get(f"{REPORTING}/reports/bm01", headers=stp, params=params)
        assert resp.status_code == 200, resp.text
        return resp.json()

    before = await bm01()
    assert before["unit_id"] == "STP" and before["title"].endswith(str(clock.today().year))
    name = f"Ma Thị Báo {uuid.uuid4().hex[:4]}"
    r = await gateway.post(f"{PERSONNEL}/change-requests", headers=stp,
                           json={"unit_id": "STP", "profile": profile(name)})
    assert r.status_code == 201, r.text
    cr = r.json()
    assert (await gateway.post(f"{PERSONNEL}/change-requests/{cr['id']}/submit", headers=stp)).status_code == 200
    r = await gateway.post(f"{PERSONNEL}/change-requests/{cr['id']}/approve", headers=as_user("stp.leader"))
    assert r.status_code == 200, r.text
    person = str(cr["person_id"])

    async def counted() -> dict | None:
        now = await bm01()
        return now if now["total"]["cells"]["c2"] == before["total"]["cells"]["c2"] + 1 else None

    after = await until(counted)
    assert after, "the report never counted the approved record"
    cells, was = after["total"]["cells"], before["total"]["cells"]
    # A woman of the Tày, a chuyên viên chính: columns 3, 5 and 8 grow with column 2.
    assert (cells["c3"] - was["c3"], cells["c5"] - was["c5"], cells["c8"] - was["c8"]) == (1, 1, 1)
    assert after["latest_event_at"] >= (before["latest_event_at"] or "")
    # The cell opens the people counted in it; the person is there, by id and name.
    r = await gateway.get(f"{REPORTING}/reports/bm01/people", headers=stp, params={"column": "8"})
    assert r.status_code == 200, r.text
    listed = r.json()
    assert listed["count"] == len(listed["items"]) == cells["c8"]
    assert listed["header"] == "Chuyên viên chính và tương đương"
    assert person in [p["person_id"] for p in listed["items"]]
    # Recruited in 2015: counted on a past reference date too.
    past = await bm01(as_of="2025-12-31")
    assert person in [p["person_id"] for p in (await gateway.get(
        f"{REPORTING}/reports/bm01/people", headers=stp,
        params={"column": "c2", "as_of": "2025-12-31"})).json()["items"]]
    assert past["as_of"] == "2025-12-31"

    # Retired from yesterday: gone from today's report, still in last year's.
    yesterday = (clock.today() - timedelta(days=1)).isoformat()
    r = await gateway.post(f"{PERSONNEL}/persons/{person}/status-events", headers=as_user("stp.leader"),
                           json={"status": "NGHI_HUU", "effective_on": yesterday, "leaving_form": None})
    assert r.status_code == 201, r.text

    async def gone() -> bool:
        resp = await gateway.get(f"{REPORTING}/reports/bm01/people", headers=stp, params={"column": "c2"})
        return person not in [p["person_id"] for p in resp.json()["items"]]

    assert await until(gone), "the retirement never reached the report"
    r = await gateway.get(f"{REPORTING}/reports/bm01/people", headers=stp,
                          params={"column": "c2", "as_of": "2025-12-31"})
    assert person in [p["person_id"] for p in r.json()["items"]]


async def test_outside_the_scope_a_unit_does_not_exist_and_bad_input_is_refused(gateway, as_user):
    stp = as_user("stp.officer")
    for params in ({"unit_id": "SNV"}, {"unit_id": "NO-SUCH-UNIT"}, {"unit_id": "TQ"}):
        r = await gateway.get(f"{REPORTING}/reports/bm01", headers=stp, params=params)
        assert r.status_code == 404, r.text
    r = await gateway.get(f"{REPORTING}/reports/bm01/people", headers=stp, params={"unit_id": "SNV", "column": "2"})
    assert r.status_code == 404
    r = await gateway.get(f"{REPORTING}/reports/bm99", headers=stp)
    assert (r.status_code, r.json()["error"]) == (404, "report.unknown_form")
    tomorrow = (clock.today() + timedelta(days=1)).isoformat()
    cases = [({"as_of": tomorrow}, "report.as_of_in_future"), ({"as_of": "2020-01-01"}, "report.before_unit_existed"),
             ({"format": "docx"}, "report.unknown_format")]
    for params, code in cases:
        r = await gateway.get(f"{REPORTING}/reports/bm01", headers={**stp, "Accept-Language": "vi"}, params=params)
        assert r.status_code == 422, r.text
        assert code in r.text
    r = await gateway.get(f"{REPORTING}/reports/bm01/people", headers=stp, params={"column": "1"})
    assert r.status_code == 422 and "report.column_not_counted" in r.text
    # The province's administrator sees the whole province.
    r = await gateway.get(f"{REPORTING}/reports/bm02", headers=as_user("snv.admin"), params={"unit_id": "TQ"})
    assert r.status_code == 200 and r.json()["unit_name"] == "Tỉnh Tuyên Quang"


async def test_the_excel_and_csv_files_are_laid_out_like_the_form(gateway, as_user):
    admin = as_user("snv.admin")
    r = await gateway.get(f"{REPORTING}/reports/bm01", headers=admin,
                          params={"unit_id": "TQ", "as_of": "2025-12-31", "format": "xlsx"})
    assert r.status_code == 200, r.text
    assert "BM01-BNV_TQ_2025-12-31.xlsx" in r.headers["content-disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).active
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Biểu số: BM01/BNV" in texts and "Tổng số" in texts and "THỦ TRƯỞNG ĐƠN VỊ" in texts
    assert any(t.startswith("BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÔNG CHỨC") and t.endswith("NĂM 2025") for t in texts)
    assert "(Số liệu tính đến ngày 31/12/2025)" in texts
    assert sheet["A8"].font.name == "Times New Roman"
    # Multi-level headers are merged ranges; the numbering row runs A, B, 1..38.
    numbering = next(row for row in sheet.iter_rows(values_only=True) if row[:2] == ("A", "B"))
    assert list(numbering[2:40]) == list(range(1, 39))
    assert any(str(m) == "I8:M8" for m in sheet.merged_cells.ranges)  # "Chia theo ngạch công chức" over 7..11
    r = await gateway.get(f"{REPORTING}/reports/bm03", headers=admin, params={"unit_id": "TQ", "format": "csv"})
    assert r.status_code == 200 and r.content.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert lines[2][:3] == ["A", "B", "1"] and [line[1] for line in lines].count("Tổng số") == 1


async def test_the_pdf_is_the_form_with_its_merged_headers(gateway, as_user):
    r = await gateway.get(f"{REPORTING}/reports/bm02", headers=as_user("snv.admin"),
                          params={"unit_id": "TQ", "format": "pdf"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf" and r.content.startswith(b"%PDF")
    assert "BM02-BNV_TQ_" in r.headers["content-disposition"]


def test_the_header_lines_merge_like_the_form():
    cols = [ReportColumn(key=f"c{n}", number=n, header=h, groups=g, counted=True, carried=True) for n, h, g in (
        (1, "Tổng số", []), (2, "Nữ", ["Trong đó"]), (3, "Đảng viên", ["Trong đó"]),
        (4, "Tiến sĩ", ["Trình độ", "Chuyên môn"]), (5, "Cử nhân", ["Trình độ", "Chính trị"]))]
    report = ReportPublic(
        form=FormSummary(id="x", form_code="X", title="T", description="", kind="aggregate"), title="T",
        issued_by="", scope_line="", receiver="", row_label="Tên đơn vị", unit_id="U", unit_name="U",
        as_of=date(2025, 12, 31), latest_event_at=None, people_count=0, columns=cols, rows=[],
        total=ReportRow(key="total", label="Tổng số", cells={}), notes=[], warnings=[])
    assert layout.header_cells(report) == [
        [("Số thứ tự", 1, 3), ("Tên đơn vị", 1, 3), ("Tổng số", 1, 3), ("Trong đó", 2, 1), ("Trình độ", 2, 1)],
        [("Nữ", 1, 2), ("Đảng viên", 1, 2), ("Chuyên môn", 1, 1), ("Chính trị", 1, 1)],
        [("Tiến sĩ", 1, 1), ("Cử nhân", 1, 1)],
    ]
    assert "<th colspan=\"2\" rowspan=\"1\">Trong đó</th>" in layout.pdf_html(report, today=date(2026, 1, 5))


def test_text_that_looks_like_a_formula_is_written_as_text():
    col = ReportColumn(key="c1", number=1, header="Họ và tên", groups=[], counted=False, carried=True)
    report = ReportPublic(
        form=FormSummary(id="bm03", form_code="BM03/BNV", title="T", description="", kind="list"), title="T",
        issued_by="", scope_line="", receiver="Bộ Nội vụ", row_label="Họ và tên", unit_id="U",
        unit_name="=HYPERLINK(1)", as_of=date(2025, 12, 31), latest_event_at=None, people_count=1, columns=[col],
        rows=[ReportRow(key="p", label="=1+2", cells={"c1": "@SUM(A1)"})], total=ReportRow(key="total",
                                                                                            label="Tổng số", cells={}),
        notes=[], warnings=[])
    sheet = openpyxl.load_workbook(io.BytesIO(layout.xlsx_bytes(report, today=date(2026, 1, 5)))).active
    values = {c.value: c.data_type for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert values["=1+2"] == "s" and values["@SUM(A1)"] == "s"
    assert all(t == "s" for v, t in values.items() if v.startswith(("=", "@", "+", "-")))
    rows = list(csv.reader(io.StringIO(layout.csv_bytes(report).decode("utf-8-sig"))))
    assert ["1", "'=1+2", "'@SUM(A1)"] in rows
