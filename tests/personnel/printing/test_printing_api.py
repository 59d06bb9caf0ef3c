"""The printed forms and the Excel export through the in-process app: real tokens, a migrated database,
the PDF read back with pdftotext, the workbook with openpyxl."""

from __future__ import annotations

import io
import re
import subprocess
import uuid
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from common.db import make_engine

from .full_profile import cccd, full_profile

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


async def approve(api, as_user, profile: dict, unit_id: str, officer: str, leader: str) -> str:  # type: ignore[no-untyped-def]
    r = await api.post("/change-requests", json={"unit_id": unit_id, "profile": profile}, headers=as_user(officer))
    assert r.status_code == 201, r.text
    cr = r.json()
    assert (await api.post(f"/change-requests/{cr['id']}/submit", headers=as_user(officer))).status_code == 200
    r = await api.post(f"/change-requests/{cr['id']}/approve", json={"decision_number": "15/QĐ-STP"},
                       headers=as_user(leader))
    assert r.status_code == 200, r.text
    return str(cr["person_id"])


def minimal(name: str, born: str = "1990-01-01", gender: str = "1") -> dict:
    return {"identity": {"full_name": name, "gender": gender, "birth_date": born, "religion": "00",
                         "personal_id_number": cccd(int(born[:4]), gender == "2")},
            "salary": {"rank_code": "01.003", "salary_step": 2, "salary_coefficient": "2.67"}}


@pytest.fixture(scope="module")
async def people(api, as_user) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        "hoa": await approve(api, as_user, full_profile(), "STP_VP", "stp.officer", "stp.leader"),
        "an": await approve(api, as_user, minimal("Lê Văn An"), "STP", "stp.officer", "stp.leader"),
        "linh": await approve(api, as_user, minimal("Hà Thị Linh", gender="2"), "00706", "xa.phulinh", "snv.admin"),
    }


