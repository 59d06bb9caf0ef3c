"""Pure decisions of the job-position plans: what a new version may hold, and which version is current."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class PositionFacts:
    """One of the unit's job positions as a plan sees it: in force on a day when
    valid_from <= day <= valid_to (either end open) and not deactivated without a date."""

    code: str
    valid_from: date | None
    valid_to: date | None  # its last day
    active: bool = True

    def in_force_on(self, day: date) -> bool:
        if self.valid_from is not None and day < self.valid_from:
            return False
        if self.valid_to is not None:
            return day <= self.valid_to
        return self.active


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class VersionFacts:
    version: int
    effective_on: date
    state: str


def check_plan(*, effective_on: date, established_on: date, dissolved_on: date | None,
               lines: Sequence[tuple[str, int]], positions: Mapping[str, PositionFacts]) -> list[Problem]:
    """Every reason a new plan version is refused (empty: it may be recorded). The counts are whole and
    not negative already (schemas); here: the plan's date against the unit's life, and each line's position
    known to the unit, in force on the plan's date, named once."""
    out: list[Problem] = []
    if effective_on < established_on:
        out.append(Problem("effective_on", "job_plan.before_unit", {"established_on": established_on}))
    elif dissolved_on is not None and effective_on >= dissolved_on:
        out.append(Problem("effective_on", "job_plan.after_unit", {"dissolved_on": dissolved_on}))
    if not lines:
        out.append(Problem("items", "job_plan.empty", {}))
    seen: set[str] = set()
    for i, (code, _posts) in enumerate(lines):
        field = f"items.{i}.position_code"
        if code in seen:
            out.append(Problem(field, "job_plan.duplicate_position", {"position": code}))
            continue
        seen.add(code)
        facts = positions.get(code)
        if facts is None:
            out.append(Problem(field, "job_plan.unknown_position", {"position": code}))
        elif not facts.in_force_on(effective_on):
            out.append(Problem(field, "job_plan.position_not_in_force", {"position": code, "on": effective_on}))
    return out


def current_version(versions: Iterable[VersionFacts], on: date) -> int | None:
    """The version in force on a day: among the approved ones that began on or before it, the latest to begin
    (of two beginning the same day, the one entered later)."""
    best: VersionFacts | None = None
    for v in versions:
        if v.state != "approved" or v.effective_on > on:
            continue
        if best is None or (v.effective_on, v.version) > (best.effective_on, best.version):
            best = v
    return best.version if best else None
