"""Ad-hoc lists and the dashboard through the gateway with real tokens: a list previewed, saved for the unit,
run and exported (the workbook keeps formula-like text as text); scope (another unit's list and a unit
outside the account's scope are 404), bad columns and filters refused in Vietnamese with nothing saved;
the dashboard's figures add up to the unit's headcount."""

from __future__ import annotations

import io
import uuid

import openpyxl
import pytest

from common.testing.plugin import auth

REPORTING = "/api/reporting"


@pytest.fixture
def as_user(token_for):  # type: ignore[no-untyped-def]
    return lambda username: auth(token_for(username))


async def test_a_list_is_previewed_saved_run_and_exported_within_its_unit(gateway, as_user):
    stp = as_user("stp.officer")
    r = await gateway.get(f"{REPORTING}/lists/fields", headers=stp)
    assert r.status_code == 200 and "full_name" in [c["key"] for c in r.json()["columns"]]
    body = {"columns": ["full_name", "unit_name", "gender", "age", "rank_name"], "filters": {"sex": ["female"]}}
    r = await gateway.post(f"{REPORTING}/lists/preview", headers=stp, json=body)
    assert r.status_code == 200, r.text
    preview = r.json()
    assert (preview["unit_id"], preview["unit_name"]) == ("STP", "Sở Tư pháp") and preview["total"] >= 1
    assert {row["gender"] for row in preview["rows"]} == {"Nữ"}
    everyone = (await gateway.post(f"{REPORTING}/lists/preview", headers=stp,
                                   json={"columns": ["full_name"], "filters": {}})).json()
    assert everyone["total"] > preview["total"]  # the filter is applied in the query, not ignored

    name = f"=Nữ {uuid.uuid4().hex[:6]}"  # formula-like: must stay text in the workbook
    r = await gateway.post(f"{REPORTING}/lists", headers=stp, json={**body, "name": name})
    assert r.status_code == 201, r.text
    saved = r.json()
    try:
        await _saved_list_is_run_exported_and_kept_in_its_unit(gateway, as_user, stp, body, name, saved, preview)
    finally:  # a failed run leaves nothing in the demo unit's saved lists
        await gateway.delete(f"{REPORTING}/lists/{saved['id']}", headers=stp)


