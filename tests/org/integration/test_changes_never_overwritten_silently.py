"""Two administrators who read the same unit, catalog item or staffing quota cannot overwrite each
other's change: each change names the row_version it read, the second of two read at the same version
gets 409 (a code of org's errors, in Vietnamese and English) and the stored value stays the first's. A
change without a version, or with a garbage one, is 422 and changes nothing."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.testing.waiting import until
from org.units.repository import TREE_LOCK_ID
from tests.org.integration.conftest import decision

Headers = dict[str, str]
GARBAGE = [None, "abc", -1, 1.5, [1]]


@pytest.fixture
def second(as_user: Callable[[str], Headers]) -> Headers:
    """The other administrator (the system administrator may change the tree too)."""
    return as_user("sysadmin")


def _body(version: Any, **fields: Any) -> dict[str, Any]:
    return {**fields, **({} if version is None else {"row_version": version})}


async def _refused_as_stale(resp: httpx.Response, code: str, api: httpx.AsyncClient, retry: Callable[[], Any]) -> None:
    assert resp.status_code == 409 and resp.json()["error"] == code, resp.text
    assert "người khác thay đổi" in resp.json()["message"] and "tải lại" in resp.json()["message"]
    english = await retry()
    assert english.status_code == 409 and "changed by someone else" in english.json()["message"]


async def _while_another_change_holds_the_row(
        sessionmaker: async_sessionmaker[AsyncSession], lock: str, change: str, params: dict[str, Any],
        ours: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
    """Truly at the same moment: another change holds the row (`lock`); ours starts, waits for it, and only
    then does the other commit (`change`, which moves the version on). Ours must see that version."""
    async with sessionmaker() as other:
        await other.execute(text(lock), params)
        task = asyncio.create_task(ours())

        async def ours_is_waiting() -> bool:
            await other.execute(text("SELECT pg_stat_clear_snapshot()"))  # else read once per transaction
            return bool(await other.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'")))

        assert await until(ours_is_waiting, timeout=30, every=0.05), "our change never waited for the other"
        await other.execute(text(change), params)
        await other.commit()
    return await asyncio.wait_for(task, timeout=60)


class TestUnit:
    async def _unit(self, api: httpx.AsyncClient, admin: Headers) -> str:
        unit_id = f"OCC{uuid.uuid4().hex[:6].upper()}"
        resp = await api.post("/units", headers=admin, json={"unit_id": unit_id, "name": f"Phòng thử {unit_id}",
                                                             "parent_id": "TQ", **decision("2026-01-10")})
        assert resp.status_code == 201, resp.text
        return unit_id

    async def test_the_second_of_two_edits_read_at_the_same_version_is_refused(
            self, api: httpx.AsyncClient, admin: Headers, second: Headers) -> None:
        unit_id = await self._unit(api, admin)
        first_read = (await api.get(f"/units/{unit_id}", headers=admin)).json()
        second_read = (await api.get(f"/units/{unit_id}", headers=second)).json()
        assert first_read["row_version"] == second_read["row_version"] >= 1
        done = await api.patch(f"/units/{unit_id}", headers=admin, json={
            "address": "Số 1 đường Tân Trào", "row_version": first_read["row_version"], **decision("2026-02-01")})
        assert done.status_code == 200, done.text
        assert done.json()["row_version"] == first_read["row_version"] + 1

        late = {"address": "Số 9 đường Lê Lợi", "row_version": second_read["row_version"], **decision("2026-02-02")}
        resp = await api.patch(f"/units/{unit_id}", headers={**second, "Accept-Language": "vi"}, json=late)
        await _refused_as_stale(resp, "unit.stale", api, lambda: api.patch(
            f"/units/{unit_id}", headers={**second, "Accept-Language": "en"}, json=late))

        now = (await api.get(f"/units/{unit_id}", headers=second)).json()
        assert now["address"] == "Số 1 đường Tân Trào" and now["row_version"] == done.json()["row_version"]
        assert [h["kind"] for h in now["history"]] == ["create", "update"]

    async def test_an_edit_that_waited_for_another_to_commit_sees_it_and_is_refused(
            self, api: httpx.AsyncClient, admin: Headers, sessionmaker: Any) -> None:
        unit_id = await self._unit(api, admin)
        read = (await api.get(f"/units/{unit_id}", headers=admin)).json()
        resp = await _while_another_change_holds_the_row(
            sessionmaker, f"SELECT pg_advisory_xact_lock({TREE_LOCK_ID})",
            "UPDATE unit SET address = 'Số 3 đường Bình Thuận', revision = revision + 1 WHERE unit_id = :id",
            {"id": unit_id},
            lambda: api.patch(f"/units/{unit_id}", headers=admin, json={
                "address": "Số 8 đường Lê Lợi", "row_version": read["row_version"], **decision("2026-02-01")}))
        assert resp.status_code == 409 and resp.json()["error"] == "unit.stale", resp.text
        now = (await api.get(f"/units/{unit_id}", headers=admin)).json()
        assert now["row_version"] == read["row_version"] + 1 and [h["kind"] for h in now["history"]] == ["create"]

    async def test_a_rename_moves_the_version_on_too(self, api: httpx.AsyncClient, admin: Headers) -> None:
        unit_id = await self._unit(api, admin)
        read = (await api.get(f"/units/{unit_id}", headers=admin)).json()
        renamed = await api.post(f"/units/{unit_id}/rename", headers=admin,
                                 json={"name": "Phòng đã đổi tên", **decision("2026-03-01")})
        assert renamed.status_code == 200, renamed.text
        stale = await api.patch(f"/units/{unit_id}", headers=admin,
                                json={"sort_order": 5, "row_version": read["row_version"], **decision("2026-03-02")})
        assert stale.status_code == 409 and stale.json()["error"] == "unit.stale"

    @pytest.mark.parametrize("version", GARBAGE)
    async def test_an_edit_without_a_valid_version_is_refused_and_changes_nothing(
            self, api: httpx.AsyncClient, admin: Headers, version: Any) -> None:
        unit_id = await self._unit(api, admin)
        before = (await api.get(f"/units/{unit_id}", headers=admin)).json()
        resp = await api.patch(f"/units/{unit_id}", headers=admin,
                               json=_body(version, address="Địa chỉ không được lưu", **decision("2026-02-01")))
        assert resp.status_code == 422 and [f["field"] for f in resp.json()["fields"]] == ["row_version"], resp.text
        assert (await api.get(f"/units/{unit_id}", headers=admin)).json() == before


class TestCatalogItem:
    async def _item(self, api: httpx.AsyncClient, admin: Headers) -> tuple[str, dict[str, Any]]:
        code = f"OCC{uuid.uuid4().hex[:6].upper()}"
        resp = await api.post("/catalogs/religions/items", headers=admin,
                              json={"code": code, "name": "Tôn giáo thử", "sort_order": 90})
        assert resp.status_code == 201, resp.text
        return f"/catalogs/religions/items/{code}", resp.json()

    @staticmethod
    async def _read(api: httpx.AsyncClient, headers: Headers, url: str) -> dict[str, Any]:
        code = url.rsplit("/", 1)[1]
        items = (await api.get("/catalogs/religions/items", headers=headers)).json()
        return next(i for i in items if i["code"] == code)

    async def test_the_second_of_two_edits_read_at_the_same_version_is_refused(
            self, api: httpx.AsyncClient, admin: Headers, second: Headers) -> None:
        url, created = await self._item(api, admin)
        first_read, second_read = await self._read(api, admin, url), await self._read(api, second, url)
        assert first_read["row_version"] == second_read["row_version"] == created["row_version"] >= 1
        done = await api.patch(url, headers=admin,
                               json={"name": "Tôn giáo A", "row_version": first_read["row_version"]})
        assert done.status_code == 200, done.text
        assert done.json()["row_version"] == first_read["row_version"] + 1

        late = {"name": "Tôn giáo B", "row_version": second_read["row_version"]}
        resp = await api.patch(url, headers={**second, "Accept-Language": "vi"}, json=late)
        await _refused_as_stale(resp, "catalog.item_stale", api,
                                lambda: api.patch(url, headers={**second, "Accept-Language": "en"}, json=late))
        now = await self._read(api, second, url)
        assert now["name"] == "Tôn giáo A" and now["row_version"] == done.json()["row_version"]

    async def test_an_edit_that_waited_for_another_to_commit_sees_it_and_is_refused(
            self, api: httpx.AsyncClient, admin: Headers, sessionmaker: Any) -> None:
        url, created = await self._item(api, admin)
        code = url.rsplit("/", 1)[1]
        resp = await _while_another_change_holds_the_row(
            sessionmaker, "SELECT 1 FROM catalog_item WHERE catalog = 'religions' AND code = :code FOR UPDATE",
            "UPDATE catalog_item SET name = 'Tên của người kia', revision = revision + 1 "
            "WHERE catalog = 'religions' AND code = :code", {"code": code},
            lambda: api.patch(url, headers=admin, json={"name": "Tên của tôi", "row_version": created["row_version"]}))
        assert resp.status_code == 409 and resp.json()["error"] == "catalog.item_stale", resp.text
        assert (await self._read(api, admin, url))["name"] == "Tên của người kia"

    @pytest.mark.parametrize("version", GARBAGE)
    async def test_an_edit_without_a_valid_version_is_refused_and_changes_nothing(
            self, api: httpx.AsyncClient, admin: Headers, version: Any) -> None:
        url, _ = await self._item(api, admin)
        before = await self._read(api, admin, url)
        resp = await api.patch(url, headers=admin, json=_body(version, name="Không được lưu", active=False))
        assert resp.status_code == 422 and [f["field"] for f in resp.json()["fields"]] == ["row_version"], resp.text
        assert await self._read(api, admin, url) == before


class TestStaffingQuota:
    async def test_the_second_of_two_quotas_read_at_the_same_version_is_refused(
            self, api: httpx.AsyncClient, admin: Headers, second: Headers) -> None:
        url = "/units/SNV.TCBC/quotas/2093"  # a year no other test sets (the database is this run's own)
        # Both read the year before any quota was set (version 0), then both set it.
        first_read = (await api.get(url, headers=admin)).json()
        second_read = (await api.get(url, headers=second)).json()
        assert first_read["row_version"] == second_read["row_version"] == 0
        assert first_read["staffing_quota"] is None
        done = await api.put(url, headers=admin, json={"staffing_quota": 30, "decision_number": "1/QĐ-UBND",
                                                       "row_version": first_read["row_version"]})
        assert done.status_code == 200, done.text
        assert done.json()["row_version"] == first_read["row_version"] + 1

        late = {"staffing_quota": 45, "decision_number": "2/QĐ-UBND", "row_version": second_read["row_version"]}
        resp = await api.put(url, headers={**second, "Accept-Language": "vi"}, json=late)
        await _refused_as_stale(resp, "staffing_quota.stale", api,
                                lambda: api.put(url, headers={**second, "Accept-Language": "en"}, json=late))
        now = (await api.get(url, headers=second)).json()
        assert (now["staffing_quota"], now["decision_number"]) == (30, "1/QĐ-UBND")
        assert now["row_version"] == done.json()["row_version"]

        # Reloaded, the second administrator's change goes through and moves the version on again.
        again = await api.put(url, headers=second, json={**late, "row_version": now["row_version"]})
        assert again.status_code == 200 and again.json()["staffing_quota"] == 45
        assert again.json()["row_version"] == now["row_version"] + 1

    async def test_a_quota_that_waited_for_another_to_commit_sees_it_and_is_refused(
            self, api: httpx.AsyncClient, admin: Headers, sessionmaker: Any) -> None:
        url = "/units/SNV.CCVC/quotas/2094"
        first = await api.put(url, headers=admin, json={"staffing_quota": 10, "row_version": 0})
        assert first.status_code == 200, first.text
        resp = await _while_another_change_holds_the_row(
            sessionmaker, "SELECT 1 FROM staffing_quota WHERE unit_id = 'SNV.CCVC' AND year = 2094 FOR UPDATE",
            "UPDATE staffing_quota SET staffing_quota = 12, row_version = row_version + 1 "
            "WHERE unit_id = 'SNV.CCVC' AND year = 2094", {},
            lambda: api.put(url, headers=admin,
                            json={"staffing_quota": 15, "row_version": first.json()["row_version"]}))
        assert resp.status_code == 409 and resp.json()["error"] == "staffing_quota.stale", resp.text
        assert (await api.get(url, headers=admin)).json()["staffing_quota"] == 12

    async def test_two_first_quotas_of_a_year_at_the_same_moment_one_is_refused(
            self, api: httpx.AsyncClient, admin: Headers, sessionmaker: Any) -> None:
        """Neither read a quota (version 0): the other inserts the year's row and holds it; ours waits on
        the key, then is refused, not a server error."""
        url = "/units/SNV.VP/quotas/2095"
        resp = await _while_another_change_holds_the_row(
            sessionmaker, "INSERT INTO staffing_quota (unit_id, year, staffing_quota, updated_at, row_version) "
                          "VALUES ('SNV.VP', 2095, 4, now(), 1)",
            "SELECT 1", {},
            lambda: api.put(url, headers=admin, json={"staffing_quota": 6, "row_version": 0}))
        assert resp.status_code == 409 and resp.json()["error"] == "staffing_quota.stale", resp.text
        assert (await api.get(url, headers=admin)).json()["staffing_quota"] == 4

    @pytest.mark.parametrize("version", GARBAGE)
    async def test_a_quota_without_a_valid_version_is_refused_and_changes_nothing(
            self, api: httpx.AsyncClient, admin: Headers, version: Any) -> None:
        url = "/units/SNV.VP/quotas/2031"
        before = (await api.get(url, headers=admin)).json()
        resp = await api.put(url, headers=admin, json=_body(version, staffing_quota=999))
        assert resp.status_code == 422 and [f["field"] for f in resp.json()["fields"]] == ["row_version"], resp.text
        assert (await api.get(url, headers=admin)).json() == before
