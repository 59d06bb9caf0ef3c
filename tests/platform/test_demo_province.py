"""The demo the stack loads (scripts/demo.py, part "province": personnel.demo.load) gives the career screens
content on a fresh start: through the gateway, the province's due lists of this month's raises and of the
retirements within a year are not empty, and a commune has more than its first few people. Read-only."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from common.testing.plugin import auth
from personnel.demo.province import person_id


async def test_the_demo_province_fills_the_due_lists(gateway: httpx.AsyncClient,
                                                     token_for: Callable[[str], str]) -> None:
    headers = auth(token_for("snv.admin"))
    first = await gateway.get(f"/api/personnel/persons/{person_id(2026, 0)}", headers=headers)
    assert first.status_code == 200, "the demo province is not loaded (scripts/demo.py, part province)"
    assert first.json()["version"] >= 1
    totals = {}
    for kind in ("raise", "beyond_frame", "retirement", "term"):
        resp = await gateway.get("/api/personnel/due-lists", params={"kind": kind, "size": 5}, headers=headers)
        assert resp.status_code == 200, resp.text
        totals[kind] = resp.json()["total"]
    assert totals["raise"] + totals["beyond_frame"] > 0, totals  # due this month
    assert totals["retirement"] > 0, totals  # within 12 months
    # A commune officer sees the commune's own people, with their careers.
    commune = await gateway.get("/api/personnel/persons", params={"unit_id": "00700", "size": 50},
                                headers=auth(token_for("xa.ngocduong")))
    assert commune.status_code == 200 and commune.json()["total"] > 6  # the 6 of the first demo part, and more