def pdf_text(content: bytes, name: str) -> tuple[str, list[str]]:
    """The text as one flow (for the items), and the lines of the physical layout (for table rows)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    path.write_bytes(content)
    def run(*mode: str) -> str:
        return subprocess.run(["pdftotext", *mode, str(path), "-"], check=True, capture_output=True, text=True).stdout

    return " ".join(run().split()), run("-layout").splitlines()


def has_row(lines: list[str], *cells: str) -> bool:
    """A printed table row: the cells on one line, in this order, apart."""
    pattern = re.compile(r"\s.*?".join(re.escape(c) for c in cells))
    return any(pattern.search(line) for line in lines)


async def audit_count(url: str, person_id: str, form: str) -> int:
    engine = make_engine(url, pool_size=1)
    async with engine.connect() as conn:
        n = (await conn.execute(text("select count(*) from audit_entry where action = 'export' and "
                                     "resource_type = 'person' and resource_id = :p and detail->>'form' = :f"),
                                {"p": person_id, "f": form})).scalar()
    await engine.dispose()
    return int(n or 0)


class TestPrintedForms:
    async def test_2c_lays_out_every_item_with_names_and_dates(self, api, as_user, people, personnel_db):
        r = await api.get(f"/persons/{people['hoa']}/print/2c.pdf", headers=as_user("stp.officer"))
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        assert "filename*=UTF-8''S%C6%A1%20y%E1%BA%BFu" in r.headers["content-disposition"]
        t, lines = pdf_text(r.content, "so-yeu-ly-lich-2c.pdf")
        for expected in ("Mẫu 2C-BNV/2008", "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "NGUYỄN THỊ HOÀ",
                         "Sinh ngày: 12/04/1986", "Giới tính (nam, nữ): Nữ", "Dân tộc: Tày",
                         "Cơ quan, đơn vị có thẩm quyền quản lý CBCC: Sở Tư pháp",
                         "Cơ quan, đơn vị sử dụng CBCC: Văn phòng Sở Tư pháp", "TQ-STP-000123",
                         "Ngạch công chức (viên chức): Chuyên viên", "Hệ số: 3,33", "Ngày hưởng: 01/09/2022",
                         "Trình độ chuyên môn cao nhất: Thạc sĩ, chuyên ngành Luật hành chính",
                         "Khen thưởng: Bằng khen", "Kỷ luật: Khiển trách, năm 2018",
                         "27) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN",
                         "28) TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "07/2020 - nay",
                         "30) QUAN HỆ GIA ĐÌNH",
                         "31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG", "Người khai",
                         "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC"):
            assert expected in t, expected
        # Religion is never blank; the transposed salary grid has the months, grade/step and coefficients.
        assert re.search(r"Tôn giáo: Không", t)
        assert has_row(lines, "Trường Đại học Luật", "Luật", "09/2004 -", "Chính quy", "Cử nhân")
        assert has_row(lines, "Bố đẻ", "Nguyễn Văn Bình", "1955", "Quê quán xã Kim Phú")
        assert has_row(lines, "Mẹ chồng", "Phạm Thị Đào", "1957", "Hưu trí")
        assert has_row(lines, "Tháng/năm", "09/2010", "09/2013", "09/2016", "09/2019")
        assert has_row(lines, "Mã ngạch/bậc", "01.003/1", "01.003/2", "01.003/3", "01.003/4")
        assert has_row(lines, "Hệ số lương", "2,34", "2,67", "3,00", "3,33")
        # A missing value is a dotted blank, not "None".
        assert "None" not in t and re.search(r"Ngày nhập ngũ: \.{5,}", t)
        assert await audit_count(personnel_db, people["hoa"], "2c") == 1

    async def test_unified_resume_has_the_38_items_and_six_training_tables(self, api, as_user, people, personnel_db):
        r = await api.get(f"/persons/{people['hoa']}/print/unified.pdf", headers=as_user("stp.leader"))
        assert r.status_code == 200 and r.content.startswith(b"%PDF-")
        t, lines = pdf_text(r.content, "so-yeu-ly-lich-tt06-2023.pdf")
        for expected in ("Thông tư số 06/2023/TT-BNV", "SƠ YẾU LÝ LỊCH", "NGUYỄN THỊ HOÀ", "Sinh ngày: 12/04/1986",
                         "Mã số định danh:", "Số BHXH: 0812345678", "Ngày được tuyển dụng lần đầu: 01/09/2010",
                         "Ngày vào Đảng Cộng sản Việt Nam: 19/05/2015", "Ngày chính thức: 19/05/2016",
                         "30.1- Ngạch/chức danh nghề nghiệp: Chuyên viên", "Phần trăm hưởng: 100%",
                         "32) QUÁ TRÌNH ĐÀO TẠO, BỒI DƯỠNG", "32.2- Lý luận chính trị",
                         "32.6- Ngoại ngữ/ tiếng dân tộc", "33) TÓM TẮT QUÁ TRÌNH CÔNG TÁC",
                         "35.1- Thành tích thi đua, khen thưởng", "Hoàn thành xuất sắc nhiệm vụ",
                         "36) QUAN HỆ GIA ĐÌNH", "37.1- Quá trình lương của bản thân", "37.2- Các loại phụ cấp khác",
                         "Tiền lương: 180.000.000 đồng", "38) NHẬN XÉT, ĐÁNH GIÁ",
                         "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCCVC", "Nguyễn Thị Hoà"):
            assert expected in t, expected
        assert "Tôn giáo: Không" in t and "None" not in t
        assert has_row(lines, "03/2019 -", "Trường Chính trị tỉnh", "Tại chức", "Trung cấp")
        assert has_row(lines, "01/2015 -", "Trường Đại học Tân Trào", "Tiếng Anh", "Bậc 3 (B1)", "6,5")
        assert has_row(lines, "Chồng", "Trần Đức Minh", "1984", "Kỹ sư")
        assert has_row(lines, "09/2010", "09/2013", "01.003", "1", "2,34")
        assert has_row(lines, "09/2011", "Phụ cấp công vụ", "25%", "Theo phần trăm")
        assert await audit_count(personnel_db, people["hoa"], "unified") == 1

    async def test_outside_the_scope_it_is_a_404_like_a_missing_record(self, api, as_user, people):
        missing = await api.get(f"/persons/{uuid.uuid4()}/print/2c.pdf", headers=as_user("xa.phulinh"))
        for form in ("2c", "unified"):
            r = await api.get(f"/persons/{people['hoa']}/print/{form}.pdf", headers=as_user("xa.phulinh"))
            assert r.status_code == 404 and r.json() == missing.json()

    async def test_as_of_a_day_before_the_first_approval_has_nothing_to_print(self, api, as_user, people):
        r = await api.get(f"/persons/{people['an']}/print/2c.pdf", params={"as_of": "2020-01-01"},
                          headers=as_user("stp.officer"))
        assert r.status_code == 404


def sheet(content: bytes) -> tuple[list[str], list[list[object]]]:
    ws = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = [list(r) for r in ws.iter_rows(min_row=3, values_only=True)]
    return [str(h) for h in rows[0]], rows[1:]


class TestExcelExport:
    async def test_the_export_holds_exactly_the_people_in_scope(self, api, as_user, people, personnel_db):
        r = await api.get("/persons/export.xlsx", headers=as_user("stp.officer"))
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
        headings, rows = sheet(r.content)
        assert headings[:7] == ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Đơn vị", "Chức vụ"]
        assert {"Ngạch/chức danh nghề nghiệp", "Trạng thái", "Hệ số lương"} <= set(headings)
        col = {h: i for i, h in enumerate(headings)}
        by_name = {row[col["Họ và tên"]]: row for row in rows}
        assert set(by_name) == {"Nguyễn Thị Hoà", "Lê Văn An"}  # not the commune's person
        hoa = by_name["Nguyễn Thị Hoà"]
        assert hoa[col["Ngày sinh"]].strftime("%d/%m/%Y") == "12/04/1986"
        assert (hoa[col["Giới tính"]], hoa[col["Dân tộc"]], hoa[col["Đơn vị"]]) == ("Nữ", "Tày", "Văn phòng Sở Tư pháp")
        assert (hoa[col["Ngạch/chức danh nghề nghiệp"]], hoa[col["Hệ số lương"]]) == ("Chuyên viên", 3.33)
        assert (hoa[col["Trạng thái"]], hoa[col["Đảng viên"]]) == ("Đang công tác", "Đảng viên")

        r = await api.get("/persons/export.xlsx", headers=as_user("xa.phulinh"))
        assert [row[1] for row in sheet(r.content)[1]] == ["Hà Thị Linh"]
        r = await api.get("/persons/export.xlsx", params={"q": "hoa", "unit_id": "STP"}, headers=as_user("snv.admin"))
        assert [row[1] for row in sheet(r.content)[1]] == ["Nguyễn Thị Hoà"]

        engine = make_engine(personnel_db, pool_size=1)
        async with engine.connect() as conn:
            details = (await conn.execute(text("select detail from audit_entry where action = 'export' "
                                               "and detail->>'format' = 'xlsx' order by seq"))).scalars().all()
        await engine.dispose()
        assert [d["rows"] for d in details] == [2, 1, 1] and details[2]["filters"] == {"q": "hoa", "unit_id": "STP"}
