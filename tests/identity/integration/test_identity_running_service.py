"""The running identity service end to end: a failed sign-in at Keycloak reaches the Sở Nội vụ's audit
search through the poller, identity's own chain, the outbox, Kafka and the audit consumer."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from common.testing import stack


async def test_a_failed_sign_in_becomes_searchable_within_the_poll_interval(kc: Any, token_for: Any) -> None:
    started = time.monotonic()
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 2))
    assert kc.password_grant("xa.ngocduong", "Sai@Matkhau7").status_code in (400, 401)
    admin = kc.bearer(token_for("snv.admin"))
    async with httpx.AsyncClient(base_url=stack.service_url("identity"), timeout=30) as client:
        found: list[dict[str, Any]] = []
        while not found and time.monotonic() - started < 60:
            resp = await client.get("/audit", params={"actor": "xa.ngocduong", "action": "sign_in_failed",
                                                      "from": since}, headers=admin)
            assert resp.status_code == 200, resp.text
            found = resp.json()["data"]
            if not found:
                await asyncio.sleep(1)
        assert found, "the failed sign-in never reached the audit search"
        assert found[0]["service"] == "identity" and found[0]["unit_id"] == "00700"
        print(f"failed sign-in searchable after {time.monotonic() - started:.1f}s")
        verified = await client.get("/audit/verify", headers=kc.bearer(token_for("sysadmin")))
        assert verified.status_code == 200 and all(r["ok"] for r in verified.json()), verified.text
