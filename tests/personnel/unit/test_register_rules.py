"""The award and discipline registers' pure rules with the worked examples of R-12, R-13, R-40, R-50 and
R-51: a discipline form judged by its decision's date, the effects computed from the decisions."""

from __future__ import annotations

from datetime import date

import pytest

from personnel.careers import rules as careers
from personnel.careers.reference import rule_data
from personnel.registers import rules
from personnel.registers.rules import AwardFact, DisciplineFact, DisciplineForm

DATA = rule_data()
FORMS = {
    "HA_BAC_LUONG": DisciplineForm("HA_BAC_LUONG", "Hạ bậc lương", frozenset({"cong_chuc"}), date(2010, 1, 1),
                                   date(2025, 6, 30)),
    "GIANG_CHUC": DisciplineForm("GIANG_CHUC", "Giáng chức", frozenset({"can_bo", "cong_chuc"}), date(2010, 1, 1),
                                 date(2025, 6, 30)),
    "KHIEN_TRACH": DisciplineForm("KHIEN_TRACH", "Khiển trách", frozenset({"can_bo", "cong_chuc"}),
                                  date(2010, 1, 1), None),
    "VC_KHIEN_TRACH": DisciplineForm("VC_KHIEN_TRACH", "Khiển trách", frozenset({"vien_chuc"}), date(2012, 1, 1),
                                     None),
}


def effect(form: str, on: date, category: str, today: date, duty_related: bool = True) -> rules.DisciplineEffect:
    return rules.discipline_effect(DisciplineFact(form, on, duty_related), staff_category=category,
                                   table=DATA.extensions, today=today)


class TestDisciplineFormJudgedByTheDecisionsDate:
    @pytest.mark.parametrize("code", ["HA_BAC_LUONG", "GIANG_CHUC"])
    def test_abolished_forms_are_refused_for_decisions_from_1_july_2025(self, code):
        assert rules.form_problem(FORMS[code], staff_category="civil_servant", decided_on=date(2025, 7, 1)) == \
            "register.discipline_form_not_in_force"

    @pytest.mark.parametrize("code", ["HA_BAC_LUONG", "GIANG_CHUC"])
    def test_abolished_forms_stay_valid_for_decisions_until_30_june_2025(self, code):
        assert rules.form_problem(FORMS[code], staff_category="civil_servant", decided_on=date(2025, 6, 30)) is None

    def test_a_reprimand_is_accepted_today(self):
        assert rules.form_problem(FORMS["KHIEN_TRACH"], staff_category="civil_servant",
                                  decided_on=date(2026, 11, 2)) is None

    def test_a_civil_servants_form_is_refused_for_a_public_employee(self):
        assert rules.form_problem(FORMS["KHIEN_TRACH"], staff_category="public_employee",
                                  decided_on=date(2026, 11, 2)) == "register.discipline_form_not_for_staff"
        assert rules.form_problem(FORMS["VC_KHIEN_TRACH"], staff_category="public_employee",
                                  decided_on=date(2026, 11, 2)) is None

    def test_salary_step_demotion_was_never_a_form_for_cadres(self):
        assert rules.form_problem(FORMS["HA_BAC_LUONG"], staff_category="cadre", decided_on=date(2024, 1, 5)) == \
            "register.discipline_form_not_for_staff"

    def test_an_unknown_form_is_refused(self):
        assert rules.form_problem(None, staff_category="cadre", decided_on=date(2026, 1, 5)) == \
            "register.unknown_discipline_form"


class TestDecisionNumbers:
    def test_the_same_number_written_differently_is_the_same_decision(self):
        assert rules.decision_key("12/QĐ-UBND") == rules.decision_key(" 12 / qđ – ubnd ")

    def test_another_number_is_another_decision(self):
        assert rules.decision_key("12/QĐ-UBND") != rules.decision_key("13/QĐ-UBND")

    def test_an_end_before_the_start_is_refused(self):
        assert rules.dates_problem(date(2026, 5, 2), date(2026, 5, 1)) == "register.ends_before_start"
        assert rules.dates_problem(date(2026, 5, 2), date(2026, 5, 2)) is None


