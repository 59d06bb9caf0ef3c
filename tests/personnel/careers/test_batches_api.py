"""Batch decisions over HTTP (issue 12, item 4), in-process on a migrated database with real tokens: an
officer picks people from the raise list, the system proposes the new step, coefficient, date and monthly
amount (coefficient x the base salary in force on the date), the batch is submitted with its decision and
approved once by another account; every record gets its next version with the decision's reference, the
due list moves on, and a second decision for the same raise is refused. Bad input changes nothing."""

from __future__ import annotations

import uuid

import pytest

from .test_careers_api import A1_STEP_3, LEADER, OFFICER, OTHER, approved, profile

DECISION = {"decision_number": "125/QĐ-STP", "decision_signed_on": "2026-06-20", "signer": "Nguyễn Văn Ký",
            "issuer": "Sở Tư pháp"}


def codes(r) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(f["field"], f["code"]) for f in r.json()["fields"]]


async def propose(api, as_user, person_ids: list[str], kind: str = "salary_raise", **extra) -> list[dict]:  # type: ignore[no-untyped-def]
    r = await api.post("/batches/salary-proposals", json={"kind": kind, "person_ids": person_ids, **extra},
                       headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    return r.json()["items"]


async def create(api, as_user, items: list[dict], kind: str = "salary_raise", user: str = OFFICER):  # type: ignore[no-untyped-def]
    return await api.post("/batches", json={"kind": kind, "title": "Nâng bậc lương tháng 7/2026", **DECISION,
                                            "items": items}, headers=as_user(user))


async def raise_names(api, as_user) -> list[str]:  # type: ignore[no-untyped-def]
    r = await api.get("/due-lists", params={"kind": "raise", "month": "2026-07"}, headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    return [i["full_name"] for i in r.json()["items"]]


@pytest.fixture(scope="module")
async def pair(api, as_user) -> list[str]:  # type: ignore[no-untyped-def]
    return [await approved(api, as_user, profile(name, born=born, gender="1", salary=A1_STEP_3))
            for name, born in (("Trần Văn Bậc", "1980-02-02"), ("Phạm Văn Lương", "1984-08-08"))]


class TestSalaryBatch:
    async def test_from_the_due_list_to_the_records_and_no_second_decision(self, api, as_user, pair):
        assert {"Trần Văn Bậc", "Phạm Văn Lương"} <= set(await raise_names(api, as_user))
        proposals = await propose(api, as_user, pair)
        first = proposals[0]
        # A1 step 3 (3.00) since 2023-07-01: step 4 (3.33) from 2026-07-01, on the base salary of 2026-07-01.
        assert (first["new_step"], first["new_coefficient"], first["effective_on"], first["base_salary"],
                first["monthly_amount"]) == (4, "3.33", "2026-07-01", 2_530_000, 8_424_900)
        r = await create(api, as_user, [p["item"] for p in proposals])
        assert r.status_code == 201, r.text
        batch = r.json()
        assert (batch["state"], batch["item_count"], batch["unit_id"]) == ("draft", 2, "STP")

        r = await api.get(f"/batches/{batch['id']}/diff", headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        changes = {c["path"]: (c["official"], c["proposed"]) for c in r.json()["people"][0]["changes"]}
        assert changes["salary.salary_step"] == (3, 4)
        assert changes["salary.salary_coefficient"] == ("3.00", "3.33")

        r = await api.post(f"/batches/{batch['id']}/submit", headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        r = await api.post(f"/batches/{batch['id']}/approve", headers=as_user(OFFICER))  # own work
        assert r.status_code == 403, r.text
        r = await api.post(f"/batches/{batch['id']}/approve", headers=as_user("sysadmin"))
        assert r.status_code == 403, r.text
        r = await api.post(f"/batches/{batch['id']}/approve", headers=as_user(LEADER))
        assert (r.status_code, r.json()["state"]) == (200, "approved"), r.text

        for pid in pair:
            r = await api.get(f"/persons/{pid}", headers=as_user(LEADER))
            record = r.json()
            salary = record["profile"]["salary"]
            assert (record["version"], record["decision_number"]) == (2, "125/QĐ-STP")
            assert (salary["salary_step"], salary["salary_coefficient"], salary["salary_effective_on"]) == (
                4, "3.33", "2026-07-01")
            row = record["profile"]["salary_history"][-1]
            assert {k: row[k] for k in ("from_month", "to_month", "rank_code", "step", "coefficient", "amount",
                                        "decision_number")} == {
                "from_month": "2026-07", "to_month": None, "rank_code": "01.003", "step": 4, "coefficient": "3.33",
                "amount": 8_424_900, "decision_number": "125/QĐ-STP"}
        names = await raise_names(api, as_user)
        assert "Trần Văn Bậc" not in names and "Phạm Văn Lương" not in names

        # The same raise again (same person, kind, date): refused, naming the person; nothing is created.
        r = await create(api, as_user, [first["item"]])
        assert r.status_code == 422, r.text
        assert codes(r) == [("items[0].person_id", "batch.decision_exists")]
        assert "Trần Văn Bậc" in r.json()["message"]

    async def test_a_record_changed_after_the_batch_was_built_fails_the_approval_naming_the_person(
            self, api, as_user):
        pid = await approved(api, as_user, profile("Lê Văn Cũ", born="1979-03-03", gender="1", salary=A1_STEP_3))
        [p] = await propose(api, as_user, [pid])
        r = await create(api, as_user, [p["item"]])
        batch = r.json()
        r = await api.post(f"/batches/{batch['id']}/submit", headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        body = profile("Lê Văn Cũ", born="1979-03-03", gender="1", salary=A1_STEP_3)
        current = (await api.get(f"/persons/{pid}", headers=as_user(LEADER))).json()["profile"]
        body["identity"]["personal_id_number"] = current["identity"]["personal_id_number"]
        body["identity"]["phone"] = "0912345678"
        r = await api.post("/change-requests", json={"person_id": pid, "profile": body}, headers=as_user(OFFICER))
        cr = r.json()
        await api.post(f"/change-requests/{cr['id']}/submit", headers=as_user(OFFICER))
        r = await api.post(f"/change-requests/{cr['id']}/approve", headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        r = await api.post(f"/batches/{batch['id']}/approve", headers=as_user(LEADER))
        assert r.status_code == 409, r.text
        assert r.json()["error"] == "batch.stale_item" and "Lê Văn Cũ" in r.json()["message"]
        record = (await api.get(f"/persons/{pid}", headers=as_user(LEADER))).json()
        assert (record["version"], record["profile"]["salary"]["salary_step"]) == (2, 3)
        r = await api.get(f"/batches/{batch['id']}", headers=as_user(LEADER))
        assert r.json()["state"] == "submitted"


class TestBadInput:
    async def test_empty_twice_outside_and_left(self, api, as_user, pair):
        r = await create(api, as_user, [])
        assert (r.status_code, codes(r)) == (422, [("items", "batch.empty")])
        item = {"person_id": pair[0], "patch": {"set": {"health.height_cm": 170}}, "effective_on": "2026-08-01"}
        r = await create(api, as_user, [item, item], kind="evaluation")
        assert (r.status_code, codes(r)) == (422, [("items[1].person_id", "batch.person_twice")])
        # Outside the account's scope, or unknown: 404, revealing nothing.
        r = await create(api, as_user, [item], kind="evaluation", user=OTHER)
        assert r.status_code == 404, r.text
        r = await create(api, as_user, [{**item, "person_id": str(uuid.uuid4())}], kind="evaluation")
        assert r.status_code == 404, r.text
        left = await approved(api, as_user, profile("Đỗ Văn Nghỉ", born="1975-05-05", gender="1", salary=A1_STEP_3))
        r = await api.post(f"/persons/{left}/status-events", json={
            "status": "THOI_VIEC", "effective_on": "2026-01-01", "decision_number": "2/QĐ-STP",
            "decision_signed_on": "2026-01-01"}, headers=as_user(LEADER))
        assert r.status_code == 201, r.text
        r = await create(api, as_user, [{**item, "person_id": left}], kind="evaluation")
        assert r.status_code == 422, r.text
        assert codes(r) == [("items[0].person_id", "batch.person_left")] and "Đỗ Văn Nghỉ" in r.json()["message"]
        r = await api.get("/batches", params={"kind": "evaluation"}, headers=as_user(OFFICER))
        assert r.json()["total"] == 0

    async def test_a_patch_the_profile_refuses_and_a_submission_without_decision(self, api, as_user, pair):
        r = await create(api, as_user, [{"person_id": pair[1], "patch": {"set": {"health.height_cm": 999}}}],
                         kind="evaluation")
        assert r.status_code == 422, r.text
        assert codes(r)[0][0] == "items[0].health.height_cm"
        r = await api.post("/batches", json={"kind": "evaluation", "items": [
            {"person_id": pair[1], "patch": {"set": {"health.height_cm": 171}}}]}, headers=as_user(OFFICER))
        assert r.status_code == 201, r.text
        r = await api.post(f"/batches/{r.json()['id']}/submit", headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        assert {f for f, _ in codes(r)} == {"decision_number", "decision_signed_on"}

    async def test_an_early_raise_needs_its_reason(self, api, as_user):
        pid = await approved(api, as_user, profile("Vũ Văn Sớm", born="1985-01-01", gender="1", salary={
            "rank_code": "01.003", "salary_step": 3, "salary_coefficient": "3.00",
            "salary_effective_on": "2024-07-01"}))
        [p] = await propose(api, as_user, [pid], kind="early_raise", effective_on="2026-07-01")
        assert (p["problem"], p["item"]) == ("batch.early_reason_required", None)
        [p] = await propose(api, as_user, [pid], kind="early_raise", effective_on="2026-07-01",
                            reasons={pid: "Chiến sĩ thi đua cơ sở năm 2025"})
        assert (p["problem"], p["new_step"], p["effective_on"]) == (None, 4, "2026-07-01")
        assert p["item"]["reason"] == "Chiến sĩ thi đua cơ sở năm 2025"


class TestValidationAtSubmission:
    """Issue 12.5 through the change requests: each refusal is 422 with the field and a Vietnamese message."""

    async def submit_new(self, api, as_user, body: dict):  # type: ignore[no-untyped-def]
        r = await api.post("/change-requests", json={"unit_id": "STP", "profile": body}, headers=as_user(OFFICER))
        assert r.status_code == 201, r.text
        return await api.post(f"/change-requests/{r.json()['id']}/submit", headers=as_user(OFFICER))

    async def test_a_coefficient_that_is_not_the_steps_is_refused(self, api, as_user):
        body = profile("Hồ Văn Hệ", born="1981-01-01", gender="1", salary={**A1_STEP_3, "salary_coefficient": "3.10"})
        r = await self.submit_new(api, as_user, body)
        assert (r.status_code, codes(r)) == (
            422, [("salary.salary_coefficient", "careers.coefficient_not_of_step")])
        body["salary"] = {**A1_STEP_3, "salary_step": 11, "salary_coefficient": "5.00"}  # A1 has 9 steps
        r = await self.submit_new(api, as_user, body)
        assert (r.status_code, codes(r)) == (422, [("salary.salary_step", "careers.step_not_in_grade")])
        assert r.json()["fields"][0]["message"].startswith("Bậc lương không có")

    async def test_numbers_in_other_digits_are_refused_everywhere(self, api, as_user):
        body = profile("Hà Văn Số", born="1981-01-01", gender="1",
                       salary={**A1_STEP_3, "salary_coefficient": "３.００"})
        r = await api.post("/change-requests", json={"unit_id": "STP", "profile": body}, headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        [f] = r.json()["fields"]
        assert (f["field"], f["code"]) == ("profile.salary.salary_coefficient", "profile.non_ascii_digits")
        assert f["message"].startswith("Chỉ dùng các chữ số 0-9")
        body = profile("Hà Văn Số", born="1981-01-01", gender="1", salary=A1_STEP_3,
                       social_insurance_number="٠٨١٢٣٤٥٦٧٨")
        body["identity"]["phone"] = "０９１２３４５６７８"
        r = await self.submit_new(api, as_user, body)
        assert (r.status_code, sorted(codes(r))) == (422, [("identity.phone", "profile.non_ascii_digits"), (
            "identity.social_insurance_number", "profile.social_insurance_digits")])

    async def test_a_skipped_step_needs_the_early_raise_reason_and_a_reappointment_follows_the_appointment(
            self, api, as_user):
        pid = await approved(api, as_user, profile("Lò Văn Vượt", born="1982-02-02", gender="1", salary=A1_STEP_3))
        current = (await api.get(f"/persons/{pid}", headers=as_user(LEADER))).json()["profile"]
        current["salary"] = {**current["salary"], "salary_step": 5, "salary_coefficient": "3.66",
                             "salary_effective_on": "2026-07-01"}
        r = await api.post("/change-requests", json={"person_id": pid, "profile": current}, headers=as_user(OFFICER))
        cr = r.json()
        r = await api.post(f"/change-requests/{cr['id']}/submit", headers=as_user(OFFICER))
        assert (r.status_code, codes(r)) == (422, [("salary.salary_step", "profile.step_skipped")])
        r = await api.put(f"/change-requests/{cr['id']}", json={"revision": cr["revision"], "profile": current,
                                                                 "note": "Chiến sĩ thi đua cấp tỉnh năm 2025"},
                          headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        r = await api.post(f"/change-requests/{cr['id']}/submit", headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        body = profile("Lò Thị Hạn", born="1982-02-02", gender="2", salary=A1_STEP_3,
                       positions={"current_position": "Trưởng phòng", "appointed_on": "2022-01-01",
                                  "reappointed_on": "2021-01-01"})
        r = await self.submit_new(api, as_user, body)
        assert (r.status_code, codes(r)) == (
            422, [("positions.reappointed_on", "profile.reappointed_before_appointed")])

    async def test_a_cccd_registered_abroad_is_accepted(self, api, as_user):
        body = profile("Nguyễn Kiều Bào", born="1981-01-01", gender="1", salary=A1_STEP_3)
        body["identity"]["personal_id_number"] = f"840081{uuid.uuid4().int % 1_000_000:06d}"
        r = await self.submit_new(api, as_user, body)
        assert r.status_code == 200, r.text
        assert [w["code"] for w in r.json()["warnings"]] == ["profile.id_country_code"]


class TestRetirementScanAndReject:
    async def test_a_retirement_decision_is_handed_to_the_leaving_flow_with_the_pension_day(self, api, as_user,
                                                                                               personnel_db):
        # A man born May 1966 retires on 31/05/2028; the decision takes effect on 01/06/2028.
        pid = await approved(api, as_user, profile("Hoàng Văn Hưu", born="1966-05-20", gender="1",
                                                   salary=A1_STEP_3))
        r = await api.post("/batches/retirement-proposals", json={"person_ids": [pid]}, headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        [p] = r.json()["items"]
        assert (p["effective_on"], p["item"]["summary"]["retirement_date"]) == ("2028-06-01", "2028-05-31")
        r = await create(api, as_user, [p["item"]], kind="retirement")
        batch = r.json()
        await api.post(f"/batches/{batch['id']}/submit", headers=as_user(OFFICER))
        r = await api.post(f"/batches/{batch['id']}/approve", headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        # The status is not changed here: transfer opens the leaving case from the event, in the same
        # transaction as the approval, and the status comes back through the move saga (tests/transfer).
        from sqlalchemy import text

        from common.db import make_engine

        engine = make_engine(personnel_db, pool_size=1)
        async with engine.connect() as conn:
            rows = (await conn.execute(text(
                "select payload from outbox_message where type = 'personnel.retirement.decided.v1' "
                "and aggregate_id = :k"), {"k": pid})).all()
        await engine.dispose()
        [data] = [row[0]["data"] for row in rows]
        assert (data["decision_id"], data["leaving_form"], data["retirement_date"], data["decided_by"]) == \
            (f"{batch['id']}:{pid}", "NGHI_HUU", "2028-05-31", LEADER)
        assert (data["decision"]["number"], data["decision"]["effective_on"]) == ("125/QĐ-STP", "2028-06-01")
        r = await api.get(f"/persons/{pid}/status-events", headers=as_user(LEADER))
        assert "NGHI_HUU" not in [e["status"] for e in r.json()]
        record = (await api.get(f"/persons/{pid}", headers=as_user(LEADER))).json()
        assert (record["version"], record["status"]) == (1, "DANG_CONG_TAC")  # works until 31/05/2028

    async def test_the_scan_is_checked_as_every_upload_and_a_rejection_needs_its_reason(self, api, as_user, pair):
        from common.testing import files

        r = await api.post("/batches", json={"kind": "reward", "items": [
            {"person_id": pair[0], "patch": {"append": {"awards": [{"year": 2025, "form": "GIAY_KHEN"}]}}}]},
                           headers=as_user(OFFICER))
        assert r.status_code == 201, r.text
        batch = r.json()
        r = await api.put(f"/batches/{batch['id']}/scan",
                          files={"file": ("qd.pdf", files.pdf(js=True), "application/pdf")}, headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        r = await api.put(f"/batches/{batch['id']}/scan", files={"file": ("qd.pdf", files.pdf(), "application/pdf")},
                          headers=as_user(OFFICER))
        assert (r.status_code, r.json()["has_scan"]) == (200, True), r.text
        r = await api.get(f"/batches/{batch['id']}/scan", headers=as_user(LEADER))
        assert (r.status_code, r.content[:5]) == (200, b"%PDF-")
        r = await api.get(f"/batches/{batch['id']}/scan", headers=as_user(OTHER))
        assert r.status_code == 404
        r = await api.put(f"/batches/{batch['id']}", json={**DECISION, "title": "Giấy khen năm 2025"},
                          headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        r = await api.post(f"/batches/{batch['id']}/submit", headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        r = await api.post(f"/batches/{batch['id']}/reject", json={"reason": " "}, headers=as_user(LEADER))
        assert r.status_code == 409, r.text
        r = await api.post(f"/batches/{batch['id']}/reject", json={"reason": "Sai số quyết định"},
                           headers=as_user(LEADER))
        assert (r.status_code, r.json()["state"]) == (200, "rejected"), r.text
        record = (await api.get(f"/persons/{pair[0]}", headers=as_user(LEADER))).json()
        assert record["profile"].get("awards", []) == []


@pytest.mark.parametrize("path", ["/batches/salary-proposals", "/batches/retirement-proposals"])
async def test_a_proposal_for_nobody_or_the_same_person_twice_is_422(api, as_user, pair, path):
    r = await api.post(path, json={"person_ids": []}, headers=as_user(OFFICER))
    assert (r.status_code, codes(r)) == (422, [("person_ids", "batch.empty")])
    r = await api.post(path, json={"person_ids": [pair[0], pair[0]]}, headers=as_user(OFFICER))
    assert (r.status_code, codes(r)) == (422, [("person_ids[1]", "batch.person_twice")])


async def test_a_raise_not_yet_effective_is_left_out_of_the_proposal(api, as_user):
    from datetime import date

    from common import clock

    pid = await approved(api, as_user, profile("Kiều Văn Chờ", born="1983-03-03", gender="1", salary=A1_STEP_3))
    with clock.frozen(date(2026, 6, 15)):  # his raise is due on 01/07/2026
        [p] = await propose(api, as_user, [pid])
    assert (p["problem"], p["item"], p["effective_on"]) == ("batch.effective_in_future", None, "2026-07-01")
    assert p["problem_message"] == "Chưa đến ngày hưởng (01/07/2026); lập quyết định từ ngày này trở đi."
