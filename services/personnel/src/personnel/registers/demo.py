"""The demo's award, discipline and training registers (scripts/demo.py, part "registers"), through the public
API as the units would: award decisions for several people approved into the records (and one waiting),
a reprimand that extends a civil servant's raise clock, an older salary-step demotion of 2024 (accepted: its
decision predates 2025-07-01), a warning waiting for approval; a state-management course with two people
completed (the level written into their records) and others still attending, a political-theory course
planned, a master's programme abroad. Safe to run again: a number already in the register is skipped."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

import httpx

API = "/api/personnel"

AWARDS = [  # unit, officer, approver or None, form, number, signed, issuer, achievement year, people, level
    ("SNV", "snv.admin", "snv.leader", "BK_TINH", "2650/QĐ-UBND", date(2025, 12, 26), "UBND tỉnh Tuyên Quang",
     2025, 3, "Bộ, ngành, tỉnh"),
    ("STP", "stp.officer", "stp.leader", "GIAY_KHEN", "45/QĐ-STP", date(2026, 1, 12), "Sở Tư pháp tỉnh Tuyên Quang",
     2025, 4, "Cơ sở"),
    ("STP", "stp.officer", None, "CSTD_CS", "46/QĐ-STP", date(2026, 1, 12), "Sở Tư pháp tỉnh Tuyên Quang", 2025, 2,
     "Cơ sở"),
    ("00706", "xa.phulinh", "snv.admin", "GIAY_KHEN", "12/QĐ-UBND", date(2026, 1, 20), "UBND xã Phú Linh", 2025, 2,
     "Cơ sở"),
]
DISCIPLINES = [  # unit, officer, approver or None, form, number, signed, issuer, violation, position in the list
    ("STP", "stp.officer", "stp.leader", "KHIEN_TRACH", "78/QĐ-STP", date(2026, 4, 15), "Sở Tư pháp tỉnh Tuyên Quang",
     "Để quá hạn giải quyết 03 hồ sơ thủ tục hành chính lý lịch tư pháp", 6),
    ("SNV", "snv.admin", "snv.leader", "HA_BAC_LUONG", "115/QĐ-SNV", date(2024, 11, 5), "Sở Nội vụ tỉnh Tuyên Quang",
     "Vi phạm quy định về quản lý hồ sơ cán bộ", 8),
    ("00706", "xa.phulinh", None, "CANH_CAO", "30/QĐ-UBND", date(2026, 2, 20), "UBND xã Phú Linh",
     "Không chấp hành phân công nhiệm vụ của Chủ tịch UBND xã", 4),
]
COURSES = [  # unit, officer, approver, body, enrolled, completed
    ("SNV", "snv.admin", "snv.leader",
     {"name": "Bồi dưỡng kiến thức QLNN chương trình chuyên viên chính", "kind": "state_management",
      "mode": "BOI_DUONG", "school": "Học viện Hành chính và Quản trị công", "diploma": "Chứng chỉ",
      "level_code": "CVC", "funding": "state", "starts_on": "2026-03-02", "ends_on": "2026-05-29"}, 4, 2),
    ("STP", "stp.officer", "stp.leader",
     {"name": "Trung cấp lý luận chính trị - hành chính, khóa 2026-2027", "kind": "political_theory",
      "mode": "VUA_LAM_VUA_HOC", "school": "Trường Chính trị tỉnh Tuyên Quang", "diploma": "Bằng tốt nghiệp",
      "level_code": "TC", "funding": "state", "starts_on": "2026-09-07", "ends_on": "2027-06-30"}, 3, 0),
    ("SNV", "snv.admin", "snv.leader",
     {"name": "Thạc sĩ Quản lý công", "kind": "professional", "location": "abroad", "country": "Cộng hòa Pháp",
      "mode": "TAP_TRUNG", "specialty": "Quản lý công", "school": "Trường Quốc gia Hành chính (ENA)",
      "diploma": "Bằng thạc sĩ", "level_code": "ThS", "funding": "sponsor", "starts_on": "2025-09-15",
      "ends_on": "2027-06-30"}, 1, 0),
]


def _people(client: httpx.Client, token: str, unit: str) -> list[dict[str, Any]]:
    resp = client.get(f"{API}/persons", params={"unit_id": unit, "size": 30},
                      headers={"Authorization": f"Bearer {token}"})
    resp.raise_for_status()
    return [p for p in resp.json()["items"] if p.get("unit_id") == unit] or resp.json()["items"]


def _post(client: httpx.Client, url: str, token: str, body: dict[str, Any] | None = None) -> httpx.Response:
    return client.post(url, json=body, headers={"Authorization": f"Bearer {token}"})


def _enrol(client: httpx.Client, token: str, course_id: str, candidates: list[dict[str, Any]],
           wanted: int) -> list[dict[str, Any]]:
    """Enrols the first `wanted` candidates the course accepts: someone the demo disciplined a moment ago is
    barred from training (R-50), and which people the random draw picks depends on the demo province's size."""
    pool = list(candidates)
    while True:
        chosen = pool[:wanted]
        resp = _post(client, f"{API}/training-courses/{course_id}/attendees", token,
                     {"person_ids": [p["person_id"] for p in chosen]})
        if resp.status_code < 400:
            return chosen
        barred = {int(f["field"].split("[")[1].rstrip("]")) for f in (resp.json().get("fields") or [])
                  if f.get("code") == "training.restricted_by_discipline"}
        if resp.status_code != 422 or not barred or len(pool) <= wanted:
            raise SystemExit(f"attendees of {course_id} -> {resp.status_code}: {resp.text[:300]}")
        pool = [p for i, p in enumerate(pool) if i not in barred]


