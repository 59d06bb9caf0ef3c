"""A merge decided in org, end to end: transfer moves everyone of the merged units into the new unit,
personnel's records follow, org's headcount counts them there, and nobody stays in a dissolved unit."""

from __future__ import annotations

import uuid

from .conftest import PERSONNEL, decision, profile, until


async def approved_person(gateway, as_user, unit: str, name: str) -> str:
    admin = as_user("snv.admin")
    cr = (await gateway.post(f"{PERSONNEL}/change-requests", headers=admin,
                             json={"unit_id": unit, "profile": profile(name)})).json()
    await gateway.post(f"{PERSONNEL}/change-requests/{cr['id']}/submit", headers=admin)

    async def approved() -> bool:
        # The leader's scope reaches a new unit once personnel's copy of the tree places it under SNV: the
        # units' events have their own keys and may arrive after the change request was made.
        r = await gateway.post(f"{PERSONNEL}/change-requests/{cr['id']}/approve", headers=as_user("snv.leader"))
        assert r.status_code in (200, 404), r.text
        return r.status_code == 200

    assert await until(approved, 60)
    return str(cr["person_id"])


async def test_a_merge_moves_the_people_of_both_units_into_the_new_one(gateway, as_user):
    admin = as_user("snv.admin")
    suffix = uuid.uuid4().hex[:5].upper()
    a, b, merged = f"PA{suffix}", f"PB{suffix}", f"PM{suffix}"
    for unit in (a, b):
        r = await gateway.post("/api/org/units", headers=admin, json={
            "unit_id": unit, "parent_id": "SNV", "name": f"Phòng thử {unit}", "decision_number": "1/QĐ-SNV",
            "effective_on": "2026-01-05"})
        assert r.status_code == 201, r.text

    people = [await approved_person(gateway, as_user, a, "Tô Văn Gộp"),
              await approved_person(gateway, as_user, b, "Lục Thị Gộp")]

    async def transfer_knows_them() -> bool:
        r = await gateway.post("/api/transfer/cases", headers=admin, json={
            "kind": "internal_move", "person_id": people[1], "to_unit_id": b, **decision()})
        return r.status_code == 422 and r.json()["fields"][0]["field"] == "to_unit_id"  # same unit: known

    assert await until(transfer_knows_them)
    r = await gateway.post("/api/org/reorganizations", headers=admin, json={
        "kind": "merge", "source_unit_ids": [a, b], "decision_number": f"9{suffix}/QĐ-UBND",
        "effective_on": "2026-11-02",
        "targets": [{"unit_id": merged, "new": True, "name": "Phòng hợp nhất", "parent_id": "SNV"}]})
    assert r.status_code == 201, r.text

    async def all_moved() -> bool:
        units = set()
        for person in people:
            record = (await gateway.get(f"{PERSONNEL}/persons/{person}", headers=admin)).json()
            units.add(record.get("unit_id"))
        return units == {merged}

    assert await until(all_moved, 60), "the people of the merged units never reached the new unit"

    async def counted() -> bool:
        quota = await gateway.get(f"/api/org/units/{merged}/quotas/2026", headers=admin)
        return quota.status_code == 200 and quota.json()["actual"]["civil_servant"] == 2

    assert await until(counted, 30)
    cases = (await gateway.get("/api/transfer/cases", headers=admin,
                               params={"kind": "reorganization", "unit_id": a})).json()["items"]
    assert len(cases) == 1 and cases[0]["state"] == "done"
