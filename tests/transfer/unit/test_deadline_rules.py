"""Which deadline rule applies (pure): the one in force on the obligation's own triggering date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from common.workdays import WorkCalendar
from transfer.deadlines import rules


@dataclass
class Rule:
    obligation: str
    working_days: int
    valid_from: date
    valid_to: date | None
    legal_basis: str


RULES = [
    Rule("new_record", 10, date(2020, 8, 1), None, "QĐ 16/2020"),
    Rule("electronic_dossier", 5, date(2020, 8, 1), date(2026, 6, 30), "TT 06/2023"),
    Rule("electronic_dossier", 3, date(2026, 7, 1), None, "NĐ 27/2026"),
]


def test_an_obligation_is_measured_by_the_rule_in_force_on_its_own_date():
    assert rules.rule_in_force(RULES, "electronic_dossier", date(2026, 6, 30)).working_days == 5
    assert rules.rule_in_force(RULES, "electronic_dossier", date(2026, 7, 1)).working_days == 3


def test_before_any_rule_there_is_no_deadline():
    assert rules.rule_in_force(RULES, "new_record", date(2019, 1, 1)) is None
    assert rules.due(WorkCalendar(), RULES, "status_change", date(2026, 1, 5)) is None


def test_the_due_date_counts_working_days_from_the_day_after():
    due = rules.due(WorkCalendar(), RULES, "electronic_dossier", date(2026, 7, 3))  # a Friday
    assert (due.due_on, due.working_days, due.legal_basis) == (date(2026, 7, 8), 3, "NĐ 27/2026")


def test_an_obligation_is_announced_two_working_days_before_it_falls_due_and_once_overdue():
    cal = WorkCalendar()
    due = date(2026, 12, 9)  # a Wednesday
    assert rules.alert_threshold(due, date(2026, 12, 4), cal) is None  # Friday: 3 working days away
    assert rules.alert_threshold(due, date(2026, 12, 7), cal) == "approaching"  # Monday: 2 working days
    assert rules.alert_threshold(due, date(2026, 12, 9), cal) == "approaching"  # the day itself
    assert rules.alert_threshold(due, date(2026, 12, 10), cal) == "overdue"


def test_the_weekend_does_not_count_towards_the_two_working_days():
    # Due Tuesday: on the Friday before, Monday and Tuesday are the two working days left.
    assert rules.alert_threshold(date(2026, 12, 8), date(2026, 12, 4), WorkCalendar()) == "approaching"
    assert rules.alert_threshold(date(2026, 12, 8), date(2026, 12, 3), WorkCalendar()) is None
