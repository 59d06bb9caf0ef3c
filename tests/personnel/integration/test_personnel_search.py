"""Search at scale: totals counted only up to a cap (then the planner's estimate, flagged), identity
numbers looked up exactly or by prefix range."""

from __future__ import annotations

from personnel.search import repository

from .conftest import new_profile, unique_cccd
from .test_personnel_records import OFFICER, create_approved


async def test_total_past_the_cap_is_an_estimate_and_flagged(api, as_user, monkeypatch):
    for given in ("Cáp", "Cập", "Cấp"):
        await create_approved(api, as_user, new_profile(f"Khổng Văn {given}"))
    search = {"q": "khong van cap", "size": 2}
    exact = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert exact["total"] == 3 and "total_is_estimate" not in exact and len(exact["items"]) == 2

    monkeypatch.setattr(repository, "COUNT_CAP", 2)
    capped = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert capped["total_is_estimate"] is True
    assert capped["total"] >= 3  # never below cap + 1, whatever the planner guesses
    assert [i["person_id"] for i in capped["items"]] == [i["person_id"] for i in exact["items"]]
    page_two = (await api.get("/persons", params={**search, "page": 2}, headers=as_user(OFFICER))).json()
    assert len(page_two["items"]) == 1

    monkeypatch.setattr(repository, "COUNT_CAP", 3)
    at_cap = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert at_cap["total"] == 3 and "total_is_estimate" not in at_cap

    # Whatever the planner expects, a last page gives the exact total without counting.
    monkeypatch.setattr(repository, "ESTIMATE_TRUSTED_FROM", 0)
    whole = (await api.get("/persons", params={**search, "size": 5}, headers=as_user(OFFICER))).json()
    assert whole["total"] == 3 and "total_is_estimate" not in whole
    trusted = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert trusted["total_is_estimate"] is True and trusted["total"] >= 1


async def test_identity_number_whole_or_prefix(api, as_user):
    number = unique_cccd(1977, female=False)
    person_id = (await create_approved(api, as_user, new_profile("Lục Văn Số", cccd=number, born="1977-03-03")))[
        "person_id"
    ]
    for q in (number, f"{number[:4]} {number[4:]}", number[:10], number[:9]):
        page = (await api.get("/persons", params={"q": q}, headers=as_user(OFFICER))).json()
        assert person_id in [i["person_id"] for i in page["items"]], q
    for q in (number[:11] + str((int(number[11]) + 1) % 10), number + "0"):
        page = (await api.get("/persons", params={"q": q}, headers=as_user(OFFICER))).json()
        assert person_id not in [i["person_id"] for i in page["items"]], q
