"""The training register as a list per unit, in Excel: one row per attendee with the course's facts, ordered by
unit and name; a unit's list holds its subtree's attendees only; a unit outside the account's scope is not found."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from tests.personnel.careers.test_careers_api import OFFICER, OTHER, approved, profile
from tests.personnel.registers.test_training_register import CV, course


async def test_the_training_register_per_unit_exports_to_excel(api, as_user):
    here = await approved(api, as_user, profile("Vi Văn Học", born="1982-02-02", gender="1", salary=CV))
    sub = await approved(api, as_user, profile("Lò Thị Bồi", born="1984-03-03", gender="2", salary=CV),
                         unit_id="STP_VP")
    c = (await api.post("/training-courses", json=course(name="Bồi dưỡng QLNN chương trình chuyên viên 2026"),
                        headers=as_user(OFFICER))).json()
    r = await api.post(f"/training-courses/{c['id']}/attendees", json={"person_ids": [here, sub]},
                       headers=as_user(OFFICER))
    assert r.status_code == 200, r.text

    def sheet(resp) -> list[tuple]:  # type: ignore[no-untyped-def]
        assert resp.status_code == 200, resp.text
        assert resp.headers["content-type"].startswith("application/vnd.openxmlformats")
        ws = load_workbook(io.BytesIO(resp.content)).active
        assert ws is not None
        return [row for row in ws.iter_rows(values_only=True) if any(row)]

    rows = sheet(await api.get("/training-courses/export.xlsx", params={"year": 2026}, headers=as_user(OFFICER)))
    header = next(r for r in rows if r[0] == "STT")
    assert header[:5] == ("STT", "Đơn vị", "Họ và tên", "Khóa học / chương trình", "Loại")
    mine = [r for r in rows if r[3] == "Bồi dưỡng QLNN chương trình chuyên viên 2026"]
    assert sorted(r[2] for r in mine) == ["Lò Thị Bồi", "Vi Văn Học"]
    line = next(r for r in mine if r[2] == "Vi Văn Học")
    assert (line[4], line[5], line[9], line[10], line[14]) == (
        "Quản lý nhà nước", "Trong nước", "02/03/2026", "29/05/2026", "Đang học")

    sub_rows = sheet(await api.get("/training-courses/export.xlsx", params={"unit_id": "STP_VP"},
                                   headers=as_user(OFFICER)))
    assert [r[2] for r in sub_rows if r[3] == "Bồi dưỡng QLNN chương trình chuyên viên 2026"] == ["Lò Thị Bồi"]
    assert (await api.get("/training-courses/export.xlsx", params={"unit_id": "STP"},
                          headers=as_user(OTHER))).status_code == 404
