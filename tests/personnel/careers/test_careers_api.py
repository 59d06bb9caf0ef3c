"""The career clocks over HTTP, through the in-process app on a migrated database with real tokens: the
calculator for any signed-in account, bad input refused with the standard error body in Vietnamese, each
person's due dates from the approved record (404 outside the account's scope, as GET /persons/{id}), and a
leader's early or late retirement on its legal basis."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from common.db import make_engine

from .conftest import copy_career_catalogs

OFFICER, LEADER, OTHER = "stp.officer", "stp.leader", "xa.phulinh"


def cccd(year: int, male: bool) -> str:
    digit = ("0" if male else "1") if year < 2000 else ("2" if male else "3")
    return f"008{digit}{year % 100:02d}{uuid.uuid4().int % 1_000_000:06d}"


def profile(name: str, *, born: str, gender: str, salary: dict, positions: dict | None = None,
            evaluations: list | None = None, disciplines: list | None = None,
            social_insurance_number: str = "0812345678") -> dict:
    return {
        "identity": {"full_name": name, "gender": gender, "birth_date": born, "ethnicity": "01", "religion": "00",
                     "personal_id_number": cccd(int(born[:4]), gender == "1"),
                     "social_insurance_number": social_insurance_number},
        "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "2005-09-01"},
        "positions": positions or {},
        "salary": salary,
        "evaluations": evaluations or [],
        "disciplines": disciplines or [],
    }


async def approved(api, as_user, body: dict, unit_id: str = "STP") -> str:
    r = await api.post("/change-requests", json={"unit_id": unit_id, "profile": body}, headers=as_user(OFFICER))
    assert r.status_code == 201, r.text
    cr = r.json()
    r = await api.post(f"/change-requests/{cr['id']}/submit", headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    r = await api.post(f"/change-requests/{cr['id']}/approve", json={"decision_number": "9/QĐ-STP"},
                       headers=as_user(LEADER))
    assert r.status_code == 200, r.text
    return str(cr["person_id"])


def field_codes(r) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(f["field"], f["code"]) for f in r.json()["fields"]]


class TestCalculator:
    async def test_retirement_of_a_man_born_may_1966(self, api, as_user):
        r = await api.post("/rules/retirement", json={"gender": "1", "birth_date": "1966-05-20"},
                           headers=as_user(OTHER))
        assert r.status_code == 200, r.text
        assert r.json() == {"retirement_date": "2028-05-31", "pension_from": "2028-06-01",
                            "notice_due": "2027-11-30", "decision_due": "2028-02-29"}

    @pytest.mark.parametrize(("gender", "born", "last_day", "pension"), [
        ("1", "1961-10-01", "2022-04-30", "2022-05-01"), ("2", "1966-09-15", "2022-05-31", "2022-06-01"),
        ("2", "1975-05-31", "2035-05-31", "2035-06-01"), ("2", "1990-02-14", "2050-02-28", "2050-03-01")])
    async def test_retirement_worked_examples(self, api, as_user, gender, born, last_day, pension):
        r = await api.post("/rules/retirement", json={"gender": gender, "birth_date": born},
                           headers=as_user("sysadmin"))
        assert (r.json()["retirement_date"], r.json()["pension_from"]) == (last_day, pension)

    async def test_next_raise_of_a1_and_b_with_and_without_extension(self, api, as_user):
        cases = [({"salary_group": "A1", "step_start": "2023-07-01"}, "2026-07-01"),
                 ({"salary_group": "A1", "step_start": "2023-07-01", "extension_months": 12}, "2027-07-01"),
                 ({"salary_group": "B", "step_start": "2024-01-31", "extension_months": 6}, "2026-07-31"),
                 ({"salary_group": "CGCC", "step_start": "2020-01-01", "extension_months": 0}, "2025-01-01"),
                 ({"salary_group": " A2.1 ", "step_start": "2024-02-29", "extension_months": 0}, "2027-02-28")]
        for body, expected in cases:
            r = await api.post("/rules/next-raise", json=body, headers=as_user(OFFICER))
            assert (r.status_code, r.json()) == (200, {"next_raise": expected}), body

    async def test_reappointment_of_a_deputy_director_appointed_october_15_2021(self, api, as_user):
        r = await api.post("/rules/reappointment", json={"term_start": "2021-10-15"}, headers=as_user(OTHER))
        assert (r.status_code, r.json()) == (200, {"term_end": "2026-10-14", "procedure_start_by": "2026-07-16"})
        r = await api.post("/rules/reappointment", json={"term_start": "2024-02-29"}, headers=as_user(OTHER))
        assert r.json() == {"term_end": "2029-02-28", "procedure_start_by": "2028-11-30"}

    async def test_the_calculator_needs_a_signed_in_account(self, api):
        r = await api.post("/rules/reappointment", json={"term_start": "2021-10-15"})
        assert r.status_code == 401


class TestCalculatorRefusesBadInput:
    @pytest.mark.parametrize(("path", "body", "field", "code"), [
        ("/rules/next-raise", {"salary_group": "A9", "step_start": "2023-07-01"}, "salary_group",
         "careers.unknown_salary_group"),
        ("/rules/next-raise", {"salary_group": "Ａ1", "step_start": "2023-07-01"}, "salary_group",
         "careers.unknown_salary_group"),
        ("/rules/next-raise", {"salary_group": "A1", "step_start": "2023-02-30"}, "step_start",
         "input.date_from_datetime_parsing"),
        ("/rules/next-raise", {"salary_group": "A1", "step_start": "2023-07-01", "extension_months": "٦"},
         "extension_months", "input.int_parsing"),
        ("/rules/next-raise", {"salary_group": "A1", "step_start": "2023-07-01", "extension_months": -1},
         "extension_months", "input.greater_than_equal"),
        ("/rules/next-raise", {"salary_group": "A1", "step_start": "2023-07-01", "extension": 6}, "extension",
         "input.extra_forbidden"),
        ("/rules/retirement", {"gender": "1", "birth_date": "2100-01-01"}, "birth_date",
         "careers.birth_date_in_future"),
        ("/rules/retirement", {"gender": "1", "birth_date": "1899-12-31"}, "birth_date", "careers.date_out_of_range"),
        ("/rules/retirement", {"gender": "1", "birth_date": "1966-13-01"}, "birth_date",
         "input.date_from_datetime_parsing"),
        ("/rules/retirement", {"gender": "1", "birth_date": "１９６６-05-01"}, "birth_date",
         "input.date_from_datetime_parsing"),
        ("/rules/retirement", {"gender": "3", "birth_date": "1966-05-01"}, "gender", "input.literal_error"),
        ("/rules/retirement", {"gender": "1", "birth_date": "1940-05-01"}, "birth_date", "careers.no_rule_in_force"),
        ("/rules/reappointment", {"term_start": "2021-02-29"}, "term_start", "input.date_from_datetime_parsing"),
        ("/rules/reappointment", {}, "term_start", "input.missing"),
    ])
    async def test_a_clear_vietnamese_error_and_422(self, api, as_user, path, body, field, code):
        r = await api.post(path, json=body, headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        assert r.headers["content-language"] == "vi"
        assert (field, code) in field_codes(r)
        assert r.json()["error"] in ("validation_failed", code) and r.json()["message"]
        message = next(f["message"] for f in r.json()["fields"] if f["field"] == field)
        assert message and message != code

    async def test_the_unknown_group_message_in_each_language(self, api, as_user):
        body = {"salary_group": "A9", "step_start": "2023-07-01"}
        vi = await api.post("/rules/next-raise", json=body, headers=as_user(OFFICER))
        en = await api.post("/rules/next-raise", json=body, headers={**as_user(OFFICER), "Accept-Language": "en"})
        assert vi.json()["message"] == "Nhóm lương không có trong danh mục bậc lương (ví dụ: A1, A2.1, B)."
        assert en.json()["message"] == "The salary group is not in the salary-grades catalog (e.g. A1, A2.1, B)."
        assert vi.json()["error"] == en.json()["error"] == "careers.unknown_salary_group"


A1_STEP_3 = {"rank_code": "01.003", "salary_step": 3, "salary_coefficient": "3.00",
             "salary_effective_on": "2023-07-01"}


class TestDueDates:
    async def test_raise_extended_by_a_reprimand_and_a_poor_year_retirement_and_an_overdue_term(self, api, as_user):
        person = await approved(api, as_user, profile(
            "Hoàng Văn Hạn", born="1966-05-20", gender="1", salary=A1_STEP_3,
            positions={"current_position": "Phó Giám đốc Sở", "appointed_on": "2022-03-01"},
            evaluations=[{"year": 2024, "rating": "KHTNV"}, {"year": 2025, "rating": "HTTNV"}],
            disciplines=[{"form": "KHIEN_TRACH", "from_month": "2024-05", "decided_on": "2024-05-10"}]))
        r = await api.get(f"/persons/{person}/due-dates", headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        due = r.json()
        assert due["version"] == 1 and due["problems"] == []
        salary = due["salary"]
        assert (salary["kind"], salary["salary_group"], salary["step"], salary["next_step"],
                salary["next_coefficient"]) == ("step_raise", "A1", 3, 4, "3.33")
        assert (salary["due_on"], salary["period_months"], salary["extension_months"]) == ("2027-07-01", 36, 12)
        assert [(e["event"], e["months"]) for e in salary["extensions"]] == [("reprimand", 6), ("poor_rating", 6)]
        ret = due["retirement"]
        assert (ret["retirement_date"], ret["pension_from"], ret["notice_due"], ret["decision_due"]) == (
            "2028-05-31", "2028-06-01", "2027-11-30", "2028-02-29")
        assert (ret["age_years"], ret["age_months"], ret["source"]) == (62, 0, "catalog")
        [term] = due["appointments"]
        assert (term["term_end"], term["procedure_start_by"], term["warn_from"]) == (
            "2027-02-28", "2026-11-30", "2026-10-31")
        assert term["state"] == "overdue"  # today (2026-12) is past the start of the procedure
        # At the end of the term 15 months of service are left: the post is extended until retirement.
        assert (term["at_term_end"], term["remaining_months_at_term_end"]) == ("extend_until_retirement", 15)

    async def test_the_last_step_gives_the_next_beyond_frame_rate(self, api, as_user):
        person = await approved(api, as_user, profile(
            "Lý Thị Khung", born="1975-03-03", gender="2",
            salary={"rank_code": "01.003", "salary_step": 9, "salary_coefficient": "4.98",
                    "salary_effective_on": "2020-03-01", "beyond_frame_percent": "7",
                    "beyond_frame_effective_on": "2025-03-01"}))
        salary = (await api.get(f"/persons/{person}/due-dates", headers=as_user(LEADER))).json()["salary"]
        assert (salary["kind"], salary["due_on"], salary["beyond_frame_percent"]) == ("beyond_frame", "2026-03-01", 8)

    async def test_a_step_the_grade_lacks_is_reported_not_computed(self, api, as_user, personnel_db):
        # Submission refuses such a step now (issue 12.5): a record kept from before the check has one.
        person = await approved(api, as_user, profile(
            "Trần Văn Bậc", born="1980-01-01", gender="1",
            salary={"rank_code": "01.003", "salary_step": 9, "salary_coefficient": "4.98",
                    "salary_effective_on": "2024-01-01"}))
        engine = make_engine(personnel_db, pool_size=1)
        async with engine.begin() as conn:
            await conn.execute(text(
                "update person set profile = jsonb_set(jsonb_set(profile, '{salary,salary_step}', '10'), "
                "'{salary,salary_coefficient}', '\"5.31\"') where id = :id"), {"id": person})
        await engine.dispose()
        due = (await api.get(f"/persons/{person}/due-dates", headers=as_user(OFFICER))).json()
        assert due["salary"] is None
        assert [(p["field"], p["code"]) for p in due["problems"]] == [("salary.salary_step",
                                                                       "careers.step_not_in_grade")]
        assert due["problems"][0]["message"] == "Bậc lương không có trong nhóm lương của ngạch, chức danh này."

    async def test_outside_the_scope_the_person_does_not_exist_as_for_the_record_itself(self, api, as_user):
        person = await approved(api, as_user, profile("Phạm Thị Phạm Vi", born="1985-06-01", gender="2",
                                                      salary=A1_STEP_3))
        record = await api.get(f"/persons/{person}", headers=as_user(OTHER))
        due = await api.get(f"/persons/{person}/due-dates", headers=as_user(OTHER))
        missing = await api.get(f"/persons/{uuid.uuid4()}/due-dates", headers=as_user(OTHER))
        assert record.status_code == due.status_code == missing.status_code == 404
        assert due.json() == missing.json() == record.json()

    async def test_a_record_not_yet_approved_has_no_due_dates(self, api, as_user):
        r = await api.post("/change-requests", json={"unit_id": "STP", "profile": profile(
            "Đỗ Văn Nháp", born="1990-01-01", gender="1", salary=A1_STEP_3)}, headers=as_user(OFFICER))
        due = (await api.get(f"/persons/{r.json()['person_id']}/due-dates", headers=as_user(OFFICER))).json()
        assert (due["version"], due["salary"], due["retirement"], due["appointments"]) == (0, None, None, [])


class TestRetirementOverride:
    async def test_a_leader_records_an_early_retirement_on_its_legal_basis_and_withdraws_it(self, api, as_user):
        person = await approved(api, as_user, profile("Vũ Văn Sớm", born="1966-05-20", gender="1", salary=A1_STEP_3))
        url = f"/persons/{person}/retirement-override"
        body = {"retirement_date": "2026-05-31", "kind": "early",
                "legal_basis": "Bộ luật Lao động 2019 Điều 169 khoản 3; Nghị định 135/2020/NĐ-CP Điều 5",
                "decision_number": "12/QĐ-STP"}
        assert (await api.put(url, json=body, headers=as_user(OFFICER))).status_code == 403
        assert (await api.put(url, json=body, headers=as_user(OTHER))).status_code == 403  # an officer elsewhere
        assert (await api.put(url, json=body, headers=as_user("snv.leader"))).status_code == 404  # another branch
        r = await api.put(url, json=body, headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        assert (r.json()["kind"], r.json()["recorded_by"]) == ("early", LEADER)
        ret = (await api.get(f"/persons/{person}/due-dates", headers=as_user(OFFICER))).json()["retirement"]
        assert (ret["retirement_date"], ret["pension_from"], ret["notice_due"], ret["decision_due"], ret["source"]) == (
            "2026-05-31", "2026-06-01", "2025-11-30", "2026-02-28", "override")
        assert ret["override"]["legal_basis"].startswith("Bộ luật Lao động 2019")

        assert (await api.delete(url, headers=as_user(LEADER))).status_code == 204
        ret = (await api.get(f"/persons/{person}/due-dates", headers=as_user(OFFICER))).json()["retirement"]
        assert (ret["retirement_date"], ret["source"], ret["override"]) == ("2028-05-31", "catalog", None)
        assert (await api.delete(url, headers=as_user(LEADER))).status_code == 404

    @pytest.mark.parametrize(("body", "code"), [
        ({"retirement_date": "2028-05-31", "kind": "early", "legal_basis": "x"}, "careers.override_not_earlier"),
        ({"retirement_date": "2023-04-30", "kind": "early", "legal_basis": "x"}, "careers.override_too_early"),
        ({"retirement_date": "2027-05-31", "kind": "late", "legal_basis": "x"}, "careers.override_not_later"),
        ({"retirement_date": "2027-05-31", "kind": "early", "legal_basis": "   "},
         "careers.override_legal_basis_required"),
    ])
    async def test_an_override_against_the_statutory_date_or_without_basis_is_refused(self, api, as_user, body, code):
        person = await approved(api, as_user, profile("Vũ Văn Muộn", born="1966-05-20", gender="1", salary=A1_STEP_3))
        r = await api.put(f"/persons/{person}/retirement-override", json=body, headers=as_user(LEADER))
        assert r.status_code == 422 and code in [c for _, c in field_codes(r)], r.text
        assert (await api.put(f"/persons/{person}/retirement-override",
                              json={**body, "retirement_date": "2023-05-31", "kind": "early", "legal_basis": "ok"},
                              headers=as_user(LEADER))).status_code == 200  # five years early at most: allowed


class TestNumberFieldsTakeOnlyAsciiDigits:
    @pytest.mark.parametrize("number", ["٠٨١٢٣٤٥٦٧٨", "０８１２３４５６７８"])
    async def test_a_social_insurance_number_in_other_digits_is_refused_at_submission(self, api, as_user, number):
        body = profile("Ngô Văn Số", born="1984-04-04", gender="1", salary=A1_STEP_3,
                       social_insurance_number=number)
        r = await api.post("/change-requests", json={"unit_id": "STP", "profile": body}, headers=as_user(OFFICER))
        assert r.status_code == 201, r.text
        r = await api.post(f"/change-requests/{r.json()['id']}/submit", headers=as_user(OFFICER))
        assert r.status_code == 422, r.text
        assert ("identity.social_insurance_number", "profile.social_insurance_digits") in field_codes(r)


class TestBeforeOrgSentTheCatalogs:
    async def test_the_calculator_answers_503_and_due_dates_name_the_missing_catalog(self, api, as_user,
                                                                                    personnel_db):
        person = await approved(api, as_user, profile("Mai Văn Chờ", born="1970-07-07", gender="1", salary=A1_STEP_3))
        engine = make_engine(personnel_db, pool_size=1)
        async with engine.begin() as conn:
            await conn.execute(text("delete from catalog_copy_item where catalog = 'salary_grades'"))
        await engine.dispose()
        try:
            r = await api.post("/rules/next-raise", json={"salary_group": "A1", "step_start": "2023-07-01"},
                               headers=as_user(OFFICER))
            assert (r.status_code, r.json()["error"]) == (503, "careers.catalog_missing")
            assert "salary_grades" in r.json()["message"]
            due = (await api.get(f"/persons/{person}/due-dates", headers=as_user(OFFICER))).json()
            assert due["salary"] is None and due["retirement"]["retirement_date"] == "2032-07-31"
            assert [(p["field"], p["code"]) for p in due["problems"]] == [("salary", "careers.catalog_missing")]
        finally:
            await copy_career_catalogs(personnel_db)
        r = await api.post("/rules/next-raise", json={"salary_group": "A1", "step_start": "2023-07-01"},
                           headers=as_user(OFFICER))
        assert r.status_code == 200
