"""Administrators sign in with a second factor: a one-time code (TOTP) from an authenticator app, asked by
Keycloak after the password, in the browser and in the password grant; other accounts need none. A new
administrator is made to set up an app at the first sign-in."""

from __future__ import annotations

import base64
import html
import json
import re
import secrets
import time
from typing import Any

import httpx
import pytest

from common.testing import stack, totp

pytestmark = pytest.mark.usefixtures("cleanup_users")

ROOT = stack.ROOT


def claims(token: str) -> dict[str, Any]:
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))  # type: ignore[no-any-return]


def pause() -> None:
    """Two refusals within a second are Keycloak's sign of a robot (a minute's lockout): space them."""
    time.sleep(1.2)


async def new_administrator(api: httpx.AsyncClient, kc: Any, kc_admin: Any, token_for: Any, username: str) -> str:
    """A province administrator of the Sở Nội vụ created by snv.admin, with a password of its own and no
    authenticator yet; returns the Keycloak id."""
    resp = await api.post("/accounts", headers=kc.bearer(token_for("snv.admin")), json={
        "username": username, "unit_id": "SNV", "roles": ["province_admin"], "full_name": "Quản trị thử",
        "additional_reason": "Quản trị viên thứ hai của Sở Nội vụ"})
    assert resp.status_code == 201, resp.text
    account_id = str(resp.json()["account"]["account_id"])
    kc_admin.set_user_password(account_id, kc.CHANGED_PASSWORD, temporary=False)
    kc_admin.update_user(account_id, {"requiredActions": []})
    return account_id


def test_the_demo_administrators_sign_in_with_a_password_and_a_one_time_code(kc: Any) -> None:
    for username, role in (("snv.admin", "province_admin"), ("sysadmin", "system_admin")):
        resp = kc.password_grant(username, stack.DEMO_PASSWORD, totp=totp.code())
        assert resp.status_code == 200, resp.text
        assert role in claims(resp.json()["access_token"])["realm_access"]["roles"]


def test_an_account_without_an_administrative_role_needs_no_code(kc: Any) -> None:
    resp = kc.password_grant("stp.officer", stack.DEMO_PASSWORD)
    assert resp.status_code == 200, resp.text


async def test_an_administrator_without_the_right_code_is_refused(
        api: httpx.AsyncClient, kc: Any, kc_admin: Any, token_for: Any, run_id: str) -> None:
    # A fresh administrator (refusals count towards the brute-force lockout; the demo ones stay untouched).
    account_id = await new_administrator(api, kc, kc_admin, token_for, f"t{run_id}.qt2fa")
    secret = secrets.token_hex(10)
    kc.give_one_time_code(kc_admin, account_id, secret)
    username = f"t{run_id}.qt2fa"

    without = kc.password_grant(username, kc.CHANGED_PASSWORD)
    assert without.status_code == 400 and without.json()["error"] == "invalid_grant", without.text
    pause()
    wrong = kc.password_grant(username, kc.CHANGED_PASSWORD, totp=str((int(totp.code(secret)) + 1) % 10**6).zfill(6))
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant", wrong.text
    pause()
    other_app = kc.password_grant(username, kc.CHANGED_PASSWORD, totp=totp.code())  # the demo secret is not its own
    assert other_app.status_code == 400, other_app.text
    pause()
    right = kc.password_grant(username, kc.CHANGED_PASSWORD, totp=totp.code(secret))
    assert right.status_code == 200, right.text
    assert "province_admin" in claims(right.json()["access_token"])["realm_access"]["roles"]


