"""Single sign-on across e-government systems, and who is online (scoped)."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
from keycloak import KeycloakAdmin

from identity import jobs


def claims(token: str) -> dict[str, Any]:
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))  # type: ignore[no-any-return]


async def test_one_sign_in_at_another_system_opens_cbccvc_without_a_second_login_and_shows_online(
        kc: Any, browser: Any, app: Any, api: httpx.AsyncClient, token_for: Any, kc_admin: KeycloakAdmin) -> None:
    # Sign in once, at the example e-government portal.
    verifier, code = browser.authorize("egov-portal", kc.EGOV_REDIRECT)
    assert code is None and 'name="password"' in browser.last_page
    code = browser.login("stp.leader", "Demo@2026")
    assert code
    portal = browser.exchange("egov-portal", kc.EGOV_REDIRECT, code, verifier, secret="egov-dev-secret")
    # Then open the personnel database: the SSO cookie answers at once with a code, no login form.
    verifier, code = browser.authorize("cbccvc-web", kc.WEB_REDIRECT)
    assert code, "a second login form was shown"
    web = browser.exchange("cbccvc-web", kc.WEB_REDIRECT, code, verifier)
    c = claims(web["access_token"])
    assert c["preferred_username"] == "stp.leader" and c["unit_id"] == "STP"
    assert c["sid"] == claims(portal["access_token"])["sid"]  # one session, two systems

    try:
        await jobs.sync_accounts_once(app.state.sessionmaker, app.state.directory)  # mirror the demo accounts
        seen = {}
        for user in ("snv.admin", "stp.officer", "xa.phulinh"):
            resp = await api.get("/online", headers=kc.bearer(token_for(user)))
            assert resp.status_code == 200, resp.text
            seen[user] = {a["username"]: a for a in resp.json()["data"]}
        assert "stp.leader" in seen["snv.admin"] and "stp.leader" in seen["stp.officer"]
        assert seen["stp.officer"]["stp.leader"]["unit_name"] == "Sở Tư pháp"
        assert seen["stp.officer"]["stp.leader"]["signed_in_at"]
        assert "stp.leader" not in seen["xa.phulinh"]  # another branch of the tree learns nothing
        assert all(a["unit_id"] == "00706" for a in seen["xa.phulinh"].values())
    finally:
        kc_admin.connection.raw_delete(f"admin/realms/{kc_admin.connection.realm_name}/sessions/{c['sid']}")
