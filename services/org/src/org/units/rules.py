"""Rules of the dated organisation tree, in plain Python (no database): what a change may do.

The service loads the units a change touches into `Node`s, asks these functions, and only then writes.
Every function raises a common.errors error with a code of org.errors, and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from common.errors import Conflict, FieldError, ValidationFailed, invalid

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




def check_code(code: str) -> None:
    if not CODE_PATTERN.match(code):
        raise invalid("unit_id", "unit.code_format")


def check_effective_on(node: Node, effective_on: date) -> None:
    """A change takes effect on or after the unit existed and after its latest recorded change."""
    if effective_on < node.established_on:
        raise before_unit_existed(node, effective_on)
    if effective_on < node.last_changed_on:
        raise ValidationFailed("effective_before_last_change", unit_id=node.unit_id, effective_on=effective_on,
                               last_changed_on=node.last_changed_on,
                               fields=[FieldError("effective_on", "unit.before_last_change")])


def before_unit_existed(node: Node, effective_on: date) -> ValidationFailed:
    return ValidationFailed("effective_before_unit_existed", unit_id=node.unit_id, effective_on=effective_on,
                            established_on=node.established_on,
                            fields=[FieldError("effective_on", "unit.before_established")])


def check_active(node: Node) -> None:
    if not node.active:
        raise ValidationFailed("unit_inactive", unit_id=node.unit_id)


def check_parent_for_new_unit(parent: Node, effective_on: date) -> None:
    check_active(parent)
    if effective_on < parent.established_on:
        raise before_unit_existed(parent, effective_on)


def check_move(node: Node, new_parent: Node, effective_on: date) -> None:
    """The new parent must be active, existing on the date, and not the unit or one of its descendants."""
    if new_parent.is_within(node.unit_id):
        raise ValidationFailed("move_cycle", unit_id=node.unit_id, parent_id=new_parent.unit_id,
                               fields=[FieldError("parent_id", "unit.cycle")])
    check_active(node)
    check_active(new_parent)
    check_effective_on(node, effective_on)
    if effective_on < new_parent.established_on:
        raise before_unit_existed(new_parent, effective_on)


def check_dissolvable(node: Node, effective_on: date, active_children: Sequence[str], staff: Staff) -> None:
    check_active(node)
    check_effective_on(node, effective_on)
    if active_children:
        raise has_children(node.unit_id, active_children)
    if staff.staff or staff.pending_transfers:
        raise has_staff(node.unit_id, staff)


def has_children(unit_id: str, children: Sequence[str]) -> Conflict:
    return Conflict("unit_has_children", unit_id=unit_id, children=", ".join(children[:10]))


def has_staff(unit_id: str, staff: Staff) -> Conflict:
    return Conflict("unit_has_staff", unit_id=unit_id, staff=staff.staff, pending=staff.pending_transfers)


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
            raise invalid("person_moves", "reorganization.person_listed_twice", person_id=m.person_id)
        seen.add(m.person_id)
        if m.from_unit_id not in sources or m.to_unit_id not in targets:
            raise invalid("person_moves", "reorganization.person_outside", person_id=m.person_id)
        per_source[m.from_unit_id] = per_source.get(m.from_unit_id, 0) + 1
    return per_source


def _check_staff_covered(source: str, staff: Staff, listed: int, has_default: bool) -> None:
    if staff.pending_transfers:
        raise has_staff(source, staff)
    if staff.staff > listed and not has_default:
        raise ValidationFailed("staff_without_destination", unit_id=source, staff=staff.staff, listed=listed)


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
        raise invalid("source_unit_ids", "reorganization.duplicate_source")
    if len(ids) < (2 if target_is_new else 1):
        raise invalid("source_unit_ids", "reorganization.merge_needs_sources")
    if target.unit_id in ids:
        raise invalid("targets", "reorganization.target_is_source")
    for s in sources:
        if target.is_within(s.unit_id):
            raise ValidationFailed("merge_into_descendant", source_id=s.unit_id, target_id=target.unit_id)
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
        raise invalid("targets", "reorganization.duplicate_target")
    if len(ids) < (1 if keep_source else 2):
        raise invalid("targets", "reorganization.split_needs_targets")
    check_active(source)
    check_effective_on(source, effective_on)
    for t in targets:
        if t.unit_id == source.unit_id:
            raise invalid("targets", "reorganization.target_is_source")
        if t.is_within(source.unit_id):
            raise ValidationFailed("merge_into_descendant", source_id=source.unit_id, target_id=t.unit_id)
        if t.unit_id not in new_target_ids:
            check_active(t)
            check_effective_on(t, effective_on)
    if default_target is not None and default_target not in ids:
        raise invalid("default_target_unit_id", "reorganization.default_not_target")
    plan = ReorgPlan(dissolve=[] if keep_source else [source.unit_id])
    for child, dest in child_moves.items():
        if child not in children:
            raise invalid("child_moves", "reorganization.child_not_sub_unit", child=child, source_id=source.unit_id)
        if dest not in ids:
            raise invalid("child_moves", "reorganization.child_needs_target", child=child)
        plan.child_moves[child] = dest
    if not keep_source:
        unplaced = [c for c in children if c not in child_moves]
        if unplaced:
            raise has_children(source.unit_id, unplaced)
    listed = _check_people(person_moves, [source.unit_id], ids).get(source.unit_id, 0)
    if not keep_source:
        _check_staff_covered(source.unit_id, staff, listed, has_default=default_target is not None)
        if default_target is not None:
            plan.default_moves[source.unit_id] = default_target
    return plan