class TestDisciplineEffects:
    """R-12 table: khiển trách +6 (CB/CC) / +3 (VC), cảnh cáo +6, giáng chức and cách chức +12."""

    def test_a_civil_servants_reprimand_extends_the_raise_clock_by_6_months(self):
        assert effect("KHIEN_TRACH", date(2026, 3, 2), "civil_servant", date(2026, 12, 4)).extension_months == 6

    def test_a_public_employees_reprimand_extends_it_by_3_months(self):
        assert effect("VC_KHIEN_TRACH", date(2026, 3, 2), "public_employee", date(2026, 12, 4)).extension_months == 3

    def test_a_public_employees_warning_extends_it_by_6_months(self):
        assert effect("VC_CANH_CAO", date(2026, 3, 2), "public_employee", date(2026, 12, 4)).extension_months == 6

    def test_a_demotion_of_2024_extends_it_by_12_months(self):
        assert effect("GIANG_CHUC", date(2024, 9, 10), "civil_servant", date(2026, 12, 4)).extension_months == 12

    def test_a_public_employees_decision_is_in_force_for_12_months_then_lapses(self):
        e = effect("VC_KHIEN_TRACH", date(2026, 3, 10), "public_employee", date(2027, 3, 9))
        assert e.in_force_until == date(2027, 3, 9) and e.in_force
        assert not effect("VC_KHIEN_TRACH", date(2026, 3, 10), "public_employee", date(2027, 3, 10)).in_force

    def test_a_public_employee_warned_may_not_be_planned_trained_or_promoted_for_12_months(self):
        e = effect("VC_CANH_CAO", date(2026, 3, 10), "public_employee", date(2026, 12, 4))
        assert e.restricted_until == date(2027, 3, 9) and e.restricted

    def test_a_dismissal_from_post_restricts_for_24_months(self):
        e = effect("VC_CACH_CHUC", date(2026, 3, 10), "public_employee", date(2026, 12, 4))
        assert e.restricted_until == date(2028, 3, 9)

    def test_a_civil_servants_reprimand_since_july_2025_has_no_restriction_period(self):
        assert effect("KHIEN_TRACH", date(2026, 3, 10), "civil_servant", date(2026, 12, 4)).restricted_until is None
        assert effect("KHIEN_TRACH", date(2024, 3, 10), "civil_servant", date(2024, 12, 4)).restricted_until == \
            date(2025, 3, 9)

    def test_a_duty_related_reprimand_forces_the_years_rating_from_july_2025_for_civil_servants(self):
        assert effect("KHIEN_TRACH", date(2025, 9, 1), "civil_servant", date(2026, 12, 4)).forced_rating_year == 2025
        assert effect("KHIEN_TRACH", date(2025, 6, 1), "civil_servant", date(2026, 12, 4)).forced_rating_year is None
        assert effect("KHIEN_TRACH", date(2025, 9, 1), "civil_servant", date(2026, 12, 4),
                      duty_related=False).forced_rating_year is None

    def test_and_from_july_2026_for_public_employees(self):
        assert effect("VC_KHIEN_TRACH", date(2026, 5, 4), "public_employee",
                      date(2026, 12, 4)).forced_rating_year is None
        assert effect("VC_KHIEN_TRACH", date(2026, 7, 1), "public_employee",
                      date(2026, 12, 4)).forced_rating_year == 2026

    def test_a_reprimand_and_a_year_not_completed_add_up_to_12_months_on_the_clock(self):
        """R-12 example: CC with a reprimand and one year "Không hoàn thành nhiệm vụ" -> +12 months."""
        ext = careers.extensions(DATA.extensions, staff_category="civil_servant",
                                 ratings=[careers.Rating(2024, "KHTNV")],
                                 penalties=[careers.Penalty("KHIEN_TRACH", date(2024, 5, 6))],
                                 start=date(2023, 7, 1), end=date(2026, 7, 1))
        assert ext.months == 12


