"""Pure decisions about announcements: who may be addressed, when a due date is acceptable, where a
receiving unit stands."""

from __future__ import annotations

from datetime import date, datetime


def may_address(*, sender_unit_id: str, recipient_path: list[str], province_wide: bool) -> bool:
    """The Department (province-wide accounts) addresses any unit; a unit addresses the units below it."""
    if recipient_path and recipient_path[-1] == sender_unit_id:
        return False  # not itself
    return province_wide or sender_unit_id in recipient_path


def due_problem(due_on: date | None, today: date) -> str | None:
    if due_on is not None and due_on < today:
        return "announcement.due_in_past"
    return None


def standing(read_at: datetime | None, acknowledged_at: datetime | None) -> str:
    """unread | read | acknowledged."""
    if acknowledged_at is not None:
        return "acknowledged"
    return "read" if read_at is not None else "unread"


def overdue(due_on: date | None, acknowledged_at: datetime | None, today: date) -> bool:
    return due_on is not None and acknowledged_at is None and today > due_on
