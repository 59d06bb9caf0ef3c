"""Early-raise candidates with the unit's quota (issue 12, item 3; R-13) and early-raise batches, over HTTP
on a fresh database: who qualifies (an achievement within the window, not used before, at most 12 months
lacking), how many the unit may still raise early this year (10 % of its payroll, rounded down), the
proposal dated by the achievement's months, the quota refusing one early raise too many at submission, and
the used achievement dropping the person from the candidates."""

from __future__ import annotations

from datetime import date

import pytest

from common import clock

from .test_careers_api import LEADER, OFFICER, OTHER, approved, profile

A1_STEP_4 = {"rank_code": "01.003", "salary_step": 4, "salary_coefficient": "3.33",
             "salary_effective_on": "2024-03-01"}
DECISION = {"decision_number": "77/QĐ-STP", "decision_signed_on": "2026-11-20", "signer": "Nguyễn Văn Ký",
            "issuer": "Sở Tư pháp"}


@pytest.fixture(scope="module")
async def people(api, as_user) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Ten people on Sở Tư pháp's payroll: two on the raise list with an achievement, eight others."""
    with clock.frozen(date(2026, 12, 4)):
        out = {}
        for key, name, award in (("khen", "Ngô Văn Khen", {"year": 2025, "form": "BK_TINH",
                                                            "decided_on": "2025-05-10"}),
                                 ("giay", "Mai Thị Giấy", {"year": 2025, "form": "GIAY_KHEN",
                                                           "decided_on": "2025-06-01"})):
            body = profile(name, born="1985-04-04", gender="1", salary=A1_STEP_4)
            body["awards"] = [award]
            out[key] = await approved(api, as_user, body)
        for i in range(8):
            await approved(api, as_user, profile(f"Người Thứ {i + 1}", born="1980-01-01", gender="1", salary={}),
                           unit_id="STP_VP")
        return out


async def early_list(api, as_user, user=OFFICER, **params):  # type: ignore[no-untyped-def]
    r = await api.get("/due-lists/early-raise", params={"year": 2026, **params}, headers=as_user(user))
    assert r.status_code == 200, r.text
    return r.json()


async def batch_for(api, as_user, person: str) -> dict:  # type: ignore[no-untyped-def]
    r = await api.post("/batches/salary-proposals", json={"kind": "early_raise", "person_ids": [person]},
                       headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    [p] = r.json()["items"]
    assert p["problem"] is None, p
    r = await api.post("/batches", json={"kind": "early_raise", **DECISION, "items": [p["item"]]},
                       headers=as_user(OFFICER))
    assert r.status_code == 201, r.text
    return {"proposal": p, "batch": r.json()}


async def test_candidates_quota_and_one_early_raise_too_many(api, as_user, people):
    with clock.frozen(date(2026, 12, 4)):
        body = await early_list(api, as_user)
        assert (body["payroll_count"], body["quota"], body["taken"], body["remaining"]) == (10, 1, 0, 1)
        # R-13 example: A1 step 4 since 2024-03-01, regular 2027-03-01; a provincial certificate (6 months)
        # moves it to 2026-09-01, a certificate of merit (3 months) to 2026-12-01.
        assert [(c["full_name"], c["months"], c["new_date"], c["achievement_code"]) for c in body["items"]] == [
            ("Ngô Văn Khen", 6, "2026-09-01", "BK_TINH"), ("Mai Thị Giấy", 3, "2026-12-01", "GIAY_KHEN")]
        # A sub-unit has its own payroll and quota (8 people: none), a unit outside the scope lists nobody.
        sub = await early_list(api, as_user, unit_id="STP_VP")
        assert (sub["payroll_count"], sub["quota"], sub["items"]) == (8, 0, [])
        assert (await early_list(api, as_user, user=OTHER, unit_id="STP"))["items"] == []

        first = await batch_for(api, as_user, people["khen"])
        assert (first["proposal"]["new_step"], first["proposal"]["effective_on"]) == (5, "2026-09-01")
        assert first["proposal"]["reason"].startswith("BK_TINH")
        r = await api.post(f"/batches/{first['batch']['id']}/submit", headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        body = await early_list(api, as_user)
        assert (body["taken"], body["remaining"]) == (1, 0)
        assert [c["full_name"] for c in body["items"]] == ["Mai Thị Giấy"]  # his achievement is used

        second = await batch_for(api, as_user, people["giay"])
        r = await api.post(f"/batches/{second['batch']['id']}/submit", headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        assert r.json()["error"] == "batch.quota_exceeded"
        assert r.json()["message"].startswith("Vượt chỉ tiêu nâng lương trước thời hạn năm 2026")

        r = await api.post(f"/batches/{first['batch']['id']}/approve", headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        salary = (await api.get(f"/persons/{people['khen']}", headers=as_user(LEADER))).json()["profile"]["salary"]
        assert (salary["salary_step"], salary["salary_coefficient"], salary["salary_effective_on"]) == (
            5, "3.66", "2026-09-01")


async def test_bad_year_is_422(api, as_user):
    r = await api.get("/due-lists/early-raise", params={"year": 1800}, headers=as_user(OFFICER))
    assert r.status_code == 422, r.text
    assert r.json()["fields"][0]["code"] == "early_raise.bad_year"