class TestAwardEffects:
    """R-13: an achievement of the last 6 years (A groups) or 4 years (B, C) to 31 December of the review
    year, never used before, worth the months of the unit's scale."""

    def award(self, code: str, on: date, group: str = "A1", used: date | None = None,
              year: int = 2026) -> rules.AwardEffect:
        return rules.award_effect(AwardFact(code, on, used), pay_group=group, review_year=year,
                                  award_rules=DATA.awards, params=DATA.params)

    def test_a_provincial_certificate_of_merit_is_worth_6_months(self):
        e = self.award("BK_TINH", date(2024, 5, 2))
        assert (e.early_raise_months, e.usable) == (6, True)

    def test_an_a_group_looks_back_6_years_and_a_b_group_4(self):
        assert self.award("GIAY_KHEN", date(2021, 1, 15)).usable
        assert not self.award("GIAY_KHEN", date(2020, 12, 31)).usable
        assert self.award("GIAY_KHEN", date(2023, 1, 15), group="B").usable
        assert not self.award("GIAY_KHEN", date(2022, 12, 31), group="B").usable

    def test_the_last_review_year_an_award_counts_in(self):
        assert self.award("BK_TINH", date(2021, 5, 2)).usable_until == date(2026, 12, 31)
        assert self.award("BK_TINH", date(2021, 5, 2), group="B").usable_until == date(2024, 12, 31)

    def test_an_award_used_for_an_early_raise_cannot_be_used_again(self):
        e = self.award("BK_TTG", date(2024, 5, 2), used=date(2025, 3, 1))
        assert (e.early_raise_months, e.usable, e.used_on) == (9, False, date(2025, 3, 1))

    def test_a_form_the_scale_does_not_list_is_no_achievement(self):
        e = self.award("KNC", date(2024, 5, 2))
        assert (e.early_raise_months, e.usable) == (0, False)

    def test_the_best_unused_award_is_the_one_an_early_raise_would_use(self):
        out = rules.effects(staff_category="civil_servant", pay_group="A1", disciplines=[],
                            awards=[AwardFact("GIAY_KHEN", date(2025, 4, 1)), AwardFact("BK_TINH", date(2023, 4, 1)),
                                    AwardFact("BK_TTG", date(2022, 4, 1), used_on=date(2024, 1, 1))],
                            extension_table=DATA.extensions, award_rules=DATA.awards, params=DATA.params,
                            today=date(2026, 12, 4))
        assert out.best_usable_award is not None and out.best_usable_award.code == "BK_TINH"

    def test_the_effects_of_a_person_sum_the_extensions_and_list_the_forced_years(self):
        out = rules.effects(staff_category="civil_servant", pay_group="A1",
                            disciplines=[DisciplineFact("KHIEN_TRACH", date(2025, 9, 1)),
                                         DisciplineFact("GIANG_CHUC", date(2024, 2, 1))],
                            awards=[], extension_table=DATA.extensions, award_rules=DATA.awards,
                            params=DATA.params, today=date(2026, 12, 4))
        assert (out.extension_months, out.forced_ratings) == (18, (2025,))


class TestTrainingRules:
    """A course cannot end before it starts; a completion never lowers a level; a rank's standard (TT 02/2021)."""

    def test_a_course_ending_before_its_start_is_refused(self):
        from personnel.training import rules as training
        assert training.course_problems(starts_on=date(2026, 9, 1), ends_on=date(2026, 8, 31), location="domestic",
                                        country=None) == [("ends_on", "register.ends_before_start")]
        assert training.course_problems(starts_on=date(2026, 9, 1), ends_on=date(2026, 9, 1), location="domestic",
                                        country=None) == []

    def test_a_course_abroad_needs_its_country(self):
        from personnel.training import rules as training
        assert training.course_problems(starts_on=date(2026, 9, 1), ends_on=date(2027, 6, 1), location="abroad",
                                        country="") == [("country", "training.abroad_needs_country")]

    def test_a_completed_course_raises_the_level_only_when_higher(self):
        from personnel.training import rules as training
        assert training.raises_level("political_theory", "TC", "CC")
        assert not training.raises_level("political_theory", "CN", "TC")
        assert training.raises_level("state_management", None, "CV")
        assert not training.raises_level("state_management", "CVC", "LD_PHONG")

    def test_a_senior_expert_needs_advanced_political_theory_and_a_bachelor_has_it(self):
        from personnel.training import rules as training
        need = training.required_level("01.001", "political_theory", date(2026, 12, 4))
        assert need is not None and need.level == "CC"
        assert training.meets("political_theory", "CN", "CC") and not training.meets("political_theory", "TC", "CC")

    def test_the_counts_per_unit_say_who_lacks_the_level_and_who_is_planned(self):
        from personnel.training import rules as training
        rows = [training.PersonLevel("STP", "01.003", None, planned=True),  # chuyên viên without QLNN, planned
                training.PersonLevel("STP", "01.003", "CV", planned=False),  # has it
                training.PersonLevel("STP", "01.002", "CV", planned=False, count=2),  # CVC with only CV
                training.PersonLevel("STP", "01.004", None, planned=False)]  # cán sự: no standard
        [u] = training.plan_counts("state_management", rows, date(2026, 12, 4))
        assert (u.people, u.required, u.lacking, u.lacking_planned, u.planned) == (5, 4, 3, 1, 1)
