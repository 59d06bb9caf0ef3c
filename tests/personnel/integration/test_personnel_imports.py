"""Excel import of whole units (issue 18.1): the template filled with openpyxl, uploaded, previewed,
confirmed into change requests, imported again without effect; every kind of bad file refused with a
Vietnamese message; a row outside the account's scope told apart from nothing; the application killed
half-way resumed without half a person. Through the in-process app on a migrated database, real tokens."""

from __future__ import annotations

import io
import logging
import uuid
import zipfile
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from common.db import make_engine, make_sessionmaker
from common.testing import files
from common.testing.waiting import until
from personnel.imports import service, workbook

from .conftest import unique_cccd

OFFICER, LEADER, COMMUNE = "stp.officer", "stp.leader", "xa.phulinh"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def template(api, as_user, user: str = OFFICER) -> bytes:
    r = await api.get("/imports/template.xlsx", headers=as_user(user))
    assert r.status_code == 200, r.text
    return r.content


def person_row(cccd: str, name: str, *, unit: str = "STP - Sở Tư pháp", born: str = "12/04/1986",
               gender: str = "2 - Nữ", ethnicity: str = "01 - Kinh", phone: str = "0912345678") -> dict[str, Any]:
    return {"Số định danh cá nhân (CCCD)": cccd, "Mã đơn vị": unit, "Họ và tên": name, "Giới tính": gender,
            "Ngày sinh": born, "Dân tộc": ethnicity, "Tôn giáo": "00 - Không", "Điện thoại": phone,
            "Loại cán bộ, công chức, viên chức": "Công chức", "Ngày tuyển dụng lần đầu": "01/09/2010",
            "Ngạch, chức danh nghề nghiệp": "01.003 - Chuyên viên", "Bậc lương": 4, "Hệ số lương": 3.33,
            "Trình độ chuyên môn cao nhất": "DH"}


