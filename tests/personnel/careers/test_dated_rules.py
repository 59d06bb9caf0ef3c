"""The career rules are dated data with their legal basis: each case is judged by the row in force on its
own date, a newer row changes only the cases from its start, and no two rows of one rule overlap."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import replace
from datetime import date

import pytest

from personnel.careers.reference import DATA_DIR, rule_data
from personnel.careers.rules import (
    Parameter,
    Parameters,
    RuleNotInForce,
    appointment_term,
    ascii_digits,
    covers,
    retirement,
)

from .shared_catalogs import ages

P = rule_data().params


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("name", sorted(p.name for p in DATA_DIR.glob("*.csv")))
def test_every_row_of_every_rule_file_has_a_start_and_a_legal_basis(name):
    rows = _rows(name)
    assert rows
    for row in rows:
        assert row["legal_basis"].strip(), row
        assert date.fromisoformat(row.get("valid_from") or row.get("decided_from") or ""), row
        assert row.get("confidence", "high") in ("high", "medium", "verify"), row


def test_no_two_rows_of_one_rule_are_in_force_on_the_same_day():
    groups: dict[tuple[str, ...], list] = defaultdict(list)
    for p in P.rows:
        groups[(p.key,)].append(p)
    for e in rule_data().extensions:
        groups[(e.event, e.applies_to)].append(e)
    for a in rule_data().awards:
        groups[(a.code,)].append(a)
    for key, rows in groups.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                assert not (covers(a, b.valid_from) or covers(b, a.valid_from)), key


def test_a_newer_row_changes_only_the_cases_from_its_start():
    closed = tuple(replace(r, valid_to=date(2029, 12, 31)) if r.key == "retirement.notice_months"
                   and r.valid_to is None else r for r in P.rows)
    newer = Parameters((*closed, Parameter("R-21", "retirement.notice_months", "9", date(2030, 1, 1), None,
                                           "a future decree", "verify")))
    before = retirement(gender="1", birth_date=date(1967, 8, 1), ages=ages(), params=newer)  # retires 2029-08-31
    after = retirement(gender="1", birth_date=date(1968, 8, 1), ages=ages(), params=newer)  # retires 2030-08-31
    assert (before.retirement_date, before.notice_due) == (date(2029, 8, 31), date(2029, 2, 28))
    assert (after.retirement_date, after.notice_due) == (date(2030, 8, 31), date(2029, 11, 30))
    assert "a future decree" in after.legal_basis and "a future decree" not in before.legal_basis


def test_the_latest_started_row_wins_where_validity_is_left_open():
    newer = Parameters((*P.rows, Parameter("R-31", "appointment.procedure_days", "120", date(2027, 1, 1), None,
                                           "a future decree", "verify")))
    assert appointment_term(date(2026, 12, 31), newer).procedure_start_by == date(2031, 10, 1)  # 90 days
    assert appointment_term(date(2027, 1, 1), newer).procedure_start_by == date(2031, 9, 2)  # 120 days


def test_a_day_no_row_covers_is_refused_not_guessed():
    with pytest.raises(RuleNotInForce) as caught:
        P.get("beyond_frame.first_percent", date(2004, 9, 30))
    assert (caught.value.key, caught.value.on) == ("beyond_frame.first_percent", date(2004, 9, 30))


@pytest.mark.parametrize(("text", "length", "ok"), [
    ("0812345678", 10, True), ("081234567", 10, False), ("０８１２３４５６７８", 10, False),
    ("٠٨١٢٣٤٥٦٧٨", 10, False), ("۰۸۱۲۳۴۵۶۷۸", 10, False), ("12", None, True), ("1٢", None, False), ("", None, False)])
def test_only_ascii_digits_are_digits(text, length, ok):
    assert ascii_digits(text, length) is ok
