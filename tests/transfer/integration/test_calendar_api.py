"""The working-day calendar over HTTP (a public contract for other e-government systems), and its data
following org's holiday catalog."""

from __future__ import annotations

import random

from .conftest import until

CAL = "/api/transfer/calendar"


async def test_the_worked_examples_of_the_regulation(gateway, as_user):
    user = as_user("xa.phulinh")  # any signed-in account
    r = await gateway.get(f"{CAL}/working-days", params={"from": "2025-01-24", "count": 2}, headers=user)
    assert r.status_code == 200 and r.json() == {"from": "2025-01-24", "count": 2, "date": "2025-02-04"}  # Tết
    days = {d: (await gateway.get(f"{CAL}/days/{d}", headers=user)).json()
            for d in ("2026-08-22", "2026-08-31", "2026-11-24", "2026-11-28", "2026-11-26")}
    assert days["2026-08-22"]["working_day"] is True and days["2026-08-22"]["reason"] == "make_up_day"
    assert days["2026-08-31"]["working_day"] is False and days["2026-08-31"]["reason"] == "holiday"
    assert days["2026-11-24"]["working_day"] is False and days["2026-11-24"]["name"] == "Ngày Văn hóa Việt Nam"
    assert days["2026-11-28"]["reason"] == "weekend"
    assert days["2026-11-26"] == {"date": "2026-11-26", "working_day": True, "reason": "working_day", "name": None}


async def test_periods_across_tet_and_of_no_days(gateway, as_user):
    user = as_user("stp.officer")
    for start, count, end in (("2025-01-24", 0, "2025-01-24"), ("2026-02-13", 1, "2026-02-23"),
                              ("2026-08-20", 2, "2026-08-22"), ("2026-11-20", 10, "2026-12-07"),
                              ("2025-01-24", 366, "2026-07-17")):
        r = await gateway.get(f"{CAL}/working-days", params={"from": start, "count": count}, headers=user)
        assert r.status_code == 200 and r.json()["date"] == end, (start, count, r.text)
    tet = (await gateway.get(f"{CAL}/days/2025-01-29", headers=user)).json()
    assert tet == {"date": "2025-01-29", "working_day": False, "reason": "holiday", "name": "Tết Nguyên Đán"}


async def test_bad_input_is_refused_with_the_projects_error_body(gateway, as_user):
    user = as_user("xa.phulinh")
    for params, field in (({"from": "2025-13-01", "count": 2}, "from"),
                          ({"from": "2025-01-24", "count": -1}, "count"),
                          ({"from": "2025-01-24", "count": 367}, "count"),
                          ({"from": "2025-01-24", "count": "x"}, "count"),
                          ({"count": 2}, "from"), ({"from": "2025-01-24"}, "count"),
                          ({"from": "9999-12-30", "count": 366}, "from")):
        r = await gateway.get(f"{CAL}/working-days", params=params, headers=user)
        assert r.status_code == 422, (params, r.text)
        body = r.json()
        assert body["error"] == "validation_failed" and body["message"], r.text
        assert body["fields"][0]["field"] == field and body["fields"][0]["message"], r.text
    for bad in ("31-12-2026", "2026-02-30", "0001-01-01"):
        assert (await gateway.get(f"{CAL}/days/{bad}", headers=user)).status_code == 422, bad
    assert (await gateway.get(f"{CAL}/days/2026-08-22")).status_code == 401
    assert (await gateway.get(f"{CAL}/working-days", params={"from": "2025-01-24", "count": 2})).status_code == 401


async def test_a_day_off_announced_in_org_is_a_holiday_for_the_deadlines(gateway, as_user):
    admin = as_user("snv.admin")
    day = f"2027-{random.randrange(3, 12):02d}-{random.randrange(10, 28):02d}"
    while (await gateway.get(f"{CAL}/days/{day}", headers=admin)).json()["reason"] != "working_day":
        day = day[:8] + f"{int(day[8:]) + 1:02d}"
    r = await gateway.post("/api/org/catalogs/holiday_calendar_2024_2026/items", headers=admin,
                           json={"code": day, "name": "Nghỉ thử nghiệm", "attributes": {"kind": "day_off"}})
    assert r.status_code == 201, r.text

    async def off() -> bool:
        return (await gateway.get(f"{CAL}/days/{day}", headers=admin)).json()["working_day"] is False

    try:
        assert await until(off)
        info = (await gateway.get(f"{CAL}/days/{day}", headers=admin)).json()
        assert (info["reason"], info["name"]) == ("holiday", "Nghỉ thử nghiệm")
    finally:
        await gateway.delete(f"/api/org/catalogs/holiday_calendar_2024_2026/items/{day}", headers=admin)
