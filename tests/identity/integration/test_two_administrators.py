"""One administrator alone cannot take over another administrator's account: unlocking it or resetting
its password is asked by one administrator and carried out only when a second one confirms."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from common.testing import totp

pytestmark = pytest.mark.usefixtures("cleanup_users")

SECOND_FACTOR = "test-two-administrators"  # the authenticator app of the administrators made here


async def admin_account(api: httpx.AsyncClient, kc: Any, kc_admin: Any, token_for: Any, username: str) -> dict:
    """A province administrator of the Sở Nội vụ, signed in with a password of its own."""
    resp = await api.post("/accounts", headers=kc.bearer(token_for("snv.admin")), json={
        "username": username, "unit_id": "SNV", "roles": ["province_admin"], "full_name": "Quản trị thử",
        "additional_reason": "Quản trị viên thứ hai của Sở Nội vụ"})
    assert resp.status_code == 201, resp.text
    account = resp.json()["account"]
    kc_admin.set_user_password(account["account_id"], kc.CHANGED_PASSWORD, temporary=False)
    kc_admin.update_user(account["account_id"], {"requiredActions": []})
    kc.give_one_time_code(kc_admin, account["account_id"], SECOND_FACTOR)  # administrators sign in with one
    return account


async def test_unlocking_an_administrator_takes_a_second_administrator(
        api: httpx.AsyncClient, kc: Any, kc_admin: Any, token_for: Any, run_id: str) -> None:
    second = await admin_account(api, kc, kc_admin, token_for, f"t{run_id}.qt2")
    target = await admin_account(api, kc, kc_admin, token_for, f"t{run_id}.qt3")
    first = kc.bearer(token_for("snv.admin"))
    grant = kc.password_grant(second["username"], kc.CHANGED_PASSWORD, totp=totp.code(SECOND_FACTOR))
    assert grant.status_code == 200, grant.text
    other = kc.bearer(grant.json()["access_token"])
    target_id = target["account_id"]

    assert (await api.post(f"/accounts/{target_id}/lock", json={"reason": "Nghi lộ mật khẩu"},
                           headers=first)).status_code == 200  # locking alone stays possible: it protects
    alone = await api.post(f"/accounts/{target_id}/unlock", json={"reason": "Đã kiểm tra"}, headers=first)
    assert alone.status_code == 403 and alone.json()["error"] == "account.second_administrator_required"
    alone = await api.post(f"/accounts/{target_id}/password-reset", headers=first)
    assert alone.status_code == 403
    assert (await api.get(f"/accounts/{target_id}", headers=first)).json()["status"] == "locked"  # unchanged

    asked = await api.post("/account-requests", headers=first,
                           json={"account_id": target_id, "action": "unlock", "reason": "Đã kiểm tra, mở lại"})
    assert asked.status_code == 201, asked.text
    request_id = asked.json()["id"]
    own = await api.post(f"/account-requests/{request_id}/confirm", headers=first)
    assert own.status_code == 403 and own.json()["error"] == "account.request_own"
    waiting = (await api.get("/account-requests", headers=other)).json()
    assert [r["username"] for r in waiting if r["id"] == request_id] == [target["username"]]

    done = await api.post(f"/account-requests/{request_id}/confirm", headers=other)
    assert done.status_code == 200, done.text
    assert done.json()["account"]["status"] == "active" and done.json()["request"]["state"] == "done"
    again = await api.post(f"/account-requests/{request_id}/confirm", headers=other)
    assert again.status_code == 409

    reset = await api.post("/account-requests", headers=other,
                           json={"account_id": target_id, "action": "reset", "reason": "Quên mật khẩu"})
    done = await api.post(f"/account-requests/{reset.json()['id']}/confirm", headers=first)
    assert done.status_code == 200 and done.json()["temporary_password"]


async def test_a_request_for_an_account_that_is_not_an_administrator_is_refused(
        api: httpx.AsyncClient, kc: Any, token_for: Any, run_id: str) -> None:
    admin = kc.bearer(token_for("snv.admin"))
    made = await api.post("/accounts", headers=admin, json={
        "username": f"t{run_id}.cb", "unit_id": "STP", "roles": ["unit_officer"],
        "additional_reason": "Cán bộ thứ hai của Sở Tư pháp"})
    assert made.status_code == 201, made.text
    officer = made.json()["account"]
    r = await api.post("/account-requests", headers=admin,
                       json={"account_id": officer["account_id"], "action": "reset", "reason": "Quên mật khẩu"})
    assert r.status_code == 409 and r.json()["error"] == "account.request_not_needed"
