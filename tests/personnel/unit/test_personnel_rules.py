"""The pure validation rules, with the worked examples of rules.md (R-70, R-71)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from personnel.config import SEED_DIR
from personnel.profiles.rules import (
    CenturyDigit,
    check_catalog_codes,
    check_dates,
    check_personal_id_number,
    check_social_insurance_number,
    validate_profile,
)
from personnel.profiles.schema import Profile


def _rows(name: str) -> list[dict[str, str]]:
    with Path(SEED_DIR, f"{name}.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


PROVINCES = {r["code"] for r in _rows("cccd_province_codes")}
DIGITS = {
    r["digit"]: CenturyDigit(int(r["birth_year_from"]), int(r["birth_year_to"]), r["gender"])
    for r in _rows("cccd_century_gender_digit")
}
TODAY = date(2026, 11, 26)


def cccd(number: str, born: date | None, gender: str | None) -> list[tuple[str, str]]:
    issues = check_personal_id_number(
        number, birth_date=born, gender=gender, province_codes=PROVINCES, century_digits=DIGITS
    )
    return [(i.severity, i.text("en")) for i in issues]


class TestPersonalIdNumber:
    def test_worked_example_tuyen_quang_male_1966_is_valid(self):
        assert cccd("008066001234", date(1966, 3, 2), "1") == []

    def test_former_ha_giang_code_stays_valid_after_the_2025_merger(self):
        assert cccd("002185000123", date(1985, 1, 1), "2") == []  # digit 1 = female, 1900s

    def test_woman_born_in_2001_uses_century_digit_3(self):
        assert cccd("008301000001", date(2001, 6, 1), "2") == []

    @pytest.mark.parametrize("number", ["00806600123", "0080660012345", "00806600123A", ""])
    def test_not_twelve_digits_is_an_error(self, number):
        [(severity, message)] = cccd(number, date(1966, 1, 1), "1")
        assert severity == "error" and "12 digits" in message

    def test_unknown_province_code_is_an_error(self):
        [(severity, message)] = cccd("003066001234", date(1966, 1, 1), "1")  # 003 is not a province
        assert severity == "error" and "'003'" in message

    def test_gender_digit_disagreeing_with_the_record_warns_without_blocking(self):
        [(severity, message)] = cccd("008066001234", date(1966, 1, 1), "2")
        assert severity == "warning" and "gender" in message

    def test_birth_year_digits_disagreeing_with_the_record_warn(self):
        [(severity, message)] = cccd("008066001234", date(1967, 1, 1), "1")
        assert severity == "warning" and "1966" in message and "1967" in message

    def test_century_digit_disagreeing_with_the_birth_year_warns(self):
        [(severity, _)] = cccd("008266001234", date(1966, 1, 1), "1")  # digit 2 = 2000s
        assert severity == "warning"


class TestSocialInsuranceNumber:
    def test_ten_digits_pass(self):
        assert check_social_insurance_number("0123456789") == []

    @pytest.mark.parametrize("number", ["012345678", "01234567890", "01234A6789"])
    def test_anything_else_fails(self, number):
        assert check_social_insurance_number(number)[0].field == "identity.social_insurance_number"


def profile(**over) -> Profile:
    data = {
        "identity": {
            "full_name": "Nguyễn Văn An",
            "gender": "1",
            "birth_date": "1966-03-02",
            "ethnicity": "01",
            "religion": "00",
            "personal_id_number": "008066001234",
        },
        "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "1990-08-01"},
    }
    for section, values in over.items():
        if isinstance(values, dict):
            data.setdefault(section, {}).update(values)
        else:
            data[section] = values
    return Profile.model_validate(data)


class TestDates:
    def fields(self, p: Profile) -> list[str]:
        return [i.field for i in check_dates(p, today=TODAY)]

    def test_a_plausible_career_passes(self):
        assert self.fields(profile()) == []

    def test_recruitment_before_birth_is_refused(self):
        assert "recruitment.first_recruited_on" in self.fields(
            profile(recruitment={"first_recruited_on": "1960-01-01"})
        )

    def test_recruitment_at_sixteen_is_below_working_age_for_civil_servants(self):
        assert self.fields(profile(recruitment={"first_recruited_on": "1982-03-01"})) == [
            "recruitment.first_recruited_on"
        ]

    def test_contract_workers_may_start_at_fifteen(self):
        p = profile(recruitment={"staff_category": "contract_worker", "first_recruited_on": "1981-03-02"})
        assert self.fields(p) == []

    def test_future_events_are_refused(self):
        assert self.fields(profile(political={"party_joined_on": "2027-01-01"})) == ["political.party_joined_on"]

    def test_full_party_membership_before_admission_is_refused(self):
        p = profile(political={"party_joined_on": "1995-05-19", "party_official_on": "1994-05-19"})
        assert self.fields(p) == ["political.party_official_on"]

    def test_a_period_ending_before_it_starts_is_refused(self):
        p = profile(work_history=[{"from_month": "2000-05", "to_month": "1999-01", "unit_name": "Sở Tư pháp"}])
        assert self.fields(p) == ["work_history[0].to_month"]


class TestCatalogCodes:
    CATALOG = {
        ("gender", "1"): True,
        ("ethnic_groups", "01"): True,
        ("religions", "00"): True,
        ("discipline_forms", "HA_BAC_LUONG"): False,
        ("ethnic_groups", "99"): False,
    }

    def lookup(self, catalog: str, code: str) -> bool | None:
        return self.CATALOG.get((catalog, code))

    def test_unknown_code_names_the_field_and_catalog(self):
        [issue] = check_catalog_codes(profile(identity={"ethnicity": "77"}), lookup=self.lookup)
        assert issue.field == "identity.ethnicity" and "ethnic_groups" in issue.text("en")
        assert issue.code == "profile.unknown_code" and "ethnic_groups" in issue.text("vi")

    def test_inactive_code_in_a_current_field_is_refused(self):
        [issue] = check_catalog_codes(profile(identity={"ethnicity": "99"}), lookup=self.lookup)
        assert "no longer active" in issue.text("en") and "ngừng sử dụng" in issue.text("vi")

    def test_history_rows_may_keep_a_code_that_was_in_force_then(self):
        p = profile(disciplines=[{"from_month": "2020-01", "form": "HA_BAC_LUONG"}])
        assert check_catalog_codes(p, lookup=self.lookup) == []


def test_validate_profile_collects_every_rule():
    p = profile(identity={"social_insurance_number": "123", "personal_id_number": "008066001234", "gender": "2"})
    issues = validate_profile(p, today=TODAY, lookup=lambda c, k: True, province_codes=PROVINCES, century_digits=DIGITS)
    assert {(i.field, i.severity) for i in issues} == {
        ("identity.social_insurance_number", "error"),
        ("identity.personal_id_number", "warning"),
    }
