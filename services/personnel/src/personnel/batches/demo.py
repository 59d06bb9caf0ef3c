"""The demo's batch decisions (scripts/demo.py, part "batches"), through the public API as the units would:
Sở Nội vụ's regular step raises of people already due, created by its administrator and approved by its
leader (the records hold the new step and the decision); Sở Tư pháp's raises submitted and waiting for
its leader (the review screen has content); a retirement decision of Sở Nội vụ for the people retiring
within the coming months, waiting. Safe to run again: a unit that already has a batch of a kind is skipped."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import httpx

from common import clock

API = "/api/personnel"

# unit, officer, approver or None, kind, number, issuer, signer, at most so many people
BATCHES = [
    ("SNV", "snv.admin", "snv.leader", "salary_raise", "{n}/QĐ-SNV", "Sở Nội vụ tỉnh Tuyên Quang",
     "Giám đốc Sở Nội vụ", 8),
    ("STP", "stp.officer", None, "salary_raise", "{n}/QĐ-STP", "Sở Tư pháp tỉnh Tuyên Quang",
     "Giám đốc Sở Tư pháp", 6),
    ("SNV", "snv.admin", None, "retirement", "{n}/QĐ-SNV", "Sở Nội vụ tỉnh Tuyên Quang", "Giám đốc Sở Nội vụ", 4),
]
TITLES = {"salary_raise": "Nâng bậc lương thường xuyên", "retirement": "Nghỉ hưu để hưởng chế độ bảo hiểm xã hội"}


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _due_people(client: httpx.Client, token: str, call: Callable[..., dict], unit: str, kind: str,
                limit: int, today: date) -> list[str]:
    """People of the unit's list: raises already due (within the past year, not yet decided), or
    retirements within the coming 12 months."""
    if kind == "retirement":
        page = call(client, "GET", f"{API}/due-lists", token, params={"kind": "retirement", "unit_id": unit,
                                                                       "within_months": 12, "size": limit})
        return [i["person_id"] for i in page["items"]][:limit]
    found: list[str] = []
    day = today
    for _ in range(12):
        page = call(client, "GET", f"{API}/due-lists", token, params={"kind": "raise", "unit_id": unit,
                                                                       "month": _month(day), "size": 200})
        found += [i["person_id"] for i in page["items"] if i["due_on"] <= today.isoformat()]
        if len(found) >= limit:
            break
        day = day.replace(day=1) - timedelta(days=1)
    return found[:limit]


def load(client: httpx.Client, token: Callable[[str], str], rng: random.Random, *,
         call: Callable[..., dict]) -> bool:
    today = clock.today()
    for spec in BATCHES:
        try:
            _one(client, token, rng, call, today, *spec)
        except SystemExit as exc:  # a refusal of the service: the demo goes on without this decision
            print(f"demo data: the {spec[3]} decision of {spec[0]} was not made ({exc})")
    return True


def _one(client: httpx.Client, token: Callable[[str], str], rng: random.Random, call: Callable[..., dict],
         today: date, unit: str, officer: str, approver: str | None, kind: str, number: str, issuer: str,
         signer: str, limit: int) -> None:
    existing = call(client, "GET", f"{API}/batches", token(officer), params={"kind": kind, "size": 200})
    if any(b["unit_id"] == unit and b["issuer"] == issuer for b in existing["items"]):
        return
    people = _due_people(client, token(officer), call, unit, kind, limit, today)
    if not people:
        print(f"demo data: no one due for a {kind} decision in {unit}")
        return
    path = "retirement-proposals" if kind == "retirement" else "salary-proposals"
    body: dict[str, Any] = {"person_ids": people} if kind == "retirement" else {"kind": kind, "person_ids": people}
    proposals = call(client, "POST", f"{API}/batches/{path}", token(officer), json=body)["items"]
    items = [p["item"] for p in proposals if p["item"] and not p["problem"]]
    if not items:
        return
    signed = today - timedelta(days=rng.randint(1, 6))
    batch = call(client, "POST", f"{API}/batches", token(officer), json={
        "kind": kind, "unit_id": unit, "title": f"{TITLES[kind]} ({len(items)} người)",
        "decision_number": number.format(n=rng.randint(120, 480)), "decision_signed_on": signed.isoformat(),
        "signer": signer, "issuer": issuer, "items": items})
    call(client, "POST", f"{API}/batches/{batch['id']}/submit", token(officer))
    if approver:
        call(client, "POST", f"{API}/batches/{batch['id']}/approve", token(approver), json={})
    state = "approved" if approver else "waiting for the leader"
    print(f"demo data: a {kind} decision of {unit} for {len(items)} people, {state}")
