"""Which deadline rule applies, and when an obligation falls due (pure: no database, no framework)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from common.workdays import WorkCalendar

# The obligations of Decision 16/2020/QĐ-UBND (Art. 9, 10), by code.
OBLIGATIONS = {
    "new_record": ("Nhập hồ sơ người mới", "Enter a new person's record"),
    "decision_update": ("Cập nhật quyết định vào hồ sơ", "Record a decision"),
    "internal_move": ("Cập nhật điều động trong đơn vị", "Record a move inside the unit"),
    "transfer_handover": ("Bàn giao hồ sơ cho đơn vị nhận", "Hand the dossier to the receiving unit"),
    "transfer_receive": ("Tiếp nhận và chuyển hồ sơ về đơn vị sử dụng", "Accept and pass on the dossier"),
    "status_change": ("Cập nhật trạng thái (nghỉ hưu, thôi việc, từ trần...)", "Record leaving"),
    "electronic_dossier": ("Tạo hồ sơ điện tử", "Create the electronic dossier"),
}


class Rule(Protocol):
    obligation: str
    working_days: int
    valid_from: date
    valid_to: date | None
    legal_basis: str


@dataclass(frozen=True)
class Due:
    due_on: date
    working_days: int
    legal_basis: str
    rule: Rule


def rule_in_force(rules: Iterable[Rule], obligation: str, on: date) -> Rule | None:
    """The rule for the obligation in force on the triggering date: the latest one started by then
    whose validity has not ended."""
    candidates = [r for r in rules if r.obligation == obligation and r.valid_from <= on
                  and (r.valid_to is None or on <= r.valid_to)]
    return max(candidates, key=lambda r: r.valid_from, default=None)


def due(calendar: WorkCalendar, rules: Iterable[Rule], obligation: str, trigger_on: date) -> Due | None:
    """When the obligation triggered on `trigger_on` falls due: n working days counted from the day after."""
    rule = rule_in_force(rules, obligation, trigger_on)
    if rule is None:
        return None
    return Due(calendar.add_working_days(trigger_on, rule.working_days), rule.working_days, rule.legal_basis, rule)


# An obligation is announced to its unit when its due date is this many working days away (or fewer), and
# again once it has passed.
APPROACHING_WORKING_DAYS = 2


def alert_threshold(due_on: date, today: date, calendar: WorkCalendar) -> str | None:
    """`overdue` after the due date, `approaching` from two working days before it (on the day itself too),
    None before that."""
    if today > due_on:
        return "overdue"
    if calendar.working_days_between(today, due_on) <= APPROACHING_WORKING_DAYS:
        return "approaching"
    return None
