"""The award and discipline registers over HTTP (in-process app, migrated database, real tokens): a decision
for many people entered by an officer and approved once by a leader writes every record (through a batch
decision); the discipline form is judged by the decision's date (R-50); a number is given once by its
issuer; a person outside the account's scope does not exist; a discipline moves the raise clock (R-12)."""

from __future__ import annotations

import uuid

from tests.personnel.careers.test_careers_api import A1_STEP_3, LEADER, OFFICER, OTHER, approved, profile


def number() -> str:
    return f"{uuid.uuid4().int % 100000}/QĐ-UBND"


def award(person_ids: list[str], **extra) -> dict:
    return {"kind": "award", "number": number(), "signed_on": "2025-12-20", "issuer": "UBND tỉnh Tuyên Quang",
            "form": "BK_TINH", "level": "Tỉnh", "achievement_year": 2025, "person_ids": person_ids, **extra}


def discipline(person_ids: list[str], **extra) -> dict:
    return {"kind": "discipline", "number": number(), "signed_on": "2025-03-10", "issuer": "Sở Tư pháp",
            "form": "KHIEN_TRACH", "violation": "Chậm giải quyết hồ sơ của công dân", "person_ids": person_ids,
            **extra}


async def person(api, as_user, name: str, **kw) -> str:
    return await approved(api, as_user, profile(name, born="1985-04-12", gender="1", salary=A1_STEP_3, **kw))