async def _saved_list_is_run_exported_and_kept_in_its_unit(gateway, as_user, stp, body, name, saved,  # type: ignore[no-untyped-def]
                                                            preview):
    assert saved["unit_id"] == "STP" and saved["created_by"] == "stp.officer"
    r = await gateway.post(f"{REPORTING}/lists", headers=stp, json={**body, "name": name})
    assert r.status_code == 409 and "list.name_taken" in r.text
    r = await gateway.get(f"{REPORTING}/lists", headers=stp)
    assert saved["id"] in [d["id"] for d in r.json()]

    r = await gateway.get(f"{REPORTING}/lists/{saved['id']}/rows", headers=stp)
    assert r.status_code == 200 and r.json()["total"] == preview["total"]
    r = await gateway.get(f"{REPORTING}/lists/{saved['id']}/rows", headers=stp, params={"format": "xlsx"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).active
    assert sheet["A1"].value == name and sheet["A1"].data_type == "s"
    assert sheet["A2"].value.startswith("Đơn vị: Sở Tư pháp")
    assert [c.value for c in sheet[3]] == ["Họ và tên", "Đơn vị", "Giới tính", "Tuổi", "Ngạch/chức danh"]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert len(rows) == preview["total"] and {row[2] for row in rows} == {"Nữ"}

    # Another unit's officer: the list does not exist for them, nor does STP.
    xa = as_user("xa.ngocduong")
    for path in (f"/lists/{saved['id']}", f"/lists/{saved['id']}/rows"):
        r = await gateway.get(f"{REPORTING}{path}", headers=xa)
        assert r.status_code == 404, r.text
    r = await gateway.delete(f"{REPORTING}/lists/{saved['id']}", headers=xa)
    assert r.status_code == 404
    r = await gateway.get(f"{REPORTING}/lists", headers=xa, params={"unit_id": "STP"})
    assert r.status_code == 404
    r = await gateway.post(f"{REPORTING}/lists/preview", headers=xa, json={**body, "unit_id": "STP"})
    assert r.status_code == 404

    # The province's administrator reaches it; the officer renames it, then deletes it.
    r = await gateway.get(f"{REPORTING}/lists/{saved['id']}", headers=as_user("snv.admin"))
    assert r.status_code == 200
    r = await gateway.put(f"{REPORTING}/lists/{saved['id']}", headers=stp,
                          json={**body, "name": name + " (sửa)", "columns": ["full_name"]})
    assert r.status_code == 200 and r.json()["columns"] == ["full_name"]
    r = await gateway.delete(f"{REPORTING}/lists/{saved['id']}", headers=stp)
    assert r.status_code == 204
    r = await gateway.get(f"{REPORTING}/lists/{saved['id']}", headers=stp)
    assert r.status_code == 404


async def test_unknown_columns_and_filters_are_refused_in_vietnamese_and_nothing_is_saved(gateway, as_user):
    stp = {**as_user("stp.officer"), "Accept-Language": "vi"}
    name = f"Hỏng {uuid.uuid4().hex[:6]}"
    cases = [({"columns": ["password"], "filters": {}}, "list.unknown_column", "Không có cột password"),
             ({"columns": [], "filters": {}}, "list.no_columns", "Chọn ít nhất một cột"),
             ({"columns": ["full_name"], "filters": {"salary": [1]}}, "list.unknown_filter", "Không có điều kiện lọc"),
             ({"columns": ["full_name"], "filters": {"sex": ["other"]}}, "list.bad_filter_value", "không hợp lệ"),
             ({"columns": ["full_name"], "filters": {"age_min": 50, "age_max": 30}}, "list.age_range", "Tuổi từ"),
             ({"columns": ["full_name; DROP TABLE saved_list"], "filters": {}}, "list.unknown_column", "Không có cột")]
    for body, code, vietnamese in cases:
        for path in ("/lists/preview", "/lists"):
            r = await gateway.post(f"{REPORTING}{path}", headers=stp, json={**body, "name": name})
            assert r.status_code == 422, (body, r.text)
            assert code in r.text and vietnamese in r.text, r.text
    r = await gateway.get(f"{REPORTING}/lists", headers=stp)
    assert name not in [d["name"] for d in r.json()]
    r = await gateway.get(f"{REPORTING}/lists/{uuid.uuid4()}/rows", headers=stp, params={"format": "docx"})
    assert r.status_code in (404, 422)
    r = await gateway.post(f"{REPORTING}/lists", headers=as_user("xa.ngocduong"),
                           json={"columns": ["full_name"], "filters": {}, "name": name, "unit_id": "STP"})
    assert r.status_code == 404


async def test_the_dashboard_counts_the_subtree_by_unit_age_sex_and_mixes(gateway, as_user):
    admin = as_user("snv.admin")
    r = await gateway.get(f"{REPORTING}/dashboard", headers=admin, params={"unit_id": "TQ"})
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["total"] > 0 and d["unit_name"] == "Tỉnh Tuyên Quang"
    assert sum(u["count"] for u in d["units"]) == d["total"]
    assert sum(q["count"] for q in d["qualification"]) == d["total"]
    assert sum(g["count"] for g in d["grade_group"]) == d["total"]
    assert 0 < sum(b["male"] + b["female"] for b in d["age_pyramid"]) <= d["total"]
    # The same figure as the list of everyone in the subtree.
    everyone = await gateway.post(f"{REPORTING}/lists/preview", headers=admin,
                                  json={"unit_id": "TQ", "columns": ["full_name"], "filters": {}})
    assert everyone.json()["total"] == d["total"]
    women = await gateway.post(f"{REPORTING}/lists/preview", headers=admin,
                               json={"unit_id": "TQ", "columns": ["full_name"], "filters": {"sex": ["female"]}})
    assert women.json()["total"] >= sum(b["female"] for b in d["age_pyramid"])
    stp = as_user("stp.officer")
    r = await gateway.get(f"{REPORTING}/dashboard", headers=stp)
    assert r.status_code == 200 and r.json()["unit_id"] == "STP" and r.json()["total"] < d["total"]
    r = await gateway.get(f"{REPORTING}/dashboard", headers=stp, params={"unit_id": "SNV"})
    assert r.status_code == 404
