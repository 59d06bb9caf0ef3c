"""Rules of the dated organisation tree, in plain Python (no database): what a change may do.

The service loads the units a change touches into `Node`s, asks these functions, and only then writes.
Every function raises a common.errors error (Vietnamese + English) and changes nothing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from org.units.errors import (
    BeforeLastChange,
    BeforeUnitExisted,
    HasChildren,
    HasStaff,
    MergeIntoDescendant,
    MoveCycle,
    StaffWithoutDestination,
    UnitInactive,
    invalid,
)

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")


@dataclass(frozen=True)
class Node:
    """What the rules need to know about one unit, as it stands now (its latest version)."""

    unit_id: str
    path: tuple[str, ...]  # root .. self
    active: bool = True
    established_on: date = date(1900, 1, 1)
    last_changed_on: date = date(1900, 1, 1)

    def is_within(self, ancestor_id: str) -> bool:
        """True for the ancestor itself and everything below it."""
        return ancestor_id in self.path


@dataclass(frozen=True)
class Staff:
    """Headcount of a unit as org last heard it from personnel and transfer events."""

    staff: int = 0
    pending_transfers: int = 0


@dataclass(frozen=True)
class PersonMoveIn:
    person_id: str
    from_unit_id: str
    to_unit_id: str


@dataclass
class ReorgPlan:
    """What a merge or split will do once validated."""

    dissolve: list[str] = field(default_factory=list)  # sources that cease to exist
    child_moves: dict[str, str] = field(default_factory=dict)  # sub-unit -> its new parent
    default_moves: dict[str, str] = field(default_factory=dict)  # source -> where its remaining staff go


def fold(text: str) -> str:
    """Lower case without Vietnamese diacritics, so that "ngoc duong" finds "Ngọc Đường"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(stripped.lower().split())


def check_code(code: str) -> None:
    if not CODE_PATTERN.match(code):
        raise invalid("unit_id", "Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch nối, gạch dưới (tối đa 64 ký tự).",
                      "Unit code: letters, digits, '.', '-', '_' (at most 64 characters).")


def check_effective_on(node: Node, effective_on: date) -> None:
    """A change takes effect on or after the unit existed and after its latest recorded change."""
    if effective_on < node.established_on:
        raise BeforeUnitExisted(node.unit_id, effective_on, node.established_on)
    if effective_on < node.last_changed_on:
        raise BeforeLastChange(node.unit_id, effective_on, node.last_changed_on)


def check_active(node: Node) -> None:
    if not node.active:
        raise UnitInactive(node.unit_id)


def check_parent_for_new_unit(parent: Node, effective_on: date) -> None:
    check_active(parent)
    if effective_on < parent.established_on:
        raise BeforeUnitExisted(parent.unit_id, effective_on, parent.established_on)


def check_move(node: Node, new_parent: Node, effective_on: date) -> None:
    """The new parent must be active, existing on the date, and not the unit or one of its descendants."""
    if new_parent.is_within(node.unit_id):
        raise MoveCycle(node.unit_id, new_parent.unit_id)
    check_active(node)
    check_active(new_parent)
    check_effective_on(node, effective_on)
    if effective_on < new_parent.established_on:
        raise BeforeUnitExisted(new_parent.unit_id, effective_on, new_parent.established_on)


def check_dissolvable(node: Node, effective_on: date, active_children: Sequence[str], staff: Staff) -> None:
    check_active(node)
    check_effective_on(node, effective_on)
    if active_children:
        raise HasChildren(node.unit_id, list(active_children))
    if staff.staff or staff.pending_transfers:
        raise HasStaff(node.unit_id, staff.staff, staff.pending_transfers)


def new_path(parent_path: Sequence[str], unit_id: str) -> tuple[str, ...]:
    return (*parent_path, unit_id)


def rebase_path(path: Sequence[str], old_prefix: Sequence[str], new_prefix: Sequence[str]) -> tuple[str, ...]:
    """The path of a descendant after its ancestor moved from old_prefix to new_prefix."""
    assert tuple(path[: len(old_prefix)]) == tuple(old_prefix), "not a descendant"
    return (*new_prefix, *path[len(old_prefix):])


def _check_people(
    moves: Iterable[PersonMoveIn], sources: Sequence[str], targets: Sequence[str],
) -> dict[str, int]:
    """Each listed person leaves a source for a target, once; returns how many were listed per source."""
    seen: set[str] = set()
    per_source: dict[str, int] = {}
    for m in moves:
        if m.person_id in seen:
            raise invalid("person_moves", f"Người {m.person_id} được liệt kê hai lần.",
                          f"Person {m.person_id} is listed twice.")
        seen.add(m.person_id)
        if m.from_unit_id not in sources or m.to_unit_id not in targets:
            raise invalid("person_moves", f"Người {m.person_id}: phải chuyển từ đơn vị nguồn sang đơn vị đích.",
                          f"Person {m.person_id} must move from a source unit to a target unit.")
        per_source[m.from_unit_id] = per_source.get(m.from_unit_id, 0) + 1
    return per_source