def load(client: httpx.Client, token: Callable[[str], str], rng: random.Random, *,
         call: Callable[..., dict[str, Any]]) -> bool:
    entered = 0
    for unit, officer, approver, form, number, signed, issuer, year, count, level in AWARDS:
        people = _people(client, token(officer), unit)
        chosen = rng.sample(people, min(count, len(people)))
        resp = _post(client, f"{API}/register-decisions", token(officer), {
            "kind": "award", "number": number, "signed_on": signed.isoformat(), "issuer": issuer, "form": form,
            "level": level, "achievement_year": year, "person_ids": [p["person_id"] for p in chosen]})
        if resp.status_code == 409:
            continue
        if resp.status_code >= 400:
            raise SystemExit(f"award {number} -> {resp.status_code}: {resp.text[:300]}")
        if approver:
            call(client, "POST", f"{API}/register-decisions/{resp.json()['id']}/approve", token(approver))
        entered += 1
    for unit, officer, approver, form, number, signed, issuer, violation, index in DISCIPLINES:
        people = _people(client, token(officer), unit)
        for person in people[index:] + people[:index]:  # the first the form applies to (its staff category)
            resp = _post(client, f"{API}/register-decisions", token(officer), {
                "kind": "discipline", "number": number, "signed_on": signed.isoformat(), "issuer": issuer,
                "form": form, "violation": violation, "person_ids": [person["person_id"]]})
            if resp.status_code != 422:
                break
        if resp.status_code == 409:
            continue
        if resp.status_code >= 400:
            raise SystemExit(f"discipline {number} -> {resp.status_code}: {resp.text[:300]}")
        if approver:
            call(client, "POST", f"{API}/register-decisions/{resp.json()['id']}/approve", token(approver))
        entered += 1
    for unit, officer, approver, body, enrolled, completed in COURSES:
        listed = call(client, "GET", f"{API}/training-courses", token(officer), params={"size": 100})
        if any(c["name"] == body["name"] for c in listed["items"]):
            continue
        course = call(client, "POST", f"{API}/training-courses", token(officer), json=body)
        people = _people(client, token(officer), unit)
        chosen = _enrol(client, token(officer), course["id"], rng.sample(people, len(people)), enrolled)
        if completed:
            call(client, "POST", f"{API}/training-courses/{course['id']}/completions", token(officer),
                 json={"person_ids": [p["person_id"] for p in chosen[:completed]], "completed_on": body["ends_on"],
                       "decision_number": "215/QĐ-HVHC", "decision_signed_on": "2026-06-10",
                       "issuer": body["school"]})
            call(client, "POST", f"{API}/training-courses/{course['id']}/completions/approve", token(approver))
        entered += 1
    print(f"demo data: {entered} register decisions and courses")
    return True
