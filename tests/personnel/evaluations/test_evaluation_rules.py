"""R-40..R-43 as pure rules (evaluations.rules with the dated data of evaluations/data): the levels a score
reaches, the rules in force by year and staff group, the quota on the top level, the head not above the unit,
people under 6 months not rated, the closing date, and two consecutive poor years."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from personnel.careers.rules import RuleNotInForce
from personnel.evaluations import rules
from personnel.evaluations.reference import evaluation_data
from personnel.evaluations.rules import COMPLETED, EXCELLENT, GOOD, LIMITED, NOT_COMPLETED, NOT_RATED, Entry

DATA = evaluation_data()


def rule(category: str, year: int) -> rules.EvaluationRule:
    return rules.rule_for(DATA.rules, staff_category=category, year=year)


def entry(rating: str | None, *, score: str | None = None, category: str = "civil_servant", months: int = 12,
          head: bool = False, forced: bool = False, leave: bool = False) -> Entry:
    return Entry(uuid.uuid4(), category, rating, Decimal(score) if score is not None else None, months, leave, head,
                 forced)


def codes(issues: list[rules.Issue]) -> list[str]:
    return [i.code for i in issues]


class TestR40LevelsAndScoring:
    @pytest.mark.parametrize(("score", "level"), [
        ("100", EXCELLENT), ("90", EXCELLENT), ("89.99", GOOD), ("70", GOOD), ("69.5", COMPLETED), ("50", COMPLETED),
        ("49.99", NOT_COMPLETED), ("0", NOT_COMPLETED)])
    def test_a_score_gives_its_level_at_90_70_and_50(self, score, level):
        assert rules.level_of_score(Decimal(score)) == level

    def test_civil_servants_are_rated_by_levels_of_decree_90_until_2025_and_by_points_from_2026(self):
        assert (rule("civil_servant", 2025).scheme, rule("civil_servant", 2026).scheme) == ("levels", "points")
        assert "90/2020" in rule("civil_servant", 2025).legal_basis
        assert "335/2025" in rule("civil_servant", 2026).legal_basis and rule("civil_servant", 2026).score_required

    def test_cadres_follow_the_civil_servants(self):
        assert rule("cadre", 2026) == rule("civil_servant", 2026)

    def test_public_employees_use_points_from_2026_07_01_with_the_old_criteria_allowed_in_the_end_2026_round(self):
        r2026, r2027 = rule("public_employee", 2026), rule("public_employee", 2027)
        assert (r2026.scheme, r2026.score_required, r2026.valid_from) == ("points", False, date(2026, 7, 1))
        assert "233/2026" in r2026.legal_basis
        assert (r2027.scheme, r2027.score_required) == ("points", True)
        assert rule("public_employee", 2025).scheme == "levels"

    def test_the_legacy_level_with_limited_capacity_exists_only_before_decree_90(self):
        assert LIMITED in rule("civil_servant", 2019).levels
        assert LIMITED not in rule("civil_servant", 2020).levels
        assert codes(rules.check_entry(rule("civil_servant", 2021), entry(LIMITED))) == [
            "evaluation.level_not_in_force"]
        assert rules.check_entry(rule("civil_servant", 2018), entry(LIMITED)) == []

    def test_a_year_no_rule_covers_is_refused_not_guessed(self):
        with pytest.raises(RuleNotInForce):
            rule("civil_servant", 2010)

    def test_under_points_the_level_may_not_exceed_the_score_but_may_be_lower(self):
        r = rule("civil_servant", 2026)
        assert codes(rules.check_entry(r, entry(EXCELLENT, score="85"))) == ["evaluation.rating_above_score"]
        assert rules.check_entry(r, entry(GOOD, score="92")) == []  # the quota pushed them down
        assert rules.check_entry(r, entry(GOOD, score="70")) == []

    def test_under_points_the_score_is_required_at_submission_only(self):
        r = rule("civil_servant", 2026)
        assert rules.check_entry(r, entry(GOOD)) == []
        assert codes(rules.check_entry(r, entry(GOOD), complete=True)) == ["evaluation.score_required"]
        # the end-2026 round of a public service unit may still rate by the old criteria, without points
        assert rules.check_entry(rule("public_employee", 2026), entry(GOOD, category="public_employee"),
                                 complete=True) == []

    def test_a_forcing_event_means_not_completed_whatever_the_score(self):
        r = rule("civil_servant", 2026)
        assert rules.check_entry(r, entry(NOT_COMPLETED, score="95", forced=True), complete=True) == []
        assert codes(rules.check_entry(r, entry(GOOD, score="95", forced=True))) == ["evaluation.forced_not_completed"]

    def test_a_score_above_100_is_refused(self):
        assert codes(rules.check_entry(rule("civil_servant", 2026), entry(GOOD, score="101"))) == [
            "evaluation.score_out_of_range"]


class TestR41QuotaAndSpecialCases:
    @pytest.mark.parametrize(("good", "percent", "allowed"), [(10, 20, 2), (9, 20, 1), (4, 20, 0), (5, 20, 1),
                                                               (8, 25, 2), (12, 25, 3), (0, 20, 0)])
    def test_excellent_is_at_most_20_or_25_percent_of_those_rated_good_never_rounded_up(self, good, percent, allowed):
        assert rules.quota_allowed(good, percent) == allowed

    def test_25_percent_where_the_unit_itself_is_rated_excellent(self):
        assert rules.quota_percent(DATA.params, 2026, unit_rating=GOOD) == 20
        assert rules.quota_percent(DATA.params, 2026, unit_rating=EXCELLENT) == 25
        assert rules.quota_percent(DATA.params, 2026, unit_rating=None) == 20

    def _unit(self, excellent: int, good: int, **kw) -> list[Entry]:  # type: ignore[no-untyped-def]
        return [entry(EXCELLENT, **kw) for _ in range(excellent)] + [entry(GOOD, **kw) for _ in range(good)]

    def _check(self, entries: list[Entry], unit_rating: str | None, year: int = 2025) -> list[str]:
        rule_of = {e.person_id: rule(e.staff_category or "civil_servant", year) for e in entries}
        percent = rules.quota_percent(DATA.params, year, unit_rating=unit_rating)
        return codes(rules.check_list(rule_of, entries, unit_rating=unit_rating, percent=percent))

    def test_two_excellent_among_ten_good_pass_three_are_refused(self):
        assert self._check(self._unit(2, 10), GOOD) == []
        assert self._check(self._unit(3, 10), GOOD) == ["evaluation.quota_exceeded"]

    def test_three_excellent_among_twelve_good_pass_only_in_an_excellent_unit(self):
        assert self._check(self._unit(3, 12), GOOD) == ["evaluation.quota_exceeded"]
        assert self._check(self._unit(3, 12), EXCELLENT) == []

    def test_the_quota_is_counted_per_task_group(self):
        mixed = self._unit(1, 5) + self._unit(1, 5, category="public_employee")
        quotas = rules.quotas(mixed, percent=20)
        assert [(q.task_group, q.good, q.excellent, q.allowed) for q in quotas] == [("cb_cc", 5, 1, 1), ("vc", 5, 1, 1)]
        assert self._check(mixed, GOOD) == []

    def test_the_head_cannot_be_rated_above_the_unit(self):
        head = entry(EXCELLENT, head=True)
        people = [head] + [entry(GOOD) for _ in range(10)]
        assert self._check(people, GOOD) == ["evaluation.head_above_unit"]
        assert self._check(people, EXCELLENT) == []
        people[0] = entry(GOOD, head=True)
        assert self._check(people, GOOD) == []

    def test_a_head_needs_the_units_rating_at_submission(self):
        head = entry(GOOD, head=True)
        rule_of = {head.person_id: rule("civil_servant", 2025)}
        assert codes(rules.check_list(rule_of, [head], unit_rating=None, percent=20, complete=True)) == [
            "evaluation.unit_rating_required"]

    @pytest.mark.parametrize(("started", "months"), [
        (date(2026, 7, 1), 6), (date(2026, 7, 2), 5), (date(2026, 1, 1), 12), (date(2020, 5, 1), 12),
        (date(2026, 12, 15), 0), (date(2027, 1, 1), 0)])
    def test_months_of_work_in_the_year(self, started, months):
        assert rules.months_worked(2026, started_on=started) == months

    def test_under_six_months_is_not_rated_unless_on_leave_rated_on_actual_time(self):
        r = rule("public_employee", 2025)
        assert rules.check_entry(r, entry(NOT_RATED, months=5)) == []
        assert codes(rules.check_entry(r, entry(GOOD, months=5))) == ["evaluation.under_six_months"]
        assert rules.check_entry(r, entry(GOOD, months=5, leave=True)) == []  # maternity, sick, unpaid leave
        assert codes(rules.check_entry(r, entry(NOT_RATED, months=6))) == ["evaluation.must_be_rated"]


class TestR42Timing:
    def test_the_round_closes_on_15_december_or_15_january_next_year_for_a_special_year_end(self):
        assert rules.closing_date(DATA.params, 2026) == date(2026, 12, 15)
        assert rules.closing_date(DATA.params, 2026, special_year_end=True) == date(2027, 1, 15)


class TestR43Consequences:
    def test_two_consecutive_years_not_completed_flag_the_procedure_of_the_persons_group(self):
        ratings = {2024: GOOD, 2025: NOT_COMPLETED, 2026: NOT_COMPLETED}
        assert rules.consecutive_poor(ratings, 2026)
        assert rules.poor_flag(ratings, "civil_servant") == rules.Flag((2025, 2026), "termination")
        assert rules.poor_flag(ratings, "cadre") == rules.Flag((2025, 2026), "dismissal_from_post")
        assert rules.poor_flag(ratings, "public_employee") == rules.Flag((2025, 2026), "contract_termination")

    def test_one_poor_year_or_two_apart_flag_nothing(self):
        assert rules.poor_flag({2025: NOT_COMPLETED}, "civil_servant") is None
        assert rules.poor_flag({2024: NOT_COMPLETED, 2025: COMPLETED, 2026: NOT_COMPLETED}, "civil_servant") is None
        assert rules.poor_flag({2024: NOT_COMPLETED, 2026: NOT_COMPLETED}, "civil_servant") is None

    def test_an_older_pair_followed_by_a_better_year_is_no_longer_flagged(self):
        assert rules.poor_flag({2023: NOT_COMPLETED, 2024: NOT_COMPLETED, 2025: GOOD}, "civil_servant") is None

    def test_the_years_rating_replaces_its_row_keeping_the_title_or_is_added_in_year_order(self):
        rows = [{"year": 2026, "rating": None, "emulation_title": "LDTT"}, {"year": 2024, "rating": GOOD}]
        assert rules.with_rating(rows, 2026, NOT_COMPLETED) == [
            {"year": 2024, "rating": GOOD}, {"year": 2026, "rating": NOT_COMPLETED, "emulation_title": "LDTT"}]
        assert rules.with_rating(rows, 2025, GOOD)[1] == {"year": 2025, "rating": GOOD}

    def test_a_poor_year_adds_6_months_to_the_raise_clock(self):
        # R-43 -> R-12: the career clock reads the record's evaluations (careers.rules.extensions).
        from personnel.careers.reference import rule_data
        from personnel.careers.rules import Rating, holding_period_due

        due = holding_period_due(start=date(2025, 1, 1), period_months=36, staff_category="civil_servant",
                                 extension_table=rule_data().extensions, ratings=[Rating(2026, NOT_COMPLETED)])
        assert (due.due_on, due.extension_months) == (date(2028, 7, 1), 6)
