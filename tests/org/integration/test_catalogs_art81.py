"""The catalogs of Art. 8.1 the system lacked (issue 13.4): seeded from org's builtin CSVs with their
legal basis, national codes where known and validity dates; retired with an end date, never deleted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import httpx

from common import clock

Headers = dict[str, str]

NEW_CATALOGS = {
    "recruitment_sources": "Nguồn tuyển dụng", "salary_sectors": "Ngành lương (bảng lương)",
    "salary_raise_forms": "Hình thức nâng lương", "allowance_types": "Loại phụ cấp",
    "training_modes": "Hình thức đào tạo", "specialties": "Chuyên ngành đào tạo",
    "diplomas": "Văn bằng, chứng chỉ", "schools": "Cơ sở đào tạo",
    "war_invalid_grades": "Hạng thương binh, bệnh binh", "family_backgrounds": "Thành phần gia đình xuất thân",
    "policy_beneficiaries": "Đối tượng chính sách", "honorary_titles": "Danh hiệu vinh dự nhà nước",
}


async def test_the_missing_catalogs_are_seeded_with_legal_basis_national_codes_and_dates(
        api: httpx.AsyncClient, as_user: Callable[[str], Headers]) -> None:
    viewer = as_user("stp.officer")
    catalogs = {c["catalog"]: c for c in (await api.get("/catalogs", headers=viewer)).json()}
    for name, title in NEW_CATALOGS.items():
        assert catalogs[name]["name"] == title and catalogs[name]["item_count"] >= 5, name
        assert {"name_en", "national_code", "legal_basis", "confidence"} <= set(catalogs[name]["attribute_names"])
    law = {i["code"]: i for i in (await api.get("/catalogs/specialties/items", headers=viewer)).json()}["7380101"]
    assert law["name"] == "Luật" and law["attributes"]["national_code"] == "7380101"
    assert law["attributes"]["name_en"] == "Law" and "09/2022/TT-BGDĐT" in law["attributes"]["legal_basis"]
    # A list that changed over time keeps its old item with its end date, as the records of that time name it.
    schools = {i["code"]: i for i in (await api.get("/catalogs/schools/items", headers=viewer)).json()}
    assert schools["CD_SP_TQ"]["valid_to"] == "2013-12-31" and schools["DH_TAN_TRAO"]["valid_to"] is None
    grades = (await api.get("/catalogs/war_invalid_grades/items", headers=viewer)).json()
    assert [g["name"] for g in grades][:4] == [f"Thương binh hạng {n}/4" for n in range(1, 5)]
    # Values not read from an act are marked for the administrators to check.
    assert {i["attributes"]["confidence"] for i in grades} <= {"confirmed", "to_check"}


async def test_retiring_ends_the_validity_and_keeps_the_item_and_its_name(
        api: httpx.AsyncClient, admin: Headers, as_user: Callable[[str], Headers],
        outbox: Callable[..., Any]) -> None:
    url = "/catalogs/family_backgrounds/items/TIEU_CHU"
    refused = await api.post(f"{url}/retire", json={}, headers=as_user("stp.leader"))
    assert refused.status_code == 403
    with clock.frozen(date(2026, 12, 4)):
        resp = await api.post(f"{url}/retire", json={}, headers=admin)
    assert resp.status_code == 200, resp.text
    assert resp.json()["valid_to"] == "2026-12-03" and resp.json()["name"] == "Tiểu chủ"
    # Still listed (the web client labels old records from this list), never deleted.
    items = {i["code"]: i for i in (await api.get("/catalogs/family_backgrounds/items", headers=admin)).json()}
    assert items["TIEU_CHU"]["name"] == "Tiểu chủ" and items["TIEU_CHU"]["valid_to"] == "2026-12-03"
    # The copies in other services learn the end date (they judge codes by it), not a deletion.
    last = (await outbox("org.catalog_item.changed.v1", "family_backgrounds:TIEU_CHU"))[-1]["data"]
    assert last["valid_to"] == "2026-12-03" and last["deleted"] is False and last["name"] == "Tiểu chủ"
    # Undone by clearing the end date.
    back = await api.patch(url, json={"valid_to": None, "row_version": resp.json()["row_version"]}, headers=admin)
    assert back.status_code == 200 and back.json()["valid_to"] is None


async def test_an_end_before_the_start_is_refused_and_changes_nothing(api: httpx.AsyncClient,
                                                                      admin: Headers) -> None:
    url = "/catalogs/recruitment_sources/items/SV_XUAT_SAC"  # valid from 2017-12-05
    before = (await api.get("/catalogs/recruitment_sources/items", headers=admin)).json()
    resp = await api.post(f"{url}/retire", json={"valid_to": "2017-01-01"}, headers={**admin, "Accept-Language": "vi"})
    assert resp.status_code == 422
    assert resp.json()["fields"][0]["message"] == "Ngày hết hiệu lực trước ngày có hiệu lực."
    assert (await api.get("/catalogs/recruitment_sources/items", headers=admin)).json() == before
    missing = await api.post("/catalogs/recruitment_sources/items/NOPE/retire", json={}, headers=admin)
    assert missing.status_code == 404
