"""A unit's job-position plan through the HTTP API: versions proposed by the unit, decided by Sở Nội vụ,
never overwritten; bad input refused in Vietnamese with nothing recorded; scope; the demo plans."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx

Headers = dict[str, str]
VI = {"Accept-Language": "vi"}


async def positions(api: httpx.AsyncClient, admin: Headers, unit: str, *codes: str) -> None:
    for code in codes:
        body = {"code": code, "name": f"Vị trí {code}", "category": "professional", "rank_codes": ["01.003"],
                "valid_from": "2025-07-01"}
        assert (await api.post(f"/units/{unit}/job-positions", json=body, headers=admin)).status_code == 201


def plan(number: str, on: str, items: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"decision_number": number, "decision_date": on, "issuer": "Chủ tịch UBND tỉnh Tuyên Quang",
            "items": items, **extra}


def fields(resp: httpx.Response) -> list[tuple[str, str]]:
    return [(f["field"], f["code"]) for f in resp.json()["fields"]]


class TestJobPositionPlans:
    async def test_proposed_by_the_unit_decided_by_the_department_and_kept_by_version(
        self, api: httpx.AsyncClient, admin: Headers, as_user: Callable[[str], Headers],
    ) -> None:
        a, b = f"A{uuid.uuid4().hex[:5]}", f"B{uuid.uuid4().hex[:5]}"
        await positions(api, admin, "STP", a, b)
        officer = as_user("stp.officer")
        first = await api.post("/units/STP/job-position-plans", headers=officer, json=plan(
            f"{a}/QĐ-UBND", "2026-11-10", [{"position_code": a, "posts": 4}, {"position_code": b, "posts": 2}]))
        assert first.status_code == 201, first.text
        assert first.json()["state"] == "submitted" and first.json()["total_posts"] == 6
        assert first.json()["items"][0]["position_name"] == f"Vị trí {a}"
        # The officer does not decide; the leader of the unit neither; the department's administrator does.
        path = f"/units/STP/job-position-plans/{first.json()['id']}"
        assert (await api.post(f"{path}/approve", json={}, headers=officer)).status_code == 403
        assert (await api.post(f"{path}/approve", json={}, headers=as_user("stp.leader"))).status_code == 403
        done = await api.post(f"{path}/approve", json={}, headers=admin)
        assert done.status_code == 200 and done.json()["state"] == "approved"
        assert (await api.post(f"{path}/approve", json={}, headers=admin)).status_code == 409
        # A later version by a new decision; the first stays as it was.
        second = await api.post("/units/STP/job-position-plans", headers=officer, json=plan(
            f"{b}/QĐ-UBND", "2026-11-20", [{"position_code": a, "posts": 5}], effective_on="2026-11-25"))
        assert second.status_code == 201
        await api.post(f"/units/STP/job-position-plans/{second.json()['id']}/approve", json={}, headers=admin)
        on_old = (await api.get("/units/STP/job-position-plans/current?on=2026-11-24", headers=officer)).json()
        on_new = (await api.get("/units/STP/job-position-plans/current?on=2026-11-25", headers=officer)).json()
        assert on_old["id"] == first.json()["id"] and [(i["position_code"], i["posts"]) for i in on_old["items"]] == [
            (a, 4), (b, 2)]
        assert on_new["id"] == second.json()["id"] and on_new["total_posts"] == 5
        versions = (await api.get("/units/STP/job-position-plans", headers=officer)).json()
        mine = {v["id"]: v for v in versions}
        assert mine[first.json()["id"]]["items"] == on_old["items"]
        assert [v["version"] for v in versions] == sorted((v["version"] for v in versions), reverse=True)

    async def test_an_administrator_never_approves_what_it_proposed(self, api: httpx.AsyncClient,
                                                                    admin: Headers) -> None:
        code = f"C{uuid.uuid4().hex[:5]}"
        await positions(api, admin, "STP", code)
        made = await api.post("/units/STP/job-position-plans", headers=admin,
                              json=plan(f"{code}/QĐ", "2026-02-01", [{"position_code": code, "posts": 1}]))
        assert made.status_code == 201
        own = await api.post(f"/units/STP/job-position-plans/{made.json()['id']}/approve", json={}, headers=admin)
        assert own.status_code == 403 and own.json()["error"] == "approval.own_work"

    async def test_bad_input_is_refused_in_vietnamese_and_records_nothing(
        self, api: httpx.AsyncClient, admin: Headers, as_user: Callable[[str], Headers],
    ) -> None:
        code, old = f"D{uuid.uuid4().hex[:5]}", f"R{uuid.uuid4().hex[:5]}"
        await positions(api, admin, "STP", code, old)
        retired = await api.post(f"/units/STP/job-positions/{old}/retire", json={"valid_to": "2025-12-31"},
                                 headers=admin)
        assert retired.status_code == 200 and retired.json()["valid_to"] == "2025-12-31"
        officer = {**as_user("stp.officer"), **VI}
        before = len((await api.get("/units/STP/job-position-plans", headers=officer)).json())
        n = f"{code}/QĐ"

        async def refused(body: dict[str, Any], status: int = 422) -> httpx.Response:
            resp = await api.post("/units/STP/job-position-plans", json=body, headers=officer)
            assert resp.status_code == status, resp.text
            return resp

        resp = await refused(plan(n, "2026-02-01", [{"position_code": "KHONGCO", "posts": 1}]))
        assert fields(resp) == [("items.0.position_code", "job_plan.unknown_position")]
        assert "không phải vị trí việc làm của đơn vị" in resp.json()["fields"][0]["message"]
        resp = await refused(plan(n, "2026-02-01", [{"position_code": old, "posts": 1}]))
        assert fields(resp) == [("items.0.position_code", "job_plan.position_not_in_force")]
        assert "01/02/2026" in resp.json()["fields"][0]["message"]
        resp = await refused(plan(n, "2026-02-01", [{"position_code": code, "posts": -2}]))
        assert fields(resp) == [("items.0.posts", "job_plan.posts_negative")]
        assert resp.json()["fields"][0]["message"] == "Số lượng vị trí không được âm."
        resp = await refused(plan(n, "2026-02-01", [{"position_code": code, "posts": 1.5}]))
        assert fields(resp) == [("items.0.posts", "job_plan.posts_whole_number")]
        resp = await refused(plan(n, "2025-02-01", [{"position_code": code, "posts": 1}]))
        assert ("effective_on", "job_plan.before_unit") in fields(resp)
        assert "01/03/2025" in resp.json()["message"] or "01/03/2025" in str(resp.json()["fields"])
        resp = await refused(plan(n, "2026-02-01", [{"position_code": code, "posts": 1},
                                                    {"position_code": code, "posts": 2}]))
        assert fields(resp) == [("items.1.position_code", "job_plan.duplicate_position")]
        # Out of scope: another unit's plan is not there for this account, read or written.
        other = await api.post("/units/SNV/job-position-plans", headers=officer,
                               json=plan(n, "2026-02-01", [{"position_code": "CM.TCBM", "posts": 1}]))
        assert other.status_code == 404
        assert (await api.get("/units/SNV/job-position-plans", headers=officer)).status_code == 404
        # The same decision of the same issuer cannot make two versions.
        assert (await api.post("/units/STP/job-position-plans", headers=officer,
                               json=plan(n, "2026-02-01", [{"position_code": code, "posts": 1}]))).status_code == 201
        dup = await refused(plan(f" {n.lower()} ", "2026-02-01", [{"position_code": code, "posts": 2}]), 409)
        assert dup.json()["error"] == "job_plan.duplicate_decision"
        after = (await api.get("/units/STP/job-position-plans", headers=officer)).json()
        assert len(after) == before + 1

    async def test_the_demo_units_have_their_plans(self, api: httpx.AsyncClient, admin: Headers,
                                                   as_user: Callable[[str], Headers]) -> None:
        snv = (await api.get("/units/SNV/job-position-plans/current?on=2026-01-01", headers=as_user("snv.leader")))
        assert snv.status_code == 200 and snv.json()["decision_number"] == "DEMO-1045/QĐ-UBND"
        assert "DC.TT" not in {i["position_code"] for i in snv.json()["items"]}  # retired on 30/09/2025
        xa = await api.get("/units/00700/job-position-plans", headers=as_user("xa.ngocduong"))
        assert xa.status_code == 200 and xa.json()[-1]["items"][0]["position_name"] == "Công chức Văn phòng - Thống kê"
        none = await api.get("/units/SYT/job-position-plans/current", headers={**admin, **VI})
        assert none.status_code == 404 and none.json()["error"] == "job_plan.none"
        assert none.json()["message"].startswith("Đơn vị chưa có đề án vị trí việc làm")
