"""Demo data for the home page's charts and the ad-hoc lists (scripts/demo.py's "dashboard" part), through
the services' APIs: this year's staffing quotas of the province's departments and of the units of Sở Nội vụ
and Sở Tư pháp (org, set by the province's administrator near each unit's headcount as reporting counts it,
so the chart of headcount against quota has both bars), and a few lists saved for those two departments."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

import httpx

from common import clock

LISTS = [
    ("snv.leader", "SNV", "Công chức nữ từ 35 tuổi trở xuống",
     ["full_name", "unit_name", "birth_date", "age", "position", "rank_name", "qualification"],
     {"sex": ["female"], "staff_category": ["civil_servant"], "age_max": 35}),
    ("snv.leader", "SNV", "Đảng viên có trình độ thạc sĩ trở lên",
     ["full_name", "unit_name", "gender", "position", "qualification", "political_theory_level"],
     {"party_member": [True], "professional_level": ["ts", "ths"]}),
    ("stp.officer", "STP", "Từ 55 tuổi trở lên (chuẩn bị nghỉ hưu)",
     ["full_name", "unit_name", "gender", "birth_date", "age", "position", "rank_name", "salary_coefficient"],
     {"age_min": 55}),
    ("stp.officer", "STP", "Viên chức theo hạng chức danh",
     ["full_name", "unit_name", "rank_name", "salary_step", "salary_coefficient", "first_recruited_on"],
     {"staff_category": ["public_employee"]}),
]


def load(client: httpx.Client, token: Callable[[str], str], rng: random.Random, *,
         call: Callable[..., dict[str, Any]]) -> bool:
    admin = token("snv.admin")
    year = clock.today().year
    # Reporting learns the people from personnel's events: wait until it counts the province's.
    deadline = time.monotonic() + 180
    while True:
        tq = call(client, "GET", "/api/reporting/dashboard", admin, params={"unit_id": "TQ"}, unit_known_within=60)
        if tq["total"] > 0 or time.monotonic() > deadline:
            break
        time.sleep(3)
    units = [u for u in tq["units"] if u["unit_id"] != "TQ" and u["count"] > 0]
    for parent in ("SNV", "STP"):
        sub = call(client, "GET", "/api/reporting/dashboard", admin, params={"unit_id": parent})
        units += [u for u in sub["units"] if u["unit_id"] != parent and u["count"] > 0]
    quotas = 0
    for u in units:
        path = f"/api/org/units/{u['unit_id']}/quotas/{year}"
        current = call(client, "GET", path, admin)
        if current.get("staffing_quota") is not None:
            continue  # set by an earlier run (or by hand): left as it is
        allotted = max(1, round(u["count"] * rng.uniform(0.92, 1.15)))
        posts = round(allotted * rng.uniform(0.0, 0.3)) if u["count"] > 20 else 0
        call(client, "PUT", path, admin, json={
            "staffing_quota": allotted - posts, "headcount_quota": posts,
            "decision_number": f"{rng.randint(100, 999)}/QĐ-UBND",
            "decision_date": f"{year}-01-{rng.randint(5, 28):02d}",
            "note": "Giao biên chế năm (dữ liệu mẫu)", "row_version": current.get("row_version", 0)})
        quotas += 1
    saved = 0
    for user, unit, name, columns, filters in LISTS:
        who = token(user)
        existing = call(client, "GET", "/api/reporting/lists", who, params={"unit_id": unit})
        if any(d["name"] == name for d in existing):
            continue
        call(client, "POST", "/api/reporting/lists", who,
             json={"unit_id": unit, "name": name, "columns": columns, "filters": filters})
        saved += 1
    print(f"demo data: {quotas} staffing quotas for {year}, {saved} saved lists")
    return True
