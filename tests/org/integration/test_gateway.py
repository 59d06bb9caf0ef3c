"""The running org service behind the gateway, with real tokens: the demo tree and scope as the web
client will see them. Read-only, plus refusals that change nothing, so the shared demo data stays."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from common.testing.plugin import auth


async def test_demo_tree_and_scope_through_the_gateway(gateway: httpx.AsyncClient,
                                                       token_for: Callable[[str], str]) -> None:
    admin = auth(token_for("snv.admin"))
    roots = (await gateway.get("/api/org/units/roots", headers=admin)).json()
    assert [r["unit_id"] for r in roots] == ["TQ"]
    hits = (await gateway.get("/api/org/units/search", params={"q": "ngoc duong"}, headers=admin)).json()
    assert hits[0]["unit_id"] == "00700" and hits[0]["path_names"][0] == "Tỉnh Tuyên Quang"
    commune = auth(token_for("xa.ngocduong"))
    assert [r["unit_id"] for r in (await gateway.get("/api/org/units/roots", headers=commune)).json()] == ["00700"]
    assert (await gateway.get("/api/org/units/SNV", headers=commune)).status_code == 404


async def test_refusals_through_the_gateway(gateway: httpx.AsyncClient, token_for: Callable[[str], str]) -> None:
    officer = auth(token_for("stp.officer"))
    body = {"unit_id": "NOPE", "name": "Không", "parent_id": "TQ", "decision_number": "1", "effective_on": "2026-01-01"}
    assert (await gateway.post("/api/org/units", json=body, headers=officer)).status_code == 403
    admin = auth(token_for("sysadmin"))
    resp = await gateway.post("/api/org/units/SNV/move", json={"parent_id": "SNV.VP", "decision_number": "1",
                                                                "effective_on": "2026-01-01"}, headers=admin)
    assert resp.status_code == 422 and resp.json()["error"] == "move_cycle"
    assert (await gateway.get("/api/org/units/SNV", headers=admin)).json()["parent_id"] == "TQ"
    assert (await gateway.get("/api/org/units/roots")).status_code == 401
