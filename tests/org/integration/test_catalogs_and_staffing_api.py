"""Catalogs (seeded, edited, protected while in use, Excel in and out) and staffing quotas with job
positions, through the HTTP API; and the seeded events reaching Kafka."""

from __future__ import annotations

import asyncio
import io
import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer
from openpyxl import Workbook, load_workbook

from common.testing import stack
from org.catalogs.tables import CatalogItem
from org.config import OrgSettings

Headers = dict[str, str]


class TestCatalogs:
    async def test_seeded_from_the_shared_csv_files(self, api: httpx.AsyncClient,
                                                    as_user: Callable[[str], Headers]) -> None:
        viewer = as_user("stp.officer")
        catalogs = {c["catalog"]: c for c in (await api.get("/catalogs", headers=viewer)).json()}
        assert catalogs["ethnic_groups"]["item_count"] == 55 and catalogs["ethnic_groups"]["name"] == "Dân tộc"
        assert {"ranks", "religions", "unit_types", "unit_blocks", "management_levels"} <= catalogs.keys()
        ranks = (await api.get("/catalogs/ranks/items", headers=viewer)).json()
        assert ranks[0]["code"] == "01.001" and ranks[0]["attributes"]["group"] == "A3.1"

    async def test_edit_delete_and_the_events_copies_follow(self, api: httpx.AsyncClient, admin: Headers,
                                                           as_user: Callable[[str], Headers],
                                                           outbox: Callable[..., Any], sessionmaker: Any) -> None:
        item = {"code": "ZZ", "name": "Tôn giáo thử", "sort_order": 99, "valid_from": "2026-01-01"}
        refused = await api.post("/catalogs/religions/items", json=item, headers=as_user("stp.leader"))
        assert refused.status_code == 403
        created = await api.post("/catalogs/religions/items", json=item, headers=admin)
        assert created.status_code == 201
        dup = await api.post("/catalogs/religions/items", json=item, headers=admin)
        assert dup.status_code == 409 and dup.json()["error"] == "duplicate_catalog_code"
        resp = await api.patch("/catalogs/religions/items/ZZ", headers=admin,
                               json={"active": False, "row_version": created.json()["row_version"]})
        assert resp.status_code == 200 and resp.json()["active"] is False
        assert (await api.delete("/catalogs/religions/items/ZZ", headers=admin)).status_code == 204
        events = [e["data"] for e in await outbox("org.catalog_item.changed.v1", "religions:ZZ")]
        assert [(e["active"], e["deleted"]) for e in events] == [(True, False), (False, False), (False, True)]
        gone = await api.patch("/catalogs/religions/items/ZZ", headers=admin,
                               json={"active": True, "row_version": resp.json()["row_version"] + 1})
        assert gone.status_code == 404
        assert "ZZ" not in [i["code"] for i in (await api.get("/catalogs/religions/items", headers=admin)).json()]
        # ... yet never deleted from the table: records of the past may name it, and it can come back.
        async with sessionmaker() as session:
            kept = await session.get(CatalogItem, ("religions", "ZZ"))
            assert kept is not None and kept.deleted_at is not None and kept.active is False
        back = await api.post("/catalogs/religions/items", json={**item, "name": "Tôn giáo thử lại"}, headers=admin)
        assert back.status_code == 201 and back.json()["name"] == "Tôn giáo thử lại" and back.json()["active"]
        events = [e["data"] for e in await outbox("org.catalog_item.changed.v1", "religions:ZZ")]
        assert events[-1]["deleted"] is False and events[-1]["version"] > events[-2]["version"]

    async def test_an_item_in_use_can_only_be_deactivated(self, api: httpx.AsyncClient, admin: Headers) -> None:
        resp = await api.delete("/catalogs/unit_types/so", headers=admin)
        assert resp.status_code == 404  # wrong path: items live under /items
        resp = await api.delete("/catalogs/unit_types/items/so", headers=admin)
        assert resp.status_code == 409 and resp.json()["error"] == "catalog_item_in_use"
        assert "ngừng sử dụng" in resp.json()["message"]

    async def test_excel_export_and_import(self, api: httpx.AsyncClient, admin: Headers,
                                           as_user: Callable[[str], Headers]) -> None:
        resp = await api.get("/catalogs/blood_groups/export.xlsx", headers=as_user("xa.ngocduong"))
        assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/vnd.openxml")
        ws = load_workbook(io.BytesIO(resp.content)).active
        assert ws is not None
        rows = list(ws.iter_rows(values_only=True))
        assert rows[0][:2] == ("code", "name") and len(rows) == 10
        wb = Workbook()
        sheet = wb.active
        assert sheet is not None
        sheet.append(list(rows[0]))
        sheet.append(["O+", "Nhóm O dương", 1, True, None, None, *rows[1][6:]])
        sheet.append(["HH", "Nhóm hiếm", 50, "có", "2026-01-01", None, None, None])
        buf = io.BytesIO()
        wb.save(buf)
        files = {"file": ("blood.xlsx", buf.getvalue(), "application/octet-stream")}
        result = await api.post("/catalogs/blood_groups/import", files=files, headers=admin)
        assert result.status_code == 200, result.text
        assert result.json() == {"created": 1, "updated": 1, "rows": 2}
        items = {i["code"]: i for i in (await api.get("/catalogs/blood_groups/items", headers=admin)).json()}
        assert items["O+"]["name"] == "Nhóm O dương" and items["HH"]["valid_from"] == "2026-01-01"
        assert len(items) == 10
        bad = await api.post("/catalogs/blood_groups/import", files={"file": ("x.xlsx", b"junk", "text/plain")},
                             headers=admin)
        assert bad.status_code == 422 and bad.json()["error"] == "catalog_import.not_xlsx"


