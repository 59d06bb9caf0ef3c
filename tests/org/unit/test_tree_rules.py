"""The rules of the dated tree, without a database."""

from __future__ import annotations

from datetime import date

import pytest

from common.errors import AppError
from org.errors import MESSAGES
from org.units import rules
from org.units.rules import Node, PersonMoveIn, Staff

D = date(2026, 1, 1)
TQ = Node("TQ", ("TQ",), established_on=date(1991, 10, 1), last_changed_on=date(1991, 10, 1))
SNV = Node("SNV", ("TQ", "SNV"), established_on=date(2025, 3, 1), last_changed_on=date(2025, 3, 1))
SNV_P = Node("SNV.P", ("TQ", "SNV", "SNV.P"), established_on=date(2025, 3, 1), last_changed_on=date(2025, 3, 1))
STP = Node("STP", ("TQ", "STP"), established_on=date(2025, 3, 1), last_changed_on=date(2025, 6, 1))


def code_of(exc: pytest.ExceptionInfo[AppError]) -> str:
    return exc.value.code



class TestMove:
    def test_under_own_descendant_is_a_cycle(self) -> None:
        with pytest.raises(AppError) as exc:
            rules.check_move(SNV, SNV_P, D)
        assert code_of(exc) == "move_cycle"
        assert "SNV" in exc.value.message("vi", MESSAGES) and "descendants" in exc.value.message("en", MESSAGES)

    def test_under_itself_is_a_cycle(self) -> None:
        with pytest.raises(AppError) as exc:
            rules.check_move(SNV, SNV, D)
        assert code_of(exc) == "move_cycle"

    def test_before_the_unit_existed_is_refused(self) -> None:
        with pytest.raises(AppError) as exc:
            rules.check_move(SNV_P, STP, date(2024, 1, 1))
        assert code_of(exc) == "effective_before_unit_existed"

    def test_before_the_latest_change_is_refused(self) -> None:
        with pytest.raises(AppError) as exc:
            rules.check_move(STP, SNV, date(2025, 5, 1))
        assert code_of(exc) == "effective_before_last_change"

    def test_sideways_move_is_allowed_and_rebases_paths(self) -> None:
        rules.check_move(SNV_P, STP, D)
        assert rules.rebase_path(("TQ", "SNV", "SNV.P", "X"), ("TQ", "SNV", "SNV.P"), ("TQ", "STP", "SNV.P")) == (
            "TQ", "STP", "SNV.P", "X")

    def test_under_a_dissolved_unit_is_refused(self) -> None:
        gone = Node("OLD", ("TQ", "OLD"), active=False)
        with pytest.raises(AppError) as exc:
            rules.check_move(SNV_P, gone, D)
        assert code_of(exc) == "unit_inactive"


class TestDissolve:
    def test_unit_with_staff_or_pending_transfers_is_refused(self) -> None:
        for staff in (Staff(staff=2), Staff(pending_transfers=1)):
            with pytest.raises(AppError) as exc:
                rules.check_dissolvable(SNV_P, D, [], staff)
            assert code_of(exc) == "unit_has_staff"

    def test_unit_with_active_children_is_refused(self) -> None:
        with pytest.raises(AppError) as exc:
            rules.check_dissolvable(SNV, D, ["SNV.P"], Staff())
        assert code_of(exc) == "unit_has_children"

    def test_empty_unit_may_be_dissolved(self) -> None:
        rules.check_dissolvable(SNV_P, D, [], Staff())


class TestMerge:
    def test_into_own_descendant_is_refused(self) -> None:
        with pytest.raises(AppError) as exc:
            rules.plan_merge(sources=[SNV, STP], target=SNV_P, target_is_new=False, effective_on=D,
                             children={}, staff={})
        assert code_of(exc) == "merge_into_descendant"

    def test_sources_children_and_staff_go_to_the_target(self) -> None:
        new = Node("SNVTP", ("TQ", "SNVTP"), established_on=D, last_changed_on=D)
        plan = rules.plan_merge(sources=[SNV, STP], target=new, target_is_new=True, effective_on=D,
                                children={"SNV": ["SNV.P"]}, staff={"SNV": Staff(staff=5)},
                                person_moves=[PersonMoveIn("p1", "SNV", "SNVTP")])
        assert plan.dissolve == ["SNV", "STP"]
        assert plan.child_moves == {"SNV.P": "SNVTP"}
        assert plan.default_moves == {"SNV": "SNVTP", "STP": "SNVTP"}

    def test_a_new_target_needs_two_sources(self) -> None:
        new = Node("N", ("TQ", "N"))
        with pytest.raises(AppError):
            rules.plan_merge(sources=[SNV], target=new, target_is_new=True, effective_on=D, children={}, staff={})

    def test_pending_transfers_block_the_merge(self) -> None:
        with pytest.raises(AppError) as exc:
            rules.plan_merge(sources=[STP], target=SNV, target_is_new=False, effective_on=D, children={},
                             staff={"STP": Staff(pending_transfers=1)})
        assert code_of(exc) == "unit_has_staff"

    def test_people_must_move_from_a_source_to_the_target(self) -> None:
        with pytest.raises(AppError):
            rules.plan_merge(sources=[STP], target=SNV, target_is_new=False, effective_on=D, children={},
                             staff={}, person_moves=[PersonMoveIn("p1", "SNV", "STP")])


class TestSplit:
    A = Node("A", ("TQ", "A"), established_on=D, last_changed_on=D)
    B = Node("B", ("TQ", "B"), established_on=D, last_changed_on=D)

    def test_every_person_needs_a_destination(self) -> None:
        with pytest.raises(AppError) as exc:
            rules.plan_split(source=STP, targets=[self.A, self.B], new_target_ids=["A", "B"], effective_on=D,
                             children=[], child_moves={}, staff=Staff(staff=3),
                             person_moves=[PersonMoveIn("p1", "STP", "A")])
        assert code_of(exc) == "staff_without_destination"

    def test_default_target_covers_the_rest(self) -> None:
        plan = rules.plan_split(source=SNV, targets=[self.A, self.B], new_target_ids=["A", "B"], effective_on=D,
                                children=["SNV.P"], child_moves={"SNV.P": "B"}, staff=Staff(staff=3),
                                default_target="A")
        assert plan.dissolve == ["SNV"] and plan.child_moves == {"SNV.P": "B"}
        assert plan.default_moves == {"SNV": "A"}

    def test_sub_units_must_all_be_placed(self) -> None:
        with pytest.raises(AppError) as exc:
            rules.plan_split(source=SNV, targets=[self.A, self.B], new_target_ids=["A", "B"], effective_on=D,
                             children=["SNV.P"], child_moves={}, staff=Staff())
        assert code_of(exc) == "unit_has_children"

    def test_target_inside_the_source_is_refused(self) -> None:
        inside = Node("IN", ("TQ", "SNV", "IN"))
        with pytest.raises(AppError) as exc:
            rules.plan_split(source=SNV, targets=[self.A, inside], new_target_ids=["A", "IN"], effective_on=D,
                             children=[], child_moves={}, staff=Staff())
        assert code_of(exc) == "merge_into_descendant"

    def test_keeping_the_source_needs_one_target_and_dissolves_nothing(self) -> None:
        plan = rules.plan_split(source=STP, targets=[self.A], new_target_ids=["A"], effective_on=D, children=[],
                                child_moves={}, staff=Staff(staff=9), keep_source=True)
        assert plan.dissolve == [] and plan.default_moves == {}
