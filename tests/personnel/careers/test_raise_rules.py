"""Step raises (rules.md R-10..R-15): the regular period, time that does not count on the project's
working-day calendar, extensions judged by the rule in force on each event's date, early raises for
achievement and before retirement, and seniority beyond the frame."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from personnel.careers.reference import rule_data
from personnel.careers.rules import (
    Achievement,
    Penalty,
    Period,
    Rating,
    base_salary_on,
    beyond_frame_amount,
    beyond_frame_applies,
    beyond_frame_first,
    beyond_frame_next,
    beyond_frame_percent_on,
    beyond_frame_schedule,
    early_raise,
    early_raise_quota,
    extensions,
    holding_period_due,
    monthly_amount,
    months_of,
    next_raise_date,
    non_counted,
    pre_retirement_raise,
    within_quota,
)

from .shared_catalogs import base_salaries, grades, work_calendar

P = rule_data().params
EXT = rule_data().extensions
AWARDS = rule_data().awards


class TestR10RegularRaise:
    def test_chuyen_vien_step_3_from_july_2023_reaches_step_4_on_july_1_2026_earning_8_424_900(self):
        due = holding_period_due(start=date(2023, 7, 1), period_months=grades().raise_period("A1"),
                                 staff_category="civil_servant", extension_table=EXT)
        assert due.due_on == date(2026, 7, 1)
        step4 = grades().step("A1", 4)
        assert step4.coefficient == Decimal("3.33")
        assert monthly_amount(step4.coefficient, base_salary_on(base_salaries(), due.due_on).amount_vnd) == 8_424_900

    def test_b_group_waits_24_months(self):
        assert next_raise_date(date(2024, 1, 31), grades().raise_period("B")) == date(2026, 1, 31)

    def test_extension_and_non_counted_months_add_to_the_period(self):
        assert next_raise_date(date(2023, 7, 1), 36, extension_months=6, non_counted_months=2) == date(2027, 3, 1)

    def test_a_step_started_on_the_31st_ends_on_the_last_day_of_a_shorter_month(self):
        assert next_raise_date(date(2023, 8, 31), 36, extension_months=6) == date(2027, 2, 28)


class TestR11NonCountedTime:
    def test_one_month_and_10_working_days_delay_one_month(self):
        assert months_of(1, 10, P, date(2026, 1, 1)) == 1

    def test_one_month_and_11_working_days_delay_two_months(self):
        assert months_of(1, 11, P, date(2026, 1, 1)) == 2

    def test_10_working_days_alone_delay_nothing(self):
        assert months_of(0, 10, P, date(2026, 1, 1)) == 0

    def test_leave_of_one_month_and_10_working_days_on_the_calendar_delays_one_month(self):
        # 2026-03-02 .. 04-01 is a whole month; 04-02 .. 04-15 holds 10 working days.
        got = non_counted([Period(date(2026, 3, 2), date(2026, 4, 15))], work_calendar(), P, date(2026, 1, 1))
        assert (got.whole_months, got.leftover_working_days, got.months) == (1, 10, 1)

    def test_leave_one_working_day_longer_delays_two_months(self):
        got = non_counted([Period(date(2026, 3, 2), date(2026, 4, 16))], work_calendar(), P, date(2026, 1, 1))
        assert (got.whole_months, got.leftover_working_days, got.months) == (1, 11, 2)

    def test_holidays_and_weekends_are_not_working_days_of_the_leftover(self):
        # 2026-04-20 .. 05-08 is 19 days but only 11 working days (26/4 Sun, 27/4 substitute, 30/4, 1/5 off).
        got = non_counted([Period(date(2026, 4, 20), date(2026, 5, 8))], work_calendar(), P, date(2026, 1, 1))
        assert (got.whole_months, got.leftover_working_days, got.months) == (0, 12, 1)
        got = non_counted([Period(date(2026, 4, 21), date(2026, 5, 6))], work_calendar(), P, date(2026, 1, 1))
        assert (got.leftover_working_days, got.months) == (9, 0)

    def test_a_make_up_saturday_is_a_working_day(self):
        # 2026-08-22 is a make-up working Saturday; 2026-08-31 and 09-01/02 are days off.
        assert work_calendar().is_working_day(date(2026, 8, 22))
        assert not work_calendar().is_working_day(date(2026, 8, 31))
        assert not work_calendar().is_working_day(date(2026, 11, 24))

    def test_leftovers_of_separate_periods_are_pooled(self):
        periods = [Period(date(2026, 3, 2), date(2026, 3, 9)), Period(date(2026, 6, 1), date(2026, 6, 3))]
        got = non_counted(periods, work_calendar(), P, date(2026, 1, 1))
        assert (got.leftover_working_days, got.months) == (9, 0)
        periods.append(Period(date(2026, 6, 8), date(2026, 6, 9)))
        assert non_counted(periods, work_calendar(), P, date(2026, 1, 1)).months == 1

    def test_unpaid_leave_inside_the_holding_period_delays_the_raise(self):
        due = holding_period_due(start=date(2023, 7, 1), period_months=36, staff_category="civil_servant",
                                 extension_table=EXT, non_counted_periods=[Period(date(2026, 3, 2), date(2026, 4, 16))],
                                 calendar=work_calendar(), params=P)
        assert (due.non_counted_months, due.due_on) == (2, date(2026, 9, 1))


class TestR12Extensions:
    def test_a_civil_servant_with_a_reprimand_and_a_poor_year_is_extended_12_months(self):
        got = extensions(EXT, staff_category="civil_servant", ratings=[Rating(2022, "KHTNV")],
                         penalties=[Penalty("KHIEN_TRACH", date(2023, 5, 10))],
                         start=date(2021, 7, 1), end=date(2024, 7, 1))
        assert got.months == 12
        assert [e.event for e in got.items] == ["poor_rating", "reprimand"]

    def test_a_public_employee_reprimand_extends_3_months_a_civil_servant_6(self):
        vc = extensions(EXT, staff_category="public_employee", penalties=[Penalty("VC_KHIEN_TRACH", date(2023, 5, 10))],
                        start=date(2021, 7, 1), end=date(2024, 7, 1))
        cc = extensions(EXT, staff_category="civil_servant", penalties=[Penalty("KHIEN_TRACH", date(2023, 5, 10))],
                        start=date(2021, 7, 1), end=date(2024, 7, 1))
        assert (vc.months, cc.months) == (3, 6)

    @pytest.mark.parametrize(("form", "cc", "vc"), [("CANH_CAO", 6, 6), ("CACH_CHUC", 12, 12), ("GIANG_CHUC", 12, 0),
                                                    ("HA_BAC_LUONG", 12, 0)])
    def test_the_table_of_r12_until_june_2025(self, form, cc, vc):
        got = {cat: extensions(EXT, staff_category=cat, penalties=[Penalty(form, date(2024, 3, 1))],
                               start=date(2023, 1, 1), end=date(2026, 1, 1)).months
               for cat in ("civil_servant", "public_employee")}
        assert got == {"civil_servant": cc, "public_employee": vc}

    def test_demotion_decided_from_july_2025_has_no_rule_any_more_and_is_reported(self):
        got = extensions(EXT, staff_category="civil_servant", penalties=[Penalty("GIANG_CHUC", date(2025, 7, 1))],
                         start=date(2024, 1, 1), end=date(2027, 1, 1))
        assert got.months == 0 and [p.form for p in got.unmatched] == ["GIANG_CHUC"]
        before = extensions(EXT, staff_category="civil_servant", penalties=[Penalty("GIANG_CHUC", date(2025, 6, 30))],
                            start=date(2024, 1, 1), end=date(2027, 1, 1))
        assert before.months == 12

    def test_from_july_2025_a_civil_servants_penalty_year_also_counts_as_a_poor_year(self):
        got = extensions(EXT, staff_category="civil_servant", penalties=[Penalty("KHIEN_TRACH", date(2025, 9, 1))],
                         start=date(2024, 1, 1), end=date(2027, 1, 1))
        assert got.months == 12 and [e.event for e in got.items] == ["reprimand", "poor_rating"]
        rated = extensions(EXT, staff_category="civil_servant", ratings=[Rating(2025, "KHTNV")],
                           penalties=[Penalty("KHIEN_TRACH", date(2025, 9, 1))],
                           start=date(2024, 1, 1), end=date(2027, 1, 1))
        assert rated.months == 12  # the forced year and the recorded rating are the same year, counted once

    def test_a_public_employees_penalty_forces_the_poor_year_only_from_july_2026(self):
        def months(decided_on: date) -> int:
            return extensions(EXT, staff_category="public_employee", penalties=[Penalty("VC_CANH_CAO", decided_on)],
                              start=date(2024, 1, 1), end=date(2028, 1, 1)).months

        before, after = months(date(2026, 6, 30)), months(date(2026, 7, 1))
        assert (before, after) == (6, 12)

    def test_events_outside_the_holding_period_do_not_count(self):
        got = extensions(EXT, staff_category="civil_servant", ratings=[Rating(2020, "KHTNV"), Rating(2024, "KHTNV")],
                         penalties=[Penalty("CANH_CAO", date(2021, 6, 30))], start=date(2021, 7, 1),
                         end=date(2024, 7, 1))
        assert got.months == 0

    def test_an_extension_that_brings_a_later_poor_year_inside_the_period_extends_it_again(self):
        # Due 2024-07-01; a reprimand moves it to 2025-01-01, which brings the 2024 rating (31/12/2024) inside.
        due = holding_period_due(start=date(2021, 7, 1), period_months=36, staff_category="civil_servant",
                                 extension_table=EXT, ratings=[Rating(2024, "KHTNV")],
                                 penalties=[Penalty("KHIEN_TRACH", date(2023, 5, 10))])
        assert (due.extension_months, due.due_on) == (12, date(2025, 7, 1))


class TestR13EarlyRaiseForAchievement:
    def test_a1_step_4_since_march_2024_with_a_12_month_award_dates_from_march_2026(self):
        regular = next_raise_date(date(2024, 3, 1), 36)
        assert regular == date(2027, 3, 1)
        got = early_raise(regular_date=regular, review_year=2026, period_months=36, on_last_step=False,
                          standards_met=True, achievements=[Achievement("CSTD_TQ", date(2025, 11, 20))],
                          previous_was_early=False, award_rules=AWARDS, params=P)
        assert (got.eligible, got.months, got.new_date) == (True, 12, date(2026, 3, 1))
        # The next raise then counts from the new date.
        assert next_raise_date(got.new_date, 36) == date(2029, 3, 1)

    def test_the_best_unused_achievement_in_the_window_sets_the_months(self):
        got = early_raise(regular_date=date(2027, 3, 1), review_year=2026, period_months=36, on_last_step=False,
                          standards_met=True, previous_was_early=False, award_rules=AWARDS, params=P,
                          achievements=[Achievement("GIAY_KHEN", date(2024, 1, 5)),
                                        Achievement("BK_TINH", date(2025, 4, 1)),
                                        Achievement("BK_TTG", date(2023, 1, 1), used=True)])
        assert (got.months, got.new_date, got.achievement.code) == (6, date(2026, 9, 1), "BK_TINH")

    def test_lacking_more_than_12_months_on_december_31_is_not_eligible(self):
        got = early_raise(regular_date=date(2028, 1, 1), review_year=2026, period_months=36, on_last_step=False,
                          standards_met=True, achievements=[Achievement("CSTD_TQ", date(2025, 1, 1))],
                          previous_was_early=False, award_rules=AWARDS, params=P)
        assert not got.eligible and got.reasons == ("too_far",)

    def test_achievements_older_than_6_years_for_a_groups_and_4_years_for_b_groups_do_not_count(self):
        kwargs = dict(regular_date=date(2027, 3, 1), review_year=2026, on_last_step=False, standards_met=True,
                      previous_was_early=False, award_rules=AWARDS, params=P)
        in_six = [Achievement("BK_TINH", date(2021, 1, 1))]
        assert early_raise(period_months=36, achievements=in_six, **kwargs).eligible
        assert early_raise(period_months=36, achievements=[Achievement("BK_TINH", date(2020, 12, 31))],
                           **kwargs).reasons == ("no_achievement",)
        assert early_raise(period_months=24, achievements=in_six, **kwargs).reasons == ("no_achievement",)
        assert early_raise(period_months=24, achievements=[Achievement("BK_TINH", date(2023, 1, 1))], **kwargs).eligible

    def test_no_two_early_raises_in_a_row_and_none_on_the_last_step_or_without_the_standards(self):
        got = early_raise(regular_date=date(2027, 3, 1), review_year=2026, period_months=36, on_last_step=True,
                          standards_met=False, achievements=[Achievement("CSTD_TQ", date(2025, 1, 1))],
                          previous_was_early=True, award_rules=AWARDS, params=P)
        assert got.reasons == ("last_step", "standards_not_met", "previous_was_early")

    @pytest.mark.parametrize(("payroll", "places"), [(9, 0), (10, 1), (25, 2), (95, 9), (100, 10)])
    def test_quota_is_10_percent_of_the_payroll_rounded_down_by_default(self, payroll, places):
        assert early_raise_quota(payroll, 2026, P).places == places

    def test_the_remainder_carried_from_last_year_can_make_one_more_place(self):
        first = early_raise_quota(25, 2025, P)
        assert (first.places, first.remainder) == (2, Decimal("0.5"))
        assert early_raise_quota(25, 2026, P, carried=first.remainder).places == 3

    def test_only_the_ranked_candidates_within_the_quota_are_proposed(self):
        fit, out = within_quota(["a", "b", "c"], early_raise_quota(25, 2026, P))
        assert (fit, out) == (["a", "b"], ["c"])


class TestR14EarlyRaiseBeforeRetirement:
    def test_man_born_may_1966_due_november_2028_is_raised_from_november_2027(self):
        got = pre_retirement_raise(regular_date=date(2028, 11, 1), retirement_date=date(2028, 5, 31),
                                   notice_issued=True, standards_met=True, on_last_step=False, params=P)
        assert got == date(2027, 11, 1)

    @pytest.mark.parametrize(("regular", "notice"), [(date(2028, 5, 1), True), (date(2029, 6, 1), True),
                                                     (date(2028, 11, 1), False)])
    def test_not_when_due_before_retirement_more_than_12_months_after_or_without_notice(self, regular, notice):
        assert pre_retirement_raise(regular_date=regular, retirement_date=date(2028, 5, 31), notice_issued=notice,
                                    standards_met=True, on_last_step=False, params=P) is None


class TestR15BeyondFrame:
    def test_chuyen_vien_on_step_9_since_march_2020_reaches_8_percent_in_march_2026_worth_1_007_952(self):
        schedule = beyond_frame_schedule(last_step_since=date(2020, 3, 1), period_months=36,
                                         until=date(2026, 7, 1), params=P)
        assert [(s.on, s.percent) for s in schedule] == [(date(2023, 3, 1), 5), (date(2024, 3, 1), 6),
                                                         (date(2025, 3, 1), 7), (date(2026, 3, 1), 8)]
        percent = beyond_frame_percent_on(schedule, date(2026, 7, 1))
        last = grades().step("A1", grades().last_step("A1"))
        assert (last.step, last.coefficient) == (9, Decimal("4.98"))
        base = base_salary_on(base_salaries(), date(2026, 7, 1)).amount_vnd
        assert beyond_frame_amount(last.coefficient, percent, base) == 1_007_952

    def test_b_groups_start_after_24_months(self):
        first = beyond_frame_first(last_step_since=date(2020, 3, 1), period_months=grades().raise_period("B"),
                                   params=P)
        assert (first.on, first.percent) == (date(2022, 3, 1), 5)

    def test_extensions_and_non_counted_time_delay_the_next_percent(self):
        first = beyond_frame_first(last_step_since=date(2020, 3, 1), period_months=36, params=P, extension_months=6)
        assert first.on == date(2023, 9, 1)
        nxt = beyond_frame_next(first, params=P, non_counted_months=1)
        assert (nxt.on, nxt.percent) == (date(2024, 10, 1), 6)

    def test_there_is_no_cap(self):
        schedule = beyond_frame_schedule(last_step_since=date(2005, 1, 1), period_months=36, until=date(2030, 1, 1),
                                         params=P)
        assert (schedule[0].on, schedule[-1].on, schedule[-1].percent) == (date(2008, 1, 1), date(2030, 1, 1), 27)

    def test_not_for_senior_experts(self):
        assert not beyond_frame_applies("bang1_chuyen_gia_cao_cap", P, date(2026, 1, 1))
        assert beyond_frame_applies("bang2_cong_chuc", P, date(2026, 1, 1))