async def test_a_new_administrator_sets_up_an_authenticator_at_the_first_browser_sign_in(
        api: httpx.AsyncClient, kc: Any, kc_admin: Any, token_for: Any, run_id: str, browser: Any) -> None:
    username = f"t{run_id}.qtnew"
    account_id = await new_administrator(api, kc, kc_admin, token_for, username)
    # No token without a second factor, even with the right password.
    assert kc.password_grant(username, kc.CHANGED_PASSWORD).status_code != 200
    assert not [c for c in kc_admin.get_credentials(account_id) if c["type"] == "otp"]

    verifier, code = browser.authorize("cbccvc-web", kc.WEB_REDIRECT)
    assert code is None and browser.login(username, kc.CHANGED_PASSWORD) is None
    page = browser.last_page
    assert 'name="totpSecret"' in page, page[:800]  # Keycloak's "set up an authenticator" page, not a code
    found = re.search(r'name="totpSecret"[^>]*value="([^"]+)"', page)
    assert found, page[:800]
    secret = html.unescape(found.group(1))
    assert "data:image/png;base64" in page  # the QR code an authenticator app scans
    code = browser.submit(totp=totp.code(secret), totpSecret=secret, userLabel="Điện thoại")
    assert code, browser.last_page[:800]
    tokens = browser.exchange("cbccvc-web", kc.WEB_REDIRECT, code, verifier)
    assert "province_admin" in claims(tokens["access_token"])["realm_access"]["roles"]

    # From now on the password grant too asks for that app's code.
    assert [c["type"] for c in kc_admin.get_credentials(account_id) if c["type"] == "otp"] == ["otp"]
    pause()
    assert kc.password_grant(username, kc.CHANGED_PASSWORD).status_code == 400
    pause()
    assert kc.password_grant(username, kc.CHANGED_PASSWORD, totp=totp.code(secret)).status_code == 200


def test_a_demo_administrator_in_the_browser_gets_the_code_page_after_the_password(kc: Any, browser: Any) -> None:
    verifier, code = browser.authorize("cbccvc-web", kc.WEB_REDIRECT)
    assert code is None and browser.login("snv.admin", stack.DEMO_PASSWORD) is None
    assert 'name="otp"' in browser.last_page and 'name="totpSecret"' not in browser.last_page
    code = browser.submit(otp=totp.code())
    assert code
    tokens = browser.exchange("cbccvc-web", kc.WEB_REDIRECT, code, verifier)
    assert claims(tokens["access_token"])["preferred_username"] == "snv.admin"


def test_the_development_secret_is_the_realm_files_and_production_reuses_no_code() -> None:
    dev = json.loads((ROOT / "stack" / "keycloak" / "cbccvc-realm.json").read_text(encoding="utf-8"))
    secrets_of = {u["username"]: json.loads(c["secretData"])["value"]
                  for u in dev["users"] for c in u.get("credentials", []) if c["type"] == "otp"}
    assert secrets_of == {name: totp.DEV_TOTP_SECRET for name in totp.DEV_TOTP_ACCOUNTS}
    admins = {u["username"] for u in dev["users"] if {"province_admin", "system_admin"} & set(u.get("realmRoles", []))}
    assert admins == set(totp.DEV_TOTP_ACCOUNTS)
    prod = json.loads((ROOT / "deploy" / "k8s" / "base" / "infra" / "keycloak" / "cbccvc-realm.json")
                      .read_text(encoding="utf-8"))
    assert prod["otpPolicyCodeReusable"] is False and dev["otpPolicyCodeReusable"] is True
    assert prod["authenticationFlows"] == dev["authenticationFlows"]
    assert (prod["browserFlow"], prod["directGrantFlow"]) == ("browser second factor", "direct grant second factor")
    assert totp.DEV_TOTP_SECRET not in json.dumps(prod)


