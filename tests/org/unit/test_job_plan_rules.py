"""The rules of a unit's job-position plan, without a database: what a new version may hold, which version
is in force on a day, and the counts' own checks."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from org.errors import MESSAGES
from org.job_plans import rules
from org.job_plans.rules import PositionFacts, VersionFacts
from org.job_plans.schemas import PlanCreate, PlanLineIn

EST = date(2025, 3, 1)
POSITIONS = {
    "CV": PositionFacts("CV", date(2025, 3, 1), None),
    "TT": PositionFacts("TT", date(2025, 3, 1), date(2025, 9, 30), active=False),  # retired on 30/09/2025
    "NEW": PositionFacts("NEW", date(2026, 1, 1), None),
    "OFF": PositionFacts("OFF", None, None, active=False),  # deactivated without a date
    "ANY": PositionFacts("ANY", None, None),  # no dates: in force while active
}


def codes(problems: list[rules.Problem]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in problems]


def check(on: date, lines: list[tuple[str, int]], dissolved: date | None = None) -> list[tuple[str, str]]:
    return codes(rules.check_plan(effective_on=on, established_on=EST, dissolved_on=dissolved, lines=lines,
                                  positions=POSITIONS))


class TestANewVersion:
    def test_positions_in_force_on_its_date_are_accepted(self) -> None:
        assert check(date(2025, 9, 30), [("CV", 5), ("TT", 2)]) == []

    def test_a_position_retired_before_the_plans_date_is_refused(self) -> None:
        assert check(date(2025, 10, 1), [("CV", 5), ("TT", 2)]) == [("items.1.position_code",
                                                                   "job_plan.position_not_in_force")]

    def test_a_position_not_yet_in_force_is_refused(self) -> None:
        assert check(date(2025, 12, 31), [("NEW", 1)]) == [("items.0.position_code", "job_plan.position_not_in_force")]
        assert check(date(2026, 1, 1), [("NEW", 1)]) == []

    def test_a_deactivated_position_without_a_date_is_refused(self) -> None:
        assert check(date(2026, 1, 1), [("OFF", 1)]) == [("items.0.position_code", "job_plan.position_not_in_force")]

    def test_an_unknown_code_is_refused(self) -> None:
        assert check(date(2026, 1, 1), [("XX", 1)]) == [("items.0.position_code", "job_plan.unknown_position")]

    def test_a_code_named_twice_is_refused_once(self) -> None:
        assert check(date(2026, 1, 1), [("CV", 1), ("CV", 2), ("CV", 3)]) == [
            ("items.1.position_code", "job_plan.duplicate_position"),
            ("items.2.position_code", "job_plan.duplicate_position")]

    def test_a_plan_dated_before_the_unit_existed_is_refused(self) -> None:
        assert check(date(2025, 2, 28), [("ANY", 1)]) == [("effective_on", "job_plan.before_unit")]

    def test_a_plan_dated_after_the_unit_was_dissolved_is_refused(self) -> None:
        assert check(date(2026, 2, 1), [("ANY", 1)], dissolved=date(2026, 1, 1)) == [
            ("effective_on", "job_plan.after_unit")]

    def test_an_empty_plan_is_refused(self) -> None:
        assert check(date(2026, 1, 1), []) == [("items", "job_plan.empty")]

    def test_every_code_has_its_vietnamese_words(self) -> None:
        for code in ("job_plan.before_unit", "job_plan.after_unit", "job_plan.empty", "job_plan.duplicate_position",
                     "job_plan.unknown_position", "job_plan.position_not_in_force", "job_plan.posts_whole_number",
                     "job_plan.posts_negative", "job_plan.none", "job_plan.duplicate_decision"):
            assert code in MESSAGES


class TestTheCounts:
    @pytest.mark.parametrize("posts", [0, 3, 3.0, "4"])
    def test_whole_numbers_not_below_zero_are_accepted(self, posts: object) -> None:
        assert PlanLineIn(position_code="CV", posts=posts).posts == int(float(str(posts)))  # type: ignore[arg-type]

    @pytest.mark.parametrize(("posts", "code"), [(-1, "job_plan.posts_negative"), (2.5, "job_plan.posts_whole_number"),
                                                 ("hai", "job_plan.posts_whole_number"),
                                                 (True, "job_plan.posts_whole_number"),
                                                 (None, "job_plan.posts_whole_number")])
    def test_negative_or_fractional_counts_are_refused(self, posts: object, code: str) -> None:
        with pytest.raises(ValidationError) as exc:
            PlanLineIn(position_code="CV", posts=posts)  # type: ignore[arg-type]
        assert str(exc.value.errors()[0]["ctx"]["error"]) == code

    def test_a_plan_cannot_begin_before_its_decision(self) -> None:
        with pytest.raises(ValidationError) as exc:
            PlanCreate(decision_number="1/QĐ", decision_date=date(2026, 2, 1), issuer="UBND tỉnh",
                       effective_on=date(2026, 1, 1), items=[])
        assert str(exc.value.errors()[0]["ctx"]["error"]) == "job_plan.effective_before_decision"


class TestTheVersionInForce:
    V = [VersionFacts(1, date(2025, 4, 1), "approved"), VersionFacts(2, date(2025, 10, 1), "approved"),
         VersionFacts(3, date(2026, 1, 1), "submitted"), VersionFacts(4, date(2025, 10, 1), "rejected")]

    def test_the_latest_approved_version_begun_on_the_day(self) -> None:
        assert rules.current_version(self.V, date(2025, 9, 30)) == 1
        assert rules.current_version(self.V, date(2025, 10, 1)) == 2
        assert rules.current_version(self.V, date(2026, 6, 1)) == 2  # version 3 is not decided yet

    def test_none_before_the_first(self) -> None:
        assert rules.current_version(self.V, date(2025, 3, 31)) is None

    def test_of_two_beginning_the_same_day_the_later_entered(self) -> None:
        v = [*self.V, VersionFacts(5, date(2025, 10, 1), "approved")]
        assert rules.current_version(v, date(2025, 11, 1)) == 5
