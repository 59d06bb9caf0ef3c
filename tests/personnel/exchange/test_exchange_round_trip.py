"""Exchange with the national database (issue 18.3), end to end: Sở Tư pháp's package exported through the
gateway from the running province, imported into an empty province (the personnel app in-process on a
fresh database knowing the same units and catalogs), approved there, and exported again: the same dossiers,
the same records. Importing the package again changes nothing (matched by identification number, never a
second record); a changed dossier becomes a change waiting for approval with its difference."""

from __future__ import annotations

import copy
import io
import json
import uuid
from collections.abc import AsyncIterator

import httpx
import psycopg
import pytest

from common.testing import stack
from common.testing.plugin import auth
from common.testing.waiting import until
from personnel.config import PersonnelSettings
from personnel.main import create_app

ADMIN, LEADER = "snv.admin", "stp.leader"


@pytest.fixture(scope="module")
async def empty_province(migrated_db) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    url = migrated_db("personnel")
    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    with psycopg.connect(stack.admin_dsn("personnel")) as live, psycopg.connect(dsn) as new:
        for table, columns in (("unit_node", "unit_id, parent_id, name, path, active, updated_at"),
                               ("catalog_copy_item", "catalog, code, name, sort_order, active, valid_from, valid_to, "
                                                     "attributes, source, version, updated_at")):
            new.execute(f"delete from {table}")
            with live.cursor().copy(f"COPY (select {columns} from {table}) TO STDOUT") as out, \
                    new.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as into:
                for block in out:
                    into.write(block)
    # Topics and consumer groups of its own: sharing the session's would let this app take events meant
    # for another module's app while the group rebalances.
    app = create_app(PersonnelSettings(database_url=url, kafka_topic_prefix=f"test-x{uuid.uuid4().hex[:7]}.",
                                       documents_bucket="test-personnel-documents", db_pool_size=4))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://personnel",
                                     timeout=60) as client:
            yield client


def dossiers(package: dict) -> dict[str, dict]:
    return {d["ma_ho_so"]: d for d in package["ho_so"]}


async def import_package(api: httpx.AsyncClient, headers: dict, package: dict) -> dict:
    body = json.dumps(package, ensure_ascii=False).encode()
    r = await api.post("/imports", files={"file": ("ho-so-STP.json", io.BytesIO(body), "application/json")},
                       headers=headers)
    assert r.status_code == 202, r.text

    async def settled() -> dict | None:
        job = (await api.get(f"/imports/{r.json()['id']}", headers=headers)).json()
        return job if job["state"] in ("preview", "failed", "done") else None

    job = await until(settled, timeout=120)
    assert job and job["state"] == "preview", job
    return job  # type: ignore[return-value]


async def test_a_units_package_imported_into_an_empty_province_gives_the_same_records(
        gateway, token_for, empty_province):
    admin, leader = auth(token_for(ADMIN)), auth(token_for(LEADER))
    r = await gateway.get("/api/personnel/exchange/units/STP", headers=admin)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json"), r.text
    source = r.json()
    assert source["dinh_dang"] == "CSDL-CBCCVC/TT06-2023" and source["so_ho_so"] == len(source["ho_so"]) > 0

    job = await import_package(empty_province, admin, source)
    assert (job["created"], job["changed"], job["rejected"]) == (len(source["ho_so"]), 0, 0), \
        [(e["code"], e["field"], e["message"]) for e in job["errors"]]
    r = await empty_province.post(f"/imports/{job['id']}/confirm", json={"mode": "submitted"}, headers=admin)
    assert r.status_code == 200, r.text

    async def applied() -> list | None:
        job_now = (await empty_province.get(f"/imports/{job['id']}", headers=admin)).json()
        if job_now["state"] != "done":
            return None
        items: list = []
        while True:  # every page (a province's unit holds hundreds)
            page = (await empty_province.get("/change-requests", params={
                "state": "submitted", "size": 200, "page": len(items) // 200 + 1}, headers=leader)).json()
            items += page["items"]
            if len(page["items"]) < 200:
                return items

    waiting = await until(applied, timeout=120)
    assert waiting and len(waiting) == len(source["ho_so"])
    for cr in waiting:
        r = await empty_province.post(f"/change-requests/{cr['id']}/approve", headers=leader)
        assert r.status_code == 200, r.text

    r = await empty_province.get("/exchange/units/STP", headers=admin)
    assert r.status_code == 200, r.text
    assert dossiers(r.json()) == dossiers(source)  # every field of every record, as the province had it

    again = await import_package(empty_province, admin, source)
    assert (again["created"], again["changed"], again["unchanged"]) == (0, 0, len(source["ho_so"]))

    changed = copy.deepcopy(source)
    first = changed["ho_so"][0]
    first["truong"]["EXT.8"] = "0987654321"  # the phone (docs/national-exchange.md)
    job = await import_package(empty_province, admin, {**changed, "ho_so": [first]})
    assert (job["created"], job["changed"]) == (0, 1)
    [item] = (await empty_province.get(f"/imports/{job['id']}/items", headers=admin)).json()["items"]
    assert "identity.phone" in item["changes"]


async def test_a_file_that_is_not_a_package_is_refused_whole_and_a_person_outside_scope_is_404(
        gateway, token_for, empty_province):
    officer = auth(token_for("xa.phulinh"))
    for body in (b'{"dinh_dang": "khac", "ho_so": []}', b"{not json"):
        r = await empty_province.post("/imports", files={"file": ("x.json", io.BytesIO(body), "application/json")},
                                      headers=officer)
        assert r.status_code == 422 and r.json()["error"] == "exchange.bad_file", r.text
        assert "CSDL-CBCCVC/TT06-2023" in r.json()["message"]
    r = await gateway.get("/api/personnel/exchange/units/STP", headers=officer)
    assert r.status_code == 404
