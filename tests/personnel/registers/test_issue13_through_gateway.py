"""Issue 13's bad input through the running gateway with real tokens, on the demo data: each refusal is clear,
in Vietnamese, and changes nothing (so the shared demo data stays as it was): a rating above the quota, a
discipline form not in force on its decision's date, a reward decision for a person outside the account's
scope, a course ending before it starts, a decision number the same issuer already gave, a job-position plan
naming a retired position; and the lists per unit come out as Excel workbooks."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable

import httpx
from openpyxl import load_workbook

from common.testing.plugin import auth

P = "/api/personnel"
VI = {"Accept-Language": "vi"}


def who(token_for: Callable[[str], str], username: str) -> dict[str, str]:
    return {**auth(token_for(username)), **VI}


async def total(gateway: httpx.AsyncClient, headers: dict[str, str], path: str, **params: str) -> int:
    r = await gateway.get(f"{P}/{path}", params=params, headers=headers)
    assert r.status_code == 200, r.text
    return int(r.json()["total"])


async def test_register_refusals_change_nothing(gateway: httpx.AsyncClient, token_for: Callable[[str], str]) -> None:
    officer = who(token_for, "stp.officer")
    listed = (await gateway.get(f"{P}/register-decisions", params={"kind": "award", "state": "approved"},
                                headers=officer)).json()["items"]
    assert listed, "the demo's Sở Tư pháp awards"
    known = listed[0]
    person = known["entries"][0]["person_id"]
    awards, disciplines = (await total(gateway, officer, "register-decisions", kind="award"),
                           await total(gateway, officer, "register-decisions", kind="discipline"))

    # A discipline form abolished for decisions from 01/07/2025.
    r = await gateway.post(f"{P}/register-decisions", headers=officer, json={
        "kind": "discipline", "number": f"{uuid.uuid4().int % 100000}/QĐ-STP", "signed_on": "2025-07-01",
        "issuer": "Sở Tư pháp tỉnh Tuyên Quang", "form": "HA_BAC_LUONG", "violation": "Thử", "person_ids": [person]})
    assert r.status_code == 422, r.text
    assert r.json()["fields"][0]["field"] == "form" and "01/07/2025" in r.text
    # The same number from the same issuer (spelt differently).
    r = await gateway.post(f"{P}/register-decisions", headers=officer, json={
        "kind": "award", "number": f" {known['number'].lower()} ", "signed_on": known["signed_on"],
        "issuer": known["issuer"].upper(), "form": known["form"], "person_ids": [person]})
    assert (r.status_code, r.json()["error"]) == (409, "register.duplicate_decision"), r.text
    assert known["number"] in r.json()["message"] or "đã" in r.json()["message"]
    # A person outside the account's scope does not exist for it.
    r = await gateway.post(f"{P}/register-decisions", headers=who(token_for, "xa.phulinh"), json={
        "kind": "award", "number": f"{uuid.uuid4().int % 100000}/QĐ-UBND", "signed_on": "2026-05-05",
        "issuer": "UBND xã Phú Linh", "form": "GIAY_KHEN", "person_ids": [person]})
    assert r.status_code == 404, r.text
    assert (await total(gateway, officer, "register-decisions", kind="award"),
            await total(gateway, officer, "register-decisions", kind="discipline")) == (awards, disciplines)

    # A course ending before it starts.
    courses = await total(gateway, officer, "training-courses")
    r = await gateway.post(f"{P}/training-courses", headers=officer, json={
        "name": "Bồi dưỡng thử", "kind": "state_management", "school": "Trường Chính trị tỉnh Tuyên Quang",
        "starts_on": "2026-10-05", "ends_on": "2026-10-01"})
    assert r.status_code == 422, r.text
    assert r.json()["fields"][0]["field"] == "ends_on" and "Ngày kết thúc" in r.json()["message"]
    assert await total(gateway, officer, "training-courses") == courses


async def test_a_rating_above_the_quota_is_refused(gateway: httpx.AsyncClient,
                                                   token_for: Callable[[str], str]) -> None:
    officer = who(token_for, "stp.officer")
    rounds = (await gateway.get(f"{P}/evaluation-rounds", headers=officer)).json()
    [rnd] = [r for r in rounds if r["state"] == "open"][:1]
    base = f"{P}/evaluation-rounds/{rnd['id']}/units/STP"
    sheet = (await gateway.get(base, headers=officer)).json()
    if sheet["state"] not in ("new", "draft"):
        return  # already submitted in this stack's life: nothing to refuse without changing the demo
    keys = ("person_id", "months_worked", "leave_exception", "is_head", "forced", "forced_reason",
            "self_assessment", "score", "rating")
    lines = [{**{k: e[k] for k in keys}, "rating": "HTXSNV", "score": "95", "forced": False} for e in sheet["entries"]
             if e["months_worked"] >= 6 and not e["forcing_discipline"]]
    assert len(lines) >= 2
    r = await gateway.put(base, headers=officer, json={"revision": sheet["revision"], "unit_rating": "HTTNV",
                                                       "entries": lines})
    assert r.status_code == 422, r.text
    quota = [f for f in r.json()["fields"] if f["code"] == "evaluation.quota_exceeded"]
    assert quota and "vượt quá" in quota[0]["message"]
    after = (await gateway.get(base, headers=officer)).json()
    assert (after["revision"], after["state"]) == (sheet["revision"], sheet["state"])


async def test_a_job_position_plan_naming_a_retired_position_is_refused(gateway: httpx.AsyncClient,
                                                                       token_for: Callable[[str], str]) -> None:
    admin = who(token_for, "snv.admin")
    before = (await gateway.get("/api/org/units/SNV/job-position-plans", headers=admin)).json()
    r = await gateway.post("/api/org/units/SNV/job-position-plans", headers=admin, json={
        "decision_number": f"{uuid.uuid4().int % 100000}/QĐ-UBND", "decision_date": "2026-01-05",
        "issuer": "Chủ tịch UBND tỉnh Tuyên Quang",
        "items": [{"position_code": "DC.TT", "posts": 2}, {"position_code": "CM.TCBM", "posts": -1}]})
    assert r.status_code == 422, r.text
    assert [f["code"] for f in r.json()["fields"]] == ["job_plan.posts_negative"]  # the counts are read first
    r = await gateway.post("/api/org/units/SNV/job-position-plans", headers=admin, json={
        "decision_number": f"{uuid.uuid4().int % 100000}/QĐ-UBND", "decision_date": "2026-01-05",
        "issuer": "Chủ tịch UBND tỉnh Tuyên Quang", "items": [{"position_code": "DC.TT", "posts": 2}]})
    assert r.status_code == 422, r.text
    assert r.json()["fields"][0]["code"] == "job_plan.position_not_in_force" and "05/01/2026" in r.text
    assert (await gateway.get("/api/org/units/SNV/job-position-plans", headers=admin)).json() == before
    outside = await gateway.get("/api/org/units/SNV/job-position-plans", headers=who(token_for, "stp.officer"))
    assert outside.status_code == 404


async def test_the_lists_per_unit_export_to_excel(gateway: httpx.AsyncClient,
                                                  token_for: Callable[[str], str]) -> None:
    officer = who(token_for, "stp.officer")
    for path, params, first in (("register-decisions/export.xlsx", {"kind": "award", "unit_id": "STP"}, "Đơn vị"),
                                ("register-decisions/export.xlsx", {"kind": "discipline"}, "Đơn vị"),
                                ("training-courses/export.xlsx", {"unit_id": "STP"}, "Đơn vị")):
        r = await gateway.get(f"{P}/{path}", params=params, headers=officer)
        assert r.status_code == 200, (path, r.text)
        ws = load_workbook(io.BytesIO(r.content)).active
        assert ws is not None
        cells = [c for row in ws.iter_rows(values_only=True) for c in row if c]
        assert first in cells, (path, cells[:20])
