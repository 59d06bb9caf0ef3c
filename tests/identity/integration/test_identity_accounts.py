"""Account administration against the real Keycloak: creation with a unit claim, first sign-in with a
temporary password, lock and unlock, reset, password policy, and the errors a Sở Nội vụ may meet."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from keycloak import KeycloakAdmin
from sqlalchemy import select

from common.audit import AuditEntry, verify_chain
from common.testing import stack
from identity.accounts.tables import Account

pytestmark = pytest.mark.usefixtures("cleanup_users")



def claims(token: str) -> dict[str, Any]:
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))  # type: ignore[no-any-return]


async def create(api: httpx.AsyncClient, token: str, **body: Any) -> httpx.Response:
    return await api.post("/accounts", json=body, headers={"Authorization": f"Bearer {token}"})


@pytest.fixture(scope="module")
async def officer(api: httpx.AsyncClient, token_for, run_id: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """A new STP officer account, created by the Sở Nội vụ, who has completed the first sign-in."""
    resp = await create(api, token_for("snv.admin"), username=f"t{run_id}.stp", unit_id="STP",
                        roles=["unit_officer"], full_name="Nguyễn Văn Thử", additional_reason="Đề nghị của Sở Tư pháp")
    assert resp.status_code == 201, resp.text
    return resp.json()  # type: ignore[no-any-return]


class TestCreateAndFirstSignIn:
    async def test_the_temporary_password_forces_a_change_then_the_token_carries_the_unit(
            self, kc: Any, officer: dict[str, Any], browser: Any) -> None:
        account = officer["account"]
        assert account["unit_id"] == "STP" and account["unit_name"] == "Sở Tư pháp"
        assert account["roles"] == ["unit_officer"] and account["status"] == "active"
        # The password grant refuses an account with a pending required action...
        refused = kc.password_grant(account["username"], officer["temporary_password"])
        assert refused.status_code == 400 and "not fully set up" in refused.text
        # ...and the browser sign-in asks for a new password before giving a code.
        verifier, code = browser.authorize("cbccvc-web", kc.WEB_REDIRECT)
        assert code is None
        assert browser.login(account["username"], officer["temporary_password"]) is None
        assert browser.asks_for_new_password
        weak = browser.update_password("abc")
        assert weak is None and browser.asks_for_new_password  # the policy refuses it on the same page
        code = browser.update_password(kc.NEW_PASSWORD)
        assert code
        tokens = browser.exchange("cbccvc-web", kc.WEB_REDIRECT, code, verifier)
        c = claims(tokens["access_token"])
        assert c["unit_id"] == "STP" and "unit_officer" in c["realm_access"]["roles"]
        assert "cbccvc-api" in (c["aud"] if isinstance(c["aud"], list) else [c["aud"]])

    async def test_a_person_changes_their_own_password_through_keycloaks_update_password_action(
            self, kc: Any, officer: dict[str, Any], browser: Any) -> None:
        # What the web client does for "Đổi mật khẩu": an authorization request with
        # kc_action=UPDATE_PASSWORD; Keycloak asks for the current password, then the new one.
        username = officer["account"]["username"]
        verifier, code = browser.authorize("cbccvc-web", kc.WEB_REDIRECT, kc_action="UPDATE_PASSWORD")
        assert code is None and browser.login(username, kc.NEW_PASSWORD) is None
        assert browser.asks_for_new_password
        assert browser.update_password(kc.NEW_PASSWORD) is None  # the current one may not be reused
        code = browser.update_password(kc.CHANGED_PASSWORD)
        assert code
        browser.exchange("cbccvc-web", kc.WEB_REDIRECT, code, verifier)
        assert kc.password_grant(username, kc.CHANGED_PASSWORD).status_code == 200
        assert kc.password_grant(username, kc.NEW_PASSWORD).status_code in (400, 401)

    async def test_the_account_list_of_the_unit_shows_it_with_roles_and_status(
            self, kc: Any, api: httpx.AsyncClient, officer: dict[str, Any], token_for) -> None:  # type: ignore[no-untyped-def]
        resp = await api.get("/accounts", params={"unit_id": "STP"}, headers=kc.bearer(token_for("snv.admin")))
        assert resp.status_code == 200
        row = next(a for a in resp.json()["data"] if a["account_id"] == officer["account"]["account_id"])
        assert row["roles"] == ["unit_officer"] and row["status"] == "active" and "last_sign_in_at" in row


class TestLockUnlockReset:
    async def test_lock_ends_sessions_and_refuses_sign_in_until_unlocked(
            self, kc: Any, api: httpx.AsyncClient, officer: dict[str, Any], token_for) -> None:  # type: ignore[no-untyped-def]
        username, account_id = officer["account"]["username"], officer["account"]["account_id"]
        signed_in = kc.password_grant(username, kc.CHANGED_PASSWORD)
        assert signed_in.status_code == 200, signed_in.text
        admin = kc.bearer(token_for("snv.admin"))

        locked = await api.post(f"/accounts/{account_id}/lock", json={"reason": "Chia sẻ mật khẩu"}, headers=admin)
        assert locked.status_code == 200 and locked.json()["status"] == "locked"
        assert locked.json()["lock_reason"] == "Chia sẻ mật khẩu"
        assert kc.refresh_grant(signed_in.json()["refresh_token"]).status_code == 400  # session ended at once
        assert kc.password_grant(username, kc.CHANGED_PASSWORD).status_code in (400, 401)
        # The access token it already holds is refused at once by every service (here: the running org).
        held = kc.bearer(signed_in.json()["access_token"])
        refused = httpx.get(f"{stack.service_url('org')}/whoami", headers=held)
        assert refused.status_code == 401 and refused.json()["error"] == "account_locked"

        unlocked = await api.post(f"/accounts/{account_id}/unlock", json={"reason": "Đã khắc phục"}, headers=admin)
        assert unlocked.status_code == 200 and unlocked.json()["status"] == "active"
        assert kc.password_grant(username, kc.CHANGED_PASSWORD).status_code == 200
        assert httpx.get(f"{stack.service_url('org')}/whoami", headers=held).status_code == 200

    async def test_repeated_failures_lock_the_account_out_and_a_reset_forces_a_new_password(
            self, kc: Any, api: httpx.AsyncClient, officer: dict[str, Any], token_for) -> None:  # type: ignore[no-untyped-def]
        username, account_id = officer["account"]["username"], officer["account"]["account_id"]
        for _ in range(5):  # failureFactor 5 in the realm file
            assert kc.password_grant(username, "Sai@Matkhau1").json()["error"] == "invalid_grant"
        assert kc.password_grant(username, kc.CHANGED_PASSWORD).status_code in (400, 401)  # right password, locked out

        reset = await api.post(f"/accounts/{account_id}/password-reset", headers=kc.bearer(token_for("snv.admin")))
        assert reset.status_code == 200
        temporary = reset.json()["temporary_password"]
        refused = kc.password_grant(username, temporary)  # lockout lifted, but a change is required first
        assert refused.status_code == 400 and "not fully set up" in refused.text

    async def test_each_action_is_in_the_local_audit_chain_with_the_callers_address(
            self, app, officer: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
        async with app.state.sessionmaker() as session:
            rows = (await session.scalars(select(AuditEntry).where(
                AuditEntry.resource_id == officer["account"]["account_id"]).order_by(AuditEntry.seq))).all()
            actions = [r.action for r in rows]
            assert actions == ["account.create", "account.lock", "account.unlock", "account.password_reset"]
            assert all(r.actor_username == "snv.admin" and r.client_address == "10.1.2.3" for r in rows)
            assert rows[1].detail["reason"] == "Chia sẻ mật khẩu"
            assert "temporary_password" not in json.dumps([r.detail for r in rows])
            assert await verify_chain(session) is None
            account = await session.get(Account, officer["account"]["account_id"])
            assert account is not None and account.enabled


class TestRefusals:
    async def test_a_weak_password_is_refused_in_both_languages_and_creates_nothing(
            self, api: httpx.AsyncClient, token_for, run_id: str, kc_admin: KeycloakAdmin) -> None:  # type: ignore[no-untyped-def]
        resp = await create(api, token_for("snv.admin"), username=f"t{run_id}.weak", unit_id="00700",
                            roles=["viewer"], password="abcdefgh")
        assert resp.status_code == 422
        body = resp.json()
        assert body["error"] == "weak_password" and body["fields"][0]["field"] == "password"
        assert "Mật khẩu" in body["fields"][0]["message"] and body["fields"][0]["code"].startswith("password.")
        assert kc_admin.get_user_id(f"t{run_id}.weak") is None

    async def test_a_taken_username_is_a_conflict(self, api: httpx.AsyncClient, token_for) -> None:  # type: ignore[no-untyped-def]
        resp = await create(api, token_for("snv.admin"), username="stp.officer", unit_id="00706", roles=["viewer"])
        assert resp.status_code == 409 and resp.json()["error"] == "duplicate_username"
        assert resp.json()["message"] == "Tên đăng nhập đã tồn tại."

    async def test_an_unknown_unit_is_refused(self, api: httpx.AsyncClient, token_for, run_id: str) -> None:  # type: ignore[no-untyped-def]
        resp = await create(api, token_for("snv.admin"), username=f"t{run_id}.ghost", unit_id="99999",
                            roles=["viewer"])
        assert resp.status_code == 422 and resp.json()["error"] == "unknown_unit"

    async def test_a_second_account_of_a_unit_needs_a_reason(
            self, api: httpx.AsyncClient, officer: dict[str, Any], token_for, run_id: str) -> None:  # type: ignore[no-untyped-def]
        resp = await create(api, token_for("snv.admin"), username=f"t{run_id}.stp2", unit_id="STP", roles=["viewer"])
        assert resp.status_code == 422 and resp.json()["error"] == "unit_has_account"

    async def test_no_one_grants_beyond_their_own_roles(
            self, kc: Any, api: httpx.AsyncClient, officer: dict[str, Any], token_for, run_id: str) -> None:  # type: ignore[no-untyped-def]
        escalate = await create(api, token_for("snv.admin"), username=f"t{run_id}.root", unit_id="SNV",
                                roles=["system_admin"])
        assert escalate.status_code == 403 and escalate.json()["error"] == "role_beyond_scope"
        by_leader = await create(api, token_for("stp.leader"), username=f"t{run_id}.lead", unit_id="STP",
                                 roles=["viewer"], additional_reason="x")
        assert by_leader.status_code == 403
        url = f"/accounts/{officer['account']['account_id']}"
        read = (await api.get(url, headers=kc.bearer(token_for("snv.admin")))).json()
        re_role = await api.put(f"{url}/roles", json={"roles": ["province_admin"], "row_version": read["row_version"]},
                                headers=kc.bearer(token_for("snv.admin")))
        # province-wide role only for the Sở Nội vụ's own accounts
        assert re_role.status_code == 422 and re_role.json()["error"] == "account.province_admin_outside_home_affairs"

    async def test_accounts_outside_the_scope_are_invisible(
            self, kc: Any, api: httpx.AsyncClient, officer: dict[str, Any], token_for) -> None:  # type: ignore[no-untyped-def]
        account_id = officer["account"]["account_id"]
        leader = kc.bearer(token_for("stp.leader"))
        listed = await api.get("/accounts", headers=leader)
        assert listed.status_code == 200 and {a["unit_id"] for a in listed.json()["data"]} <= {"STP"}
        assert (await api.get(f"/accounts/{account_id}", headers=leader)).status_code == 200
        # The list is open to leaders of other units but filtered; the record itself is a 404 there.
        assert (await api.get("/accounts", headers=kc.bearer(token_for("xa.phulinh")))).status_code == 403
        other = await api.get("/accounts", params={"unit_id": "STP"}, headers=kc.bearer(token_for("snv.leader")))
        assert other.status_code == 200 and other.json()["count"] == 0
        missing = await api.get(f"/accounts/{account_id}", headers=kc.bearer(token_for("snv.leader")))
        assert missing.status_code == 404


class TestPasswordPolicy:
    async def test_the_realm_policy_expires_passwords_after_30_days_and_keeps_history(self, app) -> None:  # type: ignore[no-untyped-def]
        policy = await app.state.directory.password_policy()
        for rule in ("forceExpiredPasswordChange(30)", "passwordHistory(5)", "length(8)", "upperCase(1)",
                     "lowerCase(1)", "digits(1)", "specialChars(1)"):
            assert rule in policy

    async def test_a_recent_password_cannot_be_reused(self, app, officer: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
        from common.errors import ValidationFailed
        from identity.errors import MESSAGES

        directory = app.state.directory
        await directory.set_temporary_password(officer["account"]["account_id"], "Lan@Mot2026x")
        with pytest.raises(ValidationFailed) as err:
            await directory.set_temporary_password(officer["account"]["account_id"], "Lan@Mot2026x")
        assert err.value.fields[0].code == "password.recently_used"
        assert "dùng lại" in err.value.fields[0].message("vi", MESSAGES)
