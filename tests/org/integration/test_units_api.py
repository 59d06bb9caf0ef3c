"""The unit tree through the HTTP API of an in-process app: scope, as-of views, changes and their
events, and bad input that changes nothing."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from tests.org.integration.conftest import decision

Headers = dict[str, str]


def code(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:6].upper()}"


async def create(api: httpx.AsyncClient, admin: Headers, unit_id: str, parent: str | None = "TQ",
                 on: str = "2026-01-10", **fields: Any) -> dict[str, Any]:
    body = {"unit_id": unit_id, "name": fields.pop("name", f"Đơn vị {unit_id}"), "parent_id": parent,
            **decision(on), **fields}
    resp = await api.post("/units", json=body, headers=admin)
    assert resp.status_code == 201, resp.text
    return resp.json()  # type: ignore[no-any-return]


class TestSeededTree:
    async def test_province_admin_sees_the_province_and_the_2025_reform(self, api: httpx.AsyncClient,
                                                                         admin: Headers) -> None:
        roots = (await api.get("/units/roots", headers=admin)).json()
        assert [r["unit_id"] for r in roots] == ["TQ"] and roots[0]["has_children"]
        today = {u["unit_id"]: u for u in (await api.get("/units/TQ/children", headers=admin)).json()}
        assert {"SNV", "STP", "00700", "00706"} <= today.keys() and "H_YENSON" not in today
        assert today["SNV"]["has_children"] and not today["00700"]["has_children"]
        before = {u["unit_id"] for u in (await api.get("/units/TQ/children?as_of=2025-06-30", headers=admin)).json()}
        assert {"H_YENSON", "SNV"} <= before and "00700" not in before
        old = (await api.get("/units/H_YENSON", headers=admin)).json()
        assert old["active"] is False and old["dissolved_on"] == "2025-07-01"
        assert [h["kind"] for h in old["history"]] == ["create", "dissolve"]

    async def test_other_accounts_see_only_their_subtree(self, api: httpx.AsyncClient,
                                                         as_user: Callable[[str], Headers]) -> None:
        commune = as_user("xa.ngocduong")
        assert [r["unit_id"] for r in (await api.get("/units/roots", headers=commune)).json()] == ["00700"]
        for path in ("/units/SNV", "/units/TQ/children", "/units/SNV/quotas/2026", "/units/SNV/job-positions"):
            resp = await api.get(path, headers=commune)
            assert resp.status_code == 404 and resp.json()["error"] == "not_found", path
        snv = as_user("snv.leader")
        kids = {u["unit_id"] for u in (await api.get("/units/SNV/children", headers=snv)).json()}
        assert kids == {"SNV.VP", "SNV.TCBC", "SNV.CCVC"}

    async def test_search_ignores_diacritics_and_respects_scope(self, api: httpx.AsyncClient, admin: Headers,
                                                                as_user: Callable[[str], Headers]) -> None:
        hits = (await api.get("/units/search", params={"q": "ngoc duong"}, headers=admin)).json()
        assert hits[0]["unit_id"] == "00700"
        assert hits[0]["path_names"] == ["Tỉnh Tuyên Quang", "Xã Ngọc Đường"]
        other = (await api.get("/units/search", params={"q": "ngoc duong"}, headers=as_user("xa.phulinh"))).json()
        assert other == []
        phong = (await api.get("/units/search", params={"q": "to chuc bien che"}, headers=as_user("snv.leader")))
        assert [h["unit_id"] for h in phong.json()] == ["SNV.TCBC"]


class TestChanges:
    async def test_only_province_administrators_change_the_tree(self, api: httpx.AsyncClient,
                                                                as_user: Callable[[str], Headers]) -> None:
        body = {"unit_id": code("F"), "name": "Không được", "parent_id": "TQ", **decision()}
        resp = await api.post("/units", json=body, headers=as_user("stp.leader"))
        assert resp.status_code == 403 and resp.json()["error"] == "forbidden"

    async def test_move_rewrites_and_announces_every_descendant(self, api: httpx.AsyncClient, admin: Headers,
                                                                outbox: Callable[..., Any]) -> None:
        a, b, c = code("A"), code("B"), code("C")
        await create(api, admin, a)
        await create(api, admin, b, parent=a)
        await create(api, admin, c, parent=b)
        resp = await api.post(f"/units/{a}/move", json={"parent_id": "STP", **decision("2026-02-01")}, headers=admin)
        assert resp.status_code == 200, resp.text
        for unit_id, path in ((a, ["TQ", "STP", a]), (b, ["TQ", "STP", a, b]), (c, ["TQ", "STP", a, b, c])):
            updated = await outbox("org.unit.updated.v1", unit_id)
            assert updated[-1]["data"]["path"] == path
            assert updated[-1]["data"]["effective_on"] == "2026-02-01"
        before = (await api.get(f"/units/{c}?as_of=2026-01-20", headers=admin)).json()
        after = (await api.get(f"/units/{c}?as_of=2026-02-01", headers=admin)).json()
        assert [p["unit_id"] for p in before["path"]] == ["TQ", a, b, c]
        assert [p["unit_id"] for p in after["path"]] == ["TQ", "STP", a, b, c]
        assert [h["kind"] for h in (await api.get(f"/units/{a}", headers=admin)).json()["history"]] == [
            "create", "move"]
        early = await api.get(f"/units/{a}?as_of=2025-01-01", headers=admin)
        assert early.status_code == 404

    async def test_rename_is_dated(self, api: httpx.AsyncClient, admin: Headers) -> None:
        u = code("R")
        await create(api, admin, u, name="Phòng Cũ")
        resp = await api.post(f"/units/{u}/rename", json={"name": "Phòng Mới", **decision("2026-03-01")},
                              headers=admin)
        assert resp.status_code == 200 and resp.json()["name"] == "Phòng Mới"
        assert (await api.get(f"/units/{u}?as_of=2026-02-28", headers=admin)).json()["name"] == "Phòng Cũ"
        assert (await api.get(f"/units/{u}?as_of=2026-03-01", headers=admin)).json()["name"] == "Phòng Mới"
        hits = (await api.get("/units/search", params={"q": "phong moi " + u.lower()}, headers=admin)).json()
        assert [h["unit_id"] for h in hits] == [u]


class TestBadInput:
    async def test_each_refusal_is_explained_and_changes_nothing(self, api: httpx.AsyncClient, admin: Headers,
                                                                 set_headcount: Callable[..., Any],
                                                                 outbox: Callable[..., Any]) -> None:
        a, b = code("X"), code("Y")
        await create(api, admin, a)
        await create(api, admin, b, parent=a)
        events_before = len(await outbox("org.unit.updated.v1", a))
        cases = [
            ("post", f"/units/{a}/move", {"parent_id": b, **decision("2026-02-01")}, 422, "move_cycle"),
            ("post", "/units", {"unit_id": a, "name": "Trùng", "parent_id": "TQ", **decision()}, 409,
             "duplicate_unit_code"),
            ("post", f"/units/{a}/rename", {"name": "Sớm", **decision("2025-12-31")}, 422,
             "effective_before_unit_existed"),
            ("post", f"/units/{a}/dissolve", decision("2026-03-01"), 409, "unit_has_children"),
            ("post", "/reorganizations", {"kind": "merge", "source_unit_ids": [a], "targets": [{"unit_id": b}],
                                          **decision("2026-03-01")}, 422, "merge_into_descendant"),
        ]
        for method, path, body, status, error in cases:
            resp = await api.request(method, path, json=body, headers=admin)
            assert resp.status_code == status, (path, resp.text)
            assert resp.json()["error"] == error and resp.json()["message"]
            assert resp.headers["content-language"] == "vi"
            in_english = await api.request(method, path, json=body, headers={**admin, "Accept-Language": "en"})
            assert in_english.status_code == status and in_english.headers["content-language"] == "en"
            assert in_english.json()["error"] == error and in_english.json()["message"] != resp.json()["message"]
        await set_headcount(b, civil_servant=2)
        resp = await api.post(f"/units/{b}/dissolve", json=decision("2026-03-01"), headers=admin)
        assert resp.status_code == 409 and resp.json()["error"] == "unit_has_staff"
        await set_headcount(b, civil_servant=0, pending_transfers=1)
        resp = await api.post(f"/units/{b}/dissolve", json=decision("2026-03-01"), headers=admin)
        assert resp.status_code == 409 and resp.json()["error"] == "unit_has_staff"
        detail = (await api.get(f"/units/{a}", headers=admin)).json()
        assert detail["name"] == f"Đơn vị {a}" and detail["parent_id"] == "TQ" and detail["active"]
        assert [h["kind"] for h in detail["history"]] == ["create"]
        assert len(await outbox("org.unit.updated.v1", a)) == events_before
        await set_headcount(b, pending_transfers=0)
        resp = await api.post(f"/units/{b}/dissolve", json=decision("2026-03-01"), headers=admin)
        assert resp.status_code == 200 and resp.json()["active"] is False
        assert (await outbox("org.unit.dissolved.v1", b))[-1]["data"]["active"] is False

    async def test_concurrent_opposite_moves_cannot_make_a_cycle(self, api: httpx.AsyncClient,
                                                                 admin: Headers) -> None:
        a, b = code("P"), code("Q")
        await create(api, admin, a)
        await create(api, admin, b)
        r1, r2 = await asyncio.gather(
            api.post(f"/units/{a}/move", json={"parent_id": b, **decision("2026-02-01")}, headers=admin),
            api.post(f"/units/{b}/move", json={"parent_id": a, **decision("2026-02-01")}, headers=admin))
        assert sorted([r1.status_code, r2.status_code]) == [200, 422]
        pa = (await api.get(f"/units/{a}", headers=admin)).json()["path"]
        pb = (await api.get(f"/units/{b}", headers=admin)).json()["path"]
        assert not ({p["unit_id"] for p in pa} >= {a, b} and {p["unit_id"] for p in pb} >= {a, b})


class TestReorganizations:
    async def test_merge_moves_sub_units_and_announces_where_people_go(
        self, api: httpx.AsyncClient, admin: Headers, set_headcount: Callable[..., Any],
        outbox: Callable[..., Any],
    ) -> None:
        s1, s2, sub, new = code("M"), code("N"), code("MP"), code("MN")
        await create(api, admin, s1)
        await create(api, admin, s2)
        await create(api, admin, sub, parent=s1)
        await set_headcount(s1, civil_servant=3)
        body = {"kind": "merge", "source_unit_ids": [s1, s2],
                "targets": [{"unit_id": new, "new": True, "name": "Đơn vị sau sáp nhập", "unit_type": "so"}],
                "person_moves": [{"person_id": "p-1", "from_unit_id": s1, "to_unit_id": new}],
                **decision("2026-04-01", "99/NQ-HĐND")}
        resp = await api.post("/reorganizations", json=body, headers=admin)
        assert resp.status_code == 201, resp.text
        assert resp.json()["dissolved_unit_ids"] == [s1, s2] and resp.json()["moved_units"] == {sub: new}
        event = (await outbox("org.unit.reorganized.v1", s1))[-1]["data"]
        assert event["kind"] == "merge" and event["moves"][0]["person_id"] == "p-1"
        assert {(m["from_unit_id"], m["to_unit_id"]) for m in event["default_moves"]} == {(s1, new), (s2, new)}
        kids = {u["unit_id"] for u in (await api.get(f"/units/{new}/children?as_of=2026-04-01", headers=admin)).json()}
        assert kids == {sub}
        then = {u["unit_id"] for u in (await api.get("/units/TQ/children?as_of=2026-03-31", headers=admin)).json()}
        now = {u["unit_id"] for u in (await api.get("/units/TQ/children?as_of=2026-04-01", headers=admin)).json()}
        assert {s1, s2} <= then and new not in then and new in now and not ({s1, s2} & now)

    async def test_split_requires_a_destination_for_everyone(self, api: httpx.AsyncClient, admin: Headers,
                                                            set_headcount: Callable[..., Any]) -> None:
        src, t1, t2 = code("S"), code("S1"), code("S2")
        await create(api, admin, src)
        await set_headcount(src, civil_servant=2)
        body: dict[str, Any] = {
            "kind": "split", "source_unit_ids": [src],
            "targets": [{"unit_id": t1, "new": True, "name": "Một"}, {"unit_id": t2, "new": True, "name": "Hai"}],
            "person_moves": [{"person_id": "p-9", "from_unit_id": src, "to_unit_id": t2}],
            **decision("2026-05-01")}
        resp = await api.post("/reorganizations", json=body, headers=admin)
        assert resp.status_code == 422 and resp.json()["error"] == "staff_without_destination"
        assert (await api.get(f"/units/{t1}", headers=admin)).status_code == 404
        resp = await api.post("/reorganizations", json={**body, "default_target_unit_id": t1}, headers=admin)
        assert resp.status_code == 201, resp.text
        assert resp.json()["default_moves"] == {src: t1}
        assert (await api.get(f"/units/{src}", headers=admin)).json()["active"] is False