def fill(content: bytes, sheets: dict[str, list[dict[str, Any]]]) -> bytes:
    """Write rows under the template's headers, as an officer would in Excel."""
    wb = load_workbook(io.BytesIO(content))
    for name, rows in sheets.items():
        ws = wb[name]
        headers = {c.value: c.column for c in ws[1]}
        for r, row in enumerate(rows, start=2):
            for header, value in row.items():
                ws.cell(row=r, column=headers[header], value=value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


async def upload(api, as_user, content: bytes, user: str = OFFICER, name: str = "ho-so.xlsx"):  # type: ignore[no-untyped-def]
    return await api.post("/imports", files={"file": (name, content, XLSX)}, headers=as_user(user))


async def settled(api, as_user, job_id: str, user: str = OFFICER, states=("preview", "done", "failed")) -> dict:  # type: ignore[no-untyped-def]
    async def check():  # type: ignore[no-untyped-def]
        job = (await api.get(f"/imports/{job_id}", headers=as_user(user))).json()
        return job if job["state"] in states else None

    job = await until(check, timeout=60)
    assert job, "the import never settled"
    return job  # type: ignore[return-value]


async def preview_of(api, as_user, content: bytes, user: str = OFFICER) -> dict:  # type: ignore[no-untyped-def]
    r = await upload(api, as_user, content, user)
    assert r.status_code == 202, r.text
    assert r.json()["state"] == "analysing"
    return await settled(api, as_user, r.json()["id"], user)


async def items(api, as_user, job_id: str, user: str = OFFICER) -> list[dict]:  # type: ignore[no-untyped-def]
    return (await api.get(f"/imports/{job_id}/items", params={"size": 500}, headers=as_user(user))).json()["items"]


def three_people() -> tuple[list[str], dict[str, list[dict[str, Any]]]]:
    keys = [unique_cccd(1986, True), unique_cccd(1979, False), unique_cccd(1990, True)]
    main = [person_row(keys[0], "Nguyễn Thị Hoà"),
            person_row(keys[1], "Trần Văn Bình", gender="1 - Nam", born="03/02/1979"),
            person_row(keys[2], "Lê Thị Cúc", born="1990-07-15")]
    training = [{"Số định danh cá nhân (CCCD)": keys[0], "Loại đào tạo": "Chuyên môn, nghiệp vụ", "Từ tháng": "09/2004",
                 "Đến tháng": "06/2008", "Cơ sở đào tạo": "Trường Đại học Luật Hà Nội", "Trình độ": "DH"}]
    family = [{"Số định danh cá nhân (CCCD)": keys[1], "Bên": "Về bản thân", "Quan hệ": "BO - Bố đẻ",
               "Họ và tên": "Trần Văn An", "Năm sinh": 1950},
              {"Số định danh cá nhân (CCCD)": keys[1], "Bên": "Về bản thân", "Quan hệ": "Mẹ đẻ",
               "Họ và tên": "Phạm Thị Lan", "Năm sinh": 1953}]
    work = [{"Số định danh cá nhân (CCCD)": keys[2], "Từ tháng": "09/2012", "Cơ quan, đơn vị": "Sở Tư pháp",
             "Chức danh, chức vụ": "Chuyên viên"}]
    return keys, {"Hồ sơ": main, "Đào tạo, bồi dưỡng": training, "Quan hệ gia đình": family,
                  "Quá trình công tác": work}


class TestRoundTrip:
    async def test_template_filled_previewed_confirmed_then_imported_again_changes_nothing(self, api, as_user,
                                                                                          personnel_db):
        blank = await template(api, as_user)
        wb = load_workbook(io.BytesIO(blank))
        assert wb.sheetnames[:3] == ["Hồ sơ", "Đào tạo, bồi dưỡng", "Quá trình công tác"]
        assert all(ws.sheet_state == "visible" for ws in wb.worksheets)
        assert wb["Hồ sơ"]["A1"].value == "Số định danh cá nhân (CCCD)"
        lists = {str(dv.sqref): dv.formula1 for dv in wb["Hồ sơ"].data_validations.dataValidation}
        assert any("'Danh mục'" in (f or "") for f in lists.values())  # drop-downs from the catalogs
        assert "01.003 - Chuyên viên" in [c.value for c in next(
            col for col in wb["Danh mục"].iter_cols() if col[0].value == "Ngạch, chức danh nghề nghiệp")]

        keys, sheets = three_people()
        content = fill(blank, sheets)
        job = await preview_of(api, as_user, content)
        assert job["state"] == "preview", job
        assert (job["total"], job["created"], job["changed"], job["unchanged"], job["rejected"]) == (3, 3, 0, 0, 0), job
        assert job["error_count"] == 0
        rows = await items(api, as_user, job["id"])
        assert [(i["personal_id_number"], i["action"]) for i in rows] == [(k, "create") for k in keys]

        r = await api.post(f"/imports/{job['id']}/confirm", json={"mode": "draft"}, headers=as_user(OFFICER))
        assert r.status_code == 200 and r.json()["state"] == "applying", r.text
        done = await settled(api, as_user, job["id"], states=("done",))
        assert (done["processed"], done["total"]) == (3, 3)
        r = await api.post(f"/imports/{job['id']}/confirm", headers=as_user(OFFICER))
        assert r.status_code == 409 and r.json()["error"] == "import.not_ready" and "đã xong" in r.json()["message"]
        rows = await items(api, as_user, job["id"])
        crs = [(await api.get(f"/change-requests/{i['change_request_id']}", headers=as_user(OFFICER))).json()
               for i in rows]
        assert [(c["state"], c["kind"], c["unit_id"], c["created_by"]) for c in crs] == [
            ("draft", "create", "STP", OFFICER)] * 3
        first, second = crs[0]["profile"], crs[1]["profile"]
        assert first["identity"]["personal_id_number"] == keys[0]
        assert first["identity"]["birth_date"] == "1986-04-12" and first["salary"]["salary_coefficient"] == "3.33"
        assert first["training"][0]["institution"] == "Trường Đại học Luật Hà Nội"
        assert [f["relation"] for f in second["family_relations"]] == ["BO", "ME"]  # code or name in the cell
        assert crs[2]["profile"]["work_history"][0]["from_month"] == "2012-09"

        # The same file again: nothing new, nothing to confirm.
        again = await preview_of(api, as_user, content)
        assert (again["created"], again["changed"], again["unchanged"], again["rejected"]) == (0, 0, 3, 0), again
        r = await api.post(f"/imports/{again['id']}/confirm", headers=as_user(OFFICER))
        assert r.status_code == 409 and r.json()["error"] == "import.nothing_to_apply"
        count = await scalar(personnel_db, "select count(*) from change_request where "
                             "profile -> 'identity' ->> 'personal_id_number' = any(:k)", k=keys)
        assert count == 3

        # One phone changed: that person's draft is replaced, the others untouched.
        sheets["Hồ sơ"][0]["Điện thoại"] = "0987654321"
        changed = await preview_of(api, as_user, fill(blank, sheets))
        assert (changed["created"], changed["changed"], changed["unchanged"]) == (0, 1, 2), changed
        row = next(i for i in await items(api, as_user, changed["id"]) if i["action"] == "update")
        assert row["changes"] == ["identity.phone"] and row["personal_id_number"] == keys[0]
        r = await api.post(f"/imports/{changed['id']}/confirm", headers=as_user(OFFICER))
        await settled(api, as_user, changed["id"], states=("done",))
        cr = (await api.get(f"/change-requests/{crs[0]['id']}", headers=as_user(OFFICER))).json()
        assert (cr["profile"]["identity"]["phone"], cr["revision"]) == ("0987654321", 2)
        assert await scalar(personnel_db, "select count(*) from change_request where "
                            "profile -> 'identity' ->> 'personal_id_number' = any(:k)", k=keys) == 3

    async def test_submitted_mode_goes_to_the_leader_and_an_approved_record_is_updated(self, api, as_user):
        blank = await template(api, as_user)
        _, sheets = three_people()
        job = await preview_of(api, as_user, fill(blank, {"Hồ sơ": sheets["Hồ sơ"][:1]}))
        await api.post(f"/imports/{job['id']}/confirm", json={"mode": "submitted"}, headers=as_user(OFFICER))
        await settled(api, as_user, job["id"], states=("done",))
        cr_id = (await items(api, as_user, job["id"]))[0]["change_request_id"]
        r = await api.post(f"/change-requests/{cr_id}/approve", headers=as_user(LEADER))
        assert r.status_code == 200 and r.json()["state"] == "approved", r.text
        person_id = r.json()["person_id"]

        sheets["Hồ sơ"][0]["Bậc lương"] = 5
        sheets["Hồ sơ"][0]["Hệ số lương"] = 3.66
        job = await preview_of(api, as_user, fill(blank, {"Hồ sơ": sheets["Hồ sơ"][:1]}))
        row = (await items(api, as_user, job["id"]))[0]
        assert (row["action"], row["person_id"]) == ("update", person_id)
        assert row["changes"] == ["salary.salary_coefficient", "salary.salary_step"]
        await api.post(f"/imports/{job['id']}/confirm", headers=as_user(OFFICER))
        await settled(api, as_user, job["id"], states=("done",))
        cr = (await api.get(f"/change-requests/{(await items(api, as_user, job['id']))[0]['change_request_id']}",
                            headers=as_user(OFFICER))).json()
        assert (cr["kind"], cr["state"], cr["base_version"]) == ("update", "draft", 1)


async def scalar(url: str, sql: str, **params):  # type: ignore[no-untyped-def]
    engine = make_engine(url, pool_size=1)
    async with engine.connect() as conn:
        value = (await conn.execute(text(sql), params)).scalar()
    await engine.dispose()
    return value


def refused_code(r) -> str:  # type: ignore[no-untyped-def]
    assert r.status_code == 422, r.text
    body = r.json()
    return body["fields"][0]["code"] if body.get("fields") else body["error"]


def rezip(content: bytes, *, add: dict[str, bytes] | None = None,
          change: dict[str, Any] | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if change and info.filename in change:
                data = change[info.filename](data)
            target.writestr(info.filename, data)
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return out.getvalue()


class TestBadFiles:
    async def test_each_bad_file_is_refused_whole_in_vietnamese_and_nothing_is_stored(self, api, as_user,
                                                                                     personnel_db, monkeypatch):
        before = await scalar(personnel_db, "select count(*) from import_job")
        blank = await template(api, as_user)
        _, sheets = three_people()
        good = fill(blank, {"Hồ sơ": sheets["Hồ sơ"]})

        r = await upload(api, as_user, files.pdf(), name="ho-so.xlsx")  # a PDF renamed
        assert refused_code(r) == "import.not_xlsx"
        assert "không phải là bảng tính Excel" in r.json()["message"]

        wb = load_workbook(io.BytesIO(good))
        wb["Hồ sơ"]["AZ2"] = "=1+1"
        buf = io.BytesIO()
        wb.save(buf)
        r = await upload(api, as_user, buf.getvalue())
        assert refused_code(r) == "import.formulas"
        assert "Trang 'Hồ sơ' có công thức (ô AZ2)" in r.json()["fields"][0]["message"]

        r = await upload(api, as_user, rezip(good, add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"}))
        assert refused_code(r) == "import.macros"

        wb = load_workbook(io.BytesIO(good))
        wb["Khen thưởng"].sheet_state = "hidden"
        buf = io.BytesIO()
        wb.save(buf)
        r = await upload(api, as_user, buf.getvalue())
        assert refused_code(r) == "import.hidden_sheet" and "'Khen thưởng'" in r.json()["fields"][0]["message"]

        bomb = rezip(good, add={"xl/media/padding.xml": b"\0" * (8 * 1024 * 1024)})  # ~8 KB that inflate to 8 MB
        assert len(bomb) < len(good) + 64 * 1024
        r = await upload(api, as_user, bomb)
        assert refused_code(r) == "import.zip_bomb"

        monkeypatch.setattr(workbook, "MAX_PEOPLE", 2)
        r = await upload(api, as_user, good)
        assert refused_code(r) == "import.too_many_rows"
        monkeypatch.setattr(workbook, "MAX_BYTES", 1000)
        r = await upload(api, as_user, good)
        assert refused_code(r) == "import.too_large"

        r = await upload(api, as_user, b"")
        assert refused_code(r) == "import.file_empty"
        r = await api.post("/imports", files={"file": ("ho-so.xlsx", good)},
                           headers={**as_user(OFFICER), "Accept-Language": "en"})
        assert r.status_code == 422 and r.json()["fields"][0]["message"].startswith("The file exceeds")
        assert await scalar(personnel_db, "select count(*) from import_job") == before


class TestBadRows:
    async def test_rows_are_reported_by_sheet_row_and_column_and_only_valid_people_are_applied(self, api, as_user):
        blank = await template(api, as_user)
        good, dup, typo = unique_cccd(1985, True), unique_cccd(1984, False), unique_cccd(1983, True)
        main = [person_row(good, "Đỗ Thị Mai"),
                person_row(dup, "Vũ Văn Nam", gender="1 - Nam", born="05/05/1984"),
                person_row(dup, "Vũ Văn Nam (bản sao)", gender="1 - Nam", born="05/05/1984"),
                person_row(typo, "Hà Thị Oanh", ethnicity="Tayy", born="01/01/1983"),
                {**person_row(unique_cccd(1990, True), "Ngô Thị Phương"), "Ngày sinh": "31/02/1990"}]
        orphan = [{"Số định danh cá nhân (CCCD)": "001099000001", "Năm": 2024,
                   "Hình thức khen thưởng": "Giấy khen"}]
        job = await preview_of(api, as_user, fill(blank, {"Hồ sơ": main, "Khen thưởng": orphan}))
        assert (job["total"], job["created"], job["rejected"]) == (4, 1, 3), job
        errors = (await api.get(f"/imports/{job['id']}/errors", headers=as_user(OFFICER))).json()["items"]
        by_code = {e["code"]: e for e in errors}
        d = by_code["import.duplicate_key"]
        assert (d["sheet"], d["row"], d["column"]) == ("Hồ sơ", 4, "A")
        assert d["message"] == "Số định danh cá nhân trùng nhau ở dòng 3 và dòng 4 trong cùng tệp."
        e = by_code["import.unknown_catalog_value"]
        assert (e["sheet"], e["row"], e["header"]) == ("Hồ sơ", 5, "Dân tộc")
        assert "'Tayy' không có trong danh mục. Có phải: 02 - Tày" in e["message"]
        b = by_code["import.bad_date"]
        assert (b["row"], b["header"]) == (6, "Ngày sinh")
        assert b["message"] == "'31/02/1990' không phải là ngày (dd/mm/yyyy)."
        o = by_code["import.key_not_on_main_sheet"]
        assert (o["sheet"], o["row"], o["column"]) == ("Khen thưởng", 2, "A")
        rows = await items(api, as_user, job["id"])
        assert [r["action"] for r in rows] == ["create", "error", "error", "error"]

        await api.post(f"/imports/{job['id']}/confirm", headers=as_user(OFFICER))
        done = await settled(api, as_user, job["id"], states=("done",))
        created = [i for i in await items(api, as_user, done["id"]) if i["change_request_id"]]
        assert [i["personal_id_number"] for i in created] == [good]

    async def test_a_row_outside_the_scope_reads_the_same_whether_the_person_exists_or_not(self, api, as_user):
        blank = await template(api, as_user)
        taken, taken_too, taken_also = unique_cccd(1980, True), unique_cccd(1980, True), unique_cccd(1980, True)
        job = await preview_of(api, as_user, fill(blank, {"Hồ sơ": [person_row(k, "Phan Thị Quế")
                                                                     for k in (taken, taken_too, taken_also)]}))
        await api.post(f"/imports/{job['id']}/confirm", json={"mode": "submitted"}, headers=as_user(OFFICER))
        await settled(api, as_user, job["id"], states=("done",))
        for item in await items(api, as_user, job["id"]):  # official records of Sở Tư pháp
            r = await api.post(f"/change-requests/{item['change_request_id']}/approve", headers=as_user(LEADER))
            assert r.status_code == 200, r.text

        commune = await template(api, as_user, COMMUNE)
        units = [c.value for c in load_workbook(io.BytesIO(commune))["Danh mục"]["A"]][1:]
        units = [u for u in units if u]
        assert units == ["00706 - Xã Phú Linh"]  # only the account's own units are offered
        # Each row held in Sở Tư pháp is followed by a row of a number held nowhere, written the same way: the
        # commune's officer gets the same answer for both (nothing tells it the number exists elsewhere).
        rows = [person_row(taken, "Phan Thị Quế", unit="STP"),  # exists in Sở Tư pháp, named there
                person_row(unique_cccd(1981, True), "Tạ Thị Sen", unit="STP"),  # new, in an outside unit
                person_row(taken_too, "Phan Thị Quế", unit=""),  # exists, no unit
                person_row(unique_cccd(1983, True), "Hà Thị Uyên", unit=""),  # new, no unit
                person_row(taken_also, "Phan Thị Quế", unit="00706"),  # exists, for the commune itself
                person_row(unique_cccd(1982, True), "Lý Thị Tâm", unit="00706")]  # new, for the commune
        job = await preview_of(api, as_user, fill(commune, {"Hồ sơ": rows}), user=COMMUNE)
        assert (job["created"], job["rejected"]) == (2, 4), job
        codes = {e["row"]: (e["code"], e["column"], e["message"]) for e in job["errors"]}
        assert codes[2] == codes[3] and codes[2][0] == "import.out_of_scope"
        assert codes[4] == codes[5] and codes[4][0] == "import.unit_required"
        assert 6 not in codes and 7 not in codes
        assert all("Sở Tư pháp" not in e["message"] for e in job["errors"])
        preview = await items(api, as_user, job["id"], COMMUNE)
        by_row = {i["row"]: i for i in preview}
        assert by_row[6]["action"] == by_row[7]["action"] == "create" and by_row[6]["person_id"] is None
        for held, fresh in ((2, 3), (4, 5), (6, 7)):  # the preview's rows too: no link to the held record
            assert {k: by_row[held][k] for k in ("action", "person_id", "unit_id")} == \
                   {k: by_row[fresh][k] for k in ("action", "person_id", "unit_id")}
        r = await api.get(f"/imports/{job['id']}", headers=as_user(OFFICER))
        assert r.status_code == 404  # another account's import is not there

        # Confirmed, both new people become requests alike; the Department, who sees both records, is the one
        # told that the number is already Sở Tư pháp's when it comes to approve.
        await api.post(f"/imports/{job['id']}/confirm", json={"mode": "submitted"}, headers=as_user(COMMUNE))
        done = await settled(api, as_user, job["id"], user=COMMUNE, states=("done",))
        assert done["created"] == 2, done
        made = {i["row"]: i["change_request_id"] for i in await items(api, as_user, job["id"], COMMUNE)}
        assert made[6] and made[7]
        r = await api.post(f"/change-requests/{made[6]}/approve", json={}, headers=as_user("snv.admin"))
        assert r.status_code == 422 and r.json()["fields"][0]["code"] == "profile.id_number_taken", r.text
        assert "Sở Tư pháp" in r.json()["fields"][0]["message"]


    async def test_a_large_file_judged_in_two_processes_previews_exactly_as_in_one(self, api, as_user, monkeypatch,
                                                                                  caplog):
        blank = await template(api, as_user)
        _, sheets = three_people()
        dup, typo = unique_cccd(1984, False), unique_cccd(1983, True)
        sheets["Hồ sơ"] += [person_row(dup, "Vũ Văn Nam", gender="1 - Nam", born="05/05/1984"),
                            person_row(dup, "Vũ Văn Nam (bản sao)", gender="1 - Nam", born="05/05/1984"),
                            person_row(typo, "Hà Thị Oanh", ethnicity="Tayy", born="01/01/1983"),
                            *(person_row(unique_cccd(1980 + i, i % 2 == 0), f"Người Thứ {i}") for i in range(8))]
        sheets["Khen thưởng"] = [{"Số định danh cá nhân (CCCD)": "001099000001", "Năm": 2024,
                                  "Hình thức khen thưởng": "Giấy khen"}]
        content = fill(blank, sheets)

        async def preview() -> tuple:  # type: ignore[type-arg]
            job = await preview_of(api, as_user, content)
            errors = (await api.get(f"/imports/{job['id']}/errors", headers=as_user(OFFICER))).json()["items"]
            rows = [(i["seq"], i["row"], i["personal_id_number"], i["full_name"], i["action"], i["changes"])
                    for i in await items(api, as_user, job["id"])]
            await api.post(f"/imports/{job['id']}/cancel", headers=as_user(OFFICER))
            return ({k: job[k] for k in ("state", "total", "created", "changed", "unchanged", "rejected",
                                         "error_count")}, [(e["sheet"], e["row"], e["column"], e["code"],
                                                           e["message"]) for e in errors], rows)

        caplog.set_level(logging.INFO, logger="personnel.imports.service")
        in_one = await preview()
        monkeypatch.setattr(service, "PARALLEL_FROM", 1)
        monkeypatch.setattr(service, "analysis_workers", lambda: 2)
        in_two = await preview()
        parts = [r.args[1] for r in caplog.records if r.msg.startswith("import analysed")]
        assert parts == [1, 2]  # the second preview was judged by two worker processes
        assert in_one[0]["total"] == 13 and in_one[0]["rejected"] == 2 and in_one[0]["error_count"] == 3, in_one
        assert in_two == in_one


class TestKilledHalfWay:
    async def test_a_chunk_killed_before_its_commit_leaves_no_half_and_the_job_resumes(self, api, as_user,
                                                                                      personnel_db):
        blank = await template(api, as_user)
        keys = [unique_cccd(1975 + i, True) for i in range(5)]
        rows = [person_row(k, f"Người Thứ {i}", born=f"01/01/{1975 + i}") for i, k in enumerate(keys)]
        training = [{"Số định danh cá nhân (CCCD)": k, "Loại đào tạo": "Tin học", "Cơ sở đào tạo": "Trung tâm Tin học"}
                    for k in keys]
        job = await preview_of(api, as_user, fill(blank, {"Hồ sơ": rows, "Đào tạo, bồi dưỡng": training}))
        assert job["created"] == 5
        engine = make_engine(personnel_db, pool_size=2)
        async with engine.begin() as conn:  # confirmed, and leased away from the app's own runner
            await conn.execute(text("update import_job set state = 'applying', confirmed_by = :u, confirmed_at = now(),"
                                    " lease_until = now() + interval '1 hour' where id = :id"),
                               {"u": OFFICER, "id": uuid.UUID(job["id"])})
        sessionmaker = make_sessionmaker(engine)

        class Killed(Exception):
            pass

        def kill_at(cursor: int) -> None:
            if cursor > 2:
                raise Killed

        assert await service.apply_chunk(sessionmaker, uuid.UUID(job["id"]), size=2, before_commit=kill_at)
        with pytest.raises(Killed):
            await service.apply_chunk(sessionmaker, uuid.UUID(job["id"]), size=2, before_commit=kill_at)

        async def state() -> tuple[int, int, int]:
            async with engine.connect() as conn:
                processed = (await conn.execute(text("select processed from import_job where id = :id"),
                                                {"id": uuid.UUID(job["id"])})).scalar()
                crs = (await conn.execute(text(
                    "select count(*) from change_request"
                    " where profile -> 'identity' ->> 'personal_id_number' = any(:k)"), {"k": keys})).scalar()
                people = (await conn.execute(text(
                    "select count(*) from person p join change_request c on c.person_id = p.id "
                    "where c.profile -> 'identity' ->> 'personal_id_number' = any(:k)"), {"k": keys})).scalar()
            return processed, crs, people

        assert await state() == (2, 2, 2)  # the killed chunk left nothing: two whole people
        await service.apply_all(sessionmaker, uuid.UUID(job["id"]), size=2)
        assert await state() == (5, 5, 5)
        done = (await api.get(f"/imports/{job['id']}", headers=as_user(OFFICER))).json()
        assert done["state"] == "done"
        await engine.dispose()


ADMIN = "snv.admin"  # province_admin: imports and approves anywhere in the province
DECISION = {"decision_number": "125/QĐ-SNV", "decision_signed_on": "2026-11-30", "signer": "Nguyễn Văn Hùng",
            "issuer": "Sở Nội vụ tỉnh Tuyên Quang"}


async def submitted_import(api, as_user, keys: list[str], *, mode: str = "submitted", user: str = OFFICER,  # type: ignore[no-untyped-def]
                           unit: str = "STP - Sở Tư pháp") -> dict:
    blank = await template(api, as_user, user)
    rows = [person_row(k, f"Người Duyệt {i}", born=f"01/03/{1980 + i}", unit=unit) for i, k in enumerate(keys)]
    job = await preview_of(api, as_user, fill(blank, {"Hồ sơ": rows}), user)
    assert job["created"] == len(keys), job
    r = await api.post(f"/imports/{job['id']}/confirm", json={"mode": mode}, headers=as_user(user))
    assert r.status_code == 200, r.text
    return await settled(api, as_user, job["id"], user, states=("done",))


async def approved_versions(url: str, keys: list[str]) -> list[tuple[str, int, str | None, str | None, str]]:
    engine = make_engine(url, pool_size=1)
    async with engine.connect() as conn:
        rows = (await conn.execute(text(
            "select p.personal_id_number, v.version, v.decision_number, cast(v.decision_signed_on as text),"
            " v.approved_by from person p join person_version v on v.person_id = p.id"
            " where p.personal_id_number = any(:k) order by p.personal_id_number, v.version"), {"k": keys})).all()
    await engine.dispose()
    return [tuple(r) for r in rows]  # type: ignore[misc]


class TestApprovalUnderOneDecision:
    async def test_the_department_approves_a_whole_submitted_import_under_one_decision(self, api, as_user,
                                                                                      personnel_db):
        keys = sorted(unique_cccd(1980 + i, i % 2 == 0) for i in range(3))
        job = await submitted_import(api, as_user, keys)
        assert (job["state"], job["mode"], job["decision"]) == ("done", "submitted", None)

        # The officer who uploaded and confirmed it approves nothing: nothing changes.
        r = await api.post(f"/imports/{job['id']}/approve", json=DECISION, headers=as_user(OFFICER))
        assert r.status_code == 403, r.text
        # Without a number or a signer, or signed in the future: refused in Vietnamese, nothing changes.
        r = await api.post(f"/imports/{job['id']}/approve", headers=as_user(ADMIN),
                           json={**DECISION, "decision_number": "  ", "decision_signed_on": "2099-01-01"})
        assert r.status_code == 422, r.text
        assert [f["field"] for f in r.json()["fields"]] == ["decision_number", "decision_signed_on"]
        assert r.json()["message"] == "Phải ghi số quyết định."
        still = (await api.get(f"/imports/{job['id']}", headers=as_user(OFFICER))).json()
        assert (still["state"], still["approver"], still["decision"]) == ("done", None, None)
        assert await approved_versions(personnel_db, keys) == []

        r = await api.post(f"/imports/{job['id']}/approve", json=DECISION, headers=as_user(ADMIN))
        assert r.status_code == 200, r.text
        assert (r.json()["state"], r.json()["approver"], r.json()["approval_total"]) == ("approving", ADMIN, 3)
        done = await settled(api, as_user, job["id"], states=("approved",))
        assert (done["approved_count"], done["skipped_count"], done["approval_processed"]) == (3, 0, 3), done
        assert done["decision"] == {"number": "125/QĐ-SNV", "signed_on": "2026-11-30", "signer": "Nguyễn Văn Hùng",
                                    "issuer": "Sở Nội vụ tỉnh Tuyên Quang"}
        assert done["approved_at"] is not None
        # Each person approved once, through the change request's own approval, with the decision on the version.
        assert await approved_versions(personnel_db, keys) == [(k, 1, "125/QĐ-SNV", "2026-11-30", ADMIN) for k in keys]
        rows = await items(api, as_user, job["id"])
        crs = [(await api.get(f"/change-requests/{i['change_request_id']}", headers=as_user(ADMIN))).json()
               for i in rows]
        assert {(c["state"], c["decided_by"], c["decision_number"]) for c in crs} == {
            ("approved", ADMIN, "125/QĐ-SNV")}
        assert await scalar(personnel_db, "select count(*) from audit_entry where action = 'import_approve'"
                            " and resource_id = :id", id=job["id"]) == 1
        assert await scalar(personnel_db, "select count(*) from audit_entry where action = 'approve'"
                            " and detail ->> 'change_request_id' = any(:c)", c=[c["id"] for c in crs]) == 3
        # Approved once: a second approval is refused.
        r = await api.post(f"/imports/{job['id']}/approve", json=DECISION, headers=as_user(LEADER))
        assert r.status_code == 409 and r.json()["error"] == "import.approval_not_ready", r.text
        assert "đã phê duyệt" in r.json()["message"]

    async def test_a_draft_import_or_one_not_done_is_refused_and_the_leader_needs_every_record_in_scope(
            self, api, as_user, personnel_db):
        drafts = await submitted_import(api, as_user, [unique_cccd(1983, True)], mode="draft")
        r = await api.post(f"/imports/{drafts['id']}/approve", json=DECISION, headers=as_user(ADMIN))
        assert r.status_code == 409 and r.json()["error"] == "import.not_submitted", r.text

        blank = await template(api, as_user)
        waiting = await preview_of(api, as_user, fill(blank, {"Hồ sơ": [person_row(unique_cccd(1984, True), "Chờ")]}))
        r = await api.post(f"/imports/{waiting['id']}/approve", json=DECISION, headers=as_user(ADMIN))
        assert r.status_code == 409 and r.json()["error"] == "import.approval_not_ready", r.text
        assert "chờ xác nhận" in r.json()["message"]

        # An administrator who imported and confirmed it may not approve it (separation of duties): another
        # approver does; nothing changes meanwhile.
        keys = [unique_cccd(1985, False)]
        job = await submitted_import(api, as_user, keys, user=ADMIN)
        r = await api.post(f"/imports/{job['id']}/approve", json=DECISION, headers=as_user(ADMIN))
        assert r.status_code == 403 and r.json()["error"] == "approval.own_work", r.text
        assert "Không được tự phê duyệt" in r.json()["message"]
        assert (await api.get(f"/imports/{job['id']}", headers=as_user(ADMIN))).json()["state"] == "done"
        assert await approved_versions(personnel_db, keys) == []

        # A leader reaches only the imports whose every record lies under it.
        commune = await submitted_import(api, as_user, [unique_cccd(1986, False)], user=COMMUNE,
                                         unit="00706 - Xã Phú Linh")
        r = await api.post(f"/imports/{commune['id']}/approve", json=DECISION, headers=as_user(LEADER))
        assert r.status_code == 404, r.text
        assert (await api.get(f"/imports/{commune['id']}", headers=as_user(LEADER))).status_code == 404
        # The unit's leader sees the submitted import among its imports (not the drafts) and approves it whole.
        listed = [j["id"] for j in (await api.get("/imports", headers=as_user(LEADER))).json()["items"]]
        assert job["id"] in listed and drafts["id"] not in listed and commune["id"] not in listed
        r = await api.post(f"/imports/{job['id']}/approve", json=DECISION, headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        done = await settled(api, as_user, job["id"], user=LEADER, states=("approved",))
        assert (done["approved_count"], done["skipped_count"], done["approver"]) == (1, 0, LEADER)
        assert await approved_versions(personnel_db, keys) == [(keys[0], 1, "125/QĐ-SNV", "2026-11-30", LEADER)]

    async def test_approval_killed_half_way_resumes_and_approves_each_person_once(self, api, as_user,
                                                                                 personnel_db):
        keys = sorted(unique_cccd(1970 + i, i % 2 == 1) for i in range(5))
        job = await submitted_import(api, as_user, keys)
        rows = await items(api, as_user, job["id"])
        withdrawn = next(i for i in rows if i["personal_id_number"] == keys[3])
        r = await api.post(f"/change-requests/{withdrawn['change_request_id']}/withdraw", headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        engine = make_engine(personnel_db, pool_size=2)
        async with engine.begin() as conn:  # as POST .../approve leaves it, leased away from the app's runner
            await conn.execute(text(
                "update import_job set state = 'approving', approver = :a, approver_subject = :a,"
                " approver_unit_id = 'SNV', approver_roles = '[\"province_admin\"]'::jsonb, decision_number = :n,"
                " decision_signed_on = :d, decision_signer = 'Nguyễn Văn Hùng', approval_total = 5,"
                " approval_requested_at = now(), lease_until = now() + interval '1 hour' where id = :id"),
                {"a": ADMIN, "n": "126/QĐ-SNV", "d": date(2026, 12, 1), "id": uuid.UUID(job["id"])})
        sessionmaker = make_sessionmaker(engine)

        class Killed(Exception):
            pass

        def kill_at(cursor: int) -> None:
            if cursor > 2:
                raise Killed

        assert await service.approve_chunk(sessionmaker, uuid.UUID(job["id"]), size=2, before_commit=kill_at)
        with pytest.raises(Killed):
            await service.approve_chunk(sessionmaker, uuid.UUID(job["id"]), size=2, before_commit=kill_at)
        versions = await approved_versions(personnel_db, keys)
        assert len(versions) == 2  # the killed chunk left nothing approved

        await service.approve_all(sessionmaker, uuid.UUID(job["id"]), size=2)
        versions = await approved_versions(personnel_db, keys)
        assert versions == [(k, 1, "126/QĐ-SNV", "2026-12-01", ADMIN) for k in keys if k != keys[3]]
        done = (await api.get(f"/imports/{job['id']}", headers=as_user(OFFICER))).json()
        assert (done["state"], done["approved_count"], done["skipped_count"], done["approval_processed"]) == (
            "approved", 4, 1, 5), done
        assert [(s["personal_id_number"], s["code"]) for s in done["skips"]] == [
            (keys[3], "import.skip_not_submitted")]
        assert "đã rút" in done["skips"][0]["message"]
        await engine.dispose()

    async def test_a_request_no_approval_gets_through_is_skipped_and_the_job_still_ends(self, api, as_user,
                                                                                      personnel_db, monkeypatch):
        keys = sorted(unique_cccd(1976 + i, True) for i in range(2))
        job = await submitted_import(api, as_user, keys)
        broken = (await items(api, as_user, job["id"]))[0]["change_request_id"]
        approve = service.changes.approve

        async def failing(session, principal, *, cr_id, **kwargs):  # type: ignore[no-untyped-def]
            if str(cr_id) == broken:
                raise RuntimeError("a profile the schema no longer reads")
            return await approve(session, principal, cr_id=cr_id, **kwargs)

        monkeypatch.setattr(service.changes, "approve", failing)
        r = await api.post(f"/imports/{job['id']}/approve", json=DECISION, headers=as_user(ADMIN))
        assert r.status_code == 200, r.text
        done = await settled(api, as_user, job["id"], states=("approved",))
        assert (done["approved_count"], done["skipped_count"]) == (1, 1), done
        assert [(s["change_request_id"], s["code"]) for s in done["skips"]] == [(broken, "import.skip_failed")]
        assert [v[0] for v in await approved_versions(personnel_db, keys)] == [keys[1]]
