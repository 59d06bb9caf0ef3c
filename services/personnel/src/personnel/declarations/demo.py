"""The demo's self-declaration round (scripts/demo.py, part "declarations"), through the public API as the
Department, a unit and its people would: this year's round open until 31 December, Sở Tư pháp's links made, one
person's change approved by the unit's leader, one waiting in the unit's drafts, one who declared nothing changed,
the others not yet declared (the progress screen shows each state)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from common import clock

API = "/api/personnel"
UNIT, OFFICER, LEADER = "STP", "stp.officer", "stp.leader"


def _sign(client: Any, url: str, name: str, change: Callable[[dict[str, Any]], None] | None) -> dict[str, Any]:
    headers = {"X-Declaration-Token": url.split("#", 1)[1], "Accept-Language": "vi",
               "User-Agent": "Mozilla/5.0 (Linux; Android 14) demo"}
    form = client.get(f"{API}/declarations/by-token", headers=headers)
    form.raise_for_status()
    declared = form.json()["current"]
    if change is not None:
        change(declared)
    resp = client.post(f"{API}/declarations/by-token/sign", headers=headers,
                       json={"full_name": name, "statement": True, "declaration": declared})
    resp.raise_for_status()
    return resp.json()  # type: ignore[no-any-return]


def load(client: Any, token: Callable[[str], str], rng: random.Random, *, call: Callable[..., Any]) -> bool:
    today = clock.today()
    year = today.year
    rounds = call(client, "GET", f"{API}/declaration-rounds", token("snv.admin"))
    rnd = next((r for r in rounds if r["year"] == year and r["state"] == "open"), None)
    if rnd is None:
        opens = min(date(year, 11, 1), today - timedelta(days=1)) if today > date(year, 1, 1) else today
        rnd = call(client, "POST", f"{API}/declaration-rounds", token("snv.admin"), json={
            "year": year, "opens_on": opens.isoformat(), "closes_on": date(year, 12, 31).isoformat(),
            "note": "Kê khai bổ sung lý lịch hằng năm (Điều 9.2b Quy chế)"})
    if rnd["state"] != "open":
        return False
    before = call(client, "GET", f"{API}/declaration-rounds/{rnd['id']}/progress", token(OFFICER),
                  params={"unit_id": UNIT}, unit_known_within=120)
    if sum(1 for p in before["people"] if p["signed_at"]) >= 3:
        return True  # loaded already
    links = call(client, "POST", f"{API}/declaration-rounds/{rnd['id']}/links", token(OFFICER),
                 json={"unit_id": UNIT}, unit_known_within=120)
    if len(links) < 3:
        return False
    picked = rng.sample(links, 3)

    def new_phone(d: dict[str, Any]) -> None:
        d["identity"]["phone"] = f"09{rng.randrange(10**7, 10**8)}"

    def married(d: dict[str, Any]) -> None:
        single = d["identity"].get("marital_status") in (None, "DOC_THAN")
        d["identity"]["marital_status"] = "CO_VO_CHONG" if single else "LY_HON"
        d["identity"]["phone"] = f"08{rng.randrange(10**7, 10**8)}"

    approved = _sign(client, picked[0]["url"], picked[0]["full_name"], new_phone)
    _sign(client, picked[1]["url"], picked[1]["full_name"], married)  # waits in the unit's drafts
    _sign(client, picked[2]["url"], picked[2]["full_name"], None)  # nothing changed this year
    progress = call(client, "GET", f"{API}/declaration-rounds/{rnd['id']}/progress", token(OFFICER),
                    params={"unit_id": UNIT})
    cr = next((p["change_request_id"] for p in progress["people"] if p["person_id"] == picked[0]["person_id"]), None)
    if cr and not approved["no_change"]:
        # The officer submits the declared change, the leader approves it (not who submitted it).
        sub = client.post(f"{API}/change-requests/{cr}/submit", headers={"Authorization": f"Bearer {token(OFFICER)}"})
        if sub.status_code < 300:
            call(client, "POST", f"{API}/change-requests/{cr}/approve", token(LEADER),
                 json={})
    return True