class TestStaffing:
    async def test_quota_shows_actual_headcount_beside_it(self, api: httpx.AsyncClient, admin: Headers,
                                                          as_user: Callable[[str], Headers],
                                                          set_headcount: Callable[..., Any]) -> None:
        await set_headcount("STP", civil_servant=31)
        body = {"staffing_quota": 35, "headcount_quota": 12, "contract_worker_quota": 4,
                "decision_number": "45/QĐ-UBND", "decision_date": "2025-12-20",
                "row_version": (await api.get("/units/STP/quotas/2026", headers=admin)).json()["row_version"]}
        assert (await api.put("/units/STP/quotas/2026", json=body, headers=as_user("stp.leader"))).status_code == 403
        resp = await api.put("/units/STP/quotas/2026", json=body, headers=admin)
        assert resp.status_code == 200, resp.text
        got = (await api.get("/units/STP/quotas/2026", headers=as_user("stp.officer"))).json()
        assert got["staffing_quota"] == 35 and got["actual"]["civil_servant"] == 31
        empty = (await api.get("/units/STP/quotas/2027", headers=admin)).json()
        assert empty["staffing_quota"] is None and empty["actual"]["civil_servant"] == 31

    async def test_job_positions_need_known_ranks_which_then_count_as_used(
        self, api: httpx.AsyncClient, admin: Headers, as_user: Callable[[str], Headers],
    ) -> None:
        code = f"VT{uuid.uuid4().hex[:4]}"
        bad = {"code": code, "name": "Chuyên viên pháp chế", "category": "professional", "rank_codes": ["99.999"]}
        resp = await api.post("/units/STP/job-positions", json=bad, headers=admin)
        assert resp.status_code == 422 and resp.json()["fields"][0]["field"] == "rank_codes"
        good = {**bad, "rank_codes": ["01.003", "01.002"], "quantity": 3}
        assert (await api.post("/units/STP/job-positions", json=good, headers=admin)).status_code == 201
        assert (await api.post("/units/STP/job-positions", json=good, headers=admin)).status_code == 409
        listed = (await api.get("/units/STP/job-positions", headers=as_user("stp.officer"))).json()
        assert [p["rank_codes"] for p in listed if p["code"] == code] == [["01.003", "01.002"]]
        resp = await api.delete("/catalogs/ranks/items/01.003", headers=admin)
        assert resp.status_code == 409 and resp.json()["error"] == "catalog_item_in_use"

    async def test_statutory_items_are_deactivated_never_deleted(self, api: httpx.AsyncClient, admin: Headers) -> None:
        # Nothing in org references gender "1", but personnel's records do: seeded items stay.
        resp = await api.delete("/catalogs/gender/items/1", headers=admin)
        assert resp.status_code == 409 and resp.json()["error"] == "catalog_item_seeded"
        assert "ngừng sử dụng" in resp.json()["message"]
        assert (await api.get("/catalogs/gender/items", headers=admin)).json()


async def test_seeded_units_reach_kafka_for_the_replicas(app: object, settings: OrgSettings) -> None:
    consumer = AIOKafkaConsumer(settings.kafka_topic_prefix + "org.unit", bootstrap_servers=stack.kafka_bootstrap(),
                                group_id=f"{settings.kafka_topic_prefix}probe-{uuid.uuid4().hex[:6]}",
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    try:
        seen: dict[str, dict[str, Any]] = {}
        async with asyncio.timeout(60):
            while not {"TQ", "00700", "H_YENSON"} <= seen.keys() or seen["H_YENSON"]["type"] != "org.unit.dissolved.v1":
                for records in (await consumer.getmany(timeout_ms=1000)).values():
                    for r in records:
                        env = json.loads(r.value)
                        seen[env["subject"]] = env
    finally:
        await consumer.stop()
    assert seen["00700"]["data"]["path"] == ["TQ", "00700"] and seen["00700"]["source"] == "/org"
    assert seen["H_YENSON"]["data"]["active"] is False
