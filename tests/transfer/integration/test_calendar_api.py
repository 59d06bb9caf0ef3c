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


async def test_bad_input_is_refused_in_vietnamese(gateway, as_user):
    user = as_user("xa.phulinh")
    for params in ({"from": "2025-13-01", "count": 2}, {"from": "2025-01-24", "count": -1}, {"count": 2}):
        r = await gateway.get(f"{CAL}/working-days", params=params, headers=user)
        assert r.status_code == 422 and r.json()["fields"][0]["message"], r.text
    assert (await gateway.get(f"{CAL}/days/31-12-2026", headers=user)).status_code == 422
    assert (await gateway.get(f"{CAL}/days/2026-08-22")).status_code == 401


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
