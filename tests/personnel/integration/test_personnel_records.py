"""Change requests, approval, history, validation and scope, through the in-process app on a migrated
database with real tokens."""

from __future__ import annotations

import asyncio
import json

from aiokafka import AIOKafkaConsumer
from sqlalchemy import text

from common.db import make_engine
from common.testing import stack

from .conftest import new_profile, unique_cccd

OFFICER, LEADER, OTHER = "stp.officer", "stp.leader", "xa.phulinh"


async def create_approved(api, as_user, profile: dict, unit_id: str = "STP") -> dict:
    r = await api.post("/change-requests", json={"unit_id": unit_id, "profile": profile}, headers=as_user(OFFICER))
    assert r.status_code == 201, r.text
    cr = r.json()
    r = await api.post(f"/change-requests/{cr['id']}/submit", headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    r = await api.post(
        f"/change-requests/{cr['id']}/approve", json={"decision_number": "15/QĐ-STP"}, headers=as_user(LEADER)
    )
    assert r.status_code == 200, r.text
    return r.json()


async def scalar(url: str, sql: str, **params):  # type: ignore[no-untyped-def]
    engine = make_engine(url, pool_size=1)
    async with engine.connect() as conn:
        value = (await conn.execute(text(sql), params)).scalar()
    await engine.dispose()
    return value


class TestNewRecord:
    async def test_draft_is_not_official_until_a_leader_approves(self, api, as_user, personnel_db):
        profile = new_profile("Nguyễn Văn An", born="1979-02-03", gender="1")
        r = await api.post("/change-requests", json={"unit_id": "STP", "profile": profile}, headers=as_user(OFFICER))
        cr = r.json()
        assert (r.status_code, cr["state"], cr["kind"], cr["base_version"]) == (201, "draft", "create", 0)
        person_id = cr["person_id"]
        r = await api.get(f"/persons/{person_id}", headers=as_user(OFFICER))
        assert (r.json()["version"], r.json()["profile"]) == (0, None)

        diff = (await api.get(f"/change-requests/{cr['id']}/diff", headers=as_user(LEADER))).json()
        paths = {c["path"]: c for c in diff["changes"]}
        assert paths["identity.full_name"] == {
            "path": "identity.full_name",
            "official": None,
            "proposed": "Nguyễn Văn An",
        }
        r = await api.post(f"/change-requests/{cr['id']}/approve", headers=as_user(LEADER))
        assert r.status_code == 409 and r.json()["error"] == "invalid_state"  # not submitted yet

        await api.post(f"/change-requests/{cr['id']}/submit", headers=as_user(OFFICER))
        r = await api.post(f"/change-requests/{cr['id']}/approve", headers=as_user(OFFICER))
        assert r.status_code == 403  # an officer does not approve
        r = await api.post(
            f"/change-requests/{cr['id']}/approve", json={"decision_number": "7/QĐ-STP"}, headers=as_user(LEADER)
        )
        assert r.json()["state"] == "approved"

        person = (await api.get(f"/persons/{person_id}", headers=as_user(OFFICER))).json()
        assert person["version"] == 1 and person["profile"]["identity"]["full_name"] == "Nguyễn Văn An"
        assert person["approved_by"] == LEADER and person["decision_number"] == "7/QĐ-STP"
        reads = await scalar(
            personnel_db, "select count(*) from audit_entry where resource_id = :p and action = 'read'", p=person_id
        )
        assert reads >= 3  # two record reads and the diff
        event = await scalar(
            personnel_db,
            "select payload from outbox_message where type = 'personnel.person.created.v1' and aggregate_id = :p",
            p=person_id,
        )
        assert event["data"]["unit_id"] == "STP" and event["data"]["rank_code"] == "01.003"
        assert event["data"]["party_member"] is True and event["data"]["gender"] == "1"

    async def test_the_created_event_reaches_kafka(self, api, as_user, topic_prefix):
        approved = await create_approved(api, as_user, new_profile("Hoàng Văn Kafka"))
        consumer = AIOKafkaConsumer(
            f"{topic_prefix}personnel.person",
            bootstrap_servers=stack.kafka_bootstrap(),
            auto_offset_reset="earliest",
            group_id=None,
        )
        await consumer.start()
        try:
            found = None
            async with asyncio.timeout(60):
                while found is None:
                    batch = await consumer.getmany(timeout_ms=500)
                    for records in batch.values():
                        for rec in records:
                            env = json.loads(rec.value)
                            if env["subject"] == approved["person_id"]:
                                found = env
        finally:
            await consumer.stop()
        assert found["type"] == "personnel.person.created.v1" and found["data"]["full_name"] == "Hoàng Văn Kafka"

    async def test_rejection_carries_a_reason_and_the_draft_can_be_revised(self, api, as_user):
        r = await api.post(
            "/change-requests", json={"unit_id": "STP", "profile": new_profile()}, headers=as_user(OFFICER)
        )
        cr_id = r.json()["id"]
        await api.post(f"/change-requests/{cr_id}/submit", headers=as_user(OFFICER))
        r = await api.post(
            f"/change-requests/{cr_id}/reject", json={"reason": "Thiếu quyết định tuyển dụng"}, headers=as_user(LEADER)
        )
        assert (r.json()["state"], r.json()["reject_reason"]) == ("rejected", "Thiếu quyết định tuyển dụng")
        r = await api.post(f"/change-requests/{cr_id}/revise", headers=as_user(OFFICER))
        assert r.json()["state"] == "draft"


class TestValidation:
    async def submit(self, api, as_user, profile: dict, user: str = OFFICER, unit: str = "STP",  # type: ignore[no-untyped-def]
                     lang: str | None = None):
        r = await api.post("/change-requests", json={"unit_id": unit, "profile": profile}, headers=as_user(user))
        assert r.status_code == 201, r.text
        headers = as_user(user) | ({"Accept-Language": lang} if lang else {})
        return await api.post(f"/change-requests/{r.json()['id']}/submit", headers=headers)

    async def test_errors_name_the_fields_in_vietnamese_and_english(self, api, as_user):
        profile = new_profile(cccd="003186000001")
        profile["identity"]["social_insurance_number"] = "12345"
        profile["identity"]["ethnicity"] = "77"
        profile["recruitment"]["first_recruited_on"] = "2001-01-01"  # at 14
        r = await self.submit(api, as_user, profile)
        assert r.status_code == 422
        fields = {f["field"]: f for f in r.json()["fields"]}
        assert set(fields) == {
            "identity.personal_id_number",
            "identity.social_insurance_number",
            "identity.ethnicity",
            "recruitment.first_recruited_on",
        }
        assert "003" in fields["identity.personal_id_number"]["message"]
        assert fields["identity.social_insurance_number"]["message"] == "Mã số BHXH phải gồm đúng 10 chữ số."
        in_english = await self.submit(api, as_user, profile, lang="en")
        assert in_english.status_code == 422 and in_english.headers["content-language"] == "en"
        fields_en = {f["field"]: f for f in in_english.json()["fields"]}
        assert {f: e["code"] for f, e in fields_en.items()} == {f: e["code"] for f, e in fields.items()}
        assert fields_en["identity.social_insurance_number"]["message"] == (
            "The social-insurance number must be 10 digits.")
        assert fields_en["identity.social_insurance_number"]["code"] == "profile.social_insurance_digits"

    async def test_gender_digit_mismatch_is_a_warning_for_the_leader(self, api, as_user):
        profile = new_profile(cccd=unique_cccd(1986, female=False))  # a man's number on a woman's record
        r = await self.submit(api, as_user, profile)
        assert r.status_code == 200 and r.json()["state"] == "submitted"
        assert [w["field"] for w in r.json()["warnings"]] == ["identity.personal_id_number"]

    async def test_duplicate_identity_number_names_the_unit_only_to_who_may_see_it(self, api, as_user):
        number = unique_cccd()
        await create_approved(api, as_user, new_profile("Vũ Thị Trùng", cccd=number))
        r = await self.submit(api, as_user, new_profile("Vũ Thị Trùng", cccd=number))
        assert r.status_code == 422 and "Sở Tư pháp" in r.json()["fields"][0]["message"]
        assert r.json()["fields"][0]["code"] == "profile.id_number_taken"

    async def test_a_number_held_outside_the_scope_is_not_revealed_and_the_department_decides(self, api, as_user):
        # The record holding the number is in Xã Phú Linh (approved there by the Sở Nội vụ's administrator).
        number = unique_cccd()
        r = await self.submit(api, as_user, new_profile("Đỗ Thị Hai Nơi", cccd=number), user=OTHER, unit="00706")
        assert r.status_code == 200, r.text
        r = await api.post(f"/change-requests/{r.json()['id']}/approve", json={}, headers=as_user("snv.admin"))
        assert r.status_code == 200, r.text

        # Sở Tư pháp's officer submits a record with the same number: the answer is word for word the one a
        # number held nowhere gets (no error, no warning): nothing tells an officer a number exists elsewhere.
        held = await self.submit(api, as_user, new_profile("Đỗ Thị Hai Nơi", cccd=number))
        fresh = await self.submit(api, as_user, new_profile("Đỗ Thị Hai Nơi", cccd=unique_cccd()))
        assert held.status_code == fresh.status_code == 200, held.text
        same = ("state", "warnings", "errors", "unit_id", "kind")
        assert {k: held.json().get(k) for k in same} == {k: fresh.json().get(k) for k in same}
        assert held.json()["state"] == "submitted"

        # Sở Tư pháp's leader cannot see Xã Phú Linh: approval is refused without a name or a unit, and the
        # request stays submitted for the Department (whole province) to decide.
        cr_id = held.json()["id"]
        r = await api.post(f"/change-requests/{cr_id}/approve", json={}, headers=as_user(LEADER))
        assert r.status_code == 422, r.text
        [field] = r.json()["fields"]
        assert (field["field"], field["code"]) == ("identity.personal_id_number", "profile.id_number_province_review")
        assert "Phú Linh" not in r.text and "00706" not in r.text and "Hai Nơi" not in field["message"]
        assert "Sở Nội vụ" in field["message"]
        r = await api.get(f"/change-requests/{cr_id}", headers=as_user(LEADER))
        assert r.json()["state"] == "submitted"
        # The Department sees both records: it is told whose number it is, and where.
        r = await api.post(f"/change-requests/{cr_id}/approve", json={}, headers=as_user("snv.admin"))
        assert r.status_code == 422 and r.json()["fields"][0]["code"] == "profile.id_number_taken"
        assert "Xã Phú Linh" in r.json()["fields"][0]["message"]


class TestConcurrencyAndHistory:
    async def test_two_changes_from_one_version_second_approval_conflicts(self, api, as_user):
        person_id = (await create_approved(api, as_user, new_profile("Phạm Văn Song")))["person_id"]
        official = (await api.get(f"/persons/{person_id}", headers=as_user(OFFICER))).json()["profile"]
        ids = []
        for phone in ("0912000001", "0912000002"):
            changed = json.loads(json.dumps(official))
            changed["identity"]["phone"] = phone
            r = await api.post(
                "/change-requests", json={"person_id": person_id, "profile": changed}, headers=as_user(OFFICER)
            )
            assert r.json()["base_version"] == 1
            ids.append(r.json()["id"])
            await api.post(f"/change-requests/{ids[-1]}/submit", headers=as_user(OFFICER))
        assert (await api.post(f"/change-requests/{ids[0]}/approve", headers=as_user(LEADER))).status_code == 200
        diff = (await api.get(f"/change-requests/{ids[1]}/diff", headers=as_user(LEADER))).json()
        assert diff["stale"] is True and diff["current_version"] == 2
        r = await api.post(f"/change-requests/{ids[1]}/approve", headers=as_user(LEADER))
        assert r.status_code == 409 and r.json()["error"] == "stale_change"
        assert "phiên bản 2" in r.json()["message"]
        person = (await api.get(f"/persons/{person_id}", headers=as_user(OFFICER))).json()
        assert person["profile"]["identity"]["phone"] == "0912000001"

    async def test_editing_a_draft_from_a_stale_revision_conflicts(self, api, as_user):
        r = await api.post(
            "/change-requests", json={"unit_id": "STP", "profile": new_profile()}, headers=as_user(OFFICER)
        )
        cr = r.json()
        body = {"revision": 1, "profile": new_profile("Lê Thị Một")}
        assert (await api.put(f"/change-requests/{cr['id']}", json=body, headers=as_user(OFFICER))).json()[
            "revision"
        ] == 2
        r = await api.put(
            f"/change-requests/{cr['id']}",
            json={**body, "profile": new_profile("Lê Thị Hai")},
            headers=as_user(OFFICER),
        )
        assert r.status_code == 409 and r.json()["error"] == "stale_draft"

    async def test_every_version_is_kept_with_who_when_and_decision(self, api, as_user):
        person_id = (await create_approved(api, as_user, new_profile("Đinh Thị Cũ")))["person_id"]
        official = (await api.get(f"/persons/{person_id}", headers=as_user(OFFICER))).json()["profile"]
        official["identity"]["full_name"] = "Đinh Thị Mới"
        r = await api.post(
            "/change-requests",
            json={"person_id": person_id, "profile": official, "decision_number": "99/QĐ-STP"},
            headers=as_user(OFFICER),
        )
        await api.post(f"/change-requests/{r.json()['id']}/submit", headers=as_user(OFFICER))
        await api.post(f"/change-requests/{r.json()['id']}/approve", headers=as_user(LEADER))
        versions = (await api.get(f"/persons/{person_id}/versions", headers=as_user(OFFICER))).json()
        assert [v["version"] for v in versions] == [1, 2]
        history = (await api.get(f"/persons/{person_id}/field-history", headers=as_user(LEADER))).json()
        assert [
            (e["version"], e["new"], e["changed_by"], e["decision_number"]) for e in history["identity.full_name"]
        ] == [(1, "Đinh Thị Cũ", LEADER, "15/QĐ-STP"), (2, "Đinh Thị Mới", LEADER, "99/QĐ-STP")]
        before = (
            await api.get(f"/persons/{person_id}", params={"as_of": "2020-01-01"}, headers=as_user(OFFICER))
        ).json()
        assert before["version"] == 0 and before["profile"] is None

    async def test_status_changes_by_dated_event_and_left_people_stay_searchable(self, api, as_user):
        person_id = (await create_approved(api, as_user, new_profile("Lý Thị Nghỉ Hưu")))["person_id"]
        r = await api.post(
            f"/persons/{person_id}/status-events",
            json={
                "status": "NGHI_HUU",
                "effective_on": "2026-01-01",
                "leaving_form": "NGHI_HUU",
                "decision_number": "3/QĐ-UBND",
            },
            headers=as_user(LEADER),
        )
        assert r.status_code == 201, r.text
        before = (
            await api.get(f"/persons/{person_id}", params={"as_of": "2025-12-31"}, headers=as_user(OFFICER))
        ).json()
        assert before["status"] == "DANG_CONG_TAC"
        search = {"q": "ly thi nghi huu", "size": 50}
        working = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
        assert person_id not in [i["person_id"] for i in working["items"]]
        left = (await api.get("/persons", params={**search, "include_left": True}, headers=as_user(OFFICER))).json()
        assert [i["status"] for i in left["items"] if i["person_id"] == person_id] == ["NGHI_HUU"]
        r = await api.post(
            f"/persons/{person_id}/status-events",
            json={"status": "BAY_LEN", "effective_on": "2026-01-01"},
            headers=as_user(LEADER),
        )
        assert r.status_code == 422


class TestScopeAndSearch:
    async def test_outside_the_subtree_a_record_does_not_exist(self, api, as_user):
        person_id = (await create_approved(api, as_user, new_profile("Trịnh Văn Kín")))["person_id"]
        for path in ("", "/versions", "/field-history", "/documents"):
            r = await api.get(f"/persons/{person_id}{path}", headers=as_user(OTHER))
            assert r.status_code == 404 and r.json()["error"] == "not_found"
        r = await api.get("/persons", params={"q": "trinh van kin"}, headers=as_user(OTHER))
        assert r.json() == {"items": [], "total": 0}
        r = await api.get("/persons", params={"q": "trinh van kin"}, headers=as_user("snv.admin"))
        assert r.json()["total"] >= 1

    async def test_search_without_diacritics_by_number_and_filters(self, api, as_user):
        number = unique_cccd(1990, female=True)
        person_id = (await create_approved(api, as_user, new_profile("Đỗ Thị Đào", cccd=number, born="1990-07-07")))[
            "person_id"
        ]
        for q in ("do thi dao", "Đỗ Thị Đào", "DAO", number):
            page = (await api.get("/persons", params={"q": q}, headers=as_user(OFFICER))).json()
            assert person_id in [i["person_id"] for i in page["items"]], q
        page = (await api.get("/persons", params={"q": "do thi dao"}, headers=as_user(OFFICER))).json()
        item = next(i for i in page["items"] if i["person_id"] == person_id)
        assert item == {
            "person_id": person_id,
            "full_name": "Đỗ Thị Đào",
            "birth_date": "1990-07-07",
            "gender": "2",
            "unit_id": "STP",
            "unit_name": "Sở Tư pháp",
            "position": "Chuyên viên",
            "status": "DANG_CONG_TAC",
        }
        filters = {
            "q": "dao",
            "unit_id": "TQ",
            "gender": "2",
            "birth_year_from": 1990,
            "birth_year_to": 1990,
            "rank_code": "01.003",
            "qualification": "DH",
            "party_member": True,
            "ethnicity": "02",
        }
        assert person_id in [
            i["person_id"]
            for i in (await api.get("/persons", params=filters, headers=as_user(OFFICER))).json()["items"]
        ]
        for key, value in (("birth_year_to", 1989), ("gender", "1"), ("unit_id", "SNV"), ("party_member", False)):
            page = (await api.get("/persons", params={**filters, key: value}, headers=as_user(OFFICER))).json()
            assert person_id not in [i["person_id"] for i in page["items"]], key
        page = (
            await api.get("/persons", params={"unit_id": "STP", "size": 2, "page": 1}, headers=as_user(OFFICER))
        ).json()
        assert len(page["items"]) == 2 and page["total"] > 2
