"""Pure rules of batch decisions (issue 12.4) and of the checks at submission (issue 12.5): applying an
item's patch keeps history, a batch's list refuses nobody, the same person twice and a second decision for
the same raise; numbers in other scripts' digits are refused in every number field, a raise skipping a step
needs its reason, a reappointment cannot precede the appointment, a CCCD registered abroad is accepted."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from personnel.batches.rules import (
    ItemKey,
    PatchError,
    ProfilePatch,
    apply_patch,
    item_problems,
    month_before,
    repeated_decisions,
)
from personnel.careers.early_raise import UsedEarly, achievements_of, candidate
from personnel.careers.reference import rule_data
from personnel.profiles.digits import has_other_digits
from personnel.profiles.rules import (
    CenturyDigit,
    check_number_texts,
    check_personal_id_number,
    check_positions,
    check_step_change,
)
from personnel.profiles.schema import Profile

BASE = {"identity": {"full_name": "Trần Văn Bậc", "gender": "1", "birth_date": "1980-02-02"},
        "salary": {"rank_code": "01.003", "salary_step": 3, "salary_coefficient": "3.00",
                   "salary_effective_on": "2023-07-01"},
        "salary_history": [{"from_month": "2020-07", "to_month": "2023-06", "step": 2, "coefficient": "2.67"},
                           {"from_month": "2023-07", "to_month": None, "step": 3, "coefficient": "3.00"}]}
FULL_WIDTH, ARABIC_INDIC = "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩"


def spell(text: str, digits: str) -> str:
    return text.translate(str.maketrans("0123456789", digits))


class TestPatch:
    def test_a_raise_sets_the_section_closes_the_open_row_and_appends_with_the_decision_number(self):
        patch = ProfilePatch(set={"salary.salary_step": 4, "salary.salary_coefficient": "3.33"},
                             close_open={"salary_history": "2026-06"},
                             append={"salary_history": [{"from_month": "2026-07", "step": 4, "coefficient": "3.33",
                                                         "decision_number": None}]})
        out = apply_patch(BASE, patch, decision_number="125/QĐ-STP")
        assert (out["salary"]["salary_step"], out["salary"]["salary_coefficient"]) == (4, "3.33")
        assert [r.get("to_month") for r in out["salary_history"]] == ["2023-06", "2026-06", None]
        assert out["salary_history"][-1]["decision_number"] == "125/QĐ-STP"
        assert BASE["salary"]["salary_step"] == 3 and len(BASE["salary_history"]) == 2  # input unchanged
        Profile.model_validate(out)

    def test_an_empty_patch_changes_nothing(self):
        assert apply_patch(BASE, ProfilePatch()) == BASE

    @pytest.mark.parametrize("patch", [ProfilePatch(set={"salary": 1}), ProfilePatch(set={"identity.full_name.x": 1}),
                                       ProfilePatch(close_open={"salary_history": "2026-13"}),
                                       ProfilePatch(append={"salary": [{}]})])
    def test_a_patch_that_does_not_fit_is_refused(self, patch):
        with pytest.raises(PatchError):
            apply_patch(BASE, patch)

    def test_month_before_crosses_the_year(self):
        assert (month_before(date(2026, 1, 1)), month_before(date(2026, 7, 1))) == ("2025-12", "2026-06")


class TestItems:
    def test_empty_and_the_same_person_twice(self):
        a, b = uuid.uuid4(), uuid.uuid4()
        assert item_problems([]) == [("items", "batch.empty")]
        assert item_problems([a, b, a]) == [("items[2].person_id", "batch.person_twice")]
        assert item_problems([a, b]) == []

    def test_a_second_decision_for_the_same_raise_is_the_same_person_kind_and_date(self):
        a = uuid.uuid4()
        taken = [ItemKey(a, "salary_raise", date(2026, 7, 1))]
        keys = [ItemKey(a, "salary_raise", date(2026, 7, 1)), ItemKey(a, "salary_raise", date(2029, 7, 1)),
                ItemKey(a, "beyond_frame", date(2026, 7, 1)), ItemKey(uuid.uuid4(), "salary_raise", date(2026, 7, 1))]
        assert repeated_decisions(keys, taken) == [0]
        assert repeated_decisions([ItemKey(a, "reward", None)], [ItemKey(a, "reward", None)]) == []


class TestDigits:
    @pytest.mark.parametrize("digits", [FULL_WIDTH, ARABIC_INDIC, "۰۱۲۳۴۵۶۷۸۹"])
    @pytest.mark.parametrize(("section", "field", "value"), [
        ("salary", "salary_coefficient", "3.66"), ("salary", "position_allowance", "0.4"),
        ("salary", "salary_step", "4"), ("salary", "beyond_frame_percent", "7"), ("health", "height_cm", "170")])
    def test_a_number_in_other_digits_is_refused_at_parsing(self, digits, section, field, value):
        body = {**BASE, section: {**BASE.get(section, {}), field: spell(value, digits)}}
        with pytest.raises(ValidationError) as exc:
            Profile.model_validate(body)
        [err] = exc.value.errors()
        assert err["loc"] == (section, field)
        assert "profile.non_ascii_digits" in err["msg"] or err["type"] != "value_error"

    def test_a_decimal_in_other_digits_names_the_code(self):
        with pytest.raises(ValidationError) as exc:
            Profile.model_validate({**BASE, "salary": {"salary_coefficient": "３.６６"}})
        assert "profile.non_ascii_digits" in exc.value.errors()[0]["msg"]
        assert Profile.model_validate({**BASE, "salary": {"salary_coefficient": "3.66"}}).salary.salary_coefficient \
            == Decimal("3.66")

    def test_a_month_in_other_digits_is_refused(self):
        body = {**BASE, "work_history": [{"from_month": spell("2020-01", FULL_WIDTH), "unit_name": "Sở"}]}
        with pytest.raises(ValidationError) as exc:
            Profile.model_validate(body)
        assert exc.value.errors()[0]["loc"] == ("work_history", 0, "from_month")

    def test_numbers_kept_as_text_are_checked_at_submission(self):
        phone = spell("0912345678", ARABIC_INDIC)
        profile = Profile.model_validate({**BASE, "identity": {**BASE["identity"], "phone": phone},
                                          "training": [{"kind": "it", "institution": "ĐH", "score": "８.５"}]})
        assert [(i.field, i.code) for i in check_number_texts(profile)] == [
            ("identity.phone", "profile.non_ascii_digits"), ("training[0].score", "profile.non_ascii_digits")]
        assert check_number_texts(Profile.model_validate(BASE)) == []

    def test_vietnamese_letters_are_not_digits(self):
        assert not has_other_digits("Nguyễn Thị Hường 12") and has_other_digits("١٢")


class TestChecks:
    def test_a_raise_skipping_a_step_needs_its_reason(self):
        old = Profile.model_validate(BASE)
        two = Profile.model_validate({**BASE, "salary": {**BASE["salary"], "salary_step": 5,
                                                         "salary_coefficient": "3.66"}})
        one = Profile.model_validate({**BASE, "salary": {**BASE["salary"], "salary_step": 4,
                                                         "salary_coefficient": "3.33"}})
        assert [(i.field, i.code) for i in check_step_change(old, two, reason=None)] == [
            ("salary.salary_step", "profile.step_skipped")]
        assert check_step_change(old, two, reason="Chiến sĩ thi đua cấp tỉnh 2025") == []
        assert check_step_change(old, one, reason=None) == []
        assert check_step_change(None, two, reason=None) == []

    def test_a_reappointment_before_the_appointment_is_an_error(self):
        bad = Profile.model_validate({**BASE, "positions": {"appointed_on": "2021-10-15",
                                                            "reappointed_on": "2020-01-01"}})
        good = Profile.model_validate({**BASE, "positions": {"appointed_on": "2016-10-15",
                                                             "reappointed_on": "2021-10-15"}})
        assert [i.code for i in check_positions(bad)] == ["profile.reappointed_before_appointed"]
        assert check_positions(good) == []

    def test_a_cccd_registered_abroad_is_accepted_with_a_note_to_the_approver(self):
        digits = {"0": CenturyDigit(1900, 1999, "nam")}
        abroad = check_personal_id_number("840080001234", birth_date=date(1980, 2, 2), gender="1",
                                          province_codes={"008"}, century_digits=digits)
        assert [(i.code, i.severity) for i in abroad] == [("profile.id_country_code", "warning")]
        gap = check_personal_id_number("003080001234", birth_date=date(1980, 2, 2), gender="1",
                                       province_codes={"008"}, century_digits=digits)
        assert [(i.code, i.severity) for i in gap] == [("profile.id_province", "error")]


class TestEarlyRaiseCandidate:
    DETAILS = {"next_step": 5, "period_months": 36, "extension_months": 0}

    def profile(self, awards):  # type: ignore[no-untyped-def]
        return Profile.model_validate({**BASE, "salary": {"rank_code": "01.003", "salary_step": 4,
                                                          "salary_coefficient": "3.33",
                                                          "salary_effective_on": "2024-03-01"},
                                       "awards": awards})

    def test_the_rules_example_with_a_provincial_certificate(self):
        p = self.profile([{"year": 2025, "form": "BK_TINH", "decided_on": "2025-05-10"}])
        r = candidate(profile=p, details=self.DETAILS, regular_date=date(2027, 3, 1), review_year=2026, used=[],
                      data=rule_data())
        assert (r.eligible, r.months, r.new_date) == (True, 6, date(2026, 9, 1))

    def test_an_achievement_used_before_or_a_previous_early_raise_disqualify(self):
        p = self.profile([{"year": 2025, "form": "BK_TINH", "decided_on": "2025-05-10"}])
        used = [UsedEarly(date(2023, 1, 1), ("BK_TINH", date(2025, 5, 10)))]
        r = candidate(profile=p, details=self.DETAILS, regular_date=date(2027, 3, 1), review_year=2026, used=used,
                      data=rule_data())
        assert (r.eligible, r.reasons) == (False, ("no_achievement",))
        r = candidate(profile=p, details=self.DETAILS, regular_date=date(2027, 3, 1), review_year=2026,
                      used=[UsedEarly(date(2024, 3, 1), None)], data=rule_data())
        assert "previous_was_early" in r.reasons

    def test_too_far_from_the_regular_date_or_on_the_last_step(self):
        p = self.profile([{"year": 2025, "form": "BK_TINH", "decided_on": "2025-05-10"}])
        far = candidate(profile=p, details=self.DETAILS, regular_date=date(2028, 3, 1), review_year=2026, used=[],
                        data=rule_data())
        last = candidate(profile=p, details={**self.DETAILS, "next_step": None}, regular_date=date(2027, 3, 1),
                         review_year=2026, used=[], data=rule_data())
        assert "too_far" in far.reasons and "last_step" in last.reasons

    def test_emulation_titles_of_an_evaluation_year_count_on_its_31_december(self):
        p = Profile.model_validate({**BASE, "evaluations": [{"year": 2025, "emulation_title": "CSTD_CS"}]})
        assert [(a.code, a.on) for a in achievements_of(p)] == [("CSTD_CS", date(2025, 12, 31))]
