"""Rules R-60 and R-61 with the worked examples of shared/domain/rules.md and the real 2026 calendar."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from common.testing.stack import ROOT
from common.workdays import DayInfo, WorkCalendar

CALENDAR_CSV = Path(ROOT).parent / "shared/domain/catalogs/holiday_calendar_2024_2026.csv"


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    with CALENDAR_CSV.open(encoding="utf-8") as f:
        return WorkCalendar.from_overrides((date.fromisoformat(r["date"]), r["kind"], r["name_vi"])
                                           for r in csv.DictReader(f))


def test_r61_examples(calendar):
    assert calendar.is_working_day(date(2026, 8, 22))  # Saturday worked to make up for 31 August
    assert not calendar.is_working_day(date(2026, 8, 31))  # the swapped day off
    assert not calendar.is_working_day(date(2026, 11, 24))  # Vietnam Culture Day, from 2026


def test_weekends_and_ordinary_days(calendar):
    assert calendar.is_working_day(date(2026, 11, 26))  # a Thursday
    assert not calendar.is_working_day(date(2026, 11, 28))  # a Saturday


def test_counting_starts_the_day_after_and_skips_rest_days(calendar):
    # Decision effective Friday 2026-08-28; Monday 31/8 (swapped) and 1-2/9 (National Day) are off.
    assert calendar.add_working_days(date(2026, 8, 28), 1) == date(2026, 9, 3)
    assert calendar.add_working_days(date(2026, 8, 28), 2) == date(2026, 9, 4)
    # Across the make-up Saturday: Thursday 20/8 + 2 working days = Sat 22/8.
    assert calendar.add_working_days(date(2026, 8, 20), 2) == date(2026, 8, 22)
    assert calendar.add_working_days(date(2026, 11, 20), 10) == date(2026, 12, 7)
    assert calendar.add_working_days(date(2026, 11, 20), 0) == date(2026, 11, 20)


def test_working_days_between_matches_adding(calendar):
    start = date(2026, 8, 14)
    for n in (1, 2, 3, 5, 10):
        assert calendar.working_days_between(start, calendar.add_working_days(start, n)) == n


def test_years_without_overrides_use_the_statutory_holidays():
    bare = WorkCalendar()
    assert not bare.is_working_day(date(2027, 9, 2))  # National Day
    assert not bare.is_working_day(date(2027, 1, 1))
    assert bare.is_working_day(date(2027, 1, 4))
    assert bare.next_working_day(date(2027, 1, 2)) == date(2027, 1, 4)


def test_one_swapped_day_entered_for_a_year_keeps_that_years_other_holidays():
    one = WorkCalendar.from_overrides([(date(2027, 5, 3), "day_off", "Nghỉ bù 30/4")])
    assert not one.is_working_day(date(2027, 5, 3))
    assert not one.is_working_day(date(2027, 2, 8))  # Tết 2027 is still off
    assert not one.is_working_day(date(2027, 9, 2))


def test_a_decision_effective_the_friday_before_tet_2025_is_due_after_tet(calendar):
    assert calendar.add_working_days(date(2025, 1, 24), 2) == date(2025, 2, 4)


def test_each_day_says_why_it_is_or_is_not_worked(calendar):
    assert calendar.explain(date(2026, 8, 22)).reason == "make_up_day"
    off = calendar.explain(date(2026, 8, 31))
    assert (off.working_day, off.reason) == (False, "holiday") and off.name
    culture = calendar.explain(date(2026, 11, 24))
    assert (culture.working_day, culture.reason) == (False, "holiday")
    assert calendar.explain(date(2026, 11, 28)).reason == "weekend"
    assert calendar.explain(date(2026, 11, 26)).reason == "working_day"
    assert WorkCalendar().explain(date(2026, 2, 17)).name == "Tết Nguyên Đán"


def test_one_override_for_2027_keeps_tet_and_the_other_statutory_holidays():
    one = WorkCalendar.from_overrides([(date(2027, 4, 17), "working_day", "Làm bù")])
    assert one.explain(date(2027, 2, 8)) == DayInfo(date(2027, 2, 8), False, "holiday", "Mùng ba Tết Nguyên Đán")
    assert not one.is_working_day(date(2027, 1, 1)) and not one.is_working_day(date(2027, 11, 24))
    assert one.is_working_day(date(2027, 4, 17))  # the Saturday entered as worked


def test_the_announced_name_of_a_swapped_day_is_given_and_the_package_names_the_rest(calendar):
    assert calendar.explain(date(2026, 8, 31)).name == "Ngày nghỉ (thay cho ngày 22/08/2026)"
    assert calendar.explain(date(2026, 8, 22)) == DayInfo(date(2026, 8, 22), True, "make_up_day",
                                                          "làm bù cho ngày nghỉ 31/08/2026")
    assert WorkCalendar().explain(date(2027, 9, 2)).name == "Quốc khánh"


def test_a_statutory_holiday_entered_as_worked_is_a_make_up_day():
    worked = WorkCalendar.from_overrides([(date(2027, 11, 24), "working_day", None)])
    assert worked.is_working_day(date(2027, 11, 24))
    assert worked.explain(date(2027, 11, 24)).reason == "make_up_day"


def test_a_row_of_an_unknown_kind_changes_nothing():
    odd = WorkCalendar.from_overrides([(date(2027, 3, 13), "holiday"), (date(2027, 3, 15), "day-off")])
    assert not odd.is_working_day(date(2027, 3, 13))  # still a Saturday, not made a working day
    assert odd.is_working_day(date(2027, 3, 15))