def _check_staff_covered(source: str, staff: Staff, listed: int, has_default: bool) -> None:
    if staff.pending_transfers:
        raise HasStaff(source, staff.staff, staff.pending_transfers)
    if staff.staff > listed and not has_default:
        raise StaffWithoutDestination(source, staff.staff, listed)


def plan_merge(
    *,
    sources: Sequence[Node],
    target: Node,
    target_is_new: bool,
    effective_on: date,
    children: Mapping[str, Sequence[str]],  # source -> its active sub-units
    staff: Mapping[str, Staff],
    person_moves: Sequence[PersonMoveIn] = (),
) -> ReorgPlan:
    """Several units into one: the sources cease to exist, their sub-units and people go to the target."""
    ids = [s.unit_id for s in sources]
    if len(set(ids)) != len(ids):
        raise invalid("source_unit_ids", "Đơn vị nguồn bị lặp.", "A source unit is listed twice.")
    if len(ids) < (2 if target_is_new else 1):
        raise invalid("source_unit_ids", "Sáp nhập cần ít nhất hai đơn vị nguồn (hoặc một đơn vị vào đơn vị có sẵn).",
                      "A merge needs two sources (or one into an existing unit).")
    if target.unit_id in ids:
        raise invalid("targets", "Đơn vị đích không được là đơn vị nguồn.", "The target cannot be a source.")
    for s in sources:
        if target.is_within(s.unit_id):
            raise MergeIntoDescendant(s.unit_id, target.unit_id)
        check_active(s)
        check_effective_on(s, effective_on)
    if not target_is_new:
        check_active(target)
        check_effective_on(target, effective_on)
    per_source = _check_people(person_moves, ids, [target.unit_id])
    plan = ReorgPlan(dissolve=list(ids))
    for s in ids:
        _check_staff_covered(s, staff.get(s, Staff()), per_source.get(s, 0), has_default=True)
        plan.default_moves[s] = target.unit_id
        for child in children.get(s, ()):
            plan.child_moves[child] = target.unit_id
    return plan


def plan_split(
    *,
    source: Node,
    targets: Sequence[Node],
    new_target_ids: Sequence[str],
    effective_on: date,
    children: Sequence[str],  # the source's active sub-units
    child_moves: Mapping[str, str],
    staff: Staff,
    person_moves: Sequence[PersonMoveIn] = (),
    default_target: str | None = None,
    keep_source: bool = False,
) -> ReorgPlan:
    """One unit into several: sub-units and people are placed explicitly among the targets."""
    ids = [t.unit_id for t in targets]
    if len(set(ids)) != len(ids):
        raise invalid("targets", "Đơn vị đích bị lặp.", "A target unit is listed twice.")
    if len(ids) < (1 if keep_source else 2):
        raise invalid("targets", "Chia tách cần ít nhất hai đơn vị đích (hoặc một nếu giữ lại đơn vị cũ).",
                      "A split needs two targets (or one if the source is kept).")
    check_active(source)
    check_effective_on(source, effective_on)
    for t in targets:
        if t.unit_id == source.unit_id:
            raise invalid("targets", "Đơn vị đích không được là đơn vị nguồn.", "The target cannot be the source.")
        if t.is_within(source.unit_id):
            raise MergeIntoDescendant(source.unit_id, t.unit_id)
        if t.unit_id not in new_target_ids:
            check_active(t)
            check_effective_on(t, effective_on)
    if default_target is not None and default_target not in ids:
        raise invalid("default_target_unit_id", "Đơn vị nhận mặc định phải là một đơn vị đích.",
                      "The default destination must be one of the targets.")
    plan = ReorgPlan(dissolve=[] if keep_source else [source.unit_id])
    for child, dest in child_moves.items():
        if child not in children:
            raise invalid("child_moves", f"{child} không phải đơn vị trực thuộc {source.unit_id}.",
                          f"{child} is not a sub-unit of {source.unit_id}.")
        if dest not in ids:
            raise invalid("child_moves", f"{child} phải chuyển về một đơn vị đích.",
                          f"{child} must move to one of the targets.")
        plan.child_moves[child] = dest
    if not keep_source:
        unplaced = [c for c in children if c not in child_moves]
        if unplaced:
            raise HasChildren(source.unit_id, unplaced)
    listed = _check_people(person_moves, [source.unit_id], ids).get(source.unit_id, 0)
    if not keep_source:
        _check_staff_covered(source.unit_id, staff, listed, has_default=default_target is not None)
        if default_target is not None:
            plan.default_moves[source.unit_id] = default_target
    return plan