async def count(api, as_user, kind: str) -> int:
    r = await api.get("/register-decisions", params={"kind": kind}, headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    return int(r.json()["total"])


class TestDecisionForManyPeople:
    async def test_an_award_for_two_people_approved_once_by_the_leader_goes_into_both_records(self, api, as_user):
        a, b = await person(api, as_user, "Nguyễn Thị Khen"), await person(api, as_user, "Lê Văn Thưởng")
        r = await api.post("/register-decisions", json=award([a, b]), headers=as_user(OFFICER))
        assert r.status_code == 201, r.text
        d = r.json()
        assert (d["state"], d["person_count"], sorted(e["full_name"] for e in d["entries"])) == \
            ("submitted", 2, ["Lê Văn Thưởng", "Nguyễn Thị Khen"])
        r = await api.post(f"/register-decisions/{d['id']}/approve", headers=as_user(OFFICER))
        assert r.status_code == 403, r.text
        r = await api.post(f"/register-decisions/{d['id']}/approve", headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        assert r.json()["state"] == "approved" and all(e["applied_version"] == 2 for e in r.json()["entries"])
        for pid in (a, b):
            record = (await api.get(f"/persons/{pid}", headers=as_user(OFFICER))).json()
            assert [(w["form"], w["decision_number"], w["year"]) for w in record["profile"]["awards"]] == \
                [("BK_TINH", d["number"], 2025)]
        effects = (await api.get(f"/persons/{a}/register-effects", headers=as_user(OFFICER))).json()
        best = effects["best_usable_award"]
        assert (best["code"], best["early_raise_months"], best["usable"]) == ("BK_TINH", 6, True)

    async def test_a_rejected_decision_changes_no_record_and_frees_its_number(self, api, as_user):
        a = await person(api, as_user, "Phạm Văn Từ")
        body = award([a])
        d = (await api.post("/register-decisions", json=body, headers=as_user(OFFICER))).json()
        r = await api.post(f"/register-decisions/{d['id']}/reject", json={"reason": "Sai số quyết định"},
                           headers=as_user(LEADER))
        assert r.status_code == 200 and r.json()["state"] == "rejected", r.text
        assert (await api.get(f"/persons/{a}", headers=as_user(OFFICER))).json()["version"] == 1
        r = await api.post("/register-decisions", json=body, headers=as_user(OFFICER))
        assert r.status_code == 201, r.text


class TestRefusals:
    async def test_salary_step_demotion_is_refused_for_a_decision_of_1_july_2025_and_nothing_is_entered(
            self, api, as_user):
        a = await person(api, as_user, "Trịnh Văn Hạ")
        before = await count(api, as_user, "discipline")
        r = await api.post("/register-decisions", json=discipline([a], form="HA_BAC_LUONG", signed_on="2025-07-01"),
                           headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        assert r.json()["error"] == "register.discipline_form_not_in_force"
        assert "01/07/2025" in r.json()["message"]
        assert await count(api, as_user, "discipline") == before

    async def test_the_same_form_decided_on_30_june_2025_is_accepted_and_kept_in_the_record(self, api, as_user):
        a = await person(api, as_user, "Đỗ Văn Cũ")
        r = await api.post("/register-decisions", json=discipline([a], form="HA_BAC_LUONG", signed_on="2025-06-30"),
                           headers=as_user(OFFICER))
        assert r.status_code == 201, r.text
        r = await api.post(f"/register-decisions/{r.json()['id']}/approve", headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        record = (await api.get(f"/persons/{a}", headers=as_user(OFFICER))).json()
        assert [x["form"] for x in record["profile"]["disciplines"]] == ["HA_BAC_LUONG"]

    async def test_a_number_already_given_by_the_same_issuer_is_refused(self, api, as_user):
        a = await person(api, as_user, "Vũ Thị Trùng")
        body = award([a])
        assert (await api.post("/register-decisions", json=body, headers=as_user(OFFICER))).status_code == 201
        again = {**body, "number": body["number"].lower().replace("/", " / "), "issuer": "ubnd  tỉnh tuyên quang"}
        r = await api.post("/register-decisions", json=again, headers=as_user(OFFICER))
        assert (r.status_code, r.json()["error"]) == (409, "register.duplicate_decision"), r.text
        other_issuer = {**body, "issuer": "Sở Tư pháp"}
        assert (await api.post("/register-decisions", json=other_issuer, headers=as_user(OFFICER))).status_code == 201

    async def test_a_person_outside_the_accounts_scope_does_not_exist(self, api, as_user):
        a = await person(api, as_user, "Hồ Văn Ngoài")
        before = await count(api, as_user, "award")
        r = await api.post("/register-decisions", json=award([a]), headers=as_user(OTHER))
        assert r.status_code == 404, r.text
        assert "Hồ Văn Ngoài" not in r.text
        assert await count(api, as_user, "award") == before

    async def test_a_civil_servants_form_is_refused_for_a_public_employee(self, api, as_user):
        vc = await approved(api, as_user, {**profile("Mai Thị Viên", born="1990-02-02", gender="2", salary={}),
                                           "recruitment": {"staff_category": "public_employee"}})
        r = await api.post("/register-decisions", json=discipline([vc]), headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        assert [(f["field"], f["code"]) for f in r.json()["fields"]] == \
            [("person_ids[0]", "register.discipline_form_not_for_staff")]
        r = await api.post("/register-decisions", json=discipline([vc], form="VC_KHIEN_TRACH", signed_on="2026-03-10"),
                           headers=as_user(OFFICER))
        assert r.status_code == 201 and r.json()["valid_until"] == "2027-03-09", r.text


class TestEffects:
    async def test_an_approved_reprimand_moves_the_raise_clock_by_6_months(self, api, as_user):
        """A1 bậc 3 from 2023-07-01 is due 2026-07-01 (R-10); a reprimand of 2025-03-10 in that period: +6."""
        a = await person(api, as_user, "Cao Văn Chậm")
        due = (await api.get(f"/persons/{a}/due-dates", headers=as_user(OFFICER))).json()["salary"]
        assert due["due_on"] == "2026-07-01"
        d = (await api.post("/register-decisions", json=discipline([a]), headers=as_user(OFFICER))).json()
        assert (await api.post(f"/register-decisions/{d['id']}/approve", headers=as_user(LEADER))).status_code == 200
        due = (await api.get(f"/persons/{a}/due-dates", headers=as_user(OFFICER))).json()["salary"]
        assert (due["due_on"], due["extension_months"]) == ("2027-01-01", 6)
        effects = (await api.get(f"/persons/{a}/register-effects", headers=as_user(OFFICER))).json()
        assert effects["extension_months"] == 6
        assert [(x["form"], x["extension_months"], x["restricted_until"]) for x in effects["disciplines"]] == \
            [("KHIEN_TRACH", 6, "2026-03-09")]

    async def test_effects_of_a_person_outside_the_scope_are_not_found(self, api, as_user):
        a = await person(api, as_user, "Lý Văn Kín")
        r = await api.get(f"/persons/{a}/register-effects", headers=as_user(OTHER))
        assert r.status_code == 404


class TestThroughTheBatchScreen:
    async def test_a_decision_approved_on_the_batch_screen_is_approved_in_the_register(self, api, as_user):
        a = await person(api, as_user, "Tô Văn Lô")
        d = (await api.post("/register-decisions", json=award([a]), headers=as_user(OFFICER))).json()
        assert d["batch_id"]
        r = await api.post(f"/batches/{d['batch_id']}/approve", json={}, headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        r = await api.get(f"/register-decisions/{d['id']}", headers=as_user(OFFICER))
        assert r.json()["state"] == "approved" and r.json()["entries"][0]["applied_version"] == 2
        r = await api.post(f"/register-decisions/{d['id']}/approve", headers=as_user(LEADER))
        assert (r.status_code, r.json()["error"]) == (409, "register.not_submitted")
