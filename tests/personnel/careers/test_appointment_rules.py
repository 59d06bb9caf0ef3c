"""Appointment terms (rules.md R-30, R-31, R-32): the end of a term, when the reappointment procedure must
start, the warning and overdue marks, and the conditions of age."""

from __future__ import annotations

from datetime import date

import pytest

from personnel.careers.reference import rule_data
from personnel.careers.rules import (
    appointment_term,
    at_term_end,
    may_be_appointed,
    party_discipline_appointable_from,
    public_employee_ready_for_higher_post,
    retirement,
    term_end,
)

from .shared_catalogs import ages, work_calendar

P = rule_data().params


class TestR30Term:
    def test_a_term_lasts_five_years_less_one_day(self):
        assert term_end(date(2021, 10, 15), 5) == date(2026, 10, 14)

    def test_a_term_started_on_february_29_ends_on_february_28(self):
        assert appointment_term(date(2024, 2, 29), P).end == date(2029, 2, 28)

    def test_a_term_started_on_january_1_ends_on_december_31(self):
        assert appointment_term(date(2026, 1, 1), P).end == date(2030, 12, 31)


class TestR31Reappointment:
    def test_deputy_director_appointed_october_15_2021_must_start_the_procedure_by_july_16_2026(self):
        term = appointment_term(date(2021, 10, 15), P)
        assert (term.end, term.procedure_start_by) == (date(2026, 10, 14), date(2026, 7, 16))

    def test_the_dashboard_warns_from_120_days_before_the_end(self):
        assert appointment_term(date(2021, 10, 15), P).warn_from == date(2026, 6, 16)

    def test_the_decision_is_due_one_working_day_before_the_end(self):
        term = appointment_term(date(2021, 10, 15), P, work_calendar())
        assert term.decision_due_by == date(2026, 10, 13)  # Wednesday 14 -> Tuesday 13
        monday = appointment_term(date(2021, 10, 13), P, work_calendar())  # ends Monday 2026-10-12
        assert monday.decision_due_by == date(2026, 10, 9)

    def test_a_term_is_judged_by_the_rule_in_force_on_its_start(self):
        assert "138/2020" in appointment_term(date(2021, 10, 15), P).legal_basis
        assert "170/2025" in appointment_term(date(2025, 7, 1), P).legal_basis


class TestR32AgeConditions:
    def man(self, born: date):  # type: ignore[no-untyped-def]
        return retirement(gender="1", birth_date=born, ages=ages(), params=P).retirement_date

    def test_a_first_appointment_needs_the_full_five_years_before_retirement(self):
        last_day = self.man(date(1966, 5, 20))  # 2028-05-31
        assert may_be_appointed(completion_on=date(2023, 6, 1), retirement_date=last_day, params=P)
        assert not may_be_appointed(completion_on=date(2023, 6, 2), retirement_date=last_day, params=P)

    @pytest.mark.parametrize(("term_start", "path", "months"), [
        (date(2018, 6, 1), "reappoint", 60),  # the term ends 2023-05-31: exactly 5 years left, a full new term
        (date(2018, 6, 2), "until_retirement", 59),  # ends 2023-06-01: 4 years 11 months left
        (date(2022, 1, 1), "extend_until_retirement", 17),  # ends 2026-12-31: 17 months left
        (date(2020, 6, 1), "until_retirement", 36),  # ends 2025-05-31: 3 years left
    ])
    def test_at_the_end_of_a_term_the_service_left_decides_reappointment_or_extension(self, term_start, path,
                                                                                      months):
        last_day = self.man(date(1966, 5, 20))  # 2028-05-31
        got = at_term_end(end=appointment_term(term_start, P).end, retirement_date=last_day, params=P)
        assert (got.path, got.remaining_months) == (path, months)
        if path != "reappoint":
            assert got.new_term_end == last_day

    def test_a_public_employee_needs_24_months_in_post_before_a_higher_post_unless_first(self):
        on = date(2026, 1, 1)
        assert not public_employee_ready_for_higher_post(months_in_post=23, first_appointment=False, on=on, params=P)
        assert public_employee_ready_for_higher_post(months_in_post=24, first_appointment=False, on=on, params=P)
        assert public_employee_ready_for_higher_post(months_in_post=0, first_appointment=True, on=on, params=P)

    @pytest.mark.parametrize(("penalty", "earliest"), [("reprimand", date(2028, 1, 10)), ("warning", date(2029, 1, 10)),
                                                      ("dismissal", date(2031, 1, 10))])
    def test_party_discipline_delays_a_higher_post_by_24_36_or_60_months(self, penalty, earliest):
        assert party_discipline_appointable_from(penalty=penalty, decided_on=date(2026, 1, 10), params=P) == earliest

    def test_party_discipline_before_regulation_377_has_no_such_wait_here(self):
        assert party_discipline_appointable_from(penalty="warning", decided_on=date(2025, 1, 10), params=P) is None
