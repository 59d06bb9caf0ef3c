"""The calculator through the running service behind the gateway (/api/personnel/...), with real tokens."""

from __future__ import annotations

import uuid

BASE = "/api/personnel"


async def test_the_three_calculators_answer_any_signed_in_account_through_the_gateway(gateway, as_user):
    headers = as_user("xa.phulinh")
    r = await gateway.post(f"{BASE}/rules/retirement", json={"gender": "2", "birth_date": "1975-05-09"},
                           headers=headers)
    assert (r.status_code, r.json()) == (200, {"retirement_date": "2035-05-31", "pension_from": "2035-06-01",
                                               "notice_due": "2034-11-30", "decision_due": "2035-02-28"})
    r = await gateway.post(f"{BASE}/rules/next-raise", json={"salary_group": "A1", "step_start": "2023-07-01",
                                                            "extension_months": 0}, headers=headers)
    assert (r.status_code, r.json()) == (200, {"next_raise": "2026-07-01"})
    r = await gateway.post(f"{BASE}/rules/reappointment", json={"term_start": "2021-10-15"}, headers=headers)
    assert (r.status_code, r.json()) == (200, {"term_end": "2026-10-14", "procedure_start_by": "2026-07-16"})


async def test_bad_input_is_a_vietnamese_422_and_no_token_is_401(gateway, as_user):
    r = await gateway.post(f"{BASE}/rules/next-raise", json={"salary_group": "Z9", "step_start": "2023-07-01"},
                           headers=as_user("stp.officer"))
    assert r.status_code == 422 and r.headers["content-language"] == "vi"
    assert r.json()["error"] == "careers.unknown_salary_group"
    assert r.json()["message"].startswith("Nhóm lương không có trong danh mục bậc lương")
    r = await gateway.post(f"{BASE}/rules/retirement", json={"gender": "1", "birth_date": "1990-02-30"},
                           headers=as_user("stp.officer"))
    assert r.status_code == 422 and r.json()["fields"][0]["field"] == "birth_date"
    r = await gateway.post(f"{BASE}/rules/reappointment", json={"term_start": "2021-10-15"})
    assert r.status_code == 401


async def test_due_dates_of_a_person_that_does_not_exist_are_404(gateway, as_user):
    r = await gateway.get(f"{BASE}/persons/{uuid.uuid4()}/due-dates", headers=as_user("stp.officer"))
    assert r.status_code == 404 and r.json()["error"] == "not_found"
