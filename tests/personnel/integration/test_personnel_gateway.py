"""Through the running service behind the gateway, with real tokens: an officer's draft, the leader's
approval, another commune's officer who cannot see it, and search without diacritics."""

from __future__ import annotations

import psycopg

from common.testing import stack

from .conftest import UNITS, new_profile, unique_cccd


def ensure_units_in_running_service() -> None:
    # The running service's unit_node replica fills when org publishes its unit events; until then the
    # demo tree this test needs is inserted (the same rows org will send; an upsert leaves them as they are).
    with psycopg.connect(stack.admin_dsn("personnel"), autocommit=True) as conn:
        for unit_id, parent, name, path in UNITS:
            conn.execute(
                "insert into unit_node (unit_id, parent_id, name, path, active, updated_at) "
                "values (%s, %s, %s, %s, true, now()) on conflict (unit_id) do nothing",
                (unit_id, parent, name, path),
            )


async def test_officer_drafts_leader_approves_other_commune_sees_nothing(gateway, as_user):
    ensure_units_in_running_service()
    base = "/api/personnel"
    cccd = unique_cccd(1988, female=True)
    r = await gateway.post(
        f"{base}/change-requests",
        headers=as_user("stp.officer"),
        json={"unit_id": "STP", "profile": new_profile("Nguyễn Thị Cổng", cccd=cccd, born="1988-10-10")},
    )
    assert r.status_code == 201, r.text
    cr = r.json()
    assert (
        await gateway.post(f"{base}/change-requests/{cr['id']}/submit", headers=as_user("stp.officer"))
    ).status_code == 200
    r = await gateway.post(f"{base}/change-requests/{cr['id']}/approve", headers=as_user("stp.leader"))
    assert r.status_code == 200 and r.json()["state"] == "approved"

    person = f"{base}/persons/{cr['person_id']}"
    assert (await gateway.get(person, headers=as_user("stp.officer"))).json()["version"] == 1
    assert (await gateway.get(person, headers=as_user("xa.phulinh"))).status_code == 404

    page = (
        await gateway.get(
            f"{base}/persons", params={"q": "nguyen thi cong", "size": 200}, headers=as_user("stp.officer")
        )
    ).json()
    assert cr["person_id"] in [i["person_id"] for i in page["items"]]
    page = (await gateway.get(f"{base}/persons", params={"q": cccd}, headers=as_user("xa.phulinh"))).json()
    assert page == {"items": [], "total": 0}