def test_an_existing_realm_gets_the_flows_and_the_demo_administrators_second_factor_from_provisioning(
        run_id: str) -> None:
    """Keycloak imports the realm file only into a new realm: `make run` on an older installation applies the
    flows, the OTP policy and the demo accounts through identity.keycloak_provision, twice without change."""
    from keycloak import KeycloakAdmin

    from identity import keycloak_provision

    env = stack.stack_env()
    dev = json.loads((ROOT / "stack" / "keycloak" / "cbccvc-realm.json").read_text(encoding="utf-8"))
    name = f"t{run_id}-provision"
    master = KeycloakAdmin(server_url=stack.keycloak_url() + "/", username=env["KEYCLOAK_ADMIN_USER"],
                           password=env["KEYCLOAK_ADMIN_PASSWORD"], realm_name="master", user_realm_name="master")
    # An installation from before the second factor: roles, the user profile, the scripts' client, no people.
    master.create_realm({"realm": name, "enabled": True, "roles": dev["roles"], "components": dev["components"],
                         "clients": [c for c in dev["clients"] if c["clientId"] == "cbccvc-cli"]})
    try:
        admin = KeycloakAdmin(server_url=stack.keycloak_url() + "/", username=env["KEYCLOAK_ADMIN_USER"],
                              password=env["KEYCLOAK_ADMIN_PASSWORD"], realm_name=name, user_realm_name="master")
        first = keycloak_provision.provision_sign_in(admin, dev) + keycloak_provision.provision_people(admin, dev)
        assert any("browser second factor" in c for c in first) and any("created demo account snv.admin" in c
                                                                         for c in first)
        again = keycloak_provision.provision_sign_in(admin, dev) + keycloak_provision.provision_people(admin, dev)
        assert again == []

        def grant(username: str, code: str | None) -> int:
            data = {"grant_type": "password", "client_id": "cbccvc-cli", "client_secret": "cli-dev-secret",
                    "username": username, "password": stack.DEMO_PASSWORD}
            if code:
                data["totp"] = code
            return httpx.post(f"{stack.keycloak_url()}/realms/{name}/protocol/openid-connect/token", data=data,
                              timeout=30).status_code

        assert grant("snv.admin", None) == 400
        pause()
        assert grant("snv.admin", totp.code()) == 200
        assert grant("stp.officer", None) == 200
        realm = admin.get_realm(name)
        assert (realm["browserFlow"], realm["directGrantFlow"], realm["otpPolicyCodeReusable"]) == (
            "browser second factor", "direct grant second factor", True)
    finally:
        master.delete_realm(name)


async def test_a_lost_authenticator_is_removed_by_two_administrators_and_set_up_again(
        api: httpx.AsyncClient, kc: Any, kc_admin: Any, token_for: Any, run_id: str, browser: Any) -> None:
    username = f"t{run_id}.qtlost"
    target = await new_administrator(api, kc, kc_admin, token_for, username)
    kc.give_one_time_code(kc_admin, target, "the-lost-phone")
    second = await new_administrator(api, kc, kc_admin, token_for, f"t{run_id}.qtsecond")
    kc.give_one_time_code(kc_admin, second, "the-second-phone")
    other = kc.password_grant(f"t{run_id}.qtsecond", kc.CHANGED_PASSWORD, totp=totp.code("the-second-phone"))
    assert other.status_code == 200, other.text
    first, confirmer = kc.bearer(token_for("snv.admin")), kc.bearer(other.json()["access_token"])

    asked = await api.post("/account-requests", headers=first,
                           json={"account_id": target, "action": "second_factor", "reason": "Mất điện thoại"})
    assert asked.status_code == 201, asked.text
    own = await api.post(f"/account-requests/{asked.json()['id']}/confirm", headers=first)
    assert own.status_code == 403  # one administrator alone cannot take the second factor away
    assert [c["type"] for c in kc_admin.get_credentials(target) if c["type"] == "otp"] == ["otp"]
    done = await api.post(f"/account-requests/{asked.json()['id']}/confirm", headers=confirmer)
    assert done.status_code == 200, done.text
    assert not [c for c in kc_admin.get_credentials(target) if c["type"] == "otp"]
    pause()
    assert kc.password_grant(username, kc.CHANGED_PASSWORD, totp=totp.code("the-lost-phone")).status_code != 200
    # The next browser sign-in asks for a new app.
    _, code = browser.authorize("cbccvc-web", kc.WEB_REDIRECT)
    assert code is None and browser.login(username, kc.CHANGED_PASSWORD) is None
    assert 'name="totpSecret"' in browser.last_page

    # An account without an administrative role has no second factor to take away this way.
    officer = await api.post("/accounts", headers=first, json={
        "username": f"t{run_id}.cb2fa", "unit_id": "STP", "roles": ["unit_officer"],
        "additional_reason": "Cán bộ thử của Sở Tư pháp"})
    assert officer.status_code == 201, officer.text
    refused = await api.post("/account-requests", headers=first, json={
        "account_id": officer.json()["account"]["account_id"], "action": "second_factor", "reason": "Mất điện thoại"})
    assert refused.status_code == 409 and refused.json()["error"] == "account.request_not_needed", refused.text
