"""Retirement (rules.md R-20, R-21): the age schedule of the catalogs, the last day of work, the pension
start, the notice and decision dates, and a per-person override with its legal basis."""

from __future__ import annotations

from datetime import date

import pytest

from personnel.careers.reference import rule_data
from personnel.careers.rules import (
    GENDER_WORD,
    RetirementOverride,
    RuleNotInForce,
    month_end,
    retirement,
    retirement_month,
)

from .shared_catalogs import ages, items

P = rule_data().params
MAN, WOMAN = "1", "2"


class TestR20RetirementAge:
    @pytest.mark.parametrize(("gender", "born", "age", "last_day", "pension"), [
        (MAN, date(1961, 1, 15), (60, 3), date(2021, 4, 30), date(2021, 5, 1)),
        (MAN, date(1961, 10, 2), (60, 6), date(2022, 4, 30), date(2022, 5, 1)),
        (MAN, date(1966, 5, 20), (62, 0), date(2028, 5, 31), date(2028, 6, 1)),
        (WOMAN, date(1966, 8, 1), (55, 4), date(2021, 12, 31), date(2022, 1, 1)),
        (WOMAN, date(1966, 9, 30), (55, 8), date(2022, 5, 31), date(2022, 6, 1)),
        (WOMAN, date(1975, 5, 9), (60, 0), date(2035, 5, 31), date(2035, 6, 1)),
    ])
    def test_worked_examples_of_the_last_day_of_work_and_the_pension_start(self, gender, born, age, last_day,
                                                                            pension):
        for with_rows in (True, False):  # from the catalog's row of the birth month, and from the schedule alone
            got = retirement(gender=gender, birth_date=born, ages=ages(with_rows), params=P)
            assert (got.retirement_date, got.pension_from) == (last_day, pension)
            assert divmod(got.age_months, 12) == age
            assert got.source == ("catalog" if with_rows else "schedule")

    def test_the_schedule_by_year_reproduces_every_row_of_the_retirement_age_catalog(self):
        schedule = ages(with_birth_months=False)
        rows = items("retirement_age")
        assert len(rows) == 336
        for row in rows:
            a = row.attributes
            year, month = (int(x) for x in a["birth_month"].split("-"))
            gender = a["gender"]
            ry, rm, age = retirement_month(gender, date(year, month, 1), schedule)
            assert f"{ry:04d}-{rm:02d}" == a["retire_month"], row.code
            assert divmod(age, 12) == (int(a["retire_age_years"]), int(a["retire_age_months"])), row.code
            assert month_end(ry, rm).isoformat() == a["retire_date"], row.code
            got = retirement(gender=next(k for k, v in GENDER_WORD.items() if v == gender),
                             birth_date=date(year, month, 28), ages=schedule, params=P)
            assert got.pension_from.isoformat() == a["pension_start_date"], row.code

    def test_people_born_after_the_catalog_retire_at_62_and_60(self):
        man = retirement(gender=MAN, birth_date=date(1990, 2, 14), ages=ages(), params=P)
        woman = retirement(gender=WOMAN, birth_date=date(1990, 2, 14), ages=ages(), params=P)
        assert (man.retirement_date, man.source) == (date(2052, 2, 29), "schedule")
        assert woman.retirement_date == date(2050, 2, 28)

    def test_before_2021_men_retired_at_60_and_women_at_55(self):
        assert retirement(gender=MAN, birth_date=date(1958, 7, 3), ages=ages(), params=P).retirement_date == \
            date(2018, 7, 31)
        assert retirement(gender=WOMAN, birth_date=date(1963, 7, 3), ages=ages(), params=P).retirement_date == \
            date(2018, 7, 31)

    def test_an_override_with_its_legal_basis_replaces_the_statutory_date(self):
        early = RetirementOverride(date(2025, 5, 31), "early", "Nghị định 135/2020/NĐ-CP Điều 5 (vùng khó khăn)")
        got = retirement(gender=MAN, birth_date=date(1966, 5, 20), ages=ages(), params=P, override=early)
        assert (got.retirement_date, got.pension_from, got.source) == (date(2025, 5, 31), date(2025, 6, 1), "override")
        assert got.age_months is None and got.legal_basis.startswith("Nghị định 135/2020/NĐ-CP Điều 5")
        assert (got.notice_due, got.decision_due) == (date(2024, 11, 30), date(2025, 2, 28))

    def test_the_result_names_its_legal_basis(self):
        got = retirement(gender=MAN, birth_date=date(1966, 5, 20), ages=ages(), params=P)
        assert "Bộ luật Lao động 2019" in got.legal_basis and "170/2025/NĐ-CP" in got.legal_basis


class TestR21NoticeAndDecision:
    def test_man_born_may_1966_notice_by_november_30_2027_and_decision_by_february_29_2028(self):
        got = retirement(gender=MAN, birth_date=date(1966, 5, 1), ages=ages(), params=P)
        assert (got.notice_due, got.decision_due) == (date(2027, 11, 30), date(2028, 2, 29))

    def test_a_retirement_judged_under_decree_46_2010_has_the_same_six_and_three_months(self):
        got = retirement(gender=WOMAN, birth_date=date(1966, 9, 30), ages=ages(), params=P)
        assert (got.retirement_date, got.notice_due, got.decision_due) == (date(2022, 5, 31), date(2021, 11, 30),
                                                                            date(2022, 2, 28))
        assert "46/2010/NĐ-CP" in got.legal_basis

    def test_a_retirement_no_notice_rule_covers_is_not_guessed(self):
        with pytest.raises(RuleNotInForce):
            retirement(gender=MAN, birth_date=date(1945, 3, 1), ages=ages(), params=P)
