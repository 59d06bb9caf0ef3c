"""Training over HTTP: a course ending before its start is refused and nothing is made; who attends; the
completion submitted by an officer and approved by another account writes the course and the level into the
record; the planning counts per unit say who lacks the state-management level the rank needs and who is
planned."""

from __future__ import annotations

from tests.personnel.careers.test_careers_api import LEADER, OFFICER, OTHER, approved, profile

CV = {"rank_code": "01.003", "salary_step": 3, "salary_coefficient": "3.00", "salary_effective_on": "2023-07-01"}


def course(**extra) -> dict:
    return {"name": "Bồi dưỡng kiến thức QLNN ngạch chuyên viên", "kind": "state_management", "location": "domestic",
            "mode": "TAP_TRUNG", "school": "Trường Chính trị tỉnh Tuyên Quang", "diploma": "Chứng chỉ",
            "level_code": "CV", "funding": "state", "starts_on": "2026-03-02", "ends_on": "2026-05-29", **extra}


async def total(api, as_user) -> int:
    return int((await api.get("/training-courses", headers=as_user(OFFICER))).json()["total"])


class TestCourses:
    async def test_a_course_ending_before_its_start_is_refused_and_nothing_is_made(self, api, as_user):
        before = await total(api, as_user)
        r = await api.post("/training-courses", json=course(ends_on="2026-03-01"), headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        assert [(f["field"], f["code"]) for f in r.json()["fields"]] == [("ends_on", "register.ends_before_start")]
        assert "Ngày kết thúc" in r.json()["message"]
        assert await total(api, as_user) == before

    async def test_a_level_not_in_the_catalog_of_its_kind_is_refused(self, api, as_user):
        r = await api.post("/training-courses", json=course(level_code="TC"), headers=as_user(OFFICER))
        assert r.status_code == 422 and r.json()["fields"][0]["field"] == "level_code", r.text

    async def test_a_mode_not_in_the_catalog_is_refused(self, api, as_user):
        r = await api.post("/training-courses", json=course(mode="Học hàm thụ"), headers=as_user(OFFICER))
        assert r.status_code == 422 and r.json()["fields"][0]["field"] == "mode", r.text

    async def test_a_course_for_a_unit_outside_the_scope_is_not_made(self, api, as_user):
        before = await total(api, as_user)
        r = await api.post("/training-courses", json=course(unit_id="STP"), headers=as_user(OTHER))
        assert r.status_code == 404, r.text
        assert await total(api, as_user) == before

    async def test_a_person_outside_the_scope_cannot_be_enrolled(self, api, as_user):
        c = (await api.post("/training-courses", json=course(), headers=as_user(OFFICER))).json()
        outsider = await approved(api, as_user, profile("Ngoài Phạm Vi", born="1980-01-01", gender="1", salary=CV))
        r = await api.post(f"/training-courses/{c['id']}/attendees", json={"person_ids": [outsider]},
                           headers=as_user(OTHER))
        assert r.status_code == 404


class TestCompletion:
    async def test_completion_approved_by_another_account_writes_the_course_and_the_level(self, api, as_user):
        a = await approved(api, as_user, profile("Đinh Văn Học", born="1981-06-01", gender="1", salary=CV))
        before = (await api.get("/training-plans/summary", params={"kind": "state_management"},
                                headers=as_user(OFFICER))).json()["total"]
        c = (await api.post("/training-courses", json=course(), headers=as_user(OFFICER))).json()
        r = await api.post(f"/training-courses/{c['id']}/attendees", json={"person_ids": [a]}, headers=as_user(OFFICER))
        assert r.status_code == 200 and r.json()["attendee_count"] == 1, r.text
        planned = (await api.get("/training-plans/summary", params={"kind": "state_management"},
                                 headers=as_user(OFFICER))).json()["total"]
        assert (planned["lacking"], planned["lacking_planned"]) == (before["lacking"], before["lacking_planned"] + 1)
        r = await api.post(f"/training-courses/{c['id']}/completions",
                           json={"person_ids": [a], "completed_on": "2026-05-29", "decision_number": "45/QĐ-TCT",
                                 "decision_signed_on": "2026-06-05"}, headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        assert r.json()["attendees"][0]["state"] == "completion_submitted"
        r = await api.post(f"/training-courses/{c['id']}/completions/approve", headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        assert r.json()["attendees"][0]["state"] == "completed"
        record = (await api.get(f"/persons/{a}", headers=as_user(OFFICER))).json()
        assert record["profile"]["education"]["state_management_level"] == "CV"
        assert [(t["kind"], t["institution"], t["from_month"], t["to_month"]) for t in record["profile"]["training"]] \
            == [("state_management", "Trường Chính trị tỉnh Tuyên Quang", "2026-03", "2026-05")]
        after = (await api.get("/training-plans/summary", params={"kind": "state_management"},
                               headers=as_user(OFFICER))).json()["total"]
        assert (after["lacking"], after["planned"]) == (before["lacking"] - 1, before["planned"])

    async def test_a_public_employee_warned_cannot_be_sent_to_training_for_12_months(self, api, as_user):
        """R-50: a warning of 04/05/2026 bars training until 03/05/2027; a course starting 07/09/2026 refuses."""
        warned = await approved(api, as_user, {
            **profile("Hà Thị Cảnh", born="1982-03-03", gender="2", salary={},
                      disciplines=[{"form": "VC_CANH_CAO", "from_month": "2026-05", "decided_on": "2026-05-04"}]),
            "recruitment": {"staff_category": "public_employee", "first_recruited_on": "2005-09-01"}})
        c = (await api.post("/training-courses", json=course(starts_on="2026-09-07", ends_on="2026-12-18"),
                            headers=as_user(OFFICER))).json()
        r = await api.post(f"/training-courses/{c['id']}/attendees", json={"person_ids": [warned]},
                           headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        assert [(f["field"], f["code"]) for f in r.json()["fields"]] == \
            [("person_ids[0]", "training.restricted_by_discipline")]
        assert "03/05/2027" in r.json()["message"]
        later = (await api.post("/training-courses", json=course(starts_on="2027-05-04", ends_on="2027-07-30"),
                                headers=as_user(OFFICER))).json()
        r = await api.post(f"/training-courses/{later['id']}/attendees", json={"person_ids": [warned]},
                           headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
