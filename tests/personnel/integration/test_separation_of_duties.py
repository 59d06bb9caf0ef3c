"""Nobody approves their own change: an account that is officer and leader at once, or the province's
administrator, cannot approve what it created or submitted; another leader can."""

from __future__ import annotations

from .conftest import new_profile


async def submitted_by(api, as_user, user: str, unit_id: str) -> dict:  # type: ignore[no-untyped-def]
    r = await api.post("/change-requests", json={"unit_id": unit_id, "profile": new_profile()}, headers=as_user(user))
    assert r.status_code == 201, r.text
    r = await api.post(f"/change-requests/{r.json()['id']}/submit", headers=as_user(user))
    assert r.status_code == 200, r.text
    return r.json()


async def test_a_leader_who_is_also_an_officer_cannot_approve_his_own_change(api, as_user):
    cr = await submitted_by(api, as_user, "snv.leader", "SNV")  # snv.leader is unit_leader and unit_officer
    r = await api.post(f"/change-requests/{cr['id']}/approve", json={}, headers=as_user("snv.leader"))
    assert r.status_code == 403 and r.json()["error"] == "approval.own_work"
    assert "người khác" in r.json()["message"]
    after = (await api.get(f"/change-requests/{cr['id']}", headers=as_user("snv.leader"))).json()
    assert after["state"] == "submitted"  # nothing changed
    r = await api.post(f"/change-requests/{cr['id']}/approve", json={}, headers=as_user("snv.admin"))
    assert r.status_code == 200, r.text  # a different account approves


async def test_the_provincial_administrator_cannot_approve_what_it_submitted(api, as_user):
    cr = await submitted_by(api, as_user, "snv.admin", "00706")
    r = await api.post(f"/change-requests/{cr['id']}/approve", json={}, headers=as_user("snv.admin"))
    assert r.status_code == 403 and r.json()["error"] == "approval.own_work"


async def test_a_system_administrator_approves_nothing(api, as_user):
    cr = await submitted_by(api, as_user, "stp.officer", "STP")
    r = await api.post(f"/change-requests/{cr['id']}/approve", json={}, headers=as_user("sysadmin"))
    assert r.status_code == 403
