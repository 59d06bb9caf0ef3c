"""Two administrators who read the same account cannot overwrite each other's change of its roles: the
change names the account's row_version it read, the second one gets 409 account.stale and the roles stay
the first one's, in the mirror and in Keycloak. A change without a version (or with a garbage one) is 422
and changes nothing."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from common.testing.waiting import until

pytestmark = pytest.mark.usefixtures("cleanup_users")


@pytest.fixture(scope="module")
async def account(api: httpx.AsyncClient, kc: Any, token_for: Any, run_id: str) -> dict[str, Any]:
    """A viewer account of Sở Tư pháp, made for these tests."""
    resp = await api.post("/accounts", headers=kc.bearer(token_for("snv.admin")), json={
        "username": f"t{run_id}.ver", "unit_id": "STP", "roles": ["viewer"], "full_name": "Trần Thị Phiên Bản",
        "additional_reason": "Tài khoản thử của Sở Tư pháp"})
    assert resp.status_code == 201, resp.text
    return resp.json()["account"]  # type: ignore[no-any-return]


async def test_the_second_of_two_changes_read_at_the_same_version_is_refused(
        api: httpx.AsyncClient, kc: Any, kc_admin: Any, token_for: Any, account: dict[str, Any]) -> None:
    first, second = kc.bearer(token_for("snv.admin")), kc.bearer(token_for("sysadmin"))
    url = f"/accounts/{account['account_id']}"
    read_by_first = (await api.get(url, headers=first)).json()
    read_by_second = (await api.get(url, headers=second)).json()
    assert read_by_first["row_version"] == read_by_second["row_version"] >= 1

    done = await api.put(f"{url}/roles", headers=first,
                         json={"roles": ["unit_officer"], "row_version": read_by_first["row_version"]})
    assert done.status_code == 200, done.text
    assert done.json()["roles"] == ["unit_officer"]
    assert done.json()["row_version"] == read_by_first["row_version"] + 1

    late = await api.put(f"{url}/roles", headers={**second, "Accept-Language": "vi"},
                         json={"roles": ["unit_leader"], "row_version": read_by_second["row_version"]})
    assert late.status_code == 409 and late.json()["error"] == "account.stale", late.text
    assert late.json()["message"].startswith("Dữ liệu tài khoản đã được người khác thay đổi")
    english = await api.put(f"{url}/roles", headers={**second, "Accept-Language": "en"},
                            json={"roles": ["unit_leader"], "row_version": read_by_second["row_version"]})
    assert english.status_code == 409 and "changed by someone else" in english.json()["message"]

    now = (await api.get(url, headers=second)).json()
    assert now["roles"] == ["unit_officer"] and now["row_version"] == done.json()["row_version"]
    held = {r["name"] for r in kc_admin.get_realm_roles_of_user(account["account_id"])}
    assert "unit_officer" in held and "unit_leader" not in held

    # Reloaded, the second administrator's change goes through.
    again = await api.put(f"{url}/roles", headers=second,
                          json={"roles": ["unit_leader"], "row_version": now["row_version"]})
    assert again.status_code == 200 and again.json()["roles"] == ["unit_leader"], again.text


async def test_a_change_that_waited_for_another_to_commit_sees_it_and_is_refused(
        api: httpx.AsyncClient, app: Any, kc: Any, token_for: Any, account: dict[str, Any]) -> None:
    """Truly at the same moment: another administrator's change holds the account's row; ours, read at the
    same version, waits for it, then must see the version it committed (not the one it read before waiting)."""
    admin = kc.bearer(token_for("snv.admin"))
    url = f"/accounts/{account['account_id']}"
    read = (await api.get(url, headers=admin)).json()
    async with app.state.sessionmaker() as other:
        await other.execute(text("SELECT 1 FROM account WHERE account_id = :id FOR UPDATE"), {"id": read["account_id"]})
        ours = asyncio.create_task(api.put(f"{url}/roles", headers=admin,
                                           json={"roles": ["viewer"], "row_version": read["row_version"]}))

        async def waiting_for_the_row() -> bool:
            await other.execute(text("SELECT pg_stat_clear_snapshot()"))  # else read once per transaction
            return bool(await other.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND query ILIKE '%FOR UPDATE%'")))

        assert await until(waiting_for_the_row, timeout=30, every=0.05), "our change never waited for the row"
        await other.execute(text("UPDATE account SET roles = ARRAY['unit_leader'], row_version = row_version + 1 "
                                 "WHERE account_id = :id"), {"id": read["account_id"]})
        await other.commit()
    resp = await asyncio.wait_for(ours, timeout=60)
    assert resp.status_code == 409 and resp.json()["error"] == "account.stale", resp.text
    now = (await api.get(url, headers=admin)).json()
    assert now["roles"] == ["unit_leader"] and now["row_version"] == read["row_version"] + 1
    # The mirror was changed behind Keycloak's back here: put Keycloak and the mirror in line again.
    again = await api.put(f"{url}/roles", headers=admin,
                          json={"roles": ["unit_leader"], "row_version": now["row_version"]})
    assert again.status_code == 200, again.text


async def test_a_lock_moves_the_version_on_too(api: httpx.AsyncClient, kc: Any, token_for: Any,
                                               account: dict[str, Any]) -> None:
    admin = kc.bearer(token_for("snv.admin"))
    url = f"/accounts/{account['account_id']}"
    read = (await api.get(url, headers=admin)).json()
    locked = await api.post(f"{url}/lock", headers=admin, json={"reason": "Nghỉ phép dài ngày"})
    assert locked.status_code == 200 and locked.json()["row_version"] == read["row_version"] + 1
    stale = await api.put(f"{url}/roles", headers=admin, json={"roles": ["viewer"], "row_version": read["row_version"]})
    assert stale.status_code == 409 and stale.json()["error"] == "account.stale"
    assert (await api.post(f"{url}/unlock", headers=admin, json={"reason": "Đã đi làm lại"})).status_code == 200


@pytest.mark.parametrize("version", [None, "abc", 0, -3, 1.5])
async def test_a_change_without_a_valid_version_is_refused_and_changes_nothing(
        api: httpx.AsyncClient, kc: Any, token_for: Any, account: dict[str, Any], version: Any) -> None:
    admin = kc.bearer(token_for("snv.admin"))
    url = f"/accounts/{account['account_id']}"
    before = (await api.get(url, headers=admin)).json()
    body: dict[str, Any] = {"roles": ["viewer"] if before["roles"] != ["viewer"] else ["unit_officer"]}
    if version is not None:
        body["row_version"] = version
    resp = await api.put(f"{url}/roles", headers={**admin, "Accept-Language": "vi"}, json=body)
    assert resp.status_code == 422, resp.text
    assert [f["field"] for f in resp.json()["fields"]] == ["row_version"]
    assert resp.json()["fields"][0]["message"]
    after = (await api.get(url, headers=admin)).json()
    assert after == before
