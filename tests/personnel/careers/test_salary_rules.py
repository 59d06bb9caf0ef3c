"""Salary grades, amounts and placement (rules.md R-01..R-07, R-16), on the shared catalogs as org
publishes them."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import pytest

from personnel.careers import reference
from personnel.careers.reference import rule_data
from personnel.careers.rules import (
    base_salary_on,
    career_level_for_group,
    check_salary_step,
    initial_step,
    monthly_amount,
    re_place,
)

from .shared_catalogs import base_salaries, grades, items

# R-01's table: group -> (first, last, increment, steps) in Bảng 2 (and Bảng 3, except C2 and C3).
R01 = {
    "A3.1": ("6.20", "8.00", "0.36", 6), "A3.2": ("5.75", "7.55", "0.36", 6),
    "A2.1": ("4.40", "6.78", "0.34", 8), "A2.2": ("4.00", "6.38", "0.34", 8),
    "A1": ("2.34", "4.98", "0.33", 9), "A0": ("2.10", "4.89", "0.31", 10),
    "B": ("1.86", "4.06", "0.20", 12), "C1": ("1.65", "3.63", "0.18", 12),
}
C_BANG = {("bang2_cong_chuc", "C2"): ("1.50", "3.48"), ("bang3_vien_chuc", "C2"): ("2.00", "3.98"),
          ("bang2_cong_chuc", "C3"): ("1.35", "3.33"), ("bang3_vien_chuc", "C3"): ("1.50", "3.48")}


class TestR01SalaryTables:
    @pytest.mark.parametrize("group", sorted(R01))
    @pytest.mark.parametrize("table", ["bang2_cong_chuc", "bang3_vien_chuc"])
    def test_every_step_is_first_plus_increments_and_the_group_has_its_number_of_steps(self, group, table):
        first, last, increment, steps = R01[group]
        ladder = grades().ladder(group, table)
        assert len(ladder) == steps
        for s in ladder:
            assert s.coefficient == (Decimal(first) + (s.step - 1) * Decimal(increment)).quantize(Decimal("0.01"))
        assert ladder[-1].coefficient == Decimal(last)

    @pytest.mark.parametrize(("table", "group"), sorted(C_BANG))
    def test_c2_and_c3_differ_between_civil_servants_and_public_employees(self, table, group):
        first, last = C_BANG[(table, group)]
        ladder = grades().ladder(group, table)
        assert len(ladder) == 12
        assert (ladder[0].coefficient, ladder[-1].coefficient) == (Decimal(first), Decimal(last))
        assert all(b.coefficient - a.coefficient == Decimal("0.18") for a, b in itertools.pairwise(ladder))

    def test_senior_expert_table_has_three_steps(self):
        assert [s.coefficient for s in grades().ladder("CGCC")] == [Decimal("8.80"), Decimal("9.40"),
                                                                     Decimal("10.00")]

    @pytest.mark.parametrize(("group", "months"), [("CGCC", 60), ("A3.1", 36), ("A2.2", 36), ("A1", 36),
                                                   ("A0", 36), ("B", 24), ("C1", 24), ("C3", 24), ("B4.2", 24)])
    def test_raise_period_is_60_for_senior_experts_36_for_a_groups_24_for_b_c_and_table_4(self, group, months):
        assert grades().raise_period(group) == months


class TestR01StepValidation:
    """Item 5 of issue 12: a step or coefficient that the grade does not have is refused."""

    def test_a_step_and_its_own_coefficient_pass(self):
        assert check_salary_step(grades(), group="A1", table="bang2_cong_chuc", step=4,
                                 coefficient=Decimal("3.33")) == []

    def test_a_step_beyond_the_last_of_the_group_is_refused(self):
        assert check_salary_step(grades(), group="A1", table="bang2_cong_chuc", step=10,
                                 coefficient=None) == ["careers.step_not_in_grade"]

    def test_a_coefficient_of_another_step_is_refused(self):
        assert check_salary_step(grades(), group="A1", table="bang2_cong_chuc", step=4,
                                 coefficient=Decimal("3.66")) == ["careers.coefficient_not_of_step"]

    def test_a_coefficient_of_bang_3_is_refused_on_bang_2(self):
        assert check_salary_step(grades(), group="C2", table="bang2_cong_chuc", step=1,
                                 coefficient=Decimal("2.00")) == ["careers.coefficient_not_of_step"]

    def test_an_unknown_group_is_refused(self):
        assert check_salary_step(grades(), group="A9", table=None, step=1,
                                 coefficient=None) == ["careers.unknown_salary_group"]


class TestR02RanksPointToGroups:
    @pytest.mark.parametrize(("code", "group"), [
        ("01.001", "A3.1"), ("01.002", "A2.1"), ("01.003", "A1"), ("01.004", "A0"), ("01.005", "B"),
        ("06.031", "A1"), ("06.030", "A2.2"),
        ("V.07.02.24", "A2.2"), ("V.07.02.25", "A1"), ("V.07.02.26", "A0"),  # mầm non hạng I/II/III
        ("V.07.03.27", "A2.1"), ("V.07.03.28", "A2.2"), ("V.07.03.29", "A1"),  # tiểu học hạng I/II/III
        ("V.08.01.01", "A3.1"), ("V.08.01.02", "A2.1"), ("V.08.01.03", "A1"),  # bác sĩ cao cấp/chính/bác sĩ
        ("V.08.03.07", "B"),  # y sĩ
        ("V.08.05.11", "A2.1"), ("V.08.05.12", "A1"), ("V.08.05.13", "B"),  # điều dưỡng hạng II/III/IV
    ])
    def test_the_key_ranks_and_titles_are_looked_up_in_their_groups(self, code, group):
        assert reference.rank_groups(items("ranks"))[code][0] == group


class TestR03MonthlyAmount:
    def test_chuyen_vien_step_4_from_july_2026_earns_8_424_900(self):
        base = base_salary_on(base_salaries(), date(2026, 7, 1)).amount_vnd
        assert monthly_amount(grades().step("A1", 4).coefficient, base) == 8_424_900

    def test_the_same_person_in_june_2026_earns_7_792_200(self):
        base = base_salary_on(base_salaries(), date(2026, 6, 15)).amount_vnd
        assert monthly_amount(Decimal("3.33"), base) == 7_792_200

    def test_a_commune_head_of_division_gets_632_500_leadership_allowance(self):
        """R-05: Trưởng phòng chuyên môn UBND xã (Tuyên Quang, from 2026-01-01) 0.25 x 2,530,000."""
        allowance = next(i for i in items("leadership_allowance") if i.code == "XA_TP")
        base = base_salary_on(base_salaries(), date(2026, 7, 1)).amount_vnd
        assert monthly_amount(Decimal(allowance.attributes["coefficient"]), base) == 632_500


class TestR04BaseSalaryHistory:
    def test_june_30_2026_is_still_2_340_000(self):
        assert base_salary_on(base_salaries(), date(2026, 6, 30)).amount_vnd == 2_340_000

    def test_july_1_2026_is_2_530_000(self):
        assert base_salary_on(base_salaries(), date(2026, 7, 1)).amount_vnd == 2_530_000

    @pytest.mark.parametrize(("day", "amount"), [(date(2024, 7, 1), 2_340_000), (date(2024, 6, 30), 1_800_000),
                                                 (date(2023, 7, 1), 1_800_000), (date(2019, 7, 1), 1_490_000)])
    def test_each_month_takes_the_latest_row_started_by_its_first_day(self, day, amount):
        assert base_salary_on(base_salaries(), day).amount_vnd == amount


class TestR06CareerLevels:
    @pytest.mark.parametrize(("group", "level"), [("B", 1), ("A0", 2), ("A1", 3), ("A2.1", 4), ("A2.2", 4),
                                                  ("A3.1", 5), ("A3.2", 5)])
    def test_public_employees_move_from_their_group_to_a_career_level(self, group, level):
        levels = reference.career_levels(items("vien_chuc_career_levels"))
        assert career_level_for_group(levels, group) == level


class TestR07Replacement:
    def test_promotion_to_a_higher_group_takes_the_lowest_step_not_below_and_restarts_the_clock(self):
        placed = re_place(grades(), old_group="A1", old_table="bang2_cong_chuc", old_step=4,
                          old_step_start=date(2024, 3, 1), new_group="A2.1", new_table="bang2_cong_chuc",
                          placed_on=date(2026, 1, 1))
        assert (placed.step, placed.coefficient, placed.clock_from) == (1, Decimal("4.40"), date(2026, 1, 1))

    def test_a2_2_into_a2_1_with_a_small_increase_keeps_the_time_on_the_old_step(self):
        placed = re_place(grades(), old_group="A2.2", old_table="bang3_vien_chuc", old_step=3,
                          old_step_start=date(2025, 2, 1), new_group="A2.1", new_table="bang3_vien_chuc",
                          placed_on=date(2027, 1, 1))
        assert (placed.step, placed.coefficient, placed.clock_from) == (2, Decimal("4.74"), date(2025, 2, 1))


class TestR16InitialPlacement:
    @pytest.mark.parametrize(("group", "qualification", "step", "coefficient"), [
        ("A1", "DH", 1, "2.34"), ("A1", "ThS", 2, "2.67"), ("A1", "TS", 3, "3.00"), ("B", "CD", 2, "2.06"),
        ("B", "TC", 1, "1.86")])
    def test_a_higher_qualification_places_a_recruit_on_a_higher_step(self, group, qualification, step, coefficient):
        got = initial_step(rule_data().placements, group=group, qualification=qualification, on=date(2026, 9, 1))
        assert got == step
        assert grades().step(group, got).coefficient == Decimal(coefficient)
